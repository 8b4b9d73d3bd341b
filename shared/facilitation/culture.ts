import type { Culture, Group } from '../model/workshop';
import type { GroupId, WorkshopId } from '../model/common';
import type { Placement } from '../model/facilitation';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';
import { canSeeWritingOf, type Viewer } from './visibility';

/**
 * The culture grid: x runs from actuality (-1, what is) to possibility (1, what might be); y from
 * impersonal (-1, analytic) to personal (1, people-oriented).
 */
export function quadrantOf(x: number, y: number): Culture {
  if (x < 0) return y < 0 ? 'control' : 'collaboration';
  return y < 0 ? 'competence' : 'cultivation';
}

const clamp = (v: number) => Math.max(-1, Math.min(1, Math.round(v * 1000) / 1000));

/** Places (or moves) a group's marker for itself or another group. */
export function placeMarker(placements: readonly Placement[], workshopId: WorkshopId, groupId: GroupId, subjectGroupId: GroupId, x: number, y: number, now: string, makeId: IdMaker): Placement {
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Refusal('errors.invalidChange');
  const existing = placements.find((p) => p.groupId === groupId && p.subjectGroupId === subjectGroupId);
  return existing
    ? { ...existing, x: clamp(x), y: clamp(y), updatedAt: now }
    : { id: makeId('placement'), workshopId, groupId, subjectGroupId, x: clamp(x), y: clamp(y), updatedAt: now };
}

/** Markers are private to the group that placed them, like its stickies, until revealed. */
export function visiblePlacements(placements: readonly Placement[], viewer: Viewer, revealed: readonly string[]): Placement[] {
  const open = new Set(revealed);
  return placements.filter((p) => canSeeWritingOf(p.groupId, viewer, open));
}

export interface Gap {
  subject: Group;
  by: Group;
  self: Placement;
  other: Placement;
  /** 0 (the same spot) to 1 (opposite corners). */
  distance: number;
  selfCulture: Culture;
  otherCulture: Culture;
}

/** For each group, how far each other group's view of it is from its view of itself. */
export function cultureGaps(placements: readonly Placement[], groups: readonly Group[]): Gap[] {
  const gaps: Gap[] = [];
  for (const subject of groups) {
    const self = placements.find((p) => p.groupId === subject.id && p.subjectGroupId === subject.id);
    if (!self) continue;
    for (const by of groups) {
      if (by.id === subject.id) continue;
      const other = placements.find((p) => p.groupId === by.id && p.subjectGroupId === subject.id);
      if (!other) continue;
      const distance = Math.hypot(self.x - other.x, self.y - other.y) / Math.hypot(2, 2);
      gaps.push({ subject, by, self, other, distance, selfCulture: quadrantOf(self.x, self.y), otherCulture: quadrantOf(other.x, other.y) });
    }
  }
  return gaps;
}

/** How a gap is put into words: close, apart, far apart. */
export function gapSize(distance: number): 'close' | 'apart' | 'far' {
  return distance < 0.2 ? 'close' : distance < 0.5 ? 'apart' : 'far';
}
