import { describe, expect, it } from 'vitest';
import {
  BOARD_TABLES,
  applyToState,
  clusterStickies,
  editSticky,
  emptyChange,
  invertChange,
  isEmptyChange,
  laneItems,
  moveSticky,
  postStickies,
  removeStickies,
  ungroupCluster,
  updateCluster,
  type BoardChange,
  type BoardState,
} from '../../../shared/board';
import { laneKeyOf, type Lane, type StickyId } from '../../../shared/model';
import { boardOf, idCounter, laneOf, lanesOf, minute, reaction, snapshot, stickyWithText, vote, votingRound, withBoard } from '../../builders/board';
import { bundleIssues, sample, seededRandom } from './helpers';

const NOW = minute(30);

/**
 * The sample with some of everything the board holds: a cluster in Dev's Outmodel lane
 * ("Decides by" dropped on "Is rewarded"), a one-member cluster in Ops' requirements, reactions
 * and votes on a clustered sticky and on a loose one.
 */
function richBoard() {
  const bundle = sample();
  const dev = bundle.groups.find((g) => g.name === 'Dev')!.id;
  const ops = bundle.groups.find((g) => g.name === 'Ops')!.id;
  const lanes = {
    devOut: laneOf(bundle, 'outmodel', 'Dev', 'Ops'),
    opsOut: laneOf(bundle, 'outmodel', 'Ops', 'Dev'),
    devReq: laneOf(bundle, 'requirement', 'Dev', 'Ops'),
    opsReq: laneOf(bundle, 'requirement', 'Ops', 'Dev'),
    parking: laneOf(bundle, 'parking'),
  };
  const makeId = idCounter('rich');
  let state = boardOf(bundle);
  const id = (text: string) => stickyWithText(state, text).id;
  state = applyToState(state, clusterStickies(state, id('Decides by'), id('Is rewarded'), lanes.devOut, minute(1), makeId, { confirmed: false }).change);
  state = applyToState(state, clusterStickies(state, id('Stop releasing'), id('Ship a'), lanes.opsReq, minute(2), makeId, { confirmed: false }).change);
  state = applyToState(state, moveSticky(state, id('Stop releasing'), { lane: lanes.opsReq, clusterId: null, beforeId: null }, minute(3), { confirmed: false }));
  const round = votingRound(bundle, 'round:rich');
  state = {
    ...state,
    reactions: [reaction(stickyWithText(state, 'Decides by'), ops, 'reaction:rich-1', 'reject'), reaction(stickyWithText(state, 'Give us'), ops, 'reaction:rich-2')],
    votes: [vote(stickyWithText(state, 'Decides by'), round, dev, 'vote:rich-1', 2), vote(stickyWithText(state, 'Treats every'), round, dev, 'vote:rich-2')],
  };
  const rich = { ...bundle, rounds: [round] };
  expect(bundleIssues(withBoard(rich, state))).toEqual([]);
  const clusterIn = (lane: Lane) => state.clusters.find((c) => laneKeyOf(c) === lane.key)!.id;
  return { bundle: rich, state, dev, ops, ...lanes, id, clusterIn, makeId };
}

type Rich = ReturnType<typeof richBoard>;

