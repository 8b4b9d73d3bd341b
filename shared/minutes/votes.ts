import { roundItems } from '../facilitation';
import type { Sticky, Vote, VotingRound } from '../model';

export interface RoundTotal {
  total: number;
  mode: VotingRound['mode'];
}

/** An item's standing: its total in the latest closed round, and in that round's second round. */
export interface ItemVotes {
  first: RoundTotal;
  runoff: RoundTotal | null;
}

const byClosing = (a: VotingRound, b: VotingRound) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? -1 : (a.closedAt ?? '') > (b.closedAt ?? '') ? 1 : 0);

/**
 * Each item's totals in closed rounds only: an open round's dots are secret, and no voter's own
 * dots are ever given, only sums. An item's standing is its latest closed round over its lane; a
 * second round over that round's ties settles the order among them.
 */
export function closedTotals(rounds: readonly VotingRound[], votes: readonly Vote[], stickies: readonly Sticky[]): Map<string, ItemVotes> {
  const closed = rounds.filter((r) => r.status === 'closed').sort(byClosing);
  const sums = new Map<string, number>();
  for (const v of votes) sums.set(`${v.roundId}/${v.stickyId}`, (sums.get(`${v.roundId}/${v.stickyId}`) ?? 0) + v.count);
  const total = (round: VotingRound, stickyId: string): RoundTotal => ({ total: sums.get(`${round.id}/${stickyId}`) ?? 0, mode: round.mode });

  const known = new Set<string>(closed.map((r) => r.id));
  const isRunoff = (r: VotingRound) => r.parentRoundId !== null && known.has(r.parentRoundId);
  const firstRound = new Map<string, VotingRound>();
  const out = new Map<string, ItemVotes>();
  for (const round of closed.filter((r) => !isRunoff(r))) {
    for (const s of roundItems(round, stickies)) {
      firstRound.set(s.id, round);
      out.set(s.id, { first: total(round, s.id), runoff: null });
    }
  }
  for (const round of closed.filter(isRunoff)) {
    for (const s of roundItems(round, stickies)) {
      const standing = out.get(s.id);
      if (standing && firstRound.get(s.id)?.id === round.parentRoundId) standing.runoff = total(round, s.id);
    }
  }
  return out;
}

/** Most votes first, a second round settling ties; items without votes keep their place after. */
export function compareVotes(a: ItemVotes | undefined, b: ItemVotes | undefined): number {
  return (b?.first.total ?? -1) - (a?.first.total ?? -1) || (b?.runoff?.total ?? -1) - (a?.runoff?.total ?? -1);
}
