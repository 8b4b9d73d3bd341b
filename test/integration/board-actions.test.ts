import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterId, Lane, StickyId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import {
  clusterStickiesAction,
  collapseClusterAction,
  deleteStickyAction,
  editStickyAction,
  moveDownAction,
  moveLaneRightAction,
  moveLaneLeftAction,
  moveStickyAction,
  moveUpAction,
  perform,
  postStickiesAction,
  redoAction,
  renameClusterAction,
  undoAction,
  ungroupClusterAction,
} from '../../renderer/actions';
import { db, ensureSampleSeeded, readLanesAndStickies } from '../../renderer/db';
import { useHistory, useUi, type ConfirmRequest } from '../../renderer/state';
import { laneView, reaction, sortById, stickyWithText, vote, votingRound } from '../builders/board';
import { inEnglish } from '../builders/messages';

const W = SAMPLE_WORKSHOP_ID;

/** The workshop's board as stored, every table sorted by id. */
async function board() {
  const [stickies, clusters, reactions, votes] = await Promise.all([
    db.stickies.where('workshopId').equals(W).toArray(),
    db.clusters.where('workshopId').equals(W).toArray(),
    db.reactions.where('workshopId').equals(W).toArray(),
    db.votes.where('workshopId').equals(W).toArray(),
  ]);
  return { stickies: sortById(stickies), clusters: sortById(clusters), reactions: sortById(reactions), votes: sortById(votes) };
}

type Board = Awaited<ReturnType<typeof board>>;

async function lanes() {
  const { lanes: all, groups } = await readLanesAndStickies(W);
  const group = (name: string) => groups.find((g) => g.name === name)!.id;
  const lane = (kind: Lane['kind'], author?: string) => all.find((l) => l.kind === kind && (kind === 'parking' || l.authorGroupId === group(author!)))!;
  return {
    dev: group('Dev'),
    ops: group('Ops'),
    devOut: lane('outmodel', 'Dev'),
    opsOut: lane('outmodel', 'Ops'),
    devReq: lane('requirement', 'Dev'),
    opsReq: lane('requirement', 'Ops'),
    parking: lane('parking'),
  };
}

const id = async (text: string) => stickyWithText(await board(), text).id;
const view = async (lane: Lane) => laneView(await board(), lane.key);
const undo = () => perform(undoAction, undefined);
const redo = () => perform(redoAction, undefined);
const stacks = () => useHistory.getState().history[W] ?? { past: [], future: [] };
const errors = () => useUi.getState().notices.filter((n) => n.tone === 'error').map((n) => n.message);
const select = (stickyId: StickyId) => useUi.getState().select({ workshopId: W, stickyId });

/** How the next questions are answered, and which were asked: every test answers whatever appears. */
let reply = false;
let asked: Omit<ConfirmRequest, 'resolve'>[] = [];
let stopAnswering: () => void = () => {};

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.getState().setScope(W);
  useUi.setState({ selection: null, confirmRequest: null, focusTarget: null });
  reply = false;
  asked = [];
  stopAnswering = useUi.subscribe((state) => {
    const request = state.confirmRequest;
    if (!request) return;
    asked.push({ title: request.title, message: request.message, confirmLabel: request.confirmLabel });
    state.answer(reply);
  });
});

afterEach(() => stopAnswering());

/** Drops "Decides by" on "Is rewarded" in Dev's Outmodel lane: Treats every, [Is rewarded | Decides by], Our finished. */
async function makeCluster(): Promise<ClusterId> {
  const { devOut } = await lanes();
  const clusterId = await perform(clusterStickiesAction, { workshopId: W, draggedId: await id('Decides by'), targetId: await id('Is rewarded'), lane: devOut });
  if (!clusterId) throw new Error(`the cluster was not made: ${errors().map(inEnglish).join('; ')}`);
  return clusterId;
}

interface Case {
  name: string;
  setup?: () => Promise<ClusterId | void>;
  act: (clusterId: ClusterId | void) => Promise<unknown>;
  /** What the person sees changed. */
  check: (after: Board, before: Board) => Promise<void> | void;
}

