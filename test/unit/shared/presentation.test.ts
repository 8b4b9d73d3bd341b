import { describe, expect, it } from 'vitest';
import { applyToState, clusterStickies, isEmptyChange, moveSticky, postStickies, updateCluster, type BoardChange, type BoardState } from '../../../shared/board';
import {
  itemsAwaitingReaction,
  listeningGroups,
  presentationItems,
  react,
  reactionNeedsText,
  stepSpotlight,
  withdrawReaction,
} from '../../../shared/facilitation';
import { newId } from '../../../shared/lib/ids';
import { VERDICTS, type Group, type GroupId, type Reaction, type Sticky, type StickyId, type Verdict, type WorkshopBundle } from '../../../shared/model';
import { boardOf, groupNamed, idCounter, label, laneOf, minute, stickyWithText, withBoard } from '../../builders/board';
import { inEnglish, refusalOf } from '../../builders/messages';
import { builtWorkshop, bundleIssues, sample } from './helpers';

const NOW = minute(30);

const DEV_ITEMS = ['Treats every', 'Decides by', 'Is rewarded', 'Our finished', 'Give us', 'Stop requiring', 'Keep the'];
const OPS_ITEMS = ['Is measured', 'Hands releases', 'Their continuous', 'Values new', 'Ship a', 'Stop releasing', 'Run deployments'];

/** The shipped sample: Dev and Ops, four Outmodel stickies and three requirements each, one item parked by Ops. */
function setup() {
  const bundle = sample();
  return { bundle, state: boardOf(bundle), dev: groupNamed(bundle, 'Dev'), ops: groupNamed(bundle, 'Ops') };
}

const itemsOf = (bundle: WorkshopBundle, state: Pick<BoardState, 'stickies' | 'clusters'>, group: Group) =>
  presentationItems(bundle.groups, bundle.workshop.settings, state, group.id);
const labels = (items: readonly Sticky[]) => items.map(label);
const idOf = (state: BoardState, text: string) => stickyWithText(state, text).id;

/** Posts the texts, in order, at the end of a lane (by kind and group names). */
function post(bundle: WorkshopBundle, state: BoardState, kind: 'outmodel' | 'inmodel' | 'requirement', author: string, subject: string | undefined, texts: string[]) {
  return applyToState(state, postStickies(state, bundle.workshop.id, laneOf(bundle, kind, author, subject), texts, {}, NOW, idCounter(`${author}-${kind}-${subject ?? ''}`)));
}

/**
 * A three-group workshop (Dev, Ops, Security) where every group wrote two Outmodel stickies about
 * each other group and two requirements of each, posted lane by lane in a scrambled order.
 */
function threeGroups(includeInmodel = false) {
  const bundle = builtWorkshop(['Dev', 'Ops', 'Security']);
  bundle.workshop.settings.includeInmodel = includeInmodel;
  let state = boardOf(bundle);
  const names = ['Dev', 'Ops', 'Security'];
  // Requirements first and subjects backwards, so insertion order is not presentation order.
  for (const kind of ['requirement', 'outmodel'] as const) {
    for (const author of names) {
      for (const subject of [...names].reverse()) {
        if (subject !== author) state = post(bundle, state, kind, author, subject, [`${author}→${subject} ${kind} 1`, `${author}→${subject} ${kind} 2`]);
      }
    }
  }
  if (includeInmodel) for (const author of [...names].reverse()) state = post(bundle, state, 'inmodel', author, undefined, [`${author} self 1`, `${author} self 2`]);
  return { bundle, state, dev: groupNamed(bundle, 'Dev'), ops: groupNamed(bundle, 'Ops'), security: groupNamed(bundle, 'Security') };
}

const texts = (items: readonly Sticky[]) => items.map((s) => s.text);