/** Every board operation, each on the rich board; each must change something. */
const OPERATIONS: [string, (b: Rich) => BoardChange][] = [
  ['post one sticky', (b) => postStickies(b.state, b.bundle.workshop.id, b.devOut, ['One more'], {}, NOW, idCounter('op'))],
  ['post many stickies', (b) => postStickies(b.state, b.bundle.workshop.id, b.opsReq, ['a', 'b', 'c'], { requirementType: 'do-more', lens: 'lean' }, NOW, idCounter('op'))],
  ['post into the parking lot', (b) => postStickies(b.state, b.bundle.workshop.id, b.parking, ['Later'], { authorGroupId: b.dev }, NOW, idCounter('op'))],
  ['edit the text', (b) => editSticky(b.state, b.id('Treats every'), { text: 'Fears change' }, NOW)],
  ['edit type and lens', (b) => editSticky(b.state, b.id('Give us'), { requirementType: 'keep-doing', lens: null }, NOW)],
  ['delete a loose sticky with a vote', (b) => removeStickies(b.state, [b.id('Treats every')])],
  ['delete a loose sticky with a reaction', (b) => removeStickies(b.state, [b.id('Give us')])],
  ['delete a clustered sticky with a reaction and a vote', (b) => removeStickies(b.state, [b.id('Decides by')])],
  ['delete a cluster’s last sticky', (b) => removeStickies(b.state, [b.id('Ship a')])],
  ['delete several stickies across lanes', (b) => removeStickies(b.state, [b.id('Decides by'), b.id('Is rewarded'), b.id('Who owns'), b.id('Ship a')])],
  ['move within a lane', (b) => moveSticky(b.state, b.id('Our finished'), { lane: b.devOut, clusterId: null, beforeId: b.id('Treats every') }, NOW, { confirmed: false })],
  ['move to another of the author’s lanes', (b) => moveSticky(b.state, b.id('Treats every'), { lane: b.devReq, clusterId: null, beforeId: b.id('Keep the') }, NOW, { confirmed: false })],
  ['move into another group’s lane (confirmed)', (b) => moveSticky(b.state, b.id('Treats every'), { lane: b.opsOut, clusterId: null, beforeId: null }, NOW, { confirmed: true })],
  ['move into the parking lot', (b) => moveSticky(b.state, b.id('Run deployments'), { lane: b.parking, clusterId: null, beforeId: b.id('Who owns') }, NOW, { confirmed: false })],
  ['move out of the parking lot', (b) => moveSticky(b.state, b.id('Who owns'), { lane: b.opsOut, clusterId: null, beforeId: null }, NOW, { confirmed: false })],
  ['move into a cluster', (b) => moveSticky(b.state, b.id('Our finished'), { lane: b.devOut, clusterId: b.clusterIn(b.devOut), beforeId: b.id('Decides by') }, NOW, { confirmed: false })],
  ['move a cluster’s last sticky out', (b) => moveSticky(b.state, b.id('Ship a'), { lane: b.opsOut, clusterId: null, beforeId: null }, NOW, { confirmed: false })],
  ['drop on a loose sticky', (b) => clusterStickies(b.state, b.id('Our finished'), b.id('Treats every'), b.devOut, NOW, idCounter('op'), { confirmed: false }).change],
  ['drop on a clustered sticky', (b) => clusterStickies(b.state, b.id('Give us'), b.id('Is rewarded'), b.devOut, NOW, idCounter('op'), { confirmed: false }).change],
  ['drop a cluster’s last sticky on a loose one', (b) => clusterStickies(b.state, b.id('Ship a'), b.id('Run deployments'), b.opsReq, NOW, idCounter('op'), { confirmed: false }).change],
  ['drop into another group’s lane (confirmed)', (b) => clusterStickies(b.state, b.id('Decides by'), b.id('Hands releases'), b.opsOut, NOW, idCounter('op'), { confirmed: true }).change],
  ['rename a cluster', (b) => updateCluster(b.state, b.clusterIn(b.devOut), { title: 'Process over people' })],
  ['collapse a cluster', (b) => updateCluster(b.state, b.clusterIn(b.devOut), { collapsed: true })],
  ['ungroup a cluster', (b) => ungroupCluster(b.state, b.clusterIn(b.devOut), NOW)],
  [
    'move between two items sharing a key (re-keys the lane)',
    (b) => {
      const items = laneItems(b.state, b.devOut.key);
      // The last item takes the key of the one before it, as a second window might have written.
      const tiedState: BoardState = { ...b.state, stickies: b.state.stickies.map((s) => (s.id === items.at(-1)!.id ? { ...s, order: items.at(-2)!.order } : s)) };
      b.state = tiedState;
      return moveSticky(tiedState, b.id('Treats every'), { lane: b.devOut, clusterId: null, beforeId: laneItems(tiedState, b.devOut.key).at(-1)!.id }, NOW, { confirmed: false });
    },
  ],
];