const CASES: Case[] = [
  {
    name: 'post one sticky',
    act: async () => expect(await perform(postStickiesAction, { workshopId: W, lane: (await lanes()).devOut, texts: ['  Another idea  '], options: {} })).toBe(1),
    check: async () => expect(await view((await lanes()).devOut)).toEqual(['Treats every', 'Decides by', 'Is rewarded', 'Our finished', 'Another idea']),
  },
  {
    name: 'post many stickies (a paste)',
    act: async () =>
      expect(await perform(postStickiesAction, { workshopId: W, lane: (await lanes()).opsReq, texts: ['First', '', '  ', ' Second '], options: { requirementType: 'do-more', lens: 'sharing' } })).toBe(2),
    check: async (after) => {
      expect(await view((await lanes()).opsReq)).toEqual(['Ship a', 'Stop releasing', 'Run deployments', 'First', 'Second']);
      expect(stickyWithText(after, 'Second')).toMatchObject({ requirementType: 'do-more', lens: 'sharing' });
      const label = stacks().past.at(-1)?.label;
      expect(label).toEqual({ key: 'undo.postSticky', values: { count: 2 } });
      expect(inEnglish(label)).toBe('Post 2 stickies');
    },
  },
  {
    name: 'post into the parking lot',
    act: async () => perform(postStickiesAction, { workshopId: W, lane: (await lanes()).parking, texts: ['Budget'], options: { authorGroupId: (await lanes()).dev } }),
    check: async (after) => expect(stickyWithText(after, 'Budget')).toMatchObject({ kind: 'parking', authorGroupId: (await lanes()).dev, subjectGroupId: null }),
  },
  {
    name: 'edit the text',
    act: async () => perform(editStickyAction, { workshopId: W, id: await id('Treats every'), patch: { text: '  Fears every change.  ' } }),
    check: (after, before) => {
      expect(after.stickies.find((s) => s.id === stickyWithText(before, 'Treats every').id)?.text).toBe('Fears every change.');
    },
  },
  {
    name: 'edit the type and lens',
    act: async () => perform(editStickyAction, { workshopId: W, id: await id('Give us'), patch: { requirementType: 'keep-doing', lens: 'culture' } }),
    check: (after) => expect(stickyWithText(after, 'Give us')).toMatchObject({ requirementType: 'keep-doing', lens: 'culture' }),
  },
  {
    name: 'delete a sticky with its reaction and vote',
    setup: async () => {
      const { ops } = await lanes();
      const target = stickyWithText(await board(), 'Treats every');
      const other = stickyWithText(await board(), 'Decides by');
      const round = votingRound({ workshop: { id: W } as never }, 'round:it-1');
      await db.rounds.put(round);
      await db.reactions.bulkPut([reaction(target, ops, 'reaction:it-1', 'reject'), reaction(other, ops, 'reaction:it-2')]);
      await db.votes.bulkPut([vote(target, round, ops, 'vote:it-1'), vote(other, round, ops, 'vote:it-2')]);
      select(target.id);
    },
    act: async () => perform(deleteStickyAction, { workshopId: W, id: await id('Treats every') }),
    check: (after, before) => {
      expect(after.stickies).toHaveLength(before.stickies.length - 1);
      expect(after.reactions.map((r) => r.id)).toEqual(['reaction:it-2']);
      expect(after.votes.map((v) => v.id)).toEqual(['vote:it-2']);
      expect(useUi.getState().selection).toBeNull();
      expect(useUi.getState().notices.at(-1)).toMatchObject({ tone: 'info', actionName: 'undo' });
    },
  },
  {
    name: 'move within a lane',
    act: async () => perform(moveStickyAction, { workshopId: W, id: await id('Our finished'), target: { lane: (await lanes()).devOut, clusterId: null, beforeId: await id('Decides by') } }),
    check: async () => expect(await view((await lanes()).devOut)).toEqual(['Treats every', 'Our finished', 'Decides by', 'Is rewarded']),
  },
  {
    name: 'move to another of the author’s lanes',
    act: async () => perform(moveStickyAction, { workshopId: W, id: await id('Treats every'), target: { lane: (await lanes()).devReq, clusterId: null, beforeId: null } }),
    check: async (after) => {
      const { devOut, devReq, dev, ops } = await lanes();
      expect(await view(devOut)).toEqual(['Decides by', 'Is rewarded', 'Our finished']);
      expect(await view(devReq)).toEqual(['Give us', 'Stop requiring', 'Keep the', 'Treats every']);
      expect(stickyWithText(after, 'Treats every')).toMatchObject({ kind: 'requirement', authorGroupId: dev, subjectGroupId: ops });
      expect(asked).toEqual([]);
    },
  },
  {
    name: 'move to the parking lot',
    act: async () => perform(moveStickyAction, { workshopId: W, id: await id('Run deployments'), target: { lane: (await lanes()).parking, clusterId: null, beforeId: null } }),
    check: async (after) => {
      expect(stickyWithText(after, 'Run deployments')).toMatchObject({ kind: 'parking', authorGroupId: (await lanes()).ops, subjectGroupId: null });
      expect(asked).toEqual([]);
    },
  },
  {
    name: 'move into the other group’s lane, confirmed',
    setup: async () => {
      reply = true;
    },
    act: async () => perform(moveStickyAction, { workshopId: W, id: await id('Treats every'), target: { lane: (await lanes()).opsOut, clusterId: null, beforeId: null } }),
    check: async (after) => {
      expect(asked).toHaveLength(1);
      expect(asked[0]?.title).toEqual({ key: 'confirm.moveTitle', values: { group: 'Ops' } });
      expect(inEnglish(asked[0]?.title)).toBe('Move into Ops’s lane?');
      expect(stickyWithText(after, 'Treats every')).toMatchObject({ authorGroupId: (await lanes()).ops, subjectGroupId: (await lanes()).dev });
    },
  },
  {
    name: 'group two stickies into a cluster',
    act: async () => makeCluster(),
    check: async (after) => {
      expect(await view((await lanes()).devOut)).toEqual(['Treats every', '[Is rewarded | Decides by]', 'Our finished']);
      expect(after.clusters).toHaveLength(1);
    },
  },
  {
    name: 'join a sticky to a cluster',
    setup: makeCluster,
    act: async () => perform(clusterStickiesAction, { workshopId: W, draggedId: await id('Treats every'), targetId: await id('Decides by'), lane: (await lanes()).devOut }),
    check: async () => expect(await view((await lanes()).devOut)).toEqual(['[Is rewarded | Decides by | Treats every]', 'Our finished']),
  },
  {
    name: 'take the last member out of a cluster',
    setup: async () => {
      const clusterId = await makeCluster();
      select(await id('Decides by'));
      await perform(deleteStickyAction, { workshopId: W, id: await id('Decides by') });
      expect(await view((await lanes()).devOut)).toEqual(['Treats every', '[Is rewarded]', 'Our finished']);
      return clusterId;
    },
    act: async () => perform(moveStickyAction, { workshopId: W, id: await id('Is rewarded'), target: { lane: (await lanes()).devOut, clusterId: null, beforeId: null } }),
    check: async (after) => {
      expect(after.clusters).toEqual([]);
      expect(await view((await lanes()).devOut)).toEqual(['Treats every', 'Our finished', 'Is rewarded']);
    },
  },
  {
    name: 'rename a cluster',
    setup: makeCluster,
    act: async (clusterId) => perform(renameClusterAction, { workshopId: W, id: clusterId!, title: '  Process  ' }),
    check: (after) => expect(after.clusters[0]?.title).toBe('Process'),
  },
  {
    name: 'collapse a cluster',
    setup: makeCluster,
    act: async (clusterId) => perform(collapseClusterAction, { workshopId: W, id: clusterId!, collapsed: true }),
    check: (after) => expect(after.clusters[0]?.collapsed).toBe(true),
  },
  {
    name: 'ungroup a cluster',
    setup: makeCluster,
    act: async (clusterId) => perform(ungroupClusterAction, { workshopId: W, id: clusterId! }),
    check: async (after) => {
      expect(after.clusters).toEqual([]);
      expect(await view((await lanes()).devOut)).toEqual(['Treats every', 'Is rewarded', 'Decides by', 'Our finished']);
    },
  },
  {
    name: 'keyboard: move the selected sticky up',
    setup: async () => select(await id('Is rewarded')),
    act: () => perform(moveUpAction, undefined),
    check: async () => {
      expect(await view((await lanes()).devOut)).toEqual(['Treats every', 'Is rewarded', 'Decides by', 'Our finished']);
      expect(useUi.getState().focusTarget).toContain(await id('Is rewarded'));
    },
  },
  {
    name: 'keyboard: move the selected sticky down past a cluster',
    setup: async () => {
      await makeCluster();
      select(await id('Treats every'));
    },
    act: () => perform(moveDownAction, undefined),
    check: async () => expect(await view((await lanes()).devOut)).toEqual(['[Is rewarded | Decides by]', 'Treats every', 'Our finished']),
  },
  {
    name: 'keyboard: move the selected sticky up inside its cluster',
    setup: async () => {
      await makeCluster();
      select(await id('Decides by'));
    },
    act: () => perform(moveUpAction, undefined),
    check: async () => expect(await view((await lanes()).devOut)).toEqual(['Treats every', '[Decides by | Is rewarded]', 'Our finished']),
  },
  {
    name: 'keyboard: move the selected sticky to the next lane it may enter',
    setup: async () => select(await id('Treats every')),
    act: () => perform(moveLaneRightAction, undefined),
    check: async () => {
      expect(await view((await lanes()).devReq)).toEqual(['Give us', 'Stop requiring', 'Keep the', 'Treats every']);
      expect(asked).toEqual([]);
    },
  },
  {
    name: 'keyboard: move the selected sticky to the previous lane it may enter',
    setup: async () => select(await id('Ship a')),
    act: () => perform(moveLaneLeftAction, undefined),
    check: async () => {
      expect(await view((await lanes()).opsOut)).toEqual(['Is measured', 'Hands releases', 'Their continuous', 'Values new', 'Ship a']);
      expect(asked).toEqual([]);
    },
  },
  {
    name: 'keyboard: move a parked sticky back to its author’s requirement lane',
    setup: async () => select(await id('Who owns')),
    act: () => perform(moveLaneLeftAction, undefined),
    check: async (after) => {
      const { opsReq, dev } = await lanes();
      expect((await view(opsReq)).at(-1)).toBe('Who owns');
      expect(stickyWithText(after, 'Who owns')).toMatchObject({ kind: 'requirement', subjectGroupId: dev });
    },
  },
];