describe('presentationItems', () => {
  it('gives a group its Outmodel items, then its requirements, in board order: two groups', () => {
    const { bundle, state, dev, ops } = setup();
    expect(labels(itemsOf(bundle, state, dev))).toEqual(DEV_ITEMS);
    expect(labels(itemsOf(bundle, state, ops))).toEqual(OPS_ITEMS);
  });

  it('never presents the parking lot, even items the group parked itself', () => {
    const { bundle, state, ops } = setup();
    const parked = state.stickies.filter((s) => s.kind === 'parking' && s.authorGroupId === ops.id);
    expect(parked).toHaveLength(1);
    expect(itemsOf(bundle, state, ops).map((s) => s.id)).not.toContain(parked[0]!.id);
  });

  it('only ever gives the presenting group’s own writing', () => {
    const { bundle, state, dev, ops } = setup();
    for (const g of [dev, ops]) for (const s of itemsOf(bundle, state, g)) expect(s.authorGroupId).toBe(g.id);
  });

  it('follows the board order, not the order the records happen to be stored in', () => {
    const { bundle, state, dev } = setup();
    const reversed: BoardState = { ...state, stickies: [...state.stickies].reverse() };
    expect(labels(itemsOf(bundle, reversed, dev))).toEqual(DEV_ITEMS);
    // Moving "Our finished" to the top of its lane moves it to the top of the presentation.
    const devOut = laneOf(bundle, 'outmodel', 'Dev', 'Ops');
    const moved = applyToState(state, moveSticky(state, idOf(state, 'Our finished'), { lane: devOut, clusterId: null, beforeId: idOf(state, 'Treats every') }, NOW, { confirmed: false }));
    expect(labels(itemsOf(bundle, moved, dev))).toEqual(['Our finished', 'Treats every', 'Decides by', 'Is rewarded', 'Give us', 'Stop requiring', 'Keep the']);
  });

  it('opens clusters up: their members are presented, in their order, where the cluster stands', () => {
    const { bundle, state, dev } = setup();
    const devOut = laneOf(bundle, 'outmodel', 'Dev', 'Ops');
    const devReq = laneOf(bundle, 'requirement', 'Dev', 'Ops');
    // "Our finished" dropped on "Decides by": a cluster in the second place of the Outmodel lane.
    const first = clusterStickies(state, idOf(state, 'Our finished'), idOf(state, 'Decides by'), devOut, NOW, idCounter('c1'), { confirmed: false });
    let next = applyToState(state, first.change);
    expect(labels(itemsOf(bundle, next, dev))).toEqual(['Treats every', 'Decides by', 'Our finished', 'Is rewarded', 'Give us', 'Stop requiring', 'Keep the']);
    // "Treats every" joins that cluster at its end.
    next = applyToState(next, clusterStickies(next, idOf(next, 'Treats every'), idOf(next, 'Decides by'), devOut, NOW, idCounter('c2'), { confirmed: false }).change);
    // "Give us" dropped on "Keep the": a cluster in the last place of the requirements.
    const second = clusterStickies(next, idOf(next, 'Give us'), idOf(next, 'Keep the'), devReq, NOW, idCounter('c3'), { confirmed: false });
    next = applyToState(next, second.change);
    expect(labels(itemsOf(bundle, next, dev))).toEqual(['Decides by', 'Our finished', 'Treats every', 'Is rewarded', 'Stop requiring', 'Keep the', 'Give us']);
    // A collapsed cluster is still presented member by member.
    next = applyToState(next, updateCluster(next, first.clusterId!, { collapsed: true }));
    expect(labels(itemsOf(bundle, next, dev))).toEqual(['Decides by', 'Our finished', 'Treats every', 'Is rewarded', 'Stop requiring', 'Keep the', 'Give us']);
    expect(bundleIssues(withBoard(bundle, next))).toEqual([]);
  });

  it('with three groups: each Outmodel lane in group order, then each requirement lane', () => {
    const { bundle, state, dev, ops, security } = threeGroups();
    expect(texts(itemsOf(bundle, state, dev))).toEqual([
      'Dev→Ops outmodel 1',
      'Dev→Ops outmodel 2',
      'Dev→Security outmodel 1',
      'Dev→Security outmodel 2',
      'Dev→Ops requirement 1',
      'Dev→Ops requirement 2',
      'Dev→Security requirement 1',
      'Dev→Security requirement 2',
    ]);
    expect(texts(itemsOf(bundle, state, ops))).toEqual([
      'Ops→Dev outmodel 1',
      'Ops→Dev outmodel 2',
      'Ops→Security outmodel 1',
      'Ops→Security outmodel 2',
      'Ops→Dev requirement 1',
      'Ops→Dev requirement 2',
      'Ops→Security requirement 1',
      'Ops→Security requirement 2',
    ]);
    expect(texts(itemsOf(bundle, state, security))).toEqual([
      'Security→Dev outmodel 1',
      'Security→Dev outmodel 2',
      'Security→Ops outmodel 1',
      'Security→Ops outmodel 2',
      'Security→Dev requirement 1',
      'Security→Dev requirement 2',
      'Security→Ops requirement 1',
      'Security→Ops requirement 2',
    ]);
    expect(bundleIssues(withBoard(bundle, state))).toEqual([]);
  });

  it('orders the lanes by the groups’ order, whatever order the group records come in', () => {
    const { bundle, state, ops } = threeGroups(true);
    const shuffled = [bundle.groups[2]!, bundle.groups[0]!, bundle.groups[1]!];
    expect(texts(presentationItems(shuffled, bundle.workshop.settings, state, ops.id))).toEqual(texts(itemsOf(bundle, state, ops)));
  });

  it('presents a group’s Inmodel between its Outmodels and its requirements when the workshop has Inmodels', () => {
    const { bundle, state, dev, security } = threeGroups(true);
    expect(texts(itemsOf(bundle, state, dev))).toEqual([
      'Dev→Ops outmodel 1',
      'Dev→Ops outmodel 2',
      'Dev→Security outmodel 1',
      'Dev→Security outmodel 2',
      'Dev self 1',
      'Dev self 2',
      'Dev→Ops requirement 1',
      'Dev→Ops requirement 2',
      'Dev→Security requirement 1',
      'Dev→Security requirement 2',
    ]);
    expect(texts(itemsOf(bundle, state, security))).toEqual([
      'Security→Dev outmodel 1',
      'Security→Dev outmodel 2',
      'Security→Ops outmodel 1',
      'Security→Ops outmodel 2',
      'Security self 1',
      'Security self 2',
      'Security→Dev requirement 1',
      'Security→Dev requirement 2',
      'Security→Ops requirement 1',
      'Security→Ops requirement 2',
    ]);
    expect(bundleIssues(withBoard(bundle, state))).toEqual([]);
  });

  it('leaves Inmodel stickies out when the workshop does not have Inmodels', () => {
    const { bundle, state, dev } = threeGroups(true);
    const off = { ...bundle.workshop.settings, includeInmodel: false };
    expect(texts(presentationItems(bundle.groups, off, state, dev.id))).not.toContain('Dev self 1');
    expect(presentationItems(bundle.groups, off, state, dev.id)).toHaveLength(8);
  });

  it('presents the Inmodel in the sample too, when turned on', () => {
    const { bundle, dev, ops } = setup();
    bundle.workshop.settings.includeInmodel = true;
    let state = boardOf(bundle);
    state = post(bundle, state, 'inmodel', 'Dev', undefined, ['We ship often']);
    state = post(bundle, state, 'inmodel', 'Ops', undefined, ['We keep the lights on']);
    expect(labels(itemsOf(bundle, state, dev))).toEqual([...DEV_ITEMS.slice(0, 4), 'We ship', ...DEV_ITEMS.slice(4)]);
    expect(labels(itemsOf(bundle, state, ops))).toEqual([...OPS_ITEMS.slice(0, 4), 'We keep', ...OPS_ITEMS.slice(4)]);
  });

  it('gives nothing for a group that wrote nothing', () => {
    const bundle = builtWorkshop(['Dev', 'Ops']);
    expect(itemsOf(bundle, boardOf(bundle), groupNamed(bundle, 'Dev'))).toEqual([]);
  });
});

