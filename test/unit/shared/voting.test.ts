import { describe, expect, it } from 'vitest';
import {
  castDot,
  defaultBudget,
  dotsSpent,
  eligibleVoters,
  mayVoteOn,
  openRound,
  roundItems,
  roundResults,
  setTally,
  ties,
  visibleVotes,
  voterGroup,
  voterKey,
  type RoundSettings,
  type VoteChange,
} from '../../../shared/facilitation';
import type { ParticipantId, Sticky, Vote, Voter, VotingRound, WorkshopBundle } from '../../../shared/model';
import { VotingRoundSchema } from '../../../shared/model';
import { buildSampleWorkshop } from '../../../shared/templates';
import { votingErrorsEn, votingEn, votingUndoEn } from '../../../shared/i18n/voting.en';
import { votingErrorsHe, votingHe, votingUndoHe } from '../../../shared/i18n/voting.he';
import { BOARD_T0, groupNamed, idCounter, laneOf, stickyWithText, vote, votingRound } from '../../builders/board';
import { refusalOf } from '../../builders/messages';

/** The sample (Dev and Ops, three requirements each) and the names a test needs. */
function setup() {
  const bundle: WorkshopBundle = structuredClone(buildSampleWorkshop('en'));
  const dev = groupNamed(bundle, 'Dev');
  const ops = groupNamed(bundle, 'Ops');
  const devRequires = laneOf(bundle, 'requirement', 'Dev', 'Ops').key;
  const opsRequires = laneOf(bundle, 'requirement', 'Ops', 'Dev').key;
  const person = (name: string) => bundle.participants.find((p) => p.name === name)!;
  return {
    bundle,
    dev,
    ops,
    devRequires,
    opsRequires,
    // Dev's requirements of Ops
    staging: stickyWithText(bundle, 'Give us a self-service staging'),
    signOff: stickyWithText(bundle, 'Stop requiring a manual sign-off'),
    nines: stickyWithText(bundle, 'Keep the four nines'),
    // Ops's requirements of Dev
    runbook: stickyWithText(bundle, 'Ship a runbook'),
    fridays: stickyWithText(bundle, 'Stop releasing late on Fridays'),
    pipeline: stickyWithText(bundle, 'Run deployments through the same pipeline'),
    devVoter: { kind: 'group', id: dev.id } as Voter,
    opsVoter: { kind: 'group', id: ops.id } as Voter,
    dana: { kind: 'participant', id: person('Dana').id as ParticipantId } as Voter,
    avi: { kind: 'participant', id: person('Avi').id as ParticipantId } as Voter,
  };
}

/** Writes a change the way the repository does: removals first, then puts replace or add by id. */
function apply(votes: readonly Vote[], change: VoteChange): Vote[] {
  const out = new Map(votes.map((v) => [v.id as string, v]));
  for (const id of change.remove) out.delete(id);
  for (const v of change.put) out.set(v.id, v);
  return [...out.values()];
}

/** Vote ids, unique across every cast of a test file. */
const voteIds = idCounter('v');

/** Casts dots one after another, as voters at the screen would. */
function cast(round: VotingRound, votes: Vote[], bundle: WorkshopBundle, steps: [Voter, Sticky, 1 | -1][], makeId = voteIds): Vote[] {
  let out = votes;
  for (const [voter, sticky, delta] of steps) out = apply(out, castDot(round, out, voter, sticky, delta, bundle.participants, makeId));
  return out;
}

const countOn = (votes: readonly Vote[], sticky: Sticky) => votes.filter((v) => v.stickyId === sticky.id).reduce((n, v) => n + v.count, 0);

const settings = (overrides: Partial<RoundSettings> = {}): RoundSettings => ({
  laneKeys: [],
  voters: 'everyone',
  voterKind: 'group',
  mode: 'dots',
  budget: 2,
  perItemCap: 2,
  ...overrides,
});

describe('defaultBudget', () => {
  it('gives about one dot per four items, and always at least one', () => {
    expect(defaultBudget(0)).toBe(1);
    expect(defaultBudget(1)).toBe(1);
    expect(defaultBudget(4)).toBe(1);
    expect(defaultBudget(6)).toBe(2);
    expect(defaultBudget(8)).toBe(2);
    expect(defaultBudget(10)).toBe(3);
    expect(defaultBudget(40)).toBe(10);
  });
});

