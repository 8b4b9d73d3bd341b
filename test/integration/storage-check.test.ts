import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStorage, db, ensureSampleSeeded } from '../../renderer/db';

/** Every record of every table, by table. */
const everything = async () => Object.fromEntries(await Promise.all(db.allTables().map(async (t) => [t.name, await t.toArray()] as const)));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the storage check at start', () => {
  it('writes a probe into every table of the settings and the workshops, and keeps none of it', async () => {
    await ensureSampleSeeded('en');
    const before = await everything();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await checkStorage();
    // Every table of the app's records was written to…
    expect(new Set(put.mock.contexts.map((store) => (store as IDBObjectStore).name))).toEqual(new Set([db.meta, db.workshops, ...db.bundleTables()].map((t) => t.name)));
    // …and nothing of it was kept.
    expect(await everything()).toEqual(before);
  });

  it('fails when a table cannot be written, and leaves the others as they were', async () => {
    await ensureSampleSeeded('en');
    const before = await everything();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'stickies') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(checkStorage()).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
  });
});