describe('stepSpotlight', () => {
  const { bundle, state, dev } = setup();
  const items = itemsOf(bundle, state, dev);
  const at = (i: number) => items[i]!.id;

  it('starts at the first item when nothing is in the spotlight, whichever way the facilitator steps', () => {
    expect(stepSpotlight(items, null, 1)).toBe(at(0));
    expect(stepSpotlight(items, null, -1)).toBe(at(0));
  });

  it('starts again at the first item when the spotlit item is no longer in the list', () => {
    expect(stepSpotlight(items, 'sticky:deleted' as StickyId, 1)).toBe(at(0));
    expect(stepSpotlight(items, 'sticky:deleted' as StickyId, -1)).toBe(at(0));
  });

  it('steps forward and back one item', () => {
    expect(stepSpotlight(items, at(0), 1)).toBe(at(1));
    expect(stepSpotlight(items, at(3), 1)).toBe(at(4));
    expect(stepSpotlight(items, at(4), -1)).toBe(at(3));
    expect(stepSpotlight(items, at(1), -1)).toBe(at(0));
  });

  it('stays at the first and the last item instead of wrapping round', () => {
    expect(stepSpotlight(items, at(0), -1)).toBe(at(0));
    expect(stepSpotlight(items, at(items.length - 1), 1)).toBe(at(items.length - 1));
  });

  it('walks through every item in presentation order, and back', () => {
    const forward: (StickyId | null)[] = [];
    let current: StickyId | null = null;
    for (let i = 0; i < items.length + 2; i++) forward.push((current = stepSpotlight(items, current, 1)));
    expect(forward).toEqual([...items.map((s) => s.id), at(items.length - 1), at(items.length - 1)]);
    const back: (StickyId | null)[] = [];
    for (let i = 0; i < items.length; i++) back.push((current = stepSpotlight(items, current, -1)));
    expect(back).toEqual([...items.map((s) => s.id)].reverse().slice(1).concat(at(0)));
  });

  it('has nothing to spotlight in an empty list', () => {
    expect(stepSpotlight([], null, 1)).toBeNull();
    expect(stepSpotlight([], at(0), -1)).toBeNull();
  });
});