describe('what a round is about and who votes in it', () => {
  it('takes the items of the chosen lanes, in the order given, and nothing else', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires, s.opsRequires] });
    expect(roundItems(round, s.bundle.stickies).map((x) => x.id)).toEqual([s.staging, s.signOff, s.nines, s.runbook, s.fridays, s.pipeline].map((x) => x.id));
    expect(roundItems({ laneKeys: [s.opsRequires], stickyIds: null }, s.bundle.stickies)).toHaveLength(3);
  });

  it('takes only the listed items in a second round, whatever its lanes', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:2', { laneKeys: [s.devRequires, s.opsRequires], stickyIds: [s.fridays.id, s.staging.id] });
    expect(roundItems(round, s.bundle.stickies).map((x) => x.id)).toEqual([s.staging.id, s.fridays.id]);
  });

  it('gives dots to every group, or to every participant who is present', () => {
    const s = setup();
    expect(eligibleVoters({ voterKind: 'group' }, s.bundle.groups, s.bundle.participants)).toEqual([s.devVoter, s.opsVoter]);
    const everyone = eligibleVoters({ voterKind: 'participant' }, s.bundle.groups, s.bundle.participants);
    expect(everyone).toHaveLength(6);
    s.bundle.participants.find((p) => p.name === 'Dana')!.present = false;
    const present = eligibleVoters({ voterKind: 'participant' }, s.bundle.groups, s.bundle.participants);
    expect(present).toHaveLength(5);
    expect(present.map(voterKey)).not.toContain(voterKey(s.dana));
  });

  it('knows which group a voter speaks for, and keys voters apart', () => {
    const s = setup();
    expect(voterGroup(s.devVoter, s.bundle.participants)).toBe(s.dev.id);
    expect(voterGroup(s.avi, s.bundle.participants)).toBe(s.ops.id);
    expect(voterGroup({ kind: 'tally' }, s.bundle.participants)).toBeNull();
    expect(new Set([s.devVoter, s.opsVoter, s.dana, s.avi, { kind: 'tally' } as Voter].map(voterKey)).size).toBe(5);
  });

  it('on "each group on its own list", lets a voter dot only its own group’s items; on "everyone", every item', () => {
    const s = setup();
    const own = { voters: 'own-list' } as const;
    expect(mayVoteOn(own, s.devVoter, s.staging, s.bundle.participants)).toBe(true);
    expect(mayVoteOn(own, s.devVoter, s.runbook, s.bundle.participants)).toBe(false);
    expect(mayVoteOn(own, s.dana, s.staging, s.bundle.participants)).toBe(true);
    expect(mayVoteOn(own, s.dana, s.runbook, s.bundle.participants)).toBe(false);
    expect(mayVoteOn({ voters: 'everyone' }, s.devVoter, s.runbook, s.bundle.participants)).toBe(true);
    expect(mayVoteOn({ voters: 'everyone' }, { kind: 'tally' }, s.runbook, s.bundle.participants)).toBe(false);
  });
});

