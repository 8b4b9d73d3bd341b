import { describe, expect, it } from 'vitest';
import { shareRecords, shareValue } from '../../../shared/lib/share';
import { shareLaneItems, type LaneItem } from '../../../shared/board';
import type { Sticky } from '../../../shared/model';

describe('structural sharing of records between two reads', () => {
  const a = { id: 'a', text: 'one', tags: ['x'], owner: { kind: 'group', id: 'g' } };
  const b = { id: 'b', text: 'two', tags: [], owner: null };

  it('keeps the earlier list when nothing changed, though every object is new', () => {
    const before = [a, b];
    expect(shareRecords(before, structuredClone(before))).toBe(before);
  });

  it('keeps every unchanged record and gives a new list when one changed', () => {
    const before = [a, b];
    const next = [structuredClone(a), { ...structuredClone(b), text: 'two, edited' }];
    const shared = shareRecords(before, next);
    expect(shared).not.toBe(before);
    expect(shared[0]).toBe(a);
    expect(shared[1]).toEqual(next[1]);
    // What did not change inside the changed record keeps its object too.
    expect(shared[1]!.tags).toBe(b.tags);
  });

  it('keeps the nested objects of a record whose other fields changed', () => {
    const workshop = { id: 'w', updatedAt: '1', settings: { lanes: ['a', 'b'], votes: 3 }, revealed: ['g1'] };
    const next = { ...structuredClone(workshop), updatedAt: '2' };
    const shared = shareValue(workshop, next);
    expect(shared).not.toBe(workshop);
    expect(shared.updatedAt).toBe('2');
    expect(shared.settings).toBe(workshop.settings);
    expect(shared.revealed).toBe(workshop.revealed);
    expect(shareValue(workshop, { ...next, settings: { lanes: ['a', 'b'], votes: 4 } }).settings.lanes).toBe(workshop.settings.lanes);
  });

  it('notices added, removed and reordered records', () => {
    const c = { id: 'c', text: 'three', tags: [], owner: null };
    expect(shareRecords([a, b], [structuredClone(a), structuredClone(b), c])).toEqual([a, b, c]);
    expect(shareRecords([a, b], [structuredClone(a)])).toEqual([a]);
    const swapped = shareRecords([a, b], [structuredClone(b), structuredClone(a)]);
    expect(swapped[0]).toBe(b);
    expect(swapped[1]).toBe(a);
  });

  it('compares deeply, and tells null, arrays and objects apart', () => {
    const same = (a: unknown, b: unknown) => shareValue(a, b) === a;
    expect(same({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] })).toBe(true);
    expect(same({ x: [1, { y: 2 }] }, { x: [1, { y: 3 }] })).toBe(false);
    expect(same({ x: null }, { x: {} })).toBe(false);
    expect(same({ x: [] }, { x: {} })).toBe(false);
    expect(same({ x: 1 }, { x: 1, y: undefined })).toBe(false);
    expect(same({ x: 1, y: undefined }, { x: 1 })).toBe(false);
  });
});

describe('lane items kept between two reads', () => {
  const s1 = { id: 's1', order: 'a', clusterId: null } as unknown as Sticky;
  const s2 = { id: 's2', order: 'b', clusterId: null } as unknown as Sticky;
  const item = (s: Sticky): LaneItem => ({ type: 'sticky', id: s.id, order: s.order, sticky: s });

  it('keeps a lane whose records are the same, and gives a new list to the lane that changed', () => {
    const before = new Map([
      ['one', [item(s1)]],
      ['two', [item(s2)]],
    ]);
    const s3 = { ...s2, id: 's3', order: 'c' } as unknown as Sticky;
    const next = shareLaneItems(before, new Map([
      ['one', [item(s1)]],
      ['two', [item(s2), item(s3)]],
    ]));
    expect(next.get('one')).toBe(before.get('one'));
    expect(next.get('two')).not.toBe(before.get('two'));
    expect(next.get('two')![0]).toBe(before.get('two')![0]);
    // A record read again as a new object (it changed) makes a new item.
    const edited = shareLaneItems(before, new Map([['one', [item({ ...s1 } as Sticky)]]]));
    expect(edited.get('one')).not.toBe(before.get('one'));
  });
});
