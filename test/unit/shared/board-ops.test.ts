import { describe, expect, it } from 'vitest';
import {
  MoveNeedsConfirmation,
  applyToState,
  clusterMembers,
  clusterStickies,
  editSticky,
  isEmptyChange,
  itemsByLane,
  laneItems,
  moveSticky,
  postStickies,
  removeStickies,
  splitLines,
  ungroupCluster,
  updateCluster,
  type BoardChange,
  type BoardState,
} from '../../../shared/board';
import { Refusal } from '../../../shared/lib/refusal';
import {
  laneKeyOf,
  moveNeedsConfirmation,
  type ClusterId,
  type Lane,
  type StickyId,
  type WorkshopBundle,
} from '../../../shared/model';
import {
  boardOf,
  idCounter,
  laneOf,
  laneView,
  lanesOf,
  minute,
  reaction,
  stickyWithText,
  vote,
  votingRound,
  withBoard,
} from '../../builders/board';
import { inEnglish, refusalOf } from '../../builders/messages';
import { builtWorkshop, bundleIssues, sample, seededRandom } from './helpers';

const NOW = minute(10);

/** The shipped sample and its lanes: Dev and Ops, four Outmodel stickies each, three requirements each, one parked. */
function setup() {
  const bundle = sample();
  const dev = bundle.groups.find((g) => g.name === 'Dev')!.id;
  const ops = bundle.groups.find((g) => g.name === 'Ops')!.id;
  return {
    bundle,
    state: boardOf(bundle),
    dev,
    ops,
    devOut: laneOf(bundle, 'outmodel', 'Dev', 'Ops'),
    opsOut: laneOf(bundle, 'outmodel', 'Ops', 'Dev'),
    devReq: laneOf(bundle, 'requirement', 'Dev', 'Ops'),
    opsReq: laneOf(bundle, 'requirement', 'Ops', 'Dev'),
    parking: laneOf(bundle, 'parking'),
  };
}

const apply = applyToState;
const find = (state: BoardState, text: string) => stickyWithText(state, text);
const idOf = (state: BoardState, text: string) => find(state, text).id;

/** Keys must rise strictly under plain string comparison: no two items share a place. */
function expectStrictlyIncreasing(keys: readonly string[], where: string) {
  for (let i = 1; i < keys.length; i++) {
    if (!(keys[i - 1]! < keys[i]!)) expect.fail(`${where}: key ${i - 1} (${keys[i - 1]}) does not sort before key ${i} (${keys[i]})`);
  }
}

/** Every lane and every cluster of the state has strictly increasing order keys, and no cluster is empty. */
function expectWellOrdered(state: BoardState, lanes: readonly Lane[]) {
  for (const lane of lanes) expectStrictlyIncreasing(laneItems(state, lane.key).map((i) => i.order), `lane ${lane.key}`);
  for (const cluster of state.clusters) {
    const members = clusterMembers(state, cluster.id);
    expect(members.length, `cluster ${cluster.id} is empty`).toBeGreaterThan(0);
    expectStrictlyIncreasing(
      members.map((m) => m.order),
      `cluster ${cluster.id}`,
    );
  }
}