describe('castDot', () => {
  it('spends a voter’s budget one dot at a time, refuses a dot more, and takes dots back with −', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires, s.opsRequires], voters: 'everyone', budget: 2, perItemCap: 2 });
    let votes = cast(round, [], s.bundle, [
      [s.devVoter, s.runbook, 1],
      [s.devVoter, s.fridays, 1],
    ]);
    expect(dotsSpent(votes, round.id, s.devVoter)).toBe(2);
    const refusal = refusalOf(() => castDot(round, votes, s.devVoter, s.pipeline, 1, s.bundle.participants, idCounter()));
    expect(refusal.reason).toEqual({ key: 'errors.budgetSpent', values: { budget: 2 } });
    // Another voter's budget is its own.
    votes = cast(round, votes, s.bundle, [[s.opsVoter, s.runbook, 1]]);
    expect(dotsSpent(votes, round.id, s.opsVoter)).toBe(1);
    // Taking one back frees it for another item; a dot taken back to zero leaves no vote behind.
    votes = cast(round, votes, s.bundle, [
      [s.devVoter, s.fridays, -1],
      [s.devVoter, s.pipeline, 1],
    ]);
    expect(countOn(votes, s.fridays)).toBe(0);
    expect(votes.filter((v) => v.stickyId === s.fridays.id)).toEqual([]);
    expect(countOn(votes, s.pipeline)).toBe(1);
    expect(countOn(votes, s.runbook)).toBe(2);
    // − on an item without the voter's dots changes nothing.
    expect(castDot(round, votes, s.devVoter, s.staging, -1, s.bundle.participants, idCounter())).toEqual({ put: [], remove: [] });
  });

  it('keeps one voter’s dots on one item to the per-item cap', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], voters: 'own-list', budget: 5, perItemCap: 2 });
    const votes = cast(round, [], s.bundle, [
      [s.devVoter, s.staging, 1],
      [s.devVoter, s.staging, 1],
    ]);
    expect(votes).toHaveLength(1);
    expect(votes[0]!.count).toBe(2);
    const refusal = refusalOf(() => castDot(round, votes, s.devVoter, s.staging, 1, s.bundle.participants, idCounter()));
    expect(refusal.reason).toEqual({ key: 'errors.itemCapReached', values: { cap: 2 } });
    expect(cast(round, votes, s.bundle, [[s.devVoter, s.signOff, 1]])).toHaveLength(2);
  });

  it('counts participants’ dots apart from each other and from their group’s', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], voters: 'own-list', voterKind: 'participant', budget: 1, perItemCap: 1 });
    const yoni: Voter = { kind: 'participant', id: s.bundle.participants.find((p) => p.name === 'Yoni')!.id as ParticipantId };
    const votes = cast(round, [], s.bundle, [
      [s.dana, s.staging, 1],
      [yoni, s.staging, 1],
    ]);
    expect(countOn(votes, s.staging)).toBe(2);
    expect(dotsSpent(votes, round.id, s.dana)).toBe(1);
    expect(dotsSpent(votes, round.id, s.devVoter)).toBe(0);
  });

  it('refuses a dot on another group’s list, and on an item outside the round', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires, s.opsRequires], voters: 'own-list' });
    expect(refusalOf(() => castDot(round, [], s.devVoter, s.runbook, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.notYourList');
    expect(refusalOf(() => castDot(round, [], s.dana, s.runbook, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.notYourList');
    const outmodel = s.bundle.stickies.find((x) => x.kind === 'outmodel' && x.authorGroupId === s.dev.id)!;
    expect(refusalOf(() => castDot(round, [], s.devVoter, outmodel, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.notInRound');
  });

  it('refuses dots once the round is closed, and in a round counted by hand', () => {
    const s = setup();
    const closed = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], status: 'closed', closedAt: BOARD_T0 });
    expect(refusalOf(() => castDot(closed, [], s.devVoter, s.staging, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.roundClosed');
    expect(refusalOf(() => castDot(closed, [], s.devVoter, s.staging, -1, s.bundle.participants, idCounter())).reason.key).toBe('errors.roundClosed');
    const tally = votingRound(s.bundle, 'round:2', { laneKeys: [s.devRequires], mode: 'tally' });
    expect(refusalOf(() => castDot(tally, [], s.devVoter, s.staging, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.roundIsTally');
    const dots = votingRound(s.bundle, 'round:3', { laneKeys: [s.devRequires] });
    expect(refusalOf(() => castDot(dots, [], { kind: 'tally' }, s.staging, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.roundIsTally');
  });
});

describe('setTally', () => {
  it('records, replaces and clears the hand-counted total of an item', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], mode: 'tally' });
    let votes = apply([], setTally(round, [], s.staging, 7, idCounter()));
    expect(votes).toEqual([expect.objectContaining({ roundId: round.id, stickyId: s.staging.id, voter: { kind: 'tally' }, count: 7 })]);
    votes = apply(votes, setTally(round, votes, s.staging, 4, idCounter()));
    expect(votes).toHaveLength(1);
    expect(votes[0]!.count).toBe(4);
    votes = apply(votes, setTally(round, votes, s.signOff, 4, idCounter('w')));
    votes = apply(votes, setTally(round, votes, s.staging, 0, idCounter()));
    expect(votes.map((v) => v.stickyId)).toEqual([s.signOff.id]);
    expect(setTally(round, [], s.nines, 0, idCounter())).toEqual({ put: [], remove: [] });
  });

  it('refuses a total that is not a whole number from 0 to 100, an item outside the round, a dots round and a closed round', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], mode: 'tally' });
    for (const total of [-1, 1.5, 101, Number.NaN]) expect(refusalOf(() => setTally(round, [], s.staging, total, idCounter())).reason.key).toBe('errors.tallyInvalid');
    expect(refusalOf(() => setTally(round, [], s.runbook, 3, idCounter())).reason.key).toBe('errors.notInRound');
    const dots = votingRound(s.bundle, 'round:2', { laneKeys: [s.devRequires] });
    expect(refusalOf(() => setTally(dots, [], s.staging, 3, idCounter())).reason.key).toBe('errors.roundIsDots');
    const closed = { ...round, status: 'closed' as const, closedAt: BOARD_T0 };
    expect(refusalOf(() => setTally(closed, [], s.staging, 3, idCounter())).reason.key).toBe('errors.roundClosed');
  });

  it('ranks items by their tallies', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], mode: 'tally' });
    let votes: Vote[] = [];
    for (const [sticky, total] of [
      [s.staging, 2],
      [s.signOff, 5],
      [s.nines, 3],
    ] as const)
      votes = apply(votes, setTally(round, votes, sticky, total, idCounter(sticky.id)));
    const results = roundResults({ ...round, status: 'closed' }, votes, s.bundle.stickies);
    expect(results.map((r) => [r.sticky.id, r.total, r.tied])).toEqual([
      [s.signOff.id, 5, false],
      [s.nines.id, 3, false],
      [s.staging.id, 2, false],
    ]);
  });
});

