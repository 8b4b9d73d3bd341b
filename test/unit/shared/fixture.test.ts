import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, WORKSHOP_FILE_TYPE, readWorkshopFile, toWorkshopFile } from '../../../shared/schema';
import { BUNDLE_TABLES, WorkshopBundleSchema, bundleIntegrityProblems, deriveLanes, laneKeyOf } from '../../../shared/model';

// The version-1 workshop file that future migrations are tested against (see test/fixtures/README.md).
const FIXTURE_URL = new URL('../../fixtures/workshop-v1.json', import.meta.url);
/** sha256 of JSON.stringify(JSON.parse(file)): independent of line endings and indentation. */
const FIXTURE_HASH = '8b3f69214cc2f2d2857a1dd2d43ff071108802d3b4af9562d29d321cc84cacd1';

const fixture = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as Record<string, unknown>;

describe('the stored version-1 workshop file', () => {
  it('is unchanged since it was written (add a new fixture instead of editing it)', () => {
    expect(createHash('sha256').update(JSON.stringify(fixture)).digest('hex')).toBe(FIXTURE_HASH);
  });

  it('is a version-1 workshop file', () => {
    expect(fixture.type).toBe(WORKSHOP_FILE_TYPE);
    expect(fixture.version).toBe(1);
    expect(fixture.exportedAt).toBe('2026-01-05T09:00:00.000Z');
  });

  it('has a record in every table version 1 had', () => {
    const added = new Set(MIGRATIONS.flatMap((m) => m.newTables ?? []));
    for (const table of BUNDLE_TABLES.filter((t) => !added.has(t))) expect((fixture[table] as unknown[]).length, table).toBeGreaterThan(0);
    for (const table of added) expect(fixture[table], table).toBeUndefined();
  });

  it(`reads with readWorkshopFile (upgraded to version ${CURRENT_VERSION}) and validates`, () => {
    const result = readWorkshopFile(structuredClone(fixture));
    if (!result.ok) return expect.fail(JSON.stringify(result));
    expect(WorkshopBundleSchema.safeParse(result.bundle).success).toBe(true);
    expect(bundleIntegrityProblems(result.bundle)).toEqual([]);
    // Every sticky sits in a lane the workshop has.
    const lanes = new Set(deriveLanes(result.bundle.groups, result.bundle.workshop.settings).map((l) => l.key));
    for (const s of result.bundle.stickies) expect(lanes.has(laneKeyOf(s)), laneKeyOf(s)).toBe(true);
  });

  it('loses nothing: written out again it is the same file, plus what later versions added', () => {
    const result = readWorkshopFile(structuredClone(fixture));
    if (!result.ok) return expect.fail(JSON.stringify(result));
    const again = JSON.parse(JSON.stringify(toWorkshopFile(result.bundle, fixture.exportedAt as string, '0.1.0')));
    const workshop = fixture.workshop as Record<string, unknown>;
    // Version-1 files named the app in `source`; files now carry `app` with its version.
    const { source: _source, ...envelope } = fixture;
    expect(again).toEqual({
      ...envelope,
      app: { name: 'Outmodel', version: '0.1.0' },
      version: CURRENT_VERSION,
      // Version 2: no phase running, nothing revealed or presented, no questions noted, rounds of group dots.
      workshop: { ...workshop, facilitation: { currentPhaseId: null, revealedGroupIds: [], presentingGroupId: null, spotlightStickyId: null, screen: { blank: false, frozen: false } } },
      stickies: (fixture.stickies as object[]).map((s) => ({ ...s, questions: '' })),
      rounds: (fixture.rounds as object[]).map((r) => ({ ...r, voterKind: 'group', mode: 'dots', stickyIds: null, parentRoundId: null })),
      pulses: [],
    });
  });
});

describe('migration 2, facilitation-state', () => {
  it('gives a version-1 workshop a facilitation state, stickies room for questions, rounds their kind, and changes nothing else', () => {
    const migration = MIGRATIONS.find((m) => m.version === 2)!;
    expect(migration.name).toBe('facilitation-state');
    const before = structuredClone(fixture.workshop) as Record<string, unknown>;
    expect(migration.workshop!(structuredClone(before))).toEqual({ ...before, facilitation: { currentPhaseId: null, revealedGroupIds: [], presentingGroupId: null, spotlightStickyId: null, screen: { blank: false, frozen: false } } });
    const sticky = structuredClone((fixture.stickies as Record<string, unknown>[])[0]!);
    expect(migration.tables!.stickies!(structuredClone(sticky))).toEqual({ ...sticky, questions: '' });
    const round = structuredClone((fixture.rounds as Record<string, unknown>[])[0]!);
    expect(migration.tables!.rounds!(structuredClone(round))).toEqual({ ...round, voterKind: 'group', mode: 'dots', stickyIds: null, parentRoundId: null });
    expect(Object.keys(migration.tables!).sort()).toEqual(['rounds', 'stickies']);
  });
});