describe('invertChange', () => {
  it.each(OPERATIONS)('%s: applying the change and then its inverse gives back the state exactly', (_name, op) => {
    const board = richBoard();
    const forward = op(board);
    const before = board.state;
    const after = applyToState(before, forward);
    expect(isEmptyChange(forward)).toBe(false);
    expect(snapshot(after)).not.toEqual(snapshot(before));
    const backward = invertChange(forward, before);
    const restored = applyToState(after, backward);
    expect(snapshot(restored)).toEqual(snapshot(before));
    // Redo after undo gives the same state again, and undoing that once more the original.
    const redone = applyToState(restored, forward);
    expect(snapshot(redone)).toEqual(snapshot(after));
    expect(snapshot(applyToState(redone, backward))).toEqual(snapshot(before));
    // The inverse of the inverse is the change itself, as far as the state can tell.
    expect(snapshot(applyToState(restored, invertChange(backward, after)))).toEqual(snapshot(after));
    expect(bundleIssues(withBoard(board.bundle, after))).toEqual([]);
  });

  it('takes back a put of a new record by removing it, and a put over an old one by putting the old one back', () => {
    const { state, id } = richBoard();
    const old = stickyWithText(state, 'Treats every');
    const fresh = { ...old, id: 'sticky:fresh' as StickyId };
    const change = emptyChange();
    change.stickies.put.push({ ...old, text: 'changed' }, fresh);
    const inverse = invertChange(change, state);
    expect(inverse.stickies).toEqual({ put: [old], remove: ['sticky:fresh'] });
    expect(id('Treats every')).toBe(old.id);
  });

  it('takes back a remove by putting the whole record back, and ignores a remove of a record that was not there', () => {
    const { state } = richBoard();
    const gone = state.reactions[0]!;
    const change = emptyChange();
    change.reactions.remove.push(gone.id, 'reaction:never-there');
    expect(invertChange(change, state).reactions).toEqual({ put: [gone], remove: [] });
  });

  it('an empty change has an empty inverse', () => {
    expect(isEmptyChange(invertChange(emptyChange(), richBoard().state))).toBe(true);
  });

  it.each([7, 42, 1999])('undoes a long random session step by step back to the start, and redoes it to the end (seed %i)', (seed) => {
    const board = richBoard();
    const lanes = lanesOf(board.bundle);
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const makeId = idCounter(`u${seed}`);
    const history: { forward: BoardChange; backward: BoardChange; before: ReturnType<typeof snapshot> }[] = [];
    let state = board.state;
    for (let step = 0; step < 200; step++) {
      const roll = random();
      const sticky = pick(state.stickies);
      let change: BoardChange;
      if (roll < 0.2 || state.stickies.length < 6) change = postStickies(state, board.bundle.workshop.id, pick(lanes), ['p', 'q'].slice(0, 1 + Math.floor(random() * 2)), { authorGroupId: board.dev }, minute(step), makeId);
      else if (roll < 0.5) {
        const lane = pick(lanes);
        const items = laneItems(state, lane.key);
        change = moveSticky(state, sticky.id, { lane, clusterId: null, beforeId: items.length ? pick(items).id : null }, minute(step), { confirmed: true });
      } else if (roll < 0.7) {
        const target = pick(state.stickies);
        change = clusterStickies(state, sticky.id, target.id, lanes.find((l) => l.key === laneKeyOf(target))!, minute(step), makeId, { confirmed: true }).change;
      } else if (roll < 0.8 && state.clusters.length) change = ungroupCluster(state, pick(state.clusters).id, minute(step));
      else if (roll < 0.9) change = removeStickies(state, [sticky.id]);
      else change = editSticky(state, sticky.id, { text: `edit ${step}` }, minute(step));
      history.push({ forward: change, backward: invertChange(change, state), before: snapshot(state) });
      state = applyToState(state, change);
    }
    const end = snapshot(state);
    for (let i = history.length - 1; i >= 0; i--) {
      state = applyToState(state, history[i]!.backward);
      expect(snapshot(state), `undo of step ${i}`).toEqual(history[i]!.before);
    }
    expect(snapshot(state)).toEqual(snapshot(board.state));
    for (const entry of history) state = applyToState(state, entry.forward);
    expect(snapshot(state)).toEqual(end);
  });
});

describe('applyToState', () => {
  it('adds a new record, replaces an existing one in place of the old, and removes by id', () => {
    const { state } = richBoard();
    const old = stickyWithText(state, 'Treats every');
    const gone = stickyWithText(state, 'Our finished');
    const change = emptyChange();
    change.stickies.put.push({ ...old, text: 'replaced' }, { ...old, id: 'sticky:new' as StickyId });
    change.stickies.remove.push(gone.id, 'sticky:never-there');
    const after = applyToState(state, change);
    expect(after.stickies).toHaveLength(state.stickies.length);
    expect(after.stickies.filter((s) => s.id === old.id)).toEqual([{ ...old, text: 'replaced' }]);
    expect(after.stickies.some((s) => s.id === ('sticky:new' as StickyId))).toBe(true);
    expect(after.stickies.some((s) => s.id === gone.id)).toBe(false);
  });

  it('leaves the tables a change does not touch as they were, and never changes the state it is given', () => {
    const { state } = richBoard();
    const copy = structuredClone(state);
    const frozen: BoardState = {
      stickies: Object.freeze([...state.stickies]),
      clusters: Object.freeze([...state.clusters]),
      reactions: Object.freeze([...state.reactions]),
      agreements: Object.freeze([...state.agreements]),
      decisions: Object.freeze([...state.decisions]),
      actions: Object.freeze([...state.actions]),
      pulses: Object.freeze([...state.pulses]),
      votes: Object.freeze([...state.votes]),
    };
    const change = emptyChange();
    change.clusters.put.push({ ...state.clusters[0]!, title: 'New title' });
    const after = applyToState(frozen, change);
    expect(after.stickies).toEqual(state.stickies);
    expect(after.reactions).toEqual(state.reactions);
    expect(after.votes).toEqual(state.votes);
    expect(after.clusters.find((c) => c.id === state.clusters[0]!.id)?.title).toBe('New title');
    expect(state).toEqual(copy);
  });
});

describe('emptyChange and isEmptyChange', () => {
  it('an empty change puts and removes nothing in any table', () => {
    const change = emptyChange();
    expect(isEmptyChange(change)).toBe(true);
    for (const table of BOARD_TABLES) expect(change[table]).toEqual({ put: [], remove: [] });
    // Each call gives a fresh change: filling one does not fill the next.
    change.stickies.remove.push('sticky:x');
    expect(isEmptyChange(emptyChange())).toBe(true);
  });

  it.each(BOARD_TABLES)('a change that only removes from %s is not empty', (table) => {
    const change = emptyChange();
    change[table].remove.push('x:1');
    expect(isEmptyChange(change)).toBe(false);
  });

  it('a change that only puts is not empty', () => {
    const change = emptyChange();
    change.clusters.put.push(richBoard().state.clusters[0]!);
    expect(isEmptyChange(change)).toBe(false);
  });
});
