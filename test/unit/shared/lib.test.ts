import { afterEach, describe, expect, it, vi } from 'vitest';
import { ID_PREFIXES, hasPrefix, newId } from '../../../shared/lib/ids';
import { byOrder, compareOrder, orderAtEnd, orderBetween, ordersBetween } from '../../../shared/lib/order';
import { isIsoDate, nowIso } from '../../../shared/lib/time';
import { OrderSchema, TimestampSchema } from '../../../shared/model';
import { seededRandom } from './helpers';

describe('ids', () => {
  it('carries its kind as a prefix and is unique', () => {
    const ids = new Set<string>();
    for (const prefix of ID_PREFIXES) {
      for (let i = 0; i < 50; i++) {
        const id = newId(prefix);
        expect(id.startsWith(`${prefix}:`)).toBe(true);
        expect(hasPrefix(prefix, id)).toBe(true);
        ids.add(id);
      }
    }
    expect(ids.size).toBe(ID_PREFIXES.length * 50);
  });

  it('recognises a prefix only with the colon and something after it', () => {
    expect(hasPrefix('sticky', 'sticky:1')).toBe(true);
    expect(hasPrefix('sticky', 'sticky:')).toBe(false);
    expect(hasPrefix('sticky', 'sticky')).toBe(false);
    expect(hasPrefix('sticky', 'stickyx:1')).toBe(false);
    expect(hasPrefix('sticky', 'cluster:1')).toBe(false);
    expect(hasPrefix('group', 'Group:1')).toBe(false);
  });
});

/** Checks that keys are strictly increasing under plain string comparison. */
function expectStrictOrder(keys: readonly string[]) {
  for (let i = 1; i < keys.length; i++) {
    const [a, b] = [keys[i - 1]!, keys[i]!];
    if (!(a < b)) expect.fail(`key ${i - 1} (${a}) does not sort before key ${i} (${b})`);
  }
}

describe('ordering keys', () => {
  it('stay in a strict total order through 500 random inserts and moves', () => {
    const random = seededRandom(20260312);
    const pick = (n: number) => Math.floor(random() * n);
    const list: string[] = [];
    const insertAt = (index: number) => {
      const before = list[index - 1] ?? null;
      const after = list[index] ?? null;
      const key = orderBetween(before, after);
      if (before !== null) expect(before < key, `${before} < ${key}`).toBe(true);
      if (after !== null) expect(key < after, `${key} < ${after}`).toBe(true);
      expect(OrderSchema.safeParse(key).success).toBe(true);
      list.splice(index, 0, key);
    };

    for (let step = 0; step < 500; step++) {
      if (list.length > 2 && random() < 0.4) {
        // A move: take one item out and put it back somewhere else with a new key.
        list.splice(pick(list.length), 1);
      }
      insertAt(pick(list.length + 1));
      expectStrictOrder(list);
    }
    expect(new Set(list).size).toBe(list.length);
    // Sorting a shuffled copy by the keys gives back the same sequence.
    const shuffled = list.map((order) => ({ order, r: random() })).sort((a, b) => a.r - b.r);
    expect(byOrder(shuffled).map((x) => x.order)).toEqual(list);
  });

  it('keeps keys short enough for the schema when everything lands in one spot', () => {
    const first = orderBetween(null, null);
    let after: string | null = null;
    const keys: string[] = [first];
    for (let i = 0; i < 500; i++) {
      // Always insert right behind the first item: the worst case for key length.
      const key = orderBetween(first, after);
      keys.splice(1, 0, key);
      after = key;
    }
    expectStrictOrder(keys);
    for (const key of keys) expect(OrderSchema.safeParse(key).success).toBe(true);
  });

  it('makes n keys strictly between two neighbours', () => {
    const low = orderBetween(null, null);
    const high = orderBetween(low, null);
    const keys = ordersBetween(low, high, 20);
    expect(keys).toHaveLength(20);
    expectStrictOrder([low, ...keys, high]);
    expectStrictOrder(ordersBetween(null, null, 30));
  });

  it('appends after the last item', () => {
    expect(typeof orderAtEnd([])).toBe('string');
    const items = ordersBetween(null, null, 5).map((order) => ({ order }));
    const end = orderAtEnd(items);
    expect(end > items.at(-1)!.order).toBe(true);
    // The input need not be sorted by the caller beyond its last item being the largest.
    expect(orderAtEnd([{ order: end }]) > end).toBe(true);
  });

  it('compares by code unit, not by locale', () => {
    // 'V' (0x56) sorts before 'a' (0x61); a locale comparison would put them the other way round.
    expect(compareOrder({ order: 'a0V' }, { order: 'a0a' })).toBe(-1);
    expect(compareOrder({ order: 'a0a' }, { order: 'a0V' })).toBe(1);
    expect(compareOrder({ order: 'a1' }, { order: 'a1' })).toBe(0);
    expect(byOrder([{ order: 'a0a' }, { order: 'Zz' }, { order: 'a0V' }]).map((x) => x.order)).toEqual(['Zz', 'a0V', 'a0a']);
  });

  it('sorts without changing its input', () => {
    const items = [{ order: 'a2' }, { order: 'a0' }, { order: 'a1' }];
    const copy = structuredClone(items);
    byOrder(items);
    expect(items).toEqual(copy);
  });
});

describe('dates and times', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(['2026-03-12', '2024-02-29', '2026-12-31', '2026-01-01'])('accepts the real date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-12', '12.03.2026', 'tomorrow', '', '2026-03-12T10:00:00Z', ' 2026-03-12'])(
    'refuses %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('gives the current time as an ISO timestamp the schema accepts', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-12T08:15:30.250Z'));
    expect(nowIso()).toBe('2026-03-12T08:15:30.250Z');
    expect(TimestampSchema.safeParse(nowIso()).success).toBe(true);
  });
});
