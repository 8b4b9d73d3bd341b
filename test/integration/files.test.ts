import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Refusal,
  db,
  ensureSampleSeeded,
  importWorkshop,
  mergeIntoWorkshop,
  planMergeInto,
  readAllBundles,
  removeWorkshop,
  renameWorkshop,
  restoreBackup,
  restoreFromBackup,
} from '../../renderer/db';
import { readBundle } from '../../renderer/db/bundles';
import {
  canonicalWorkshopFile,
  importAsNew,
  parseBackupFileText,
  parseWorkshopFileText,
  toBackupFile,
  toWorkshopFile,
  type BackupEntry,
  type WorkshopFile,
} from '../../shared/schema';
import { BUNDLE_TABLES, type WorkshopBundle } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID, buildSampleWorkshop } from '../../shared/templates';
import { idCounter } from '../builders/board';
import { fullWorkshop, inIdOrder } from '../builders/files';
import { inEnglish, rejectionOf } from '../builders/messages';

const AT = '2026-03-12T17:00:00.000Z';

/** Every record of every table, in key order: two dumps are equal only if nothing changed. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables()) out[table.name] = await table.toArray();
  return out;
}

/** The workshop file text exported from the database, as the export dialog writes it. */
async function exportedText(id: WorkshopBundle['workshop']['id']): Promise<string> {
  return JSON.stringify(toWorkshopFile((await readBundle(id))!, AT, '1.2.0'));
}

function read(text: string): WorkshopBundle {
  const result = parseWorkshopFileText(text);
  if (!result.ok) return expect.fail(JSON.stringify(result));
  return result.bundle;
}

const canonical = (text: string) => JSON.stringify(canonicalWorkshopFile(JSON.parse(text) as WorkshopFile));

/** Makes the `n`th call (from 1) of a table's bulkPut fail, as a full disk would. */
function failNthBulkPut(table: 'stickies' | 'phases' | 'clusters' | 'groups', n = 1) {
  const target = db.table(table);
  const original = target.bulkPut.bind(target);
  let calls = 0;
  return vi.spyOn(target, 'bulkPut').mockImplementation(((...args: Parameters<typeof original>) => {
    calls++;
    return calls === n ? Promise.reject(new Error('disk full')) : original(...args);
  }) as typeof original);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importing a workshop file', () => {
  it('adds it as a new workshop, and exporting that gives the same file up to the ids', async () => {
    await ensureSampleSeeded('en');
    const first = await exportedText(SAMPLE_WORKSHOP_ID);
    const imported = await importWorkshop(read(first));
    expect(await db.workshops.count()).toBe(2);
    expect(await readBundle(imported.workshop.id)).toEqual(imported);
    const second = await exportedText(imported.workshop.id);
    const firstAsCopy = JSON.stringify({ ...JSON.parse(first), workshop: { ...JSON.parse(first).workshop, sample: false } });
    expect(canonical(second)).toBe(canonical(firstAsCopy));
  });

  it('keeps the file’s order of every table through the database, for the fullest workshop too', async () => {
    const full = importAsNew(fullWorkshop(), idCounter('stored'));
    await restoreFromBackup(full);
    const first = await exportedText(full.workshop.id);
    const imported = await importWorkshop(read(first));
    const second = await exportedText(imported.workshop.id);
    expect(canonical(second)).toBe(canonical(first));
    for (const table of BUNDLE_TABLES) expect(imported[table].length, table).toBeGreaterThan(0);
  });

  it('imports the same file twice as two workshops', async () => {
    const text = JSON.stringify(toWorkshopFile(buildSampleWorkshop(), AT, '1.2.0'));
    const a = await importWorkshop(read(text));
    const b = await importWorkshop(read(text), { markImported: true });
    expect(a.workshop.id).not.toBe(b.workshop.id);
    expect(b.workshop.title).toBe('NotHere, Inc.: Making Cats Work with Dogs (imported)');
    expect(await db.stickies.count()).toBe(2 * buildSampleWorkshop().stickies.length);
  });

  it('changes nothing when a write fails half-way', async () => {
    await ensureSampleSeeded('en');
    const before = await dump();
    const put = failNthBulkPut('stickies');
    await expect(importWorkshop(fullWorkshop())).rejects.toThrow('disk full');
    expect(put).toHaveBeenCalled();
    // The workshop, its groups, participants and phases were written before the failure: all undone.
    expect(await dump()).toEqual(before);
  });

  it('changes nothing when the workshop does not hold together', async () => {
    await ensureSampleSeeded('en');
    const before = await dump();
    const broken = fullWorkshop();
    broken.groups[1]!.name = broken.groups[0]!.name;
    const refusal = await rejectionOf(importWorkshop(broken));
    expect(refusal.reason.key).toBe('errors.invalidChange');
    expect(await dump()).toEqual(before);
  });
});