describe('every board command is undone and redone exactly', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const clusterId = await c.setup?.();
    useUi.setState({ notices: [] });
    useHistory.setState({ history: {} });
    const before = await board();
    await c.act(clusterId);
    expect(errors()).toEqual([]);
    const after = await board();
    expect(after).not.toEqual(before);
    await c.check(after, before);
    expect(stacks().past).toHaveLength(1);

    await undo();
    expect(await board()).toEqual(before);
    expect(stacks()).toMatchObject({ past: [], future: [expect.anything()] });
    await redo();
    expect(await board()).toEqual(after);
    await undo();
    expect(await board()).toEqual(before);
    expect(errors()).toEqual([]);
  });
});

describe('moves that change who wrote a sticky', () => {
  it('asks first, and changes nothing when the answer is no', async () => {
    const { opsOut } = await lanes();
    const before = await board();
    const result = await perform(moveStickyAction, { workshopId: W, id: await id('Treats every'), target: { lane: opsOut, clusterId: null, beforeId: null } });
    expect(result).toBeUndefined();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual({
      title: { key: 'confirm.moveTitle', values: { group: 'Ops' } },
      message: { key: 'confirm.moveExplained', values: { group: 'Ops' } },
      confirmLabel: { key: 'confirm.moveConfirm', values: { group: 'Ops' } },
    });
    expect(inEnglish(asked[0]!.title)).toContain('Ops');
    expect(inEnglish(asked[0]!.message)).toBe('This sticky will then count as written by Ops. Move it only if Ops agrees it is theirs.');
    expect(inEnglish(asked[0]!.confirmLabel)).toBe('Move it to Ops');
    expect(useUi.getState().confirmRequest).toBeNull();
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
    expect(errors()).toEqual([]);
  });

  it('asks before a drop onto the other group’s sticky, and makes no cluster when declined', async () => {
    const { opsOut } = await lanes();
    const before = await board();
    expect(await perform(clusterStickiesAction, { workshopId: W, draggedId: await id('Treats every'), targetId: await id('Hands releases'), lane: opsOut })).toBeNull();
    expect(asked).toHaveLength(1);
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
  });

  it('a confirmed drop onto the other group’s sticky makes the cluster there, and undo takes it all back', async () => {
    reply = true;
    const { opsOut, ops } = await lanes();
    const before = await board();
    const clusterId = await perform(clusterStickiesAction, { workshopId: W, draggedId: await id('Treats every'), targetId: await id('Hands releases'), lane: opsOut });
    expect(clusterId).toMatch(/^cluster:/);
    expect(stickyWithText(await board(), 'Treats every')).toMatchObject({ authorGroupId: ops, clusterId });
    expect(await view(opsOut)).toEqual(['Is measured', '[Hands releases | Treats every]', 'Their continuous', 'Values new']);
    await undo();
    expect(await board()).toEqual(before);
  });

  it('keyboard lane moves never leave the author’s own lanes, so never ask', async () => {
    select(await id('Treats every'));
    const before = await board();
    await perform(moveLaneLeftAction, undefined); // Dev's Outmodel lane is Dev's first lane: nowhere to go.
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
    await perform(moveLaneRightAction, undefined); // → Dev's requirements
    await perform(moveLaneRightAction, undefined); // → parking lot
    await perform(moveLaneRightAction, undefined); // parking is last: stays
    const { parking, dev } = await lanes();
    expect(stickyWithText(await board(), 'Treats every')).toMatchObject({ kind: 'parking', authorGroupId: dev });
    expect((await view(parking)).at(-1)).toBe('Treats every');
    expect(stacks().past).toHaveLength(2);
    expect(asked).toEqual([]);
  });

  it('keyboard moves up at the top or down at the bottom do nothing and record nothing', async () => {
    const before = await board();
    select(await id('Treats every'));
    await perform(moveUpAction, undefined);
    select(await id('Our finished'));
    await perform(moveDownAction, undefined);
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
  });
});

