import { describe, expect, it } from 'vitest';
import {
  EMPTY_FIND_QUERY,
  boardOrder,
  findRanges,
  findStickies,
  foldForFind,
  isFindActive,
  itemsByLane,
  splitByRanges,
  stepMatch,
  type FindQuery,
} from '../../../shared/board';
import { deriveLanes, laneKeyOf, type Sticky } from '../../../shared/model';
import { sample } from './helpers';

const query = (patch: Partial<FindQuery>): FindQuery => ({ ...EMPTY_FIND_QUERY, ...patch });

function board() {
  const b = sample();
  return { bundle: b, find: { stickies: b.stickies, clusters: b.clusters, reactions: b.reactions, votes: b.votes } };
}
const textOf = (stickies: readonly Sticky[], ids: Set<string>) => stickies.filter((s) => ids.has(s.id)).map((s) => s.text);

describe('folding text for find', () => {
  it('ignores case and accents, and compatibility forms', () => {
    expect(foldForFind('CAFÉ Crème')).toBe('cafe creme');
    expect(foldForFind('ﬁle')).toBe('file');
    expect(foldForFind('Ｄｅｖ')).toBe('dev');
  });

  it('ignores Hebrew points (niqqud), so pointed and unpointed words are one', () => {
    expect(foldForFind('שָׁלוֹם')).toBe('שלום');
    const text = 'אָמַרְנוּ שָׁלוֹם לכולם';
    expect(findRanges(text, 'שלום').map(([a, b]) => text.slice(a, b))).toEqual(['שָׁלוֹם']);
  });
});

describe('where the words occur', () => {
  it('gives ranges of the original text, taking in the marks of the last letter', () => {
    const text = 'Café, cafe and CAFÉ';
    expect(findRanges(text, 'cafe').map(([a, b]) => text.slice(a, b))).toEqual(['Café', 'cafe', 'CAFÉ']);
    const decomposed = 'cafe\u0301 bar';
    expect(findRanges(decomposed, 'CAFÉ')).toEqual([[0, 5]]);
  });

  it('finds nothing for empty words, and cuts the text into marked and plain parts', () => {
    expect(findRanges('anything', '   ')).toEqual([]);
    expect(splitByRanges('the release board', findRanges('the release board', 'release'))).toEqual([
      { text: 'the ', match: false },
      { text: 'release', match: true },
      { text: ' board', match: false },
    ]);
    expect(splitByRanges('plain', [])).toEqual([{ text: 'plain', match: false }]);
    expect(splitByRanges('aaaa', findRanges('aaaa', 'aa'))).toEqual([
      { text: 'aa', match: true },
      { text: 'aa', match: true },
    ]);
  });
});

describe('finding stickies', () => {
  it('matches every sticky for an empty query, which marks nothing', () => {
    const { bundle, find } = board();
    expect(isFindActive(EMPTY_FIND_QUERY)).toBe(false);
    expect(isFindActive(query({ text: '  ' }))).toBe(false);
    expect(findStickies(find, EMPTY_FIND_QUERY).size).toBe(bundle.stickies.length);
  });

  it('matches words in the text, the clarifying questions and the cluster title', () => {
    const { bundle, find } = board();
    expect(textOf(bundle.stickies, findStickies(find, query({ text: 'ROLLBACK' })))).toEqual([
      'Hands releases over with thin notes and no rollback plan.',
      'Ship a runbook and a tested rollback with every release.',
    ]);
    bundle.stickies[0]!.questions = 'Which threat do you mean — a réglement?';
    expect(textOf(bundle.stickies, findStickies(find, query({ text: 'reglement' })))).toEqual([bundle.stickies[0]!.text]);
    const clusterId = 'cluster:find' as Sticky['clusterId'] & string;
    bundle.clusters.push({ ...structuredClone(bundle.clusters[0] ?? ({} as never)), id: clusterId, title: 'Change board pain', kind: 'outmodel' } as never);
    bundle.stickies[1]!.clusterId = clusterId as never;
    const found = findStickies({ ...find, clusters: bundle.clusters }, query({ text: 'pain' }));
    expect(textOf(bundle.stickies, found)).toEqual([bundle.stickies[1]!.text]);
  });

  it('combines the filters: group, lane, type, lens, reactions and votes', () => {
    const { bundle, find } = board();
    const [dev, ops] = bundle.groups;
    const requirements = bundle.stickies.filter((s) => s.kind === 'requirement');
    expect(findStickies(find, query({ groupId: dev!.id })).size).toBe(bundle.stickies.filter((s) => s.authorGroupId === dev!.id).length);
    const laneKey = laneKeyOf(requirements[0]!);
    expect(findStickies(find, query({ laneKey })).size).toBe(bundle.stickies.filter((s) => laneKeyOf(s) === laneKey).length);
    expect(textOf(bundle.stickies, findStickies(find, query({ requirementType: 'do-more', lens: 'automation' })))).toEqual([
      'Give us a self-service staging environment that matches production.',
      'Run deployments through the same pipeline, with automated checks we both trust.',
    ]);
    expect(textOf(bundle.stickies, findStickies(find, query({ requirementType: 'do-more', lens: 'automation', groupId: ops!.id })))).toEqual([
      'Run deployments through the same pipeline, with automated checks we both trust.',
    ]);
    expect(findStickies(find, query({ requirementType: 'do-more', text: 'staging', groupId: ops!.id })).size).toBe(0);

    const reacted = requirements[1]!;
    const voted = requirements[2]!;
    const withMarks = { ...find, reactions: [{ stickyId: reacted.id }], votes: [{ stickyId: voted.id }, { stickyId: reacted.id }] };
    expect([...findStickies(withMarks, query({ hasReactions: true }))]).toEqual([reacted.id]);
    expect(findStickies(withMarks, query({ hasVotes: true }))).toEqual(new Set([voted.id, reacted.id]));
    expect([...findStickies(withMarks, query({ hasVotes: true, hasReactions: true }))]).toEqual([reacted.id]);
  });
});

describe('going from match to match', () => {
  it('follows the board order and goes round at either end', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const matches = new Set(['b', 'd']);
    expect(stepMatch(order, matches, null, 1)).toBe('b');
    expect(stepMatch(order, matches, null, -1)).toBe('d');
    expect(stepMatch(order, matches, 'b', 1)).toBe('d');
    expect(stepMatch(order, matches, 'd', 1)).toBe('b');
    expect(stepMatch(order, matches, 'b', -1)).toBe('d');
    // From a sticky that no longer matches, on to the nearest match that way.
    expect(stepMatch(order, matches, 'c', 1)).toBe('d');
    expect(stepMatch(order, matches, 'c', -1)).toBe('b');
    expect(stepMatch(order, new Set(), 'c', 1)).toBeNull();
  });

  it('orders the stickies lane by lane, as the board shows them', () => {
    const { bundle } = board();
    const lanes = deriveLanes(bundle.groups, bundle.workshop.settings);
    const order = boardOrder(
      lanes.map((l) => l.key),
      itemsByLane(bundle),
    );
    expect(order).toHaveLength(bundle.stickies.length);
    const laneIndex = (id: string) => lanes.findIndex((l) => l.key === laneKeyOf(bundle.stickies.find((s) => s.id === id)!));
    expect(order.map(laneIndex)).toEqual(order.map(laneIndex).slice().sort((a, b) => a - b));
  });
});