describe('reactionNeedsText', () => {
  it('asks a reason of a rejection and a condition of a conditional acceptance, nothing of the others', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, reactionNeedsText(v)]))).toEqual({ accept: false, 'accept-if': true, reject: true, clarify: false });
  });
});

describe('react', () => {
  const apply = (state: BoardState, change: BoardChange) => applyToState(state, change);

  it('records a listening group’s reaction to an item', () => {
    const { bundle, state, ops } = setup();
    const item = stickyWithText(state, 'Give us');
    const change = react(state, item.id, ops.id, 'accept', '', NOW, idCounter('r'));
    expect(change.reactions.put).toEqual([
      { id: 'reaction:r-1', workshopId: bundle.workshop.id, stickyId: item.id, groupId: ops.id, verdict: 'accept', text: '', createdAt: NOW },
    ]);
    expect(change.reactions.remove).toEqual([]);
    for (const table of ['stickies', 'clusters', 'votes'] as const) expect(change[table]).toEqual({ put: [], remove: [] });
    expect(bundleIssues(withBoard(bundle, apply(state, change)))).toEqual([]);
  });

  it('accepts every verdict with the text it needs, and the result is a valid workshop', () => {
    const { bundle, state, ops } = setup();
    let next = state;
    const verdicts: [string, Verdict, string][] = [
      ['Treats every', 'accept', ''],
      ['Decides by', 'accept-if', 'if we are in the room when it is decided'],
      ['Is rewarded', 'reject', 'We are also rewarded for change throughput.'],
      ['Our finished', 'clarify', ''],
    ];
    for (const [text, verdict, why] of verdicts) next = apply(next, react(next, idOf(next, text), ops.id, verdict, why, NOW, newId));
    expect(next.reactions.map((r) => [label(next.stickies.find((s) => s.id === r.stickyId)!), r.verdict, r.text])).toEqual(
      verdicts.map(([text, verdict, why]) => [text, verdict, why]),
    );
    expect(bundleIssues(withBoard(bundle, next))).toEqual([]);
  });

  it('keeps free text with any verdict, trimmed', () => {
    const { state, ops } = setup();
    const accept = react(state, idOf(state, 'Give us'), ops.id, 'accept', '  gladly, from next sprint \n', NOW, idCounter('r'));
    expect(accept.reactions.put[0]?.text).toBe('gladly, from next sprint');
    const clarify = react(state, idOf(state, 'Keep the'), ops.id, 'clarify', '\tWhich customers? ', NOW, idCounter('r'));
    expect(clarify.reactions.put[0]?.text).toBe('Which customers?');
  });

  it('refuses a rejection without a reason, blank or spaces only, in plain words', () => {
    const { state, ops } = setup();
    for (const text of ['', '   ', '\n\t ']) {
      const refusal = refusalOf(() => react(state, idOf(state, 'Give us'), ops.id, 'reject', text, NOW, idCounter('r')));
      expect(refusal.reason.key).toBe('errors.rejectNeedsReason');
      expect(inEnglish(refusal.reason)).toMatch(/why/i);
    }
  });

  it('refuses a conditional acceptance without its condition, in plain words', () => {
    const { state, ops } = setup();
    for (const text of ['', '  ']) {
      const refusal = refusalOf(() => react(state, idOf(state, 'Give us'), ops.id, 'accept-if', text, NOW, idCounter('r')));
      expect(refusal.reason.key).toBe('errors.acceptIfNeedsCondition');
      expect(inEnglish(refusal.reason)).toMatch(/condition/i);
    }
  });

  it('stores a rejection’s reason and a condition trimmed', () => {
    const { state, ops } = setup();
    expect(react(state, idOf(state, 'Give us'), ops.id, 'reject', '  No budget this year.  ', NOW, idCounter('r')).reactions.put[0]).toMatchObject({
      verdict: 'reject',
      text: 'No budget this year.',
    });
    expect(react(state, idOf(state, 'Give us'), ops.id, 'accept-if', '\nif Dev maintains it\n', NOW, idCounter('r')).reactions.put[0]).toMatchObject({
      verdict: 'accept-if',
      text: 'if Dev maintains it',
    });
  });

  it('refuses a group reacting to its own item, whatever the verdict', () => {
    const { state, dev, ops } = setup();
    for (const verdict of VERDICTS) {
      const refusal = refusalOf(() => react(state, idOf(state, 'Give us'), dev.id, verdict, 'a reason', NOW, idCounter('r')));
      expect(refusal.reason.key).toBe('errors.reactToOwn');
      expect(inEnglish(refusal.reason)).not.toBe('errors.reactToOwn');
    }
    expect(refusalOf(() => react(state, idOf(state, 'Ship a'), ops.id, 'accept', '', NOW, idCounter('r'))).reason.key).toBe('errors.reactToOwn');
  });

  it('refuses a reaction to an item that is no longer on the board', () => {
    const { state, ops } = setup();
    expect(refusalOf(() => react(state, 'sticky:gone' as StickyId, ops.id, 'accept', '', NOW, idCounter('r'))).reason.key).toBe('errors.stickyGone');
  });

  it('allows 1000 characters of text and refuses 1001, naming the limit', () => {
    const { bundle, state, ops } = setup();
    const item = idOf(state, 'Give us');
    const longest = react(state, item, ops.id, 'reject', 'x'.repeat(1000), NOW, idCounter('r'));
    expect(longest.reactions.put[0]?.text).toHaveLength(1000);
    expect(bundleIssues(withBoard(bundle, apply(state, longest)))).toEqual([]);
    // Surrounding spaces do not count: the limit is on what is kept.
    expect(react(state, item, ops.id, 'reject', `   ${'x'.repeat(1000)}   `, NOW, idCounter('r')).reactions.put[0]?.text).toHaveLength(1000);
    const refusal = refusalOf(() => react(state, item, ops.id, 'accept', 'x'.repeat(1001), NOW, idCounter('r')));
    expect(refusal.reason).toEqual({ key: 'errors.reactionTooLong', values: { max: 1000 } });
    expect(inEnglish(refusal.reason)).toContain('1000');
  });

  it('keeps one reaction per group and item: changing its mind replaces the reaction', () => {
    const { bundle, state, ops } = setup();
    const item = idOf(state, 'Give us');
    const first = apply(state, react(state, item, ops.id, 'accept', '', NOW, idCounter('r')));
    const change = react(first, item, ops.id, 'reject', 'No budget this year.', minute(40), idCounter('other'));
    expect(change.reactions.put).toHaveLength(1);
    expect(change.reactions.put[0]).toMatchObject({ id: 'reaction:r-1', stickyId: item, groupId: ops.id, verdict: 'reject', text: 'No budget this year.' });
    const second = apply(first, change);
    expect(second.reactions).toHaveLength(1);
    expect(second.reactions[0]).toMatchObject({ id: 'reaction:r-1', verdict: 'reject', text: 'No budget this year.' });
    expect(bundleIssues(withBoard(bundle, second))).toEqual([]);
  });

  it('replaces the reaction when only its text changes', () => {
    const { state, ops } = setup();
    const item = idOf(state, 'Give us');
    const first = apply(state, react(state, item, ops.id, 'reject', 'No budget.', NOW, idCounter('r')));
    const second = apply(first, react(first, item, ops.id, 'reject', 'No budget this year.', NOW, idCounter('other')));
    expect(second.reactions.map((r) => [r.id, r.verdict, r.text])).toEqual([['reaction:r-1', 'reject', 'No budget this year.']]);
  });

  it('changes nothing when the same reaction is given again, even with other surrounding spaces', () => {
    const { state, ops } = setup();
    const item = idOf(state, 'Give us');
    const once = apply(state, react(state, item, ops.id, 'accept-if', 'if Dev maintains it', NOW, idCounter('r')));
    expect(isEmptyChange(react(once, item, ops.id, 'accept-if', 'if Dev maintains it', minute(45), idCounter('other')))).toBe(true);
    expect(isEmptyChange(react(once, item, ops.id, 'accept-if', '  if Dev maintains it ', minute(45), idCounter('other')))).toBe(true);
    const accepted = apply(state, react(state, item, ops.id, 'accept', '', NOW, idCounter('r')));
    expect(isEmptyChange(react(accepted, item, ops.id, 'accept', '   ', minute(45), idCounter('other')))).toBe(true);
  });

  it('keeps different groups’ reactions to one item apart, and one group’s reactions to different items apart', () => {
    const { bundle, state, dev, ops, security } = threeGroups();
    const item = idOf(state, 'Dev→Ops requirement 1');
    let next = apply(state, react(state, item, ops.id, 'accept', '', NOW, idCounter('ops')));
    next = apply(next, react(next, item, security.id, 'reject', 'Not our call.', NOW, idCounter('sec')));
    next = apply(next, react(next, idOf(next, 'Dev→Ops requirement 2'), ops.id, 'clarify', '', NOW, idCounter('ops2')));
    next = apply(next, react(next, idOf(next, 'Ops→Dev requirement 1'), dev.id, 'accept', '', NOW, idCounter('dev')));
    expect(next.reactions).toHaveLength(4);
    expect(next.reactions.filter((r) => r.stickyId === item).map((r) => [r.groupId, r.verdict])).toEqual([
      [ops.id, 'accept'],
      [security.id, 'reject'],
    ]);
    expect(bundleIssues(withBoard(bundle, next))).toEqual([]);
  });
});

