import type { LaneKind, Sticky } from './board';
import type { GroupId } from './common';
import type { Group } from './workshop';
import { byOrder } from '../lib/order';

/**
 * A lane is derived from the groups, never stored: author group → subject group × kind, plus
 * the one parking lot. Its key is stable, so stickies and clusters can refer to it.
 */
export interface Lane {
  key: string;
  kind: LaneKind;
  authorGroupId: GroupId | null;
  subjectGroupId: GroupId | null;
}

export const PARKING_LANE_KEY = 'parking';

export function laneKey(kind: LaneKind, authorGroupId: GroupId | null, subjectGroupId: GroupId | null): string {
  return kind === 'parking' ? PARKING_LANE_KEY : `${kind}/${authorGroupId}/${subjectGroupId}`;
}

export function laneKeyOf(item: { kind: LaneKind; authorGroupId: GroupId | null; subjectGroupId: GroupId | null }): string {
  return laneKey(item.kind, item.authorGroupId, item.subjectGroupId);
}

/**
 * The lanes of a workshop in mirror order: every group's Outmodel of every other group, side by
 * side (Dev about Ops beside Ops about Dev), then the Inmodels if the workshop asks for them,
 * then the requirements in the same order, then the parking lot.
 */
export function deriveLanes(groups: readonly Group[], options: { includeInmodel: boolean }): Lane[] {
  const ordered = byOrder(groups);
  // Each pair of groups side by side, both directions: A→B, B→A, A→C, C→A, B→C, C→B.
  const pairs = (kind: LaneKind): Lane[] =>
    ordered.flatMap((a, i) =>
      ordered.slice(i + 1).flatMap((b) =>
        [
          [a, b],
          [b, a],
        ].map(([author, subject]) => ({ key: laneKey(kind, author!.id, subject!.id), kind, authorGroupId: author!.id, subjectGroupId: subject!.id })),
      ),
    );
  const inmodels: Lane[] = options.includeInmodel
    ? ordered.map((g) => ({ key: laneKey('inmodel', g.id, g.id), kind: 'inmodel', authorGroupId: g.id, subjectGroupId: g.id }))
    : [];
  return [
    ...pairs('outmodel'),
    ...inmodels,
    ...pairs('requirement'),
    { key: PARKING_LANE_KEY, kind: 'parking', authorGroupId: null, subjectGroupId: null },
  ];
}

/**
 * A sticky moves freely among its author group's lanes and the parking lot; any other lane
 * would change who wrote it, so the move must be confirmed first.
 */
export function moveNeedsConfirmation(sticky: Pick<Sticky, 'authorGroupId'>, target: Lane): boolean {
  return target.kind !== 'parking' && target.authorGroupId !== sticky.authorGroupId;
}
