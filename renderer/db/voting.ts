import { VoteSchema, VotingRoundSchema, type StickyId, type Vote, type Voter, type VotingRound, type WorkshopId } from '../../shared/model';
import { castDot, setTally, voterKey, type VoteChange } from '../../shared/facilitation';
import { newId } from '../../shared/lib/ids';
import { Refusal } from '../../shared/lib/refusal';
import { db } from './db';
import { useTablesRead } from './table-read';

async function roundAndVotes(roundId: VotingRound['id']) {
  const round = await db.rounds.get(roundId);
  if (!round) throw new Refusal('errors.roundGone');
  return { round, votes: await db.votes.where('workshopId').equals(round.workshopId).filter((v) => v.roundId === roundId).toArray() };
}

async function writeVotes(change: VoteChange) {
  for (const v of change.put) if (!VoteSchema.safeParse(v).success) throw new Refusal('errors.invalidChange');
  if (change.put.length) await db.votes.bulkPut(change.put);
  if (change.remove.length) await db.votes.bulkDelete(change.remove as Vote['id'][]);
}

export function saveRound(round: VotingRound): Promise<void> {
  return db.transaction('rw', db.rounds, async () => {
    if (!VotingRoundSchema.safeParse(round).success) throw new Refusal('errors.invalidChange');
    await db.rounds.put(round);
  });
}

/** Removes a round and every vote in it (undo of opening it). */
export function removeRound(roundId: VotingRound['id']): Promise<void> {
  return db.transaction('rw', [db.rounds, db.votes], async () => {
    await db.votes.where('workshopId').equals((await db.rounds.get(roundId))?.workshopId ?? '').filter((v) => v.roundId === roundId).delete();
    await db.rounds.delete(roundId);
  });
}

export function setRoundStatus(roundId: VotingRound['id'], status: VotingRound['status'], now: string): Promise<VotingRound> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new Refusal('errors.roundGone');
    const next = { ...round, status, closedAt: status === 'closed' ? now : null };
    await db.rounds.put(next);
    return round;
  });
}

/** One dot more or less for a voter; the budget and the cap are checked inside the transaction. */
export function castDotIn(roundId: VotingRound['id'], voter: Voter, stickyId: StickyId, delta: 1 | -1): Promise<void> {
  return db.transaction('rw', [db.rounds, db.votes, db.stickies, db.participants], async () => {
    const { round, votes } = await roundAndVotes(roundId);
    const sticky = await db.stickies.get(stickyId);
    if (!sticky) throw new Refusal('errors.stickyGone');
    const participants = await db.participants.where('workshopId').equals(round.workshopId).toArray();
    await writeVotes(castDot(round, votes, voter, sticky, delta, participants, newId));
  });
}

/** Sets a hand-counted total; returns the total it replaced, for undo. */
export function setTallyIn(roundId: VotingRound['id'], stickyId: StickyId, total: number): Promise<number> {
  return db.transaction('rw', [db.rounds, db.votes, db.stickies], async () => {
    const { round, votes } = await roundAndVotes(roundId);
    const sticky = await db.stickies.get(stickyId);
    if (!sticky) throw new Refusal('errors.stickyGone');
    const before = votes.find((v) => v.stickyId === stickyId && v.voter.kind === 'tally')?.count ?? 0;
    await writeVotes(setTally(round, votes, sticky, total, newId));
    return before;
  });
}

/** Every round of a workshop, newest last. */
export function useRounds(workshopId: WorkshopId): VotingRound[] | undefined {
  return useTablesRead(['rounds'], () => db.rounds.where('workshopId').equals(workshopId).sortBy('openedAt'), [workshopId]);
}

/**
 * One voter's own ballot in an open round: the only votes a view may show before the round
 * closes, and only to the voter at the screen.
 */
export function useBallot(roundId: VotingRound['id'] | undefined, voter: Voter | null): Vote[] | undefined {
  const key = voter ? voterKey(voter) : '';
  return useTablesRead(['rounds', 'votes'], async () => {
    if (!roundId || !voter) return [];
    const round = await db.rounds.get(roundId);
    if (!round) return [];
    const votes = await db.votes.where('workshopId').equals(round.workshopId).toArray();
    return votes.filter((v) => v.roundId === roundId && voterKey(v.voter) === key);
  }, [roundId, key]);
}

/** How many dots are in an open round, without saying where: enough to know when everyone has voted. */
export function useDotsCast(roundId: VotingRound['id'] | undefined): number | undefined {
  return useTablesRead(['rounds', 'votes'], async () => {
    if (!roundId) return 0;
    const round = await db.rounds.get(roundId);
    if (!round) return 0;
    return (await db.votes.where('workshopId').equals(round.workshopId).filter((v) => v.roundId === roundId).toArray()).reduce((n, v) => n + v.count, 0);
  }, [roundId]);
}

export async function readRound(roundId: VotingRound['id']) {
  return roundAndVotes(roundId);
}
