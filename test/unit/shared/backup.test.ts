import { describe, expect, it } from 'vitest';
import {
  BACKUP_FILE_TYPE,
  CURRENT_VERSION,
  MAX_BACKUP_WORKSHOPS,
  importAsNew,
  parseBackupFileText,
  planRestore,
  readBackupFile,
  readFailureText,
  toBackupFile,
  type BackupEntry,
  type BackupReadResult,
} from '../../../shared/schema';
import type { WorkshopBundle } from '../../../shared/model';
import { buildSampleWorkshop } from '../../../shared/templates';
import { inEnglish } from '../../builders/messages';
import { idCounter } from '../../builders/board';
import { fullWorkshop, v1Fixture } from '../../builders/files';
import { builtWorkshop } from './helpers';

const AT = '2026-03-12T18:00:00.000Z';
/** The fullest test workshop under ids of its own (it is the sample's otherwise). */
const full = () => importAsNew(fullWorkshop(), idCounter('full'));
type Raw = Record<string, unknown> & { workshops: Record<string, unknown>[] };

const backupOf = (...bundles: WorkshopBundle[]) => JSON.parse(JSON.stringify(toBackupFile(bundles, AT, '1.2.0'))) as Raw;

function entriesOf(result: BackupReadResult): BackupEntry[] {
  if (!result.ok) return expect.fail(JSON.stringify(result));
  return result.entries;
}

function refusalOf(result: BackupReadResult) {
  if (result.ok) return expect.fail('expected the backup to be refused');
  return result;
}

describe('the backup of all workshops', () => {
  it('wraps every workshop in one envelope, and reads them all back as they were', () => {
    const bundles = [buildSampleWorkshop(), builtWorkshop(['Dev', 'Ops', 'Security']), full()];
    const file = toBackupFile(bundles, AT, '1.2.0');
    expect(file).toMatchObject({ type: BACKUP_FILE_TYPE, version: CURRENT_VERSION, exportedAt: AT, app: { name: 'Outmodel', version: '1.2.0' } });
    const result = parseBackupFileText(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, version: CURRENT_VERSION, exportedAt: AT, savedBy: 'Outmodel 1.2.0' });
    expect(entriesOf(result)).toEqual(bundles.map((bundle, i) => ({ position: i + 1, id: bundle.workshop.id, title: bundle.workshop.title, usable: true, bundle })));
  });

  it('reads an empty backup as one with nothing to restore', () => {
    expect(entriesOf(readBackupFile(backupOf()))).toEqual([]);
  });

  it('reports a damaged workshop by title and position, with what is wrong, and keeps the others usable', () => {
    const raw = backupOf(buildSampleWorkshop(), full(), builtWorkshop());
    (raw.workshops[1]!.stickies as Record<string, unknown>[])[0]!.text = '';
    const entries = entriesOf(readBackupFile(raw));
    expect(entries.map((e) => e.usable)).toEqual([true, false, true]);
    const damaged = entries[1]!;
    if (damaged.usable) return expect.fail('expected the second workshop to be damaged');
    expect(damaged).toMatchObject({ position: 2, title: 'NotHere, Inc.: Making Cats Work with Dogs', problemCount: 1 });
    expect(readFailureText(damaged, inEnglish)).toBe(
      '“NotHere, Inc.: Making Cats Work with Dogs” (workshop 2 of the backup) is damaged and cannot be restored.\nSticky 1: the text is empty.',
    );
  });

  it('names a workshop without a readable title by its position', () => {
    const raw = backupOf(buildSampleWorkshop());
    raw.workshops.push('not a workshop' as unknown as Record<string, unknown>, { workshop: { id: 7 } });
    const entries = entriesOf(readBackupFile(raw));
    expect(entries.slice(1).map((e) => (e.usable ? 'usable' : inEnglish(e.message)))).toEqual([
      'Workshop 2 of the backup is damaged and cannot be restored.',
      'Workshop 3 of the backup is damaged and cannot be restored.',
    ]);
  });

  it('restores only the first copy of a workshop listed twice', () => {
    const raw = backupOf(buildSampleWorkshop(), buildSampleWorkshop());
    const entries = entriesOf(readBackupFile(raw));
    expect(entries[0]!.usable).toBe(true);
    const second = entries[1]!;
    if (second.usable) return expect.fail('expected the second copy to be refused');
    expect(inEnglish(second.message)).toBe('“NotHere, Inc.: Making Cats Work with Dogs” (workshop 2 of the backup) is in the backup twice; only its first copy can be restored.');
  });

  it('upgrades the workshops of a backup written by an older Outmodel', () => {
    const { type: _t, version: _v, source: _s, exportedAt: _e, ...v1Workshop } = v1Fixture();
    const old = { type: BACKUP_FILE_TYPE, version: 1, exportedAt: AT, source: 'Outmodel', workshops: [v1Workshop] };
    const result = readBackupFile(old);
    expect(result).toMatchObject({ ok: true, version: 1, savedBy: 'Outmodel' });
    const [entry] = entriesOf(result);
    if (!entry?.usable) return expect.fail('expected the version-1 workshop to be usable');
    expect(entry.bundle.pulses).toEqual([]);
    expect(entry.bundle.stickies.every((s) => s.questions === '')).toBe(true);
  });

  it.each<[string, (raw: Raw) => unknown, string]>([
    ['a workshop file', () => JSON.parse(JSON.stringify({ ...buildSampleWorkshop(), type: 'outmodel-workshop', version: 2 })), 'This is a single workshop file, not a backup of all workshops. Import it instead.'],
    ['something else', () => ({ hello: 'world' }), 'This is not an Outmodel backup.'],
    ['a backup from a newer Outmodel', (raw) => ({ ...raw, version: CURRENT_VERSION + 1 }), `This workshop was saved by a newer Outmodel (file version ${CURRENT_VERSION + 1}); this one reads up to version ${CURRENT_VERSION}. Update Outmodel to open it.`],
    ['a backup without its list of workshops', (raw) => ({ ...raw, workshops: undefined }), 'This backup is damaged and cannot be restored. Nothing was changed.\nThe list of workshops is missing.'],
    ['a backup whose workshops are not a list', (raw) => ({ ...raw, workshops: { a: 1 } }), 'This backup is damaged and cannot be restored. Nothing was changed.\nThe list of workshops is not a list.'],
    ['a backup of absurdly many workshops', (raw) => ({ ...raw, workshops: Array.from({ length: MAX_BACKUP_WORKSHOPS + 1 }, () => ({})) }), `This backup is damaged and cannot be restored. Nothing was changed.\nThe list of workshops has more than ${MAX_BACKUP_WORKSHOPS} entries.`],
  ])('refuses %s whole', (_what, make, text) => {
    expect(readFailureText(refusalOf(readBackupFile(make(backupOf(buildSampleWorkshop())))), inEnglish)).toBe(text);
  });
});