describe('restoring a workshop', () => {
  it('replaces the workshop of the same id and returns it as it was, for a snapshot and undo', async () => {
    await ensureSampleSeeded('en');
    const saved = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    await renameWorkshop(SAMPLE_WORKSHOP_ID, 'Edited since the backup');
    await db.stickies.delete(saved.stickies[0]!.id);
    const edited = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    const previous = await restoreFromBackup(saved);
    expect(previous).toEqual(edited);
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(saved);
    expect(await db.workshops.count()).toBe(1);
  });

  it('adds a workshop this computer does not have', async () => {
    const full = fullWorkshop();
    expect(await restoreFromBackup(full)).toBeUndefined();
    expect(await readBundle(full.workshop.id)).toEqual(inIdOrder(full));
    expect(await db.workshops.count()).toBe(1);
  });

  it('changes nothing when a write fails after the old records were removed', async () => {
    await ensureSampleSeeded('en');
    await renameWorkshop(SAMPLE_WORKSHOP_ID, 'Edited');
    const before = await dump();
    const put = failNthBulkPut('phases');
    await expect(restoreFromBackup(buildSampleWorkshop())).rejects.toThrow('disk full');
    expect(put).toHaveBeenCalled();
    expect(await dump()).toEqual(before);
  });

  it('refuses a workshop that does not hold together, and changes nothing', async () => {
    await ensureSampleSeeded('en');
    const before = await dump();
    const broken = buildSampleWorkshop();
    broken.stickies[0]!.text = '';
    expect((await rejectionOf(restoreFromBackup(broken))).reason.key).toBe('errors.invalidChange');
    expect(await dump()).toEqual(before);
  });

  it('refuses a workshop whose records carry the ids of another workshop’s, and changes nothing', async () => {
    await ensureSampleSeeded('en');
    const before = await dump();
    const intruder = importAsNew(buildSampleWorkshop(), idCounter('intruder'));
    intruder.stickies[0] = { ...intruder.stickies[0]!, id: buildSampleWorkshop().stickies[0]!.id };
    const refusal = await rejectionOf(restoreFromBackup(intruder));
    expect(refusal.reason.key).toBe('files.restore.idsInUse');
    expect(inEnglish(refusal.reason)).toMatch(/^“NotHere.*” shares its records’ ids with another workshop/);
    expect(await dump()).toEqual(before);
  });
});

