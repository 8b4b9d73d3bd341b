import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TABLES, WorkshopBundleSchema } from '../../shared/model';
import { OutmodelDb } from '../../renderer/db/db';

// An IndexedDB written by the first released shape (version 1), as it was declared then.
const V1_STORES = {
  workshops: 'id, updatedAt',
  groups: 'id, workshopId',
  participants: 'id, workshopId',
  phases: 'id, workshopId',
  stickies: 'id, workshopId, clusterId',
  clusters: 'id, workshopId',
  placements: 'id, workshopId',
  reactions: 'id, workshopId, stickyId',
  rounds: 'id, workshopId',
  votes: 'id, workshopId, stickyId',
  agreements: 'id, workshopId',
  decisions: 'id, workshopId',
  actions: 'id, workshopId',
  meta: 'key',
};

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/workshop-v1.json'), 'utf8')) as Record<string, unknown>;

describe('opening a version-1 database', () => {
  it('upgrades every stored workshop with the same migration the file import uses, and loses nothing', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.open();
    await old.table('workshops').put(fixture.workshop);
    for (const table of BUNDLE_TABLES) if (fixture[table]) await old.table(table).bulkPut(fixture[table] as object[]);
    await old.table('meta').put({ key: 'sampleSeeded', value: true });
    old.close();

    const db = new OutmodelDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const workshop = (await db.workshops.toArray())[0]!;
    expect(workshop.facilitation).toEqual({ currentPhaseId: null, revealedGroupIds: [], presentingGroupId: null, spotlightStickyId: null, screen: { blank: false, frozen: false } });
    expect((await db.stickies.toArray()).every((s) => s.questions === '')).toBe(true);
    expect((await db.rounds.toArray()).every((r) => r.voterKind === 'group' && r.mode === 'dots')).toBe(true);
    const bundle: Record<string, unknown> = { workshop };
    for (const table of BUNDLE_TABLES) {
      bundle[table] = await db.table(table).toArray();
      expect((bundle[table] as unknown[]).length, table).toBe(((fixture[table] as unknown[] | undefined) ?? []).length);
    }
    expect(WorkshopBundleSchema.safeParse(bundle).success).toBe(true);
    expect(await db.templates.count()).toBe(0);
    expect((await db.meta.get('sampleSeeded'))?.value).toBe(true);
    db.close();
    await Dexie.delete(name);
  });
});