describe('secret ballots', () => {
  it('hides every vote of an open round from every view, and shows a closed round’s', () => {
    const s = setup();
    const open = votingRound(s.bundle, 'round:open', { laneKeys: [s.devRequires, s.opsRequires], voters: 'everyone' });
    const closed = votingRound(s.bundle, 'round:closed', { laneKeys: [s.devRequires, s.opsRequires], voters: 'everyone', status: 'closed', closedAt: BOARD_T0 });
    const votes = [vote(s.runbook, open, s.dev.id, 'vote:1'), vote(s.staging, open, s.ops.id, 'vote:2', 2), vote(s.fridays, closed, s.dev.id, 'vote:3')];
    expect(visibleVotes(votes, [open, closed]).map((v) => v.id)).toEqual(['vote:3']);
    expect(visibleVotes(votes, [open])).toEqual([]);
    // A vote of a round that is not known at all is not shown either.
    expect(visibleVotes(votes, [])).toEqual([]);
    // Closing the round shows its votes.
    expect(visibleVotes(votes, [{ ...open, status: 'closed', closedAt: BOARD_T0 }, closed])).toHaveLength(3);
  });
});

describe('results', () => {
  /** Dev dots two of Ops's items, Ops one of its own and one of Dev's: Fridays and staging tie at 1. */
  function votedRound() {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires, s.opsRequires], voters: 'everyone', budget: 2, perItemCap: 2 });
    const votes = cast(round, [], s.bundle, [
      [s.devVoter, s.runbook, 1],
      [s.devVoter, s.fridays, 1],
      [s.opsVoter, s.runbook, 1],
      [s.opsVoter, s.staging, 1],
    ]);
    return { ...s, round: { ...round, status: 'closed' as const, closedAt: BOARD_T0 }, votes };
  }

  it('puts items in vote order, marks ties, keeps the board’s order within a tie, and never calls nothing a tie', () => {
    const s = votedRound();
    const results = roundResults(s.round, s.votes, s.bundle.stickies);
    expect(results.map((r) => [r.sticky.id, r.total, r.tied])).toEqual([
      [s.runbook.id, 2, false],
      [s.staging.id, 1, true],
      [s.fridays.id, 1, true],
      [s.signOff.id, 0, false],
      [s.nines.id, 0, false],
      [s.pipeline.id, 0, false],
    ]);
    expect(ties(results)).toEqual([[s.staging.id, s.fridays.id]]);
  });

  it('counts only the round’s own votes', () => {
    const s = votedRound();
    const other = votingRound(s.bundle, 'round:other', { laneKeys: [s.devRequires, s.opsRequires], status: 'closed' });
    const results = roundResults(s.round, [...s.votes, vote(s.pipeline, other, s.dev.id, 'vote:elsewhere', 3)], s.bundle.stickies);
    expect(results.find((r) => r.sticky.id === s.pipeline.id)!.total).toBe(0);
  });

  it('lists groups of ties highest first', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires, s.opsRequires], voters: 'everyone', budget: 3, perItemCap: 2, status: 'closed' });
    const votes = [
      vote(s.nines, round, s.dev.id, 'vote:1', 1),
      vote(s.pipeline, round, s.dev.id, 'vote:2', 1),
      vote(s.runbook, round, s.ops.id, 'vote:3', 2),
      vote(s.signOff, round, s.ops.id, 'vote:4', 1),
      vote(s.staging, round, s.dev.id, 'vote:5', 1),
      vote(s.staging, round, s.ops.id, 'vote:6', 1),
    ];
    const results = roundResults(round, votes, s.bundle.stickies);
    expect(ties(results)).toEqual([
      [s.staging.id, s.runbook.id],
      [s.signOff.id, s.nines.id, s.pipeline.id],
    ]);
  });
});

