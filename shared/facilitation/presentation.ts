import type { Sticky } from '../model/board';
import type { GroupId, StickyId } from '../model/common';
import type { Reaction, Verdict } from '../model/facilitation';
import type { Group } from '../model/workshop';
import { deriveLanes } from '../model/lanes';
import { itemsByLane } from '../board/lane-items';
import type { BoardChange, BoardState } from '../board/change';
import { emptyChange } from '../board/change';
import { LIMITS } from '../model/common';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';

/**
 * What a group presents, item by item: its Outmodels of the others, its Inmodel, then its
 * requirements, each lane in board order with clusters opened up.
 */
export function presentationItems(groups: readonly Group[], settings: { includeInmodel: boolean }, state: Pick<BoardState, 'stickies' | 'clusters'>, groupId: GroupId): Sticky[] {
  const lanes = deriveLanes(groups, settings).filter((l) => l.kind !== 'parking' && l.authorGroupId === groupId);
  const items = itemsByLane(state);
  return lanes.flatMap((lane) => (items.get(lane.key) ?? []).flatMap((item) => (item.type === 'sticky' ? [item.sticky] : item.members)));
}

/** The item after (or before) the one in the spotlight; the first when none is. */
export function stepSpotlight(items: readonly { id: StickyId }[], current: StickyId | null, step: 1 | -1): StickyId | null {
  if (items.length === 0) return null;
  const at = items.findIndex((s) => s.id === current);
  if (at === -1) return items[0]!.id;
  return items[Math.min(items.length - 1, Math.max(0, at + step))]!.id;
}

export { reactionNeedsText } from './verdicts';
import { reactionNeedsText } from './verdicts';

/** A listening group's reaction to an item: one per group and item, replaced when it changes its mind. */
export function react(state: BoardState, stickyId: StickyId, groupId: GroupId, verdict: Verdict, text: string, now: string, makeId: IdMaker): BoardChange {
  const sticky = state.stickies.find((s) => s.id === stickyId);
  if (!sticky) throw new Refusal('errors.stickyGone');
  if (sticky.authorGroupId === groupId) throw new Refusal('errors.reactToOwn');
  const trimmed = text.trim();
  if (reactionNeedsText(verdict) && !trimmed) throw new Refusal(verdict === 'reject' ? 'errors.rejectNeedsReason' : 'errors.acceptIfNeedsCondition');
  if (trimmed.length > LIMITS.stickyText) throw new Refusal('errors.reactionTooLong', { max: LIMITS.stickyText });
  const existing = state.reactions.find((r) => r.stickyId === stickyId && r.groupId === groupId);
  const change = emptyChange();
  if (existing && existing.verdict === verdict && existing.text === trimmed) return change;
  change.reactions.put.push(
    existing
      ? { ...existing, verdict, text: trimmed }
      : { id: makeId('reaction'), workshopId: sticky.workshopId, stickyId, groupId, verdict, text: trimmed, createdAt: now },
  );
  return change;
}

export function withdrawReaction(state: BoardState, stickyId: StickyId, groupId: GroupId): BoardChange {
  const change = emptyChange();
  const existing = state.reactions.find((r) => r.stickyId === stickyId && r.groupId === groupId);
  if (existing) change.reactions.remove.push(existing.id);
  return change;
}

/** The groups expected to react to a group's items: every other group. */
export function listeningGroups(groups: readonly Group[], presenting: GroupId): Group[] {
  return groups.filter((g) => g.id !== presenting);
}

/** Items some listening group has not reacted to yet, with who is missing. */
export function itemsAwaitingReaction(items: readonly Sticky[], reactions: readonly Reaction[], groups: readonly Group[]): { sticky: Sticky; missing: Group[] }[] {
  return items
    .map((sticky) => ({
      sticky,
      missing: listeningGroups(groups, sticky.authorGroupId).filter((g) => !reactions.some((r) => r.stickyId === sticky.id && r.groupId === g.id)),
    }))
    .filter((x) => x.missing.length > 0);
}
