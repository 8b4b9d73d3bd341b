import { describe, expect, it } from 'vitest';
import { sameRecord, shareRecords } from '../../../shared/lib/share';

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
    expect(shared[1]).toBe(next[1]);
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
    expect(sameRecord({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] })).toBe(true);
    expect(sameRecord({ x: [1, { y: 2 }] }, { x: [1, { y: 3 }] })).toBe(false);
    expect(sameRecord({ x: null }, { x: {} })).toBe(false);
    expect(sameRecord({ x: [] }, { x: {} })).toBe(false);
    expect(sameRecord({ x: 1 }, { x: 1, y: undefined })).toBe(false);
  });
});