describe('openRound', () => {
  it('opens a round on the chosen lanes with its settings, and keeps the cap within the budget', () => {
    const s = setup();
    const round = openRound(s.bundle.workshop.id, settings({ laneKeys: [s.devRequires, s.opsRequires], budget: 2, perItemCap: 3 }), BOARD_T0, idCounter());
    expect(round).toMatchObject({ laneKeys: [s.devRequires, s.opsRequires], voters: 'everyone', voterKind: 'group', mode: 'dots', budget: 2, perItemCap: 2, stickyIds: null, parentRoundId: null, status: 'open', openedAt: BOARD_T0, closedAt: null });
    expect(VotingRoundSchema.safeParse(round).success).toBe(true);
  });

  it('refuses a round without lanes, and a budget or cap below one', () => {
    const s = setup();
    expect(refusalOf(() => openRound(s.bundle.workshop.id, settings(), BOARD_T0, idCounter())).reason.key).toBe('errors.roundNeedsLanes');
    expect(refusalOf(() => openRound(s.bundle.workshop.id, settings({ laneKeys: [s.devRequires], budget: 0 }), BOARD_T0, idCounter())).reason.key).toBe('errors.roundBudgetInvalid');
    expect(refusalOf(() => openRound(s.bundle.workshop.id, settings({ laneKeys: [s.devRequires], perItemCap: 0 }), BOARD_T0, idCounter())).reason.key).toBe('errors.roundBudgetInvalid');
  });

  it('opens a second round over the tied items only, linked to the round before it', () => {
    const s = setup();
    const first = openRound(s.bundle.workshop.id, settings({ laneKeys: [s.devRequires, s.opsRequires] }), BOARD_T0, idCounter('a'));
    let votes = cast(first, [], s.bundle, [
      [s.devVoter, s.runbook, 1],
      [s.devVoter, s.fridays, 1],
      [s.opsVoter, s.runbook, 1],
      [s.opsVoter, s.staging, 1],
    ]);
    const closedFirst = { ...first, status: 'closed' as const, closedAt: BOARD_T0 };
    const tied = ties(roundResults(closedFirst, votes, s.bundle.stickies));
    expect(tied).toEqual([[s.staging.id, s.fridays.id]]);

    const second = openRound(s.bundle.workshop.id, settings({ laneKeys: [] }), BOARD_T0, idCounter('b'), { parent: closedFirst, stickyIds: tied[0]! });
    expect(second).toMatchObject({ parentRoundId: first.id, stickyIds: [s.staging.id, s.fridays.id], laneKeys: first.laneKeys, status: 'open' });
    expect(second.id).not.toBe(first.id);
    expect(roundItems(second, s.bundle.stickies).map((x) => x.id)).toEqual([s.staging.id, s.fridays.id]);
    // Items that did not tie are not on the second ballot.
    expect(refusalOf(() => castDot(second, votes, s.devVoter, s.runbook, 1, s.bundle.participants, idCounter())).reason.key).toBe('errors.notInRound');

    // The second round breaks the tie; the first round's results stand as they were.
    votes = cast(second, votes, s.bundle, [
      [s.devVoter, s.fridays, 1],
      [s.opsVoter, s.fridays, 1],
    ]);
    const closedSecond = { ...second, status: 'closed' as const, closedAt: BOARD_T0 };
    const results = roundResults(closedSecond, votes, s.bundle.stickies);
    expect(results.map((r) => [r.sticky.id, r.total, r.tied])).toEqual([
      [s.fridays.id, 2, false],
      [s.staging.id, 0, false],
    ]);
    expect(ties(results)).toEqual([]);
    expect(ties(roundResults(closedFirst, votes, s.bundle.stickies))).toEqual(tied);
  });
});