describe('backing up and restoring all workshops', () => {
  async function library() {
    await ensureSampleSeeded('en');
    const other = importAsNew(fullWorkshop(), idCounter('other'));
    await restoreFromBackup(other);
    return other;
  }

  function entriesOf(text: string): BackupEntry[] {
    const result = parseBackupFileText(text);
    if (!result.ok) return expect.fail(JSON.stringify(result));
    return result.entries;
  }

  it('reads every workshop whole, and restores them all into an empty library exactly', async () => {
    await library();
    const bundles = await readAllBundles();
    expect(bundles.map((b) => b.workshop.id).sort()).toEqual((await db.workshops.toCollection().primaryKeys()).sort());
    const before = await dump();
    const text = JSON.stringify(toBackupFile(bundles, AT, '1.2.0'));
    for (const b of bundles) await removeWorkshop(b.workshop.id);
    expect(await db.stickies.count()).toBe(0);
    const entries = entriesOf(text);
    const result = await restoreBackup({ entries }, entries.map((e) => e.id!));
    expect(result.replaced).toEqual([]);
    expect(result.plan.add).toHaveLength(2);
    expect(await dump()).toEqual(before);
  });

  it('replaces the chosen workshops that are here, adds the others, and returns what it replaced', async () => {
    const other = await library();
    const text = JSON.stringify(toBackupFile(await readAllBundles(), AT, '1.2.0'));
    await renameWorkshop(SAMPLE_WORKSHOP_ID, 'Edited after the backup');
    const edited = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    await removeWorkshop(other.workshop.id);
    const result = await restoreBackup({ entries: entriesOf(text) }, [SAMPLE_WORKSHOP_ID, other.workshop.id]);
    expect(result.plan.replace.map((w) => [w.title, w.currentTitle])).toEqual([['NotHere, Inc.: Making Cats Work with Dogs', 'Edited after the backup']]);
    expect(result.plan.add.map((w) => w.id)).toEqual([other.workshop.id]);
    expect(result.replaced).toEqual([edited]);
    expect((await readBundle(SAMPLE_WORKSHOP_ID))!.workshop.title).toBe('NotHere, Inc.: Making Cats Work with Dogs');
    expect(await readBundle(other.workshop.id)).toEqual(other);
  });

  it('restores all the chosen workshops or none: a failure in the second undoes the first', async () => {
    await library();
    const text = JSON.stringify(toBackupFile(await readAllBundles(), AT, '1.2.0'));
    await renameWorkshop(SAMPLE_WORKSHOP_ID, 'Edited after the backup');
    const before = await dump();
    const entries = entriesOf(text);
    const put = failNthBulkPut('groups', 2);
    await expect(restoreBackup({ entries }, entries.map((e) => e.id!))).rejects.toThrow('disk full');
    expect(put).toHaveBeenCalledTimes(2);
    expect(await dump()).toEqual(before);
  });

  it('refuses a chosen workshop the backup cannot restore, and changes nothing', async () => {
    await library();
    const raw = JSON.parse(JSON.stringify(toBackupFile(await readAllBundles(), AT, '1.2.0'))) as { workshops: { stickies: { text: string }[] }[] };
    raw.workshops[1]!.stickies[0]!.text = '';
    const entries = entriesOf(JSON.stringify(raw));
    expect(entries.map((e) => e.usable)).toEqual([true, false]);
    const before = await dump();
    const refusal = await rejectionOf(restoreBackup({ entries }, entries.map((e) => e.id!)));
    expect(inEnglish(refusal.reason)).toBe('One of the chosen workshops cannot be restored from this backup. Nothing was changed.');
    expect(await dump()).toEqual(before);
  });
});

describe('merging a group’s writing from another laptop', () => {
  /** The sample here, and a copy on another laptop where Ops wrote two more stickies. */
  async function laptops() {
    await ensureSampleSeeded('en');
    const source = importAsNew(buildSampleWorkshop(), idCounter('laptop'));
    const ops = source.groups.find((g) => g.name === 'Ops')!;
    const model = source.stickies.find((s) => s.authorGroupId === ops.id && s.kind === 'outmodel')!;
    source.stickies.push(
      { ...model, id: 'sticky:laptop-new-1' as typeof model.id, text: 'Ships on Fridays at 5 pm.', order: 'a9' },
      { ...model, id: 'sticky:laptop-new-2' as typeof model.id, text: 'Tests in production.', order: 'a9V' },
    );
    return source;
  }

  it('writes the previewed stickies, and returns the workshop before and after, for undo', async () => {
    const source = await laptops();
    const plan = await planMergeInto(SAMPLE_WORKSHOP_ID, source, 'ops');
    expect(plan.add.stickies.map((s) => s.text)).toEqual(['Ships on Fridays at 5 pm.', 'Tests in production.']);
    const original = (await readBundle(SAMPLE_WORKSHOP_ID))!;
    const { before, after } = await mergeIntoWorkshop(SAMPLE_WORKSHOP_ID, plan);
    expect(before).toEqual(original);
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(inIdOrder(after));
    expect(await db.stickies.count()).toBe(original.stickies.length + 2);
  });

  it('changes nothing when a write fails half-way', async () => {
    const source = await laptops();
    const plan = await planMergeInto(SAMPLE_WORKSHOP_ID, source, 'Ops');
    const before = await dump();
    const put = vi.spyOn(db.workshops, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(mergeIntoWorkshop(SAMPLE_WORKSHOP_ID, plan)).rejects.toThrow('disk full');
    expect(put).toHaveBeenCalled();
    expect(await dump()).toEqual(before);
  });

  it('refuses a preview made before the workshop changed, and changes nothing', async () => {
    const source = await laptops();
    const plan = await planMergeInto(SAMPLE_WORKSHOP_ID, source, 'Ops');
    const sticky = (await db.stickies.toArray())[0]!;
    await db.stickies.put({ ...sticky, text: 'Edited meanwhile' });
    const before = await dump();
    const refusal = await rejectionOf(mergeIntoWorkshop(SAMPLE_WORKSHOP_ID, plan));
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal.reason.key).toBe('files.merge.targetChanged');
    expect(await dump()).toEqual(before);
  });
});
