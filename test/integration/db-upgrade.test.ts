import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TABLES, WorkshopBundleSchema, deriveLanes, laneKeyOf, type Group, type Sticky, type WorkshopBundle } from '../../shared/model';
import { CURRENT_VERSION, MIGRATIONS, upgradeBundle } from '../../shared/schema';
import { OutmodelDb, recordsVersionOfStore } from '../../renderer/db/db';

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
    expect(db.verno).toBe(3);
    // The database's version 3 only added indexes: it holds the records of the current file version.
    expect(recordsVersionOfStore(db.verno)).toBe(CURRENT_VERSION);
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

// Version 2 as it was declared: the tables of version 1, the templates and the pulses.
const V2_STORES = { ...V1_STORES, templates: 'id, createdAt', pulses: 'id, workshopId' };

describe('opening a version-2 database', () => {
  it('keeps every record as it was and finds each lane’s stickies and clusters in order by the new indexes', async () => {
    // The version-1 fixture brought to version 2 by version 2's own migration: records in the shape version 2 stored.
    const v2 = upgradeBundle(fixture, 1, MIGRATIONS.filter((m) => m.version <= 2)) as unknown as WorkshopBundle;
    const name = `upgrade-v2-${Math.random()}`;
    const old = new Dexie(name);
    old.version(2).stores(V2_STORES);
    await old.open();
    await old.table('workshops').put(v2.workshop);
    for (const table of BUNDLE_TABLES) if (v2[table].length) await old.table(table).bulkPut(v2[table] as object[]);
    await old.table('meta').put({ key: 'sampleSeeded', value: true });
    old.close();

    const db = new OutmodelDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.workshops.toArray()).toEqual([v2.workshop]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    for (const table of BUNDLE_TABLES) expect((await db.table(table).toArray()).sort(byId), table).toEqual([...v2[table]].sort(byId));
    expect((await db.meta.get('sampleSeeded'))?.value).toBe(true);

    // Every lane (the parking lot included) finds exactly its own stickies and clusters, in order.
    const lanes = deriveLanes(v2.groups as Group[], v2.workshop.settings);
    let found = 0;
    for (const lane of lanes) {
      const range = (table: 'stickies' | 'clusters') =>
        lane.kind === 'parking'
          ? db.table(table).where('[workshopId+kind+order]').between([v2.workshop.id, 'parking', Dexie.minKey], [v2.workshop.id, 'parking', Dexie.maxKey])
          : db.table(table).where('[workshopId+kind+authorGroupId+subjectGroupId+order]').between([v2.workshop.id, lane.kind, lane.authorGroupId, lane.subjectGroupId, Dexie.minKey], [v2.workshop.id, lane.kind, lane.authorGroupId, lane.subjectGroupId, Dexie.maxKey]);
      for (const table of ['stickies', 'clusters'] as const) {
        const inLane = (await range(table).toArray()) as Sticky[];
        const expected = (v2[table] as Sticky[]).filter((r) => laneKeyOf(r) === lane.key).map((r) => r.id);
        expect(inLane.map((r) => r.id).sort(), `${table} of ${lane.key}`).toEqual([...expected].sort());
        expect(inLane.map((r) => r.order), `${table} of ${lane.key}`).toEqual(inLane.map((r) => r.order).sort());
        found += inLane.length;
      }
    }
    expect(found).toBe(v2.stickies.length + v2.clusters.length);
    db.close();
    await Dexie.delete(name);
  });
});