describe('the voting catalogs', () => {
  const PLURAL = /_(one|two|other)$/;
  const bases = (catalog: Record<string, string>) => new Set(Object.keys(catalog).map((k) => k.replace(PLURAL, '')));

  it('have the same keys in English and Hebrew, with each language’s plural forms', () => {
    expect([...bases(votingHe)].sort()).toEqual([...bases(votingEn)].sort());
    for (const key of Object.keys(votingEn).filter((k) => k.endsWith('_other'))) {
      const base = key.replace(PLURAL, '');
      expect(Object.keys(votingEn).filter((k) => k.startsWith(`${base}_`)).sort(), base).toEqual([`${base}_one`, `${base}_other`]);
      expect(Object.keys(votingHe).filter((k) => k.startsWith(`${base}_`)).sort(), base).toEqual([`${base}_one`, `${base}_other`, `${base}_two`]);
    }
    expect(Object.keys(votingErrorsHe).sort()).toEqual(Object.keys(votingErrorsEn).sort());
    expect(Object.keys(votingUndoHe).sort()).toEqual(Object.keys(votingUndoEn).sort());
  });

  it('explain every refusal of the voting rules in plain words', () => {
    const s = setup();
    const round = votingRound(s.bundle, 'round:1', { laneKeys: [s.devRequires], voters: 'own-list', budget: 1, perItemCap: 1 });
    const refusals = [
      refusalOf(() => castDot({ ...round, status: 'closed' }, [], s.devVoter, s.staging, 1, s.bundle.participants, idCounter())),
      refusalOf(() => castDot({ ...round, mode: 'tally' }, [], s.devVoter, s.staging, 1, s.bundle.participants, idCounter())),
      refusalOf(() => setTally(round, [], s.staging, 1, idCounter())),
      refusalOf(() => setTally({ ...round, mode: 'tally' }, [], s.staging, -1, idCounter())),
      refusalOf(() => castDot(round, [], s.devVoter, s.runbook, 1, s.bundle.participants, idCounter())),
      refusalOf(() => castDot({ ...round, voters: 'everyone' }, [], s.devVoter, s.runbook, 1, s.bundle.participants, idCounter())),
      refusalOf(() => castDot(round, cast(round, [], s.bundle, [[s.devVoter, s.staging, 1]]), s.devVoter, s.signOff, 1, s.bundle.participants, idCounter())),
      refusalOf(() => castDot({ ...round, budget: 3 }, cast(round, [], s.bundle, [[s.devVoter, s.staging, 1]]), s.devVoter, s.staging, 1, s.bundle.participants, idCounter())),
      refusalOf(() => openRound(s.bundle.workshop.id, settings(), BOARD_T0, idCounter())),
      refusalOf(() => openRound(s.bundle.workshop.id, settings({ laneKeys: [s.devRequires], budget: 0 }), BOARD_T0, idCounter())),
    ];
    const errors: Record<string, string> = votingErrorsEn;
    for (const { reason } of refusals) {
      const [section, name] = reason.key.split('.') as [string, string];
      expect(section).toBe('errors');
      const text = errors[name];
      expect(text, reason.key).toBeDefined();
      const filled = text!.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(reason.values?.[p] ?? `{{${p}}}`));
      expect(filled, reason.key).not.toMatch(/\{\{|\}\}/);
      expect(filled).toMatch(/^[A-Z]/);
      expect(filled).not.toMatch(/invalid|expected|received|undefined|NaN|zod|string|array|\bnull\b/i);
    }
    expect(new Set(refusals.map((r) => r.reason.key)).size).toBe(9);
  });
});