describe('the restore plan', () => {
  const sample = buildSampleWorkshop();
  const other = builtWorkshop(['Dev', 'Ops']);
  const raw = backupOf(sample, other, full());
  (raw.workshops[2]!.groups as unknown[]).length = 1;
  const entries = entriesOf(readBackupFile(raw));
  const damagedId = entries[2]!.id!;

  it('replaces a workshop of the same id, and adds one this computer does not have', () => {
    const plan = planRestore(entries, [sample.workshop.id, other.workshop.id], [{ id: sample.workshop.id, title: 'Renamed since' }]);
    expect(plan).toEqual({
      replace: [{ id: sample.workshop.id, title: sample.workshop.title, currentTitle: 'Renamed since' }],
      add: [{ id: other.workshop.id, title: other.workshop.title }],
      refused: [],
    });
  });

  it('restores only the chosen ones, each once', () => {
    const plan = planRestore(entries, [other.workshop.id, other.workshop.id], []);
    expect(plan.add.map((w) => w.id)).toEqual([other.workshop.id]);
    expect(plan.replace).toEqual([]);
  });

  it('refuses a damaged workshop, and one the backup does not hold', () => {
    expect(damagedId).toBe(full().workshop.id);
    const plan = planRestore(entries, [damagedId, 'workshop:elsewhere', sample.workshop.id], []);
    expect(plan.refused).toEqual([damagedId, 'workshop:elsewhere']);
    expect(plan.add.map((w) => w.id)).toEqual([sample.workshop.id]);
  });
});