describe('refused commands write nothing and record nothing', () => {
  const refusedEdits: [string, string][] = [
    ['empty text', ''],
    ['only spaces', '  \n\t '],
    ['1,001 characters', 'x'.repeat(1001)],
  ];

  it.each(refusedEdits)('an edit to %s', async (_name, text) => {
    const before = await board();
    const result = await perform(editStickyAction, { workshopId: W, id: await id('Treats every'), patch: { text } });
    expect(result).toBeUndefined();
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
    expect(errors()).toHaveLength(1);
  });

  it('an edit to exactly 1,000 characters (after trimming) is accepted', async () => {
    const text = 'y'.repeat(1000);
    await perform(editStickyAction, { workshopId: W, id: await id('Treats every'), patch: { text: `  ${text}  ` } });
    expect(errors()).toEqual([]);
    expect((await board()).stickies.some((s) => s.text === text)).toBe(true);
    expect(stacks().past).toHaveLength(1);
  });

  it('an edit that changes nothing records nothing', async () => {
    await perform(editStickyAction, { workshopId: W, id: await id('Treats every'), patch: { text: 'Treats every change as a threat to the four nines.  ' } });
    expect(stacks().past).toHaveLength(0);
    expect(errors()).toEqual([]);
  });

  it('a post of 1,001 characters, or into the parking lot without an author, or of nothing', async () => {
    const { devOut, parking } = await lanes();
    const before = await board();
    expect(await perform(postStickiesAction, { workshopId: W, lane: devOut, texts: ['fine', 'z'.repeat(1001)], options: {} })).toBeUndefined();
    expect(await perform(postStickiesAction, { workshopId: W, lane: parking, texts: ['Later'], options: {} })).toBeUndefined();
    expect(errors()).toHaveLength(2);
    expect(await perform(postStickiesAction, { workshopId: W, lane: devOut, texts: ['', '   '], options: {} })).toBe(0);
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
  });

  it('a cluster title longer than a line allows', async () => {
    const clusterId = await makeCluster();
    useHistory.setState({ history: {} });
    const before = await board();
    await perform(renameClusterAction, { workshopId: W, id: clusterId, title: 't'.repeat(201) });
    expect(errors()).toHaveLength(1);
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
  });

  it('a move into a cluster of another lane', async () => {
    const clusterId = await makeCluster();
    useHistory.setState({ history: {} });
    const { devReq } = await lanes();
    const before = await board();
    await perform(moveStickyAction, { workshopId: W, id: await id('Give us'), target: { lane: devReq, clusterId, beforeId: null } });
    expect(errors()).toHaveLength(1);
    expect(await board()).toEqual(before);
    expect(stacks().past).toHaveLength(0);
  });
});

