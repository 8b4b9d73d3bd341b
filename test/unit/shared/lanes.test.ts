import { describe, expect, it } from 'vitest';
import { PARKING_LANE_KEY, deriveLanes, laneKey, laneKeyOf, moveNeedsConfirmation, type Group, type Lane } from '../../../shared/model';
import { buildSampleWorkshop } from '../../../shared/templates';
import { builtWorkshop } from './helpers';

const NAMES = ['Dev', 'Ops', 'Security', 'Support'];
const groupsOf = (n: number): Group[] => builtWorkshop(NAMES.slice(0, n)).groups;
const describeLane = (groups: readonly Group[]) => {
  const name = (id: string | null) => groups.find((g) => g.id === id)?.name ?? '-';
  return (l: Lane) => (l.kind === 'parking' ? 'parking' : `${l.kind} ${name(l.authorGroupId)}→${name(l.subjectGroupId)}`);
};

describe('deriveLanes', () => {
  it('gives two groups their mirror: Dev→Ops beside Ops→Dev, Outmodels before requirements, parking last', () => {
    const groups = groupsOf(2);
    expect(deriveLanes(groups, { includeInmodel: false }).map(describeLane(groups))).toEqual([
      'outmodel Dev→Ops',
      'outmodel Ops→Dev',
      'requirement Dev→Ops',
      'requirement Ops→Dev',
      'parking',
    ]);
    expect(deriveLanes(groups, { includeInmodel: true }).map(describeLane(groups))).toEqual([
      'outmodel Dev→Ops',
      'outmodel Ops→Dev',
      'inmodel Dev→Dev',
      'inmodel Ops→Ops',
      'requirement Dev→Ops',
      'requirement Ops→Dev',
      'parking',
    ]);
  });

  it('puts each pair of groups side by side for three groups', () => {
    const groups = groupsOf(3);
    expect(deriveLanes(groups, { includeInmodel: false }).filter((l) => l.kind === 'outmodel').map(describeLane(groups))).toEqual([
      'outmodel Dev→Ops',
      'outmodel Ops→Dev',
      'outmodel Dev→Security',
      'outmodel Security→Dev',
      'outmodel Ops→Security',
      'outmodel Security→Ops',
    ]);
  });

  describe.each([2, 3, 4])('with %i groups', (n) => {
    const groups = groupsOf(n);

    it.each([false, true])('has n(n-1) Outmodel and requirement lanes and one parking lot (Inmodels: %s)', (includeInmodel) => {
      const lanes = deriveLanes(groups, { includeInmodel });
      const count = (kind: Lane['kind']) => lanes.filter((l) => l.kind === kind).length;
      expect(count('outmodel')).toBe(n * (n - 1));
      expect(count('requirement')).toBe(n * (n - 1));
      expect(count('inmodel')).toBe(includeInmodel ? n : 0);
      expect(count('parking')).toBe(1);
      expect(lanes).toHaveLength(2 * n * (n - 1) + 1 + (includeInmodel ? n : 0));
    });

    it('covers every ordered pair of different groups once per kind, and each Inmodel is a group about itself', () => {
      const lanes = deriveLanes(groups, { includeInmodel: true });
      const pairs = groups.flatMap((a) => groups.filter((b) => b !== a).map((b) => `${a.id}>${b.id}`)).sort();
      for (const kind of ['outmodel', 'requirement'] as const) {
        expect(lanes.filter((l) => l.kind === kind).map((l) => `${l.authorGroupId}>${l.subjectGroupId}`).sort()).toEqual(pairs);
      }
      expect(lanes.filter((l) => l.kind === 'inmodel').map((l) => [l.authorGroupId, l.subjectGroupId])).toEqual(groups.map((g) => [g.id, g.id]));
    });

    it('keeps the kinds in blocks, requirements in the same pair order as Outmodels', () => {
      const lanes = deriveLanes(groups, { includeInmodel: true });
      const kinds = lanes.map((l) => l.kind);
      const blocks = kinds.filter((k, i) => k !== kinds[i - 1]);
      expect(blocks).toEqual(['outmodel', 'inmodel', 'requirement', 'parking']);
      const pairOrder = (kind: Lane['kind']) => lanes.filter((l) => l.kind === kind).map((l) => `${l.authorGroupId}>${l.subjectGroupId}`);
      expect(pairOrder('requirement')).toEqual(pairOrder('outmodel'));
    });

    it('gives unique keys that match laneKey and are stable', () => {
      const lanes = deriveLanes(groups, { includeInmodel: true });
      const keys = lanes.map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const l of lanes) expect(l.key).toBe(laneKey(l.kind, l.authorGroupId, l.subjectGroupId));
      // Same groups, any array order, any call: same lanes in the same order.
      expect(deriveLanes([...groups].reverse(), { includeInmodel: true })).toEqual(lanes);
      expect(deriveLanes(structuredClone(groups), { includeInmodel: true }).map((l) => l.key)).toEqual(keys);
      // Turning Inmodels on or off leaves every other lane's key as it was.
      expect(deriveLanes(groups, { includeInmodel: false }).map((l) => l.key)).toEqual(keys.filter((k) => !k.startsWith('inmodel/')));
    });

    it('orders groups by their order key, not by name or position', () => {
      const reordered = structuredClone(groups);
      const last = reordered.at(-1)!;
      last.order = ' '; // sorts before every generated key
      const lanes = deriveLanes(reordered, { includeInmodel: false });
      expect(lanes[0]!.authorGroupId).toBe(last.id);
    });
  });

  it('has a lane for every sticky of the sample', () => {
    const b = buildSampleWorkshop();
    const keys = new Set(deriveLanes(b.groups, { includeInmodel: b.workshop.settings.includeInmodel }).map((l) => l.key));
    for (const s of b.stickies) expect(keys.has(laneKeyOf(s)), laneKeyOf(s)).toBe(true);
  });

  it('gives the parking lot one key whatever its groups', () => {
    const [dev, ops] = groupsOf(2) as [Group, Group];
    expect(laneKey('parking', dev.id, null)).toBe(PARKING_LANE_KEY);
    expect(laneKey('parking', ops.id, dev.id)).toBe(PARKING_LANE_KEY);
    expect(laneKey('outmodel', dev.id, ops.id)).not.toBe(laneKey('outmodel', ops.id, dev.id));
    expect(laneKey('outmodel', dev.id, ops.id)).not.toBe(laneKey('requirement', dev.id, ops.id));
  });
});

describe('moveNeedsConfirmation', () => {
  it.each([2, 3, 4])('lets a sticky move freely in its own lanes and the parking lot, and asks for another group’s lane (%i groups)', (n) => {
    const groups = groupsOf(n);
    const lanes = deriveLanes(groups, { includeInmodel: true });
    for (const author of groups) {
      const sticky = { authorGroupId: author.id };
      for (const lane of lanes) {
        const own = lane.kind === 'parking' || lane.authorGroupId === author.id;
        expect(moveNeedsConfirmation(sticky, lane), `${author.name} → ${lane.key}`).toBe(!own);
      }
    }
  });

  it('asks even for a lane about the sticky’s own group written by the other group', () => {
    const groups = groupsOf(2);
    const [dev, ops] = groups as [Group, Group];
    const opsAboutDev = deriveLanes(groups, { includeInmodel: false }).find((l) => l.kind === 'outmodel' && l.authorGroupId === ops.id)!;
    expect(opsAboutDev.subjectGroupId).toBe(dev.id);
    expect(moveNeedsConfirmation({ authorGroupId: dev.id }, opsAboutDev)).toBe(true);
  });
});