describe('withdrawReaction', () => {
  it('removes the group’s own reaction to the item and nothing else', () => {
    const { state, dev, ops, security } = threeGroups();
    const item = idOf(state, 'Dev→Ops requirement 1');
    let next = applyToState(state, react(state, item, ops.id, 'accept', '', NOW, idCounter('ops')));
    next = applyToState(next, react(next, item, security.id, 'clarify', '', NOW, idCounter('sec')));
    next = applyToState(next, react(next, idOf(next, 'Dev→Ops requirement 2'), ops.id, 'accept', '', NOW, idCounter('ops2')));
    const change = withdrawReaction(next, item, ops.id);
    expect(change.reactions).toEqual({ put: [], remove: ['reaction:ops-1'] });
    const after = applyToState(next, change);
    expect(after.reactions.map((r) => r.id).sort()).toEqual(['reaction:ops2-1', 'reaction:sec-1']);
    expect(isEmptyChange(withdrawReaction(after, item, ops.id))).toBe(true);
    expect(isEmptyChange(withdrawReaction(after, item, dev.id))).toBe(true);
  });
});

describe('listeningGroups', () => {
  it('is every group but the presenting one, in group order', () => {
    const { bundle, dev, ops, security } = threeGroups();
    expect(listeningGroups(bundle.groups, ops.id)).toEqual([dev, security]);
    expect(listeningGroups(bundle.groups, dev.id)).toEqual([ops, security]);
    const two = setup();
    expect(listeningGroups(two.bundle.groups, two.dev.id)).toEqual([two.ops]);
  });
});