describe('undo and redo across lanes and clusters', () => {
  it('cluster, then move a member to another lane: undo twice, redo twice', async () => {
    const { devOut, devReq } = await lanes();
    const start = await board();
    await makeCluster();
    const clustered = await board();
    await perform(moveStickyAction, { workshopId: W, id: await id('Decides by'), target: { lane: devReq, clusterId: null, beforeId: await id('Give us') } });
    const moved = await board();
    expect(await view(devOut)).toEqual(['Treats every', '[Is rewarded]', 'Our finished']);
    expect(await view(devReq)).toEqual(['Decides by', 'Give us', 'Stop requiring', 'Keep the']);

    await undo();
    expect(await board()).toEqual(clustered);
    await undo();
    expect(await board()).toEqual(start);
    await undo(); // nothing left: no change, no error
    expect(await board()).toEqual(start);
    await redo();
    expect(await board()).toEqual(clustered);
    await redo();
    expect(await board()).toEqual(moved);
    expect(errors()).toEqual([]);
  });

  it('a longer session of mixed commands unwinds step by step and winds back up', async () => {
    const l = await lanes();
    const states = [await board()];
    const steps: (() => Promise<unknown>)[] = [
      async () => perform(postStickiesAction, { workshopId: W, lane: l.devOut, texts: ['P1', 'P2'], options: {} }),
      async () => perform(clusterStickiesAction, { workshopId: W, draggedId: await id('P1'), targetId: await id('Decides by'), lane: l.devOut }),
      async () => perform(clusterStickiesAction, { workshopId: W, draggedId: await id('Give us'), targetId: await id('P1'), lane: l.devOut }),
      async () => perform(moveStickyAction, { workshopId: W, id: await id('P1'), target: { lane: l.parking, clusterId: null, beforeId: null } }),
      async () => perform(renameClusterAction, { workshopId: W, id: (await board()).clusters[0]!.id, title: 'Gates' }),
      async () => {
        select(await id('Decides by'));
        return perform(deleteStickyAction, undefined);
      },
      async () => perform(ungroupClusterAction, { workshopId: W, id: (await board()).clusters[0]!.id }),
      async () => {
        select(await id('Give us'));
        return perform(moveLaneRightAction, undefined);
      },
      async () => perform(editStickyAction, { workshopId: W, id: await id('Give us'), patch: { requirementType: 'do-less' } }),
    ];
    for (const [i, step] of steps.entries()) {
      await step();
      expect(errors()).toEqual([]);
      states.push(await board());
      expect(states.at(-1), `step ${i + 1} changed nothing`).not.toEqual(states.at(-2));
    }
    expect(stacks().past).toHaveLength(steps.length);
    for (let i = steps.length - 1; i >= 0; i--) {
      await undo();
      expect(await board(), `after undoing step ${i + 1}`).toEqual(states[i]);
    }
    for (let i = 1; i <= steps.length; i++) {
      await redo();
      expect(await board(), `after redoing step ${i}`).toEqual(states[i]);
    }
    expect(errors()).toEqual([]);
  });
});

