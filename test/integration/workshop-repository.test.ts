import { describe, expect, it } from 'vitest';
import { WorkshopBundleSchema, type GroupId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID, buildSampleWorkshop } from '../../shared/templates';
import {
  Refusal,
  createWorkshop,
  db,
  deleteWorkshop,
  duplicateWorkshop,
  ensureSampleSeeded,
  renameWorkshop,
  resetSample,
  restoreWorkshop,
  updateDetails,
} from '../../renderer/db';
import { readBundle } from '../../renderer/db/bundles';
import { details } from '../builders/details';
import { inEnglish, rejectionOf } from '../builders/messages';

describe('workshop repository', () => {
  it('creates a workshop with its groups, participants and agenda in one write', async () => {
    const bundle = await createWorkshop(details());
    const stored = await readBundle(bundle.workshop.id);
    expect(stored?.workshop.title).toBe('Platform and Security');
    expect(stored?.groups.map((g) => g.name).sort()).toEqual(['Platform', 'Security']);
    expect(stored?.participants.map((p) => p.name)).toEqual(['Ada']);
    // One presentation per group besides the shared phases.
    expect(stored?.phases.filter((p) => p.kind === 'presentation')).toHaveLength(2);
    expect(WorkshopBundleSchema.safeParse(stored).success).toBe(true);
  });

  it('seeds the sample once, and respects its deletion on the next start', async () => {
    await ensureSampleSeeded('en');
    await ensureSampleSeeded('en');
    expect(await db.workshops.count()).toBe(1);
    expect(await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).count()).toBe(buildSampleWorkshop().stickies.length);
    await deleteWorkshop(SAMPLE_WORKSHOP_ID);
    await ensureSampleSeeded('en');
    expect(await db.workshops.count()).toBe(0);
  });

  it('resets the sample to exactly what shipped, and returns what it replaced', async () => {
    await ensureSampleSeeded('en');
    await renameWorkshop(SAMPLE_WORKSHOP_ID, 'Edited');
    const firstSticky = (await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).first())!;
    await db.stickies.delete(firstSticky.id);
    const before = await resetSample('en');
    expect(before?.workshop.title).toBe('Edited');
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(sortedBundle(buildSampleWorkshop()));
  });

  it('renames, refusing an empty title without saving', async () => {
    const { workshop } = await createWorkshop(details());
    await expect(renameWorkshop(workshop.id, '   ')).rejects.toBeInstanceOf(Refusal);
    expect((await db.workshops.get(workshop.id))?.title).toBe('Platform and Security');
    expect(await renameWorkshop(workshop.id, '  Retitled ')).toEqual({ before: 'Platform and Security', after: 'Retitled' });
    expect((await db.workshops.get(workshop.id))?.title).toBe('Retitled');
  });

  it('duplicates under new ids with every reference remapped and the words unchanged', async () => {
    await ensureSampleSeeded('en');
    const copy = await duplicateWorkshop(SAMPLE_WORKSHOP_ID, (t) => `${t} (copy)`);
    const original = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    expect(copy.workshop.title).toBe('NotHere, Inc.: Making Cats Work with Dogs (copy)');
    expect(copy.workshop.sample).toBe(false);
    const originalIds = new Set([...original.groups, ...original.stickies, ...original.participants, ...original.phases].map((r) => r.id));
    for (const r of [...copy.groups, ...copy.stickies, ...copy.participants, ...copy.phases]) expect(originalIds.has(r.id)).toBe(false);
    const copyGroups = new Set(copy.groups.map((g) => g.id));
    for (const s of copy.stickies) expect(copyGroups.has(s.authorGroupId)).toBe(true);
    expect(copy.stickies.map((s) => s.text).sort()).toEqual(original.stickies.map((s) => s.text).sort());
    expect(await db.workshops.count()).toBe(2);
  });

  it('deletes a workshop whole and restores it exactly', async () => {
    await ensureSampleSeeded('en');
    const before = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    const deleted = await deleteWorkshop(SAMPLE_WORKSHOP_ID);
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toBeUndefined();
    expect(await db.stickies.count()).toBe(0);
    expect(await db.phases.count()).toBe(0);
    await restoreWorkshop(deleted);
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(before);
  });

  it('edits details: keeps group ids, adds a presentation for a new group, and refuses to drop a group with stickies', async () => {
    await ensureSampleSeeded('en');
    const sample = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    const [dev, ops] = sample.groups;
    const input = (groups: { id?: GroupId; name: string }[]) =>
      details({
        title: 'Renamed sample',
        groups: groups.map((g, i) => ({ id: g.id, name: g.name, colour: ['#1d4ed8', '#c2410c', '#047857'][i]!, mark: 'circle', participants: [] })),
      });

    const { after } = await updateDetails(SAMPLE_WORKSHOP_ID, input([{ id: dev!.id, name: 'Development' }, { id: ops!.id, name: 'Operations' }, { name: 'Security' }]));
    expect(after.groups.map((g) => g.name)).toEqual(['Development', 'Operations', 'Security']);
    expect(after.groups[0]!.id).toBe(dev!.id);
    expect(after.phases.filter((p) => p.kind === 'presentation')).toHaveLength(3);

    const stored = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    const refusal = await rejectionOf(updateDetails(SAMPLE_WORKSHOP_ID, input([{ id: dev!.id, name: 'Development' }, { name: 'Security' }])));
    expect(refusal.reason).toEqual({ key: 'errors.groupInUse', values: { name: 'Operations' } });
    expect(refusal.fields).toEqual({ groups: refusal.reason });
    expect(inEnglish(refusal.reason)).toMatch(/“Operations” has stickies/);
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(stored);
  });
});

/** readBundle returns records in primary-key order; compare like with like. */
function sortedBundle<T extends Record<string, unknown>>(bundle: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(bundle)) out[k] = Array.isArray(v) ? [...v].sort((a, b) => (a.id < b.id ? -1 : 1)) : v;
  return out as T;
}