describe('itemsAwaitingReaction', () => {
  const awaiting = (items: readonly Sticky[], state: BoardState, groups: readonly Group[]) =>
    itemsAwaitingReaction(items, state.reactions, groups).map((x) => [label(x.sticky), x.missing.map((g) => g.name)]);

  it('with two groups: every item awaits the other group at first, and the list shrinks as it reacts', () => {
    const { bundle, state, dev, ops } = setup();
    const items = itemsOf(bundle, state, dev);
    expect(awaiting(items, state, bundle.groups)).toEqual(DEV_ITEMS.map((l) => [l, ['Ops']]));
    let next = applyToState(state, react(state, idOf(state, 'Decides by'), ops.id, 'accept', '', NOW, idCounter('a')));
    next = applyToState(next, react(next, idOf(next, 'Keep the'), ops.id, 'reject', 'We need a change window.', NOW, idCounter('b')));
    expect(awaiting(items, next, bundle.groups)).toEqual(DEV_ITEMS.filter((l) => l !== 'Decides by' && l !== 'Keep the').map((l) => [l, ['Ops']]));
    // Dev reacting to Ops's items does not answer anything of Dev's.
    for (const s of itemsOf(bundle, next, ops)) next = applyToState(next, react(next, s.id, dev.id, 'clarify', '', NOW, idCounter(s.id)));
    expect(awaiting(items, next, bundle.groups)).toHaveLength(5);
    for (const s of items) next = applyToState(next, react(next, s.id, ops.id, 'clarify', '', NOW, idCounter(s.id)));
    expect(awaiting(items, next, bundle.groups)).toEqual([]);
    // Withdrawing a reaction makes the item await it again.
    next = applyToState(next, withdrawReaction(next, idOf(next, 'Is rewarded'), ops.id));
    expect(awaiting(items, next, bundle.groups)).toEqual([['Is rewarded', ['Ops']]]);
  });

  it('with three groups: an item awaits both listening groups until both have reacted', () => {
    const { bundle, state, dev, ops, security } = threeGroups();
    const items = itemsOf(bundle, state, dev);
    const item = idOf(state, 'Dev→Security outmodel 1');
    const of = (s: BoardState) => itemsAwaitingReaction(items, s.reactions, bundle.groups).find((x) => x.sticky.id === item)?.missing.map((g) => g.name);
    expect(itemsAwaitingReaction(items, state.reactions, bundle.groups).map((x) => x.missing.map((g) => g.name))).toEqual(items.map(() => ['Ops', 'Security']));
    let next = applyToState(state, react(state, item, security.id, 'reject', 'We do read the tickets.', NOW, idCounter('s')));
    expect(of(next)).toEqual(['Ops']);
    next = applyToState(next, react(next, item, ops.id, 'accept', '', NOW, idCounter('o')));
    expect(of(next)).toBeUndefined();
    expect(itemsAwaitingReaction(items, next.reactions, bundle.groups)).toHaveLength(items.length - 1);
  });

  it('never has a group await its own items, whoever presents', () => {
    const { bundle, state, dev, ops, security } = threeGroups(true);
    const all = bundle.groups.flatMap((g) => itemsOf(bundle, state, g));
    expect(all).toHaveLength(30);
    const result = itemsAwaitingReaction(all, state.reactions, bundle.groups);
    expect(result).toHaveLength(30);
    for (const { sticky, missing } of result) {
      expect(missing.map((g) => g.id)).not.toContain(sticky.authorGroupId);
      expect(missing).toHaveLength(2);
    }
    // Once the other two groups react to an item, it awaits no one, even though its author never reacted.
    const item = idOf(state, 'Ops self 1');
    let next = applyToState(state, react(state, item, dev.id, 'accept', '', NOW, idCounter('d')));
    next = applyToState(next, react(next, item, security.id, 'accept', '', NOW, idCounter('s')));
    expect(itemsAwaitingReaction(all, next.reactions, bundle.groups).map((x) => x.sticky.id)).not.toContain(item);
    expect(itemsAwaitingReaction(all, next.reactions, bundle.groups).filter((x) => x.sticky.authorGroupId === ops.id)).toHaveLength(9);
  });

  it('counts only reactions to that very item, from groups of the workshop', () => {
    const { bundle, state, dev, ops } = setup();
    const items = itemsOf(bundle, state, dev);
    const stranger = 'group:not-in-this-workshop' as GroupId;
    const [first, second] = items as [Sticky, Sticky];
    const reactions: Reaction[] = [
      { id: 'reaction:x' as Reaction['id'], workshopId: bundle.workshop.id, stickyId: first.id, groupId: stranger, verdict: 'accept', text: '', createdAt: NOW },
      { id: 'reaction:y' as Reaction['id'], workshopId: bundle.workshop.id, stickyId: second.id, groupId: ops.id, verdict: 'accept', text: '', createdAt: NOW },
    ];
    const result = itemsAwaitingReaction(items, reactions, bundle.groups);
    expect(result.map((x) => x.sticky.id)).toContain(first.id);
    expect(result.map((x) => x.sticky.id)).not.toContain(second.id);
  });
});