describe('the sticky menu', () => {
  it('deletes the sticky it was opened on, even though opening the menu took the selection away', async () => {
    // Opening the menu moves focus off the card, whose blur handler clears the selection.
    useUi.getState().select(null);
    const target = await id('Treats every');
    await perform(deleteStickyAction, { workshopId: W, id: target });
    expect((await board()).stickies.some((s) => s.id === target)).toBe(false);
    expect(stacks().past).toHaveLength(1);
  });
});

describe('when another window wrote two items with the same key', () => {
  it('moving a cluster’s last sticky out, between the two, leaves no empty cluster in the database', async () => {
    const clusterId = await makeCluster();
    select(await id('Decides by'));
    await perform(deleteStickyAction, undefined);
    const { devOut } = await lanes();
    // The other window gave the one-member cluster the key of "Our finished", just after it.
    const next = stickyWithText(await board(), 'Our finished');
    await db.clusters.update(clusterId, { order: next.order });
    expect(await view(devOut)).toEqual(['Treats every', '[Is rewarded]', 'Our finished']);
    useHistory.setState({ history: {} });
    const before = await board();

    await perform(moveStickyAction, { workshopId: W, id: await id('Is rewarded'), target: { lane: devOut, clusterId: null, beforeId: next.id } });
    expect(errors()).toEqual([]);
    expect(await view(devOut)).toEqual(['Treats every', 'Is rewarded', 'Our finished']);
    expect(await db.clusters.where('workshopId').equals(W).count()).toBe(0);
    await undo();
    expect(await board()).toEqual(before);
  });
});