describe('splitLines', () => {
  it('makes one sticky per line, trimmed, whatever the line endings', () => {
    expect(splitLines('  one \r\ntwo\rthree\nfour  ')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('drops blank and space-only lines but keeps the spaces inside a line', () => {
    expect(splitLines('\n\n  first   idea \n \t \n\r\nsecond\n\n')).toEqual(['first   idea', 'second']);
  });

  it('gives nothing for an empty or blank paste', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines(' \n\t\r\n ')).toEqual([]);
  });
});

describe('postStickies', () => {
  it('appends the stickies to the end of the lane, in the order given, as written by the lane’s author about its subject', () => {
    const { bundle, state, dev, ops, devOut } = setup();
    const change = postStickies(state, bundle.workshop.id, devOut, ['First new', 'Second new'], {}, NOW, idCounter('p'));
    const after = apply(state, change);
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Decides by', 'Is rewarded', 'Our finished', 'First new', 'Second new']);
    expect(change.stickies.put.map((s) => s.id)).toEqual(['sticky:p-1', 'sticky:p-2']);
    for (const s of change.stickies.put) {
      expect(s).toMatchObject({ kind: 'outmodel', authorGroupId: dev, subjectGroupId: ops, clusterId: null, createdAt: NOW, updatedAt: NOW, authorName: null });
    }
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('puts a new sticky after a cluster that ends the lane', () => {
    const { bundle, state, devOut } = setup();
    const grouped = apply(state, clusterStickies(state, idOf(state, 'Our finished'), idOf(state, 'Is rewarded'), devOut, NOW, idCounter('c'), { confirmed: false }).change);
    expect(laneView(grouped, devOut.key)).toEqual(['Treats every', 'Decides by', '[Is rewarded | Our finished]']);
    const after = apply(grouped, postStickies(grouped, bundle.workshop.id, devOut, ['Last'], {}, NOW, idCounter('p')));
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Decides by', '[Is rewarded | Our finished]', 'Last']);
  });

  it('keeps the author’s name when one is given', () => {
    const { bundle, state, devOut } = setup();
    const change = postStickies(state, bundle.workshop.id, devOut, ['Signed'], { authorName: 'Dana' }, NOW, idCounter());
    expect(change.stickies.put[0]?.authorName).toBe('Dana');
  });

  it('posts into an empty lane of a new workshop', () => {
    const bundle = builtWorkshop(['Dev', 'Ops', 'Security']);
    const lane = laneOf(bundle, 'outmodel', 'Security', 'Ops');
    const after = apply(boardOf(bundle), postStickies(boardOf(bundle), bundle.workshop.id, lane, ['a', 'b', 'c'], {}, NOW, idCounter()));
    expect(laneItems(after, lane.key).map((i) => (i.type === 'sticky' ? i.sticky.text : '?'))).toEqual(['a', 'b', 'c']);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  describe('in the parking lot', () => {
    it('refuses without an author group, in plain words', () => {
      const { bundle, state, parking } = setup();
      const refusal = refusalOf(() => postStickies(state, bundle.workshop.id, parking, ['Later'], {}, NOW, idCounter()));
      expect(refusal.reason).toEqual({ key: 'errors.parkingNeedsAuthor' });
      expect(inEnglish(refusal.reason)).toMatch(/which group wrote/);
    });

    it('keeps the author group given, with no subject', () => {
      const { bundle, state, dev, parking } = setup();
      const change = postStickies(state, bundle.workshop.id, parking, ['Later'], { authorGroupId: dev }, NOW, idCounter());
      expect(change.stickies.put[0]).toMatchObject({ kind: 'parking', authorGroupId: dev, subjectGroupId: null });
      const after = apply(state, change);
      expect(laneView(after, parking.key)).toEqual(['Who owns', 'Later']);
      expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
    });

    it('ignores a different author group given for an ordinary lane: the lane decides', () => {
      const { bundle, state, dev, ops, opsOut } = setup();
      const change = postStickies(state, bundle.workshop.id, opsOut, ['Theirs'], { authorGroupId: dev }, NOW, idCounter());
      expect(change.stickies.put[0]?.authorGroupId).toBe(ops);
    });
  });

  it.each([
    ['outmodel', false],
    ['requirement', true],
    ['parking', false],
  ] as const)('keeps a requirement type and lens only in requirement lanes (%s lane)', (kind, kept) => {
    const { bundle, state, dev } = setup();
    const lane = kind === 'parking' ? laneOf(bundle, 'parking') : laneOf(bundle, kind, 'Dev', 'Ops');
    const change = postStickies(state, bundle.workshop.id, lane, ['Typed'], { authorGroupId: dev, requirementType: 'do-less', lens: 'lean' }, NOW, idCounter());
    expect(change.stickies.put[0]).toMatchObject(kept ? { requirementType: 'do-less', lens: 'lean' } : { requirementType: null, lens: null });
  });
});

describe('editSticky', () => {
  it('changes the text and the time it was last changed, and nothing else', () => {
    const { state } = setup();
    const before = find(state, 'Treats every');
    const change = editSticky(state, before.id, { text: 'Sees change as risk' }, NOW);
    expect(change.stickies.put).toEqual([{ ...before, text: 'Sees change as risk', updatedAt: NOW }]);
    expect(change.stickies.remove).toEqual([]);
  });

  it('changes a requirement’s type and lens, and can clear the lens', () => {
    const { state } = setup();
    const id = idOf(state, 'Give us');
    expect(editSticky(state, id, { requirementType: 'keep-doing' }, NOW).stickies.put[0]).toMatchObject({ requirementType: 'keep-doing', lens: 'automation' });
    expect(editSticky(state, id, { lens: null }, NOW).stickies.put[0]).toMatchObject({ requirementType: 'do-more', lens: null });
  });

  it('writes nothing when nothing changes', () => {
    const { state } = setup();
    const s = find(state, 'Give us');
    expect(isEmptyChange(editSticky(state, s.id, { text: s.text, lens: s.lens }, NOW))).toBe(true);
    expect(isEmptyChange(editSticky(state, s.id, {}, NOW))).toBe(true);
  });

  it('refuses a sticky that is gone', () => {
    const { state } = setup();
    expect(() => editSticky(state, 'sticky:gone' as StickyId, { text: 'x' }, NOW)).toThrow(Refusal);
  });

  it('gives a type or a lens only to requirements', () => {
    const { state } = setup();
    const id = idOf(state, 'Treats every');
    const refusal = refusalOf(() => editSticky(state, id, { requirementType: 'do-more' }, NOW));
    expect(refusal.reason).toEqual({ key: 'errors.onlyRequirementsTyped' });
    expect(inEnglish(refusal.reason)).toBe('Only requirements have a type and a lens.');
    expect(refusalOf(() => editSticky(state, id, { lens: 'lean' }, NOW)).reason).toEqual({ key: 'errors.onlyRequirementsTyped' });
  });
});

describe('move rules', () => {
  it('moves freely among the author’s own lanes: a Dev Outmodel sticky becomes a Dev requirement about Ops', () => {
    const { bundle, state, dev, ops, devOut, devReq } = setup();
    const id = idOf(state, 'Treats every');
    expect(moveNeedsConfirmation(find(state, 'Treats every'), devReq)).toBe(false);
    const after = apply(state, moveSticky(state, id, { lane: devReq, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    expect(after.stickies.find((s) => s.id === id)).toMatchObject({ kind: 'requirement', authorGroupId: dev, subjectGroupId: ops, updatedAt: NOW });
    expect(laneView(after, devOut.key)).toEqual(['Decides by', 'Is rewarded', 'Our finished']);
    expect(laneView(after, devReq.key)).toEqual(['Give us', 'Stop requiring', 'Keep the', 'Treats every']);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('moves freely into the parking lot, keeping the author and dropping the subject', () => {
    const { bundle, state, dev, parking } = setup();
    const id = idOf(state, 'Decides by');
    const after = apply(state, moveSticky(state, id, { lane: parking, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    expect(after.stickies.find((s) => s.id === id)).toMatchObject({ kind: 'parking', authorGroupId: dev, subjectGroupId: null });
    expect(laneView(after, parking.key)).toEqual(['Who owns', 'Decides by']);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('moves a parked sticky back into one of its author’s lanes without asking, about that lane’s subject', () => {
    const { bundle, state, dev, ops, opsReq } = setup();
    const parked = find(state, 'Who owns');
    expect(parked.authorGroupId).toBe(ops);
    const after = apply(state, moveSticky(state, parked.id, { lane: opsReq, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    expect(after.stickies.find((s) => s.id === parked.id)).toMatchObject({ kind: 'requirement', authorGroupId: ops, subjectGroupId: dev });
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('asks before a parked sticky goes into another group’s lane', () => {
    const { state, dev, devOut } = setup();
    const parked = find(state, 'Who owns');
    expect(() => moveSticky(state, parked.id, { lane: devOut, clusterId: null, beforeId: null }, NOW, { confirmed: false })).toThrow(MoveNeedsConfirmation);
    const after = apply(state, moveSticky(state, parked.id, { lane: devOut, clusterId: null, beforeId: null }, NOW, { confirmed: true }));
    expect(after.stickies.find((s) => s.id === parked.id)).toMatchObject({ kind: 'outmodel', authorGroupId: dev });
  });

  it('refuses a move into another group’s lane until confirmed, naming the new author', () => {
    const { state, ops, opsOut } = setup();
    const id = idOf(state, 'Treats every');
    let thrown: unknown;
    try {
      moveSticky(state, id, { lane: opsOut, clusterId: null, beforeId: null }, NOW, { confirmed: false });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MoveNeedsConfirmation);
    expect(thrown).toBeInstanceOf(Refusal);
    expect((thrown as MoveNeedsConfirmation).newAuthorGroupId).toBe(ops);
    expect((thrown as MoveNeedsConfirmation).reason).toEqual({ key: 'errors.moveNeedsConfirmation' });
  });

  it('once confirmed, a move into another group’s lane makes that group the author', () => {
    const { bundle, state, dev, ops, opsOut } = setup();
    const id = idOf(state, 'Treats every');
    const after = apply(state, moveSticky(state, id, { lane: opsOut, clusterId: null, beforeId: idOf(state, 'Hands releases') }, NOW, { confirmed: true }));
    expect(after.stickies.find((s) => s.id === id)).toMatchObject({ kind: 'outmodel', authorGroupId: ops, subjectGroupId: dev });
    expect(laneView(after, opsOut.key)).toEqual(['Is measured', 'Treats every', 'Hands releases', 'Their continuous', 'Values new']);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('asks before a drop onto another group’s sticky, loose or clustered, and changes the author once confirmed', () => {
    const { state, ops, opsOut } = setup();
    const dragged = idOf(state, 'Treats every');
    const target = idOf(state, 'Hands releases');
    expect(() => clusterStickies(state, dragged, target, opsOut, NOW, idCounter(), { confirmed: false })).toThrow(MoveNeedsConfirmation);
    const made = clusterStickies(state, dragged, target, opsOut, NOW, idCounter(), { confirmed: true });
    const after = apply(state, made.change);
    expect(after.stickies.find((s) => s.id === dragged)).toMatchObject({ authorGroupId: ops, clusterId: made.clusterId });
    // Joining an existing cluster of the other group asks too.
    const other = idOf(after, 'Decides by');
    expect(() => clusterStickies(after, other, target, opsOut, NOW, idCounter(), { confirmed: false })).toThrow(MoveNeedsConfirmation);
  });

  it('moves within a lane: before a given item, or to the end', () => {
    const { state, devOut } = setup();
    const last = idOf(state, 'Our finished');
    const first = idOf(state, 'Treats every');
    const up = apply(state, moveSticky(state, last, { lane: devOut, clusterId: null, beforeId: first }, NOW, { confirmed: false }));
    expect(laneView(up, devOut.key)).toEqual(['Our finished', 'Treats every', 'Decides by', 'Is rewarded']);
    const down = apply(up, moveSticky(up, last, { lane: devOut, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    expect(laneView(down, devOut.key)).toEqual(['Treats every', 'Decides by', 'Is rewarded', 'Our finished']);
    // Only the moved sticky is written: other windows' lists are not renumbered.
    expect(moveSticky(state, last, { lane: devOut, clusterId: null, beforeId: first }, NOW, { confirmed: false }).stickies.put).toHaveLength(1);
  });

  it('does nothing when a sticky is dropped just before itself', () => {
    const { state, devOut } = setup();
    const id = idOf(state, 'Decides by');
    expect(isEmptyChange(moveSticky(state, id, { lane: devOut, clusterId: null, beforeId: id }, NOW, { confirmed: false }))).toBe(true);
  });

  it('refuses to move a sticky that is gone', () => {
    const { state, devOut } = setup();
    expect(() => moveSticky(state, 'sticky:gone' as StickyId, { lane: devOut, clusterId: null, beforeId: null }, NOW, { confirmed: true })).toThrow(Refusal);
  });
});

describe('cluster integrity', () => {
  /** Dev's Outmodel lane with "Decides by" dropped on "Is rewarded": Treats, [Is rewarded | Decides by], Our finished. */
  function clustered() {
    const s = setup();
    const made = clusterStickies(s.state, idOf(s.state, 'Decides by'), idOf(s.state, 'Is rewarded'), s.devOut, NOW, idCounter('c'), { confirmed: false });
    return { ...s, made, grouped: apply(s.state, made.change), clusterId: made.clusterId! };
  }

  it('a drop on a loose sticky makes a cluster where the target stood, holding the target then the dragged sticky', () => {
    const { bundle, made, grouped, devOut, clusterId } = clustered();
    expect(made.clusterId).toBe('cluster:c-1');
    expect(laneView(grouped, devOut.key)).toEqual(['Treats every', '[Is rewarded | Decides by]', 'Our finished']);
    expect(grouped.clusters.find((c) => c.id === clusterId)).toMatchObject({ kind: 'outmodel', authorGroupId: devOut.authorGroupId, subjectGroupId: devOut.subjectGroupId, title: '', collapsed: false });
    expect(bundleIssues(withBoard(bundle, grouped))).toEqual([]);
  });

  it('a drop from another of the author’s lanes brings the sticky into the target’s lane', () => {
    const { bundle, state, devOut, devReq } = setup();
    const made = clusterStickies(state, idOf(state, 'Give us'), idOf(state, 'Treats every'), devOut, NOW, idCounter(), { confirmed: false });
    const after = apply(state, made.change);
    expect(laneView(after, devOut.key)).toEqual(['[Treats every | Give us]', 'Decides by', 'Is rewarded', 'Our finished']);
    expect(laneView(after, devReq.key)).toEqual(['Stop requiring', 'Keep the']);
    expect(find(after, 'Give us')).toMatchObject({ kind: 'outmodel', clusterId: made.clusterId });
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('a drop on a clustered sticky joins its cluster, at the end', () => {
    const { grouped, devOut, clusterId } = clustered();
    const joined = clusterStickies(grouped, idOf(grouped, 'Our finished'), idOf(grouped, 'Decides by'), devOut, NOW, idCounter('j'), { confirmed: false });
    expect(joined.clusterId).toBe(clusterId);
    expect(joined.change.clusters.put).toEqual([]);
    const after = apply(grouped, joined.change);
    expect(laneView(after, devOut.key)).toEqual(['Treats every', '[Is rewarded | Decides by | Our finished]']);
  });

  it('a drop of a sticky on itself does nothing', () => {
    const { state, devOut } = setup();
    const id = idOf(state, 'Treats every');
    const made = clusterStickies(state, id, id, devOut, NOW, idCounter(), { confirmed: false });
    expect(made.clusterId).toBeNull();
    expect(isEmptyChange(made.change)).toBe(true);
  });

  it('a drop that takes the last member out of a cluster removes that cluster', () => {
    const { grouped, devOut, clusterId } = clustered();
    // Move "Decides by" out: one member left, the cluster stays.
    const one = apply(grouped, moveSticky(grouped, idOf(grouped, 'Decides by'), { lane: devOut, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    expect(one.clusters.map((c) => c.id)).toEqual([clusterId]);
    // Drop the last member on a loose sticky: a new cluster is made and the old one goes.
    const made = clusterStickies(one, idOf(one, 'Is rewarded'), idOf(one, 'Treats every'), devOut, NOW, idCounter('n'), { confirmed: false });
    const after = apply(one, made.change);
    expect(made.change.clusters.remove).toEqual([clusterId]);
    expect(after.clusters.map((c) => c.id)).toEqual([made.clusterId]);
    expect(laneView(after, devOut.key)).toEqual(['[Treats every | Is rewarded]', 'Our finished', 'Decides by']);
  });

  it('moving the last member out of a cluster removes the cluster; moving one of two keeps it', () => {
    const { bundle, grouped, devOut, devReq, clusterId } = clustered();
    const first = apply(grouped, moveSticky(grouped, idOf(grouped, 'Is rewarded'), { lane: devOut, clusterId: null, beforeId: clusterId }, NOW, { confirmed: false }));
    expect(laneView(first, devOut.key)).toEqual(['Treats every', 'Is rewarded', '[Decides by]', 'Our finished']);
    const change = moveSticky(first, idOf(first, 'Decides by'), { lane: devReq, clusterId: null, beforeId: null }, NOW, { confirmed: false });
    expect(change.clusters.remove).toEqual([clusterId]);
    const after = apply(first, change);
    expect(after.clusters).toEqual([]);
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Is rewarded', 'Our finished']);
    expect(laneView(after, devReq.key)).toEqual(['Give us', 'Stop requiring', 'Keep the', 'Decides by']);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('moving the last member just before its own cluster puts it where the cluster stood', () => {
    const { grouped, devOut, clusterId } = clustered();
    const one = apply(grouped, moveSticky(grouped, idOf(grouped, 'Decides by'), { lane: devOut, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    const after = apply(one, moveSticky(one, idOf(one, 'Is rewarded'), { lane: devOut, clusterId: null, beforeId: clusterId }, NOW, { confirmed: false }));
    expect(after.clusters).toEqual([]);
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Is rewarded', 'Our finished', 'Decides by']);
  });

  it('reorders within a cluster and moves a loose sticky into a cluster at a given place', () => {
    const { grouped, devOut, clusterId } = clustered();
    const swapped = apply(grouped, moveSticky(grouped, idOf(grouped, 'Decides by'), { lane: devOut, clusterId, beforeId: idOf(grouped, 'Is rewarded') }, NOW, { confirmed: false }));
    expect(laneView(swapped, devOut.key)).toEqual(['Treats every', '[Decides by | Is rewarded]', 'Our finished']);
    const into = apply(swapped, moveSticky(swapped, idOf(swapped, 'Treats every'), { lane: devOut, clusterId, beforeId: idOf(swapped, 'Is rewarded') }, NOW, { confirmed: false }));
    expect(laneView(into, devOut.key)).toEqual(['[Decides by | Treats every | Is rewarded]', 'Our finished']);
  });

  it('deleting a cluster’s last sticky removes the cluster; deleting one of two keeps it', () => {
    const { bundle, grouped, devOut, clusterId } = clustered();
    const one = apply(grouped, removeStickies(grouped, [idOf(grouped, 'Decides by')]));
    expect(one.clusters.map((c) => c.id)).toEqual([clusterId]);
    const change = removeStickies(one, [idOf(one, 'Is rewarded')]);
    expect(change.clusters.remove).toEqual([clusterId]);
    const after = apply(one, change);
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Our finished']);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('deleting every member of a cluster at once removes it', () => {
    const { grouped, clusterId } = clustered();
    const change = removeStickies(grouped, [idOf(grouped, 'Decides by'), idOf(grouped, 'Is rewarded')]);
    expect(change.clusters.remove).toEqual([clusterId]);
  });

  it.each([
    ['in the middle', 'Is rewarded', 'Decides by', ['Treats every', 'Is rewarded', 'Decides by', 'Our finished']],
    ['first', 'Treats every', 'Decides by', ['Treats every', 'Decides by', 'Is rewarded', 'Our finished']],
    ['last', 'Our finished', 'Is rewarded', ['Treats every', 'Decides by', 'Our finished', 'Is rewarded']],
  ])('ungrouping a cluster %s puts its members back in order where it stood', (_where, target, dragged, expected) => {
    const { state, devOut } = setup();
    const made = clusterStickies(state, idOf(state, dragged), idOf(state, target), devOut, NOW, idCounter(), { confirmed: false });
    const grouped = apply(state, made.change);
    const after = apply(grouped, ungroupCluster(grouped, made.clusterId!, NOW));
    expect(after.clusters).toEqual([]);
    expect(after.stickies.every((s) => s.clusterId === null)).toBe(true);
    expect(laneView(after, devOut.key)).toEqual(expected);
    expectWellOrdered(after, [devOut]);
  });

  it('ungrouping keeps the members’ order inside the cluster, not the order they were dropped in', () => {
    const { grouped, devOut, clusterId } = clustered();
    const three = apply(grouped, clusterStickies(grouped, idOf(grouped, 'Treats every'), idOf(grouped, 'Is rewarded'), devOut, NOW, idCounter('x'), { confirmed: false }).change);
    const reordered = apply(three, moveSticky(three, idOf(three, 'Treats every'), { lane: devOut, clusterId, beforeId: idOf(three, 'Is rewarded') }, NOW, { confirmed: false }));
    expect(laneView(reordered, devOut.key)).toEqual(['[Treats every | Is rewarded | Decides by]', 'Our finished']);
    const after = apply(reordered, ungroupCluster(reordered, clusterId, NOW));
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Is rewarded', 'Decides by', 'Our finished']);
  });

  it('never puts a sticky in a cluster of another lane', () => {
    const { bundle, grouped, devOut, devReq, opsOut, clusterId } = clustered();
    const id = idOf(grouped, 'Give us');
    // The target lane is not the cluster's lane.
    expect(() => moveSticky(grouped, id, { lane: devReq, clusterId, beforeId: null }, NOW, { confirmed: true })).toThrow(Refusal);
    const refusal = refusalOf(() => moveSticky(grouped, id, { lane: opsOut, clusterId, beforeId: null }, NOW, { confirmed: true }));
    expect(refusal.reason).toEqual({ key: 'errors.clusterOtherLane' });
    expect(inEnglish(refusal.reason)).toMatch(/another lane/);
    // A drop names the lane it happened in; a sticky of another lane is refused.
    const otherLane = refusalOf(() => clusterStickies(grouped, id, idOf(grouped, 'Decides by'), devReq, NOW, idCounter(), { confirmed: true }));
    expect(otherLane.reason).toEqual({ key: 'errors.stickyOtherLane' });
    expect(inEnglish(otherLane.reason)).toMatch(/another lane/);
    expect(refusalOf(() => clusterStickies(grouped, id, idOf(grouped, 'Treats every'), devReq, NOW, idCounter(), { confirmed: true })).reason).toEqual({ key: 'errors.stickyOtherLane' });
    // With the cluster's own lane the same move is fine, and the sticky takes that lane.
    const after = apply(grouped, moveSticky(grouped, id, { lane: devOut, clusterId, beforeId: null }, NOW, { confirmed: true }));
    expect(find(after, 'Give us')).toMatchObject({ kind: 'outmodel', clusterId });
    // And the workshop file refuses a bundle that holds one anyway.
    const broken: BoardState = { ...grouped, stickies: grouped.stickies.map((s) => (s.id === id ? { ...s, clusterId } : s)) };
    expect(bundleIssues(withBoard(bundle, broken))).toEqual([`: integrity.clusterOtherLane {"what":"${id}"}`]);
  });

  it('refuses a cluster that is gone', () => {
    const { state, devOut } = setup();
    const gone = 'cluster:gone' as ClusterId;
    expect(() => moveSticky(state, idOf(state, 'Treats every'), { lane: devOut, clusterId: gone, beforeId: null }, NOW, { confirmed: false })).toThrow(Refusal);
    expect(() => ungroupCluster(state, gone, NOW)).toThrow(Refusal);
    expect(() => updateCluster(state, gone, { title: 'x' })).toThrow(Refusal);
  });

  it('renames and collapses a cluster, writing nothing when nothing changes', () => {
    const { grouped, clusterId } = clustered();
    const renamed = apply(grouped, updateCluster(grouped, clusterId, { title: 'Process' }));
    expect(renamed.clusters[0]).toMatchObject({ title: 'Process', collapsed: false });
    const collapsed = apply(renamed, updateCluster(renamed, clusterId, { collapsed: true }));
    expect(collapsed.clusters[0]).toMatchObject({ title: 'Process', collapsed: true });
    expect(isEmptyChange(updateCluster(collapsed, clusterId, { title: 'Process', collapsed: true }))).toBe(true);
  });

  it('a parking-lot cluster has no author and keeps each sticky’s author', () => {
    const { bundle, state, dev, ops, parking } = setup();
    const parked = apply(state, moveSticky(state, idOf(state, 'Treats every'), { lane: parking, clusterId: null, beforeId: null }, NOW, { confirmed: false }));
    const made = clusterStickies(parked, idOf(parked, 'Treats every'), idOf(parked, 'Who owns'), parking, NOW, idCounter(), { confirmed: false });
    const after = apply(parked, made.change);
    expect(after.clusters[0]).toMatchObject({ kind: 'parking', authorGroupId: null, subjectGroupId: null });
    expect(find(after, 'Treats every').authorGroupId).toBe(dev);
    expect(find(after, 'Who owns').authorGroupId).toBe(ops);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });
});

describe('removeStickies', () => {
  it('removes the sticky with its own reactions and votes, and nobody else’s', () => {
    const { bundle, state, dev, ops } = setup();
    const gone = find(state, 'Treats every');
    const kept = find(state, 'Decides by');
    const round = votingRound(bundle, 'round:r-1');
    const board: BoardState = {
      ...state,
      reactions: [reaction(gone, ops, 'reaction:r-gone', 'reject'), reaction(kept, ops, 'reaction:r-kept'), reaction(gone, dev, 'reaction:r-gone-2', 'clarify')],
      votes: [vote(gone, round, dev, 'vote:v-gone', 2), vote(kept, round, dev, 'vote:v-kept'), vote(gone, round, ops, 'vote:v-gone-2')],
    };
    const change = removeStickies(board, [gone.id]);
    expect(change.stickies.remove).toEqual([gone.id]);
    expect([...change.reactions.remove].sort()).toEqual(['reaction:r-gone', 'reaction:r-gone-2']);
    expect([...change.votes.remove].sort()).toEqual(['vote:v-gone', 'vote:v-gone-2']);
    expect(change.clusters.remove).toEqual([]);
    const after = apply(board, change);
    expect(after.stickies).toHaveLength(state.stickies.length - 1);
    expect(after.reactions.map((r) => r.id)).toEqual(['reaction:r-kept']);
    expect(after.votes.map((v) => v.id)).toEqual(['vote:v-kept']);
    expect(bundleIssues({ ...withBoard(bundle, after), rounds: [round] })).toEqual([]);
  });

  it('removes several stickies at once and refuses one that is gone, removing nothing', () => {
    const { state } = setup();
    const ids = [idOf(state, 'Treats every'), idOf(state, 'Ship a')];
    expect(apply(state, removeStickies(state, ids)).stickies).toHaveLength(state.stickies.length - 2);
    expect(() => removeStickies(state, [ids[0]!, 'sticky:gone' as StickyId])).toThrow(Refusal);
  });
});

describe('ordering when two windows gave two items the same key', () => {
  /** Gives the item at `index` of the lane the key of the item before it, as two windows inserting at once would. */
  function tie(state: BoardState, laneKey: string, index: number): BoardState {
    const items = laneItems(state, laneKey);
    const order = items[index - 1]!.order;
    const id = items[index]!.id;
    return {
      ...state,
      stickies: state.stickies.map((s) => (s.id === id ? { ...s, order } : s)),
      clusters: state.clusters.map((c) => (c.id === id ? { ...c, order } : c)),
    };
  }

  it('a move between the two re-keys the lane and lands exactly where it was dropped', () => {
    const { bundle, state, devOut } = setup();
    const tied = tie(state, devOut.key, 2);
    const shown = laneView(tied, devOut.key);
    const items = laneItems(tied, devOut.key);
    const moved = items[3]!.id as StickyId;
    const after = apply(tied, moveSticky(tied, moved, { lane: devOut, clusterId: null, beforeId: items[2]!.id }, NOW, { confirmed: false }));
    expect(laneView(after, devOut.key)).toEqual([shown[0], shown[1], shown[3], shown[2]]);
    expectWellOrdered(after, [devOut]);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });

  it('a post into the lane keeps every item where it was', () => {
    const { bundle, state, devOut } = setup();
    const tied = tie(state, devOut.key, 3);
    const after = apply(tied, postStickies(tied, bundle.workshop.id, devOut, ['New'], {}, NOW, idCounter()));
    expect(laneView(after, devOut.key)).toEqual([...laneView(tied, devOut.key), 'New']);
  });

  it('moving the last member out of a cluster that shares its key with its neighbour still removes the cluster', () => {
    const { bundle, state, devOut } = setup();
    // Treats every, [Is rewarded], Our finished — with the cluster's key equal to "Our finished".
    const made = clusterStickies(state, idOf(state, 'Decides by'), idOf(state, 'Is rewarded'), devOut, NOW, idCounter('c'), { confirmed: false });
    const grouped = apply(state, made.change);
    const one = apply(grouped, removeStickies(grouped, [idOf(grouped, 'Decides by')]));
    const tied = tie(one, devOut.key, 2);
    expect(laneView(tied, devOut.key)).toEqual(['Treats every', '[Is rewarded]', 'Our finished']);
    const change = moveSticky(tied, idOf(tied, 'Is rewarded'), { lane: devOut, clusterId: null, beforeId: idOf(tied, 'Our finished') }, NOW, { confirmed: false });
    const after = apply(tied, change);
    expect(laneView(after, devOut.key)).toEqual(['Treats every', 'Is rewarded', 'Our finished']);
    expect(after.clusters).toEqual([]);
    expectWellOrdered(after, [devOut]);
    expect(bundleIssues(withBoard(bundle, after))).toEqual([]);
  });
});

/**
 * A reference model of what each lane shows, kept by plain array edits: the board's order keys
 * must always give the same sequence.
 */
class Reference {
  readonly lanes = new Map<string, string[]>();
  readonly clusters = new Map<string, string[]>();
  readonly clusterLane = new Map<string, string>();
  readonly place = new Map<string, { lane: string; cluster: string | null }>();

  constructor(state: BoardState, lanes: readonly Lane[]) {
    for (const lane of lanes) this.lanes.set(lane.key, laneItems(state, lane.key).map((i) => i.id));
    for (const c of state.clusters) {
      this.clusters.set(c.id, clusterMembers(state, c.id).map((m) => m.id));
      this.clusterLane.set(c.id, laneKeyOf(c));
    }
    for (const s of state.stickies) this.place.set(s.id, { lane: laneKeyOf(s), cluster: s.clusterId });
  }

  private listOf(lane: string, cluster: string | null): string[] {
    return cluster ? this.clusters.get(cluster)! : this.lanes.get(lane)!;
  }

  private detach(id: string) {
    const { lane, cluster } = this.place.get(id)!;
    const list = this.listOf(lane, cluster);
    list.splice(list.indexOf(id), 1);
  }

  private dropIfEmpty(cluster: string | null) {
    if (cluster === null || this.clusters.get(cluster)!.length > 0) return;
    this.clusters.delete(cluster);
    const lane = this.lanes.get(this.clusterLane.get(cluster)!)!;
    lane.splice(lane.indexOf(cluster), 1);
    this.clusterLane.delete(cluster);
  }

  post(lane: string, ids: readonly string[]) {
    this.lanes.get(lane)!.push(...ids);
    for (const id of ids) this.place.set(id, { lane, cluster: null });
  }

  move(id: string, lane: string, cluster: string | null, beforeId: string | null) {
    const from = this.place.get(id)!;
    this.detach(id);
    const list = this.listOf(lane, cluster);
    const at = beforeId === null ? -1 : list.indexOf(beforeId);
    list.splice(at === -1 ? list.length : at, 0, id);
    this.place.set(id, { lane, cluster });
    if (from.cluster !== cluster) this.dropIfEmpty(from.cluster);
  }

  group(draggedId: string, targetId: string, newCluster: string) {
    const target = this.place.get(targetId)!;
    if (target.cluster !== null) return this.move(draggedId, target.lane, target.cluster, null);
    const from = this.place.get(draggedId)!;
    this.detach(draggedId);
    const lane = this.lanes.get(target.lane)!;
    lane[lane.indexOf(targetId)] = newCluster;
    this.clusters.set(newCluster, [targetId, draggedId]);
    this.clusterLane.set(newCluster, target.lane);
    this.place.set(targetId, { lane: target.lane, cluster: newCluster });
    this.place.set(draggedId, { lane: target.lane, cluster: newCluster });
    this.dropIfEmpty(from.cluster);
  }

  ungroup(cluster: string) {
    const laneKey = this.clusterLane.get(cluster)!;
    const lane = this.lanes.get(laneKey)!;
    const members = this.clusters.get(cluster)!;
    lane.splice(lane.indexOf(cluster), 1, ...members);
    for (const m of members) this.place.set(m, { lane: laneKey, cluster: null });
    this.clusters.delete(cluster);
    this.clusterLane.delete(cluster);
  }

  remove(id: string) {
    const from = this.place.get(id)!;
    this.detach(id);
    this.place.delete(id);
    this.dropIfEmpty(from.cluster);
  }
}

describe('ordering keys under many posts, moves, drops and ungroups', () => {
  const workshops: [string, () => WorkshopBundle][] = [
    ['the sample (Dev and Ops)', sample],
    [
      'three groups with Inmodels',
      () => {
        const b = builtWorkshop(['Dev', 'Ops', 'Security']);
        b.workshop.settings.includeInmodel = true;
        return b;
      },
    ],
  ];

  describe.each(workshops)('%s', (_name, build) => {
    it.each([1, 2, 3, 20260312])('keeps every lane and cluster in a strict order matching the reference (seed %i)', (seed) => {
      const bundle = build();
      const lanes = lanesOf(bundle);
      const groups = bundle.groups.map((g) => g.id);
      const random = seededRandom(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const makeId = idCounter(`s${seed}`);
      let state = boardOf(bundle);
      const ref = new Reference(state, lanes);
      const counts = { post: 0, move: 0, group: 0, ungroup: 0, remove: 0, edit: 0 };

      for (let step = 0; step < 300; step++) {
        const roll = random();
        let what: string;
        let change: BoardChange;
        const stickyIds = state.stickies.map((s) => s.id);
        if (roll < 0.15 || stickyIds.length < 6) {
          const lane = pick(lanes);
          const texts = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => `step ${step} #${i}`);
          change = postStickies(state, bundle.workshop.id, lane, texts, { authorGroupId: pick(groups) }, minute(step), makeId);
          ref.post(
            lane.key,
            change.stickies.put.map((s) => s.id),
          );
          what = `post ${texts.length} into ${lane.key}`;
          counts.post++;
        } else if (roll < 0.5) {
          const sticky = pick(state.stickies);
          const lane = pick(lanes);
          const clustersHere = state.clusters.filter((c) => laneKeyOf(c) === lane.key);
          const clusterId = clustersHere.length > 0 && random() < 0.4 ? pick(clustersHere).id : null;
          const list = (clusterId ? ref.clusters.get(clusterId)! : ref.lanes.get(lane.key)!).filter((id) => id !== sticky.id);
          const beforeId = random() < 0.25 ? null : (list[Math.floor(random() * (list.length + 1))] ?? null);
          const needs = moveNeedsConfirmation(sticky, lane);
          if (needs) expect(() => moveSticky(state, sticky.id, { lane, clusterId, beforeId }, minute(step), { confirmed: false })).toThrow(MoveNeedsConfirmation);
          change = moveSticky(state, sticky.id, { lane, clusterId, beforeId }, minute(step), { confirmed: needs });
          ref.move(sticky.id, lane.key, clusterId, beforeId);
          what = `move ${sticky.id} to ${lane.key} cluster ${clusterId} before ${beforeId}`;
          const moved = change.stickies.put.find((s) => s.id === sticky.id);
          const sameContainer = laneKeyOf(sticky) === lane.key && sticky.clusterId === clusterId;
          const whole = clusterId ? clusterMembers(state, clusterId) : laneItems(state, lane.key);
          const stays = sameContainer && whole.findIndex((i) => i.id === sticky.id) === (beforeId === null ? list.length : list.indexOf(beforeId));
          if (stays) expect(isEmptyChange(change), `${what}: a drop in place writes nothing`).toBe(true);
          else expect(moved, what).toMatchObject({ kind: lane.kind, authorGroupId: lane.authorGroupId ?? sticky.authorGroupId, subjectGroupId: lane.subjectGroupId, clusterId });
          counts.move++;
        } else if (roll < 0.7) {
          const dragged = pick(state.stickies);
          const target = pick(state.stickies.filter((s) => s.id !== dragged.id));
          const lane = lanes.find((l) => l.key === laneKeyOf(target))!;
          const made = clusterStickies(state, dragged.id, target.id, lane, minute(step), makeId, { confirmed: true });
          change = made.change;
          ref.group(dragged.id, target.id, made.clusterId!);
          what = `drop ${dragged.id} on ${target.id}`;
          counts.group++;
        } else if (roll < 0.8 && state.clusters.length > 0) {
          const cluster = pick(state.clusters);
          change = ungroupCluster(state, cluster.id, minute(step));
          ref.ungroup(cluster.id);
          what = `ungroup ${cluster.id}`;
          counts.ungroup++;
        } else if (roll < 0.9) {
          const sticky = pick(state.stickies);
          change = removeStickies(state, [sticky.id]);
          ref.remove(sticky.id);
          what = `remove ${sticky.id}`;
          counts.remove++;
        } else {
          const sticky = pick(state.stickies);
          change = editSticky(state, sticky.id, { text: `edited at ${step}` }, minute(step));
          if (state.clusters.length > 0) {
            const c = pick(state.clusters);
            change.clusters.put.push(...updateCluster(state, c.id, { collapsed: !c.collapsed, title: `t${step}` }).clusters.put);
          }
          what = `edit ${sticky.id}`;
          counts.edit++;
        }

        state = apply(state, change);
        for (const lane of lanes) {
          expect(
            laneItems(state, lane.key).map((i) => i.id),
            `step ${step} (${what}): lane ${lane.key}`,
          ).toEqual(ref.lanes.get(lane.key));
        }
        for (const [cluster, members] of ref.clusters) {
          expect(
            clusterMembers(state, cluster).map((m) => m.id),
            `step ${step} (${what}): cluster ${cluster}`,
          ).toEqual(members);
        }
        expect(state.clusters.map((c) => c.id).sort(), `step ${step} (${what}): clusters`).toEqual([...ref.clusters.keys()].sort());
        expect(state.stickies.length, `step ${step} (${what}): no sticky lost`).toBe(ref.place.size);
        expectWellOrdered(state, lanes);
        if (step % 50 === 0) expect(bundleIssues(withBoard(bundle, state)), `step ${step} (${what})`).toEqual([]);
      }

      expect(bundleIssues(withBoard(bundle, state))).toEqual([]);
      // itemsByLane, used to draw the whole board, agrees with laneItems lane by lane.
      const all = itemsByLane(state);
      for (const lane of lanes) expect((all.get(lane.key) ?? []).map((i) => i.id)).toEqual(laneItems(state, lane.key).map((i) => i.id));
      // The run exercised every kind of step.
      for (const [kind, n] of Object.entries(counts)) expect(n, kind).toBeGreaterThan(5);
    });
  });
});
