import Dexie from 'dexie';

/**
 * The benchmark's floor for "Write" (profiling builds only, through `renderer/bench-hooks.ts`):
 * a bare Dexie database with one table of stickies and the app's durability, nothing else.
 */
export async function openBareStickyTable(name: string): Promise<{ add: (record: { id: string }) => Promise<unknown>; drop: () => Promise<void> }> {
  const bare = new Dexie(name, { chromeTransactionDurability: 'strict' });
  bare.version(1).stores({ stickies: 'id, workshopId' });
  await bare.open();
  return {
    add: (record) => bare.table('stickies').add(record),
    drop: async () => {
      bare.close();
      await Dexie.delete(name);
    },
  };
}
