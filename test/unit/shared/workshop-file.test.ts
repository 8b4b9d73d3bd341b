import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  FutureVersionError,
  MIGRATIONS,
  WORKSHOP_FILE_TYPE,
  readFailureText,
  readWorkshopFile,
  toWorkshopFile,
  upgradeBundle,
  type Migration,
  type ReadFailure,
} from '../../../shared/schema';
import { BUNDLE_TABLES, type WorkshopBundle } from '../../../shared/model';
import type { Message } from '../../../shared/i18n';
import { inEnglish } from '../../builders/messages';
import { builtWorkshop, sample } from './helpers';

const EXPORTED_AT = '2026-03-12T17:00:00.000Z';

/** What writing the file to disk and reading it back does to it. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const fileOf = (bundle: WorkshopBundle) => throughJson(toWorkshopFile(bundle, EXPORTED_AT, '1.2.0')) as Record<string, unknown>;

/** Why the file was refused: the headline, and where the damage is. */
function failureOf(data: unknown): ReadFailure {
  const result = readWorkshopFile(data);
  if (result.ok) return expect.fail('expected the file to be refused');
  return result;
}

const messageOf = (data: unknown): Message => failureOf(data).message;
/** Everything a person reads about a refused file, in English. */
const textOf = (data: unknown): string => readFailureText(failureOf(data), inEnglish);

describe('the workshop file', () => {
  it('wraps the bundle in an envelope with type, version, export time and the app that wrote it', () => {
    const file = toWorkshopFile(sample(), EXPORTED_AT, '1.2.0');
    expect(file).toMatchObject({ type: WORKSHOP_FILE_TYPE, version: CURRENT_VERSION, exportedAt: EXPORTED_AT, app: { name: 'Outmodel', version: '1.2.0' } });
    expect(Object.keys(file).slice(0, 5)).toEqual(['type', 'version', 'exportedAt', 'app', 'workshop']);
    expect(file).not.toHaveProperty('source');
  });

  it('says which app wrote a file, and reads the `source` of files written before `app`', () => {
    const read = readWorkshopFile(fileOf(sample()));
    expect(read).toMatchObject({ ok: true, version: CURRENT_VERSION, exportedAt: EXPORTED_AT, savedBy: 'Outmodel 1.2.0' });
    const older = { ...fileOf(sample()), source: 'Outmodel' } as Record<string, unknown>;
    delete older.app;
    expect(readWorkshopFile(older)).toMatchObject({ ok: true, savedBy: 'Outmodel' });
    delete older.source;
    expect(readWorkshopFile(older)).toMatchObject({ ok: true, savedBy: null });
  });

  it.each([
    ['the sample', sample],
    ['a new three-group workshop', () => builtWorkshop(['Dev', 'Ops', 'Security'])],
  ])('gives back %s identically after a JSON round trip', (_what, make) => {
    const bundle = make();
    const result = readWorkshopFile(fileOf(bundle));
    if (!result.ok) return expect.fail(JSON.stringify(result));
    expect(result.bundle).toStrictEqual(bundle);
    // The envelope stays outside the bundle.
    expect(Object.keys(result.bundle).sort()).toEqual(['workshop', ...BUNDLE_TABLES].sort());
  });

  it.each([
    ['null', null],
    ['a string', 'outmodel-workshop'],
    ['an array', []],
    ['an object without a type', { version: 1 }],
    ['another program’s file', { type: 'miro-board', version: 1 }],
  ])('refuses %s as not a workshop file', (_what, data) => {
    const message = messageOf(data);
    expect(message).toEqual({ key: 'files.read.notWorkshopFile' });
    expect(inEnglish(message)).toBe('This is not an Outmodel workshop file.');
  });

  it('tells a backup of all workshops from a workshop file', () => {
    const message = messageOf({ ...fileOf(sample()), type: 'outmodel-backup' });
    expect(message).toEqual({ key: 'files.read.isBackup' });
    expect(inEnglish(message)).toMatch(/backup of all workshops.*Restore from a backup/);
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['zero', 0],
    ['negative', -1],
    ['a fraction', 1.5],
    ['not a number', Number.NaN],
  ])('refuses a version that is %s', (_what, version) => {
    const file = fileOf(sample());
    if (version === undefined) delete file.version;
    else file.version = version;
    const message = messageOf(file);
    expect(message).toEqual({ key: 'files.read.noVersion' });
    expect(inEnglish(message)).toBe('This workshop file has no valid version number.');
  });

  it('refuses a file from a newer Outmodel, saying to update', () => {
    const file = { ...fileOf(sample()), version: 99 };
    const message = messageOf(file);
    expect(message).toEqual({ key: 'files.read.futureVersion', values: { version: 99, current: CURRENT_VERSION } });
    const english = inEnglish(message);
    expect(english).toContain('newer Outmodel');
    expect(english).toContain('99');
    expect(english).toContain(`up to version ${CURRENT_VERSION}`);
    expect(english).toMatch(/update/i);
  });

  // Where the damage is and what it is, in a facilitator's words: the item, its field, the reason.
  it.each([
    ['a table is missing', (f: Record<string, unknown>) => void delete f.stickies, 'The list of stickies is missing.'],
    ['a sticky has no text', (f: Record<string, unknown>) => void ((f.stickies as { text: string }[])[2]!.text = ''), 'Sticky 3: the text is empty.'],
    ['the workshop is not an object', (f: Record<string, unknown>) => void (f.workshop = 'x'), 'The workshop is not in the form Outmodel writes.'],
    ['a table is not a list', (f: Record<string, unknown>) => void (f.groups = {}), 'The list of groups is not in the form Outmodel writes.'],
  ])('refuses a damaged body where %s, saying what is wrong and where', (_what, damage, problem) => {
    const file = fileOf(sample());
    damage(file);
    const message = messageOf(file);
    expect(message).toEqual({ key: 'files.read.damaged' });
    expect(textOf(file)).toBe(`This workshop file is damaged and was not imported. Nothing was changed.\n${problem}`);
  });

  it('names a record whose reference dangles by its own words', () => {
    const file = fileOf(sample());
    const participant = (file.participants as { id: string; groupId: string }[])[0]!;
    participant.groupId = 'group:gone';
    const { problems, problemCount } = failureOf(file);
    expect(problems).toEqual([{ item: { key: 'files.item.participantNamed', values: { number: 1, label: 'Dana' } }, reason: { key: 'files.reason.missingGroup' } }]);
    expect(problemCount).toBe(1);
    expect(textOf(file)).toContain('\nParticipant 1 (“Dana”) refers to a group that is not in the file.');
  });

  it('says what is wrong with a damaged field, not only where', () => {
    const file = fileOf(sample());
    const sticky = (file.stickies as { text: string }[])[2]!;
    sticky.text = `We deploy on Fridays ${'and pray '.repeat(120)}`;
    const { problems } = failureOf(file);
    expect(problems[0]).toEqual({
      item: { key: 'files.item.stickyNamed', values: { number: 3, label: 'We deploy on Fridays and pray and pray…' } },
      field: { key: 'files.field.text' },
      reason: { key: 'files.reason.tooLong', values: { max: 1000 } },
    });
    expect(textOf(file)).toContain('Sticky 3 (“We deploy on Fridays and pray and pray…”): the text is longer than 1000 characters.');
  });

  it('counts the problems beyond the first', () => {
    const file = fileOf(sample());
    for (const s of (file.stickies as { text: string }[]).slice(0, 4)) s.text = ' ';
    const refusal = failureOf(file);
    expect(refusal.problemCount).toBe(4);
    expect(textOf(file).split('\n')).toEqual([
      'This workshop file is damaged and was not imported. Nothing was changed.',
      'Sticky 1: the text is empty.',
      'There are 3 more problems.',
    ]);
  });

  it('does not change the data it was given', () => {
    const file = fileOf(sample());
    const copy = structuredClone(file);
    readWorkshopFile(file);
    expect(file).toEqual(copy);
  });
});

describe('migrations', () => {
  it('are listed for every version after 1 up to the current one, once each and in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 2));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('leave a current-version bundle as it is', () => {
    const raw = fileOf(sample());
    expect(upgradeBundle(raw, CURRENT_VERSION)).toEqual(raw);
  });

  // Two made-up future versions: v2 renames sticky `text` to `body` and adds a workshop field;
  // v3 copies `body` into `summary`, which only works if v2 ran first.
  const trail: string[] = [];
  const v2: Migration = {
    name: 'rename sticky text',
    version: 2,
    workshop: (w) => ({ ...w, theme: 'light' }),
    tables: {
      stickies: ({ text, ...rest }) => {
        trail.push(`v2 ${String(rest.id)}`);
        return { ...rest, body: text };
      },
    },
  };
  const v3: Migration = {
    name: 'summarise stickies',
    version: 3,
    tables: {
      stickies: (s) => {
        trail.push(`v3 ${String(s.id)}`);
        return { ...s, summary: String(s.body).slice(0, 10) };
      },
      groups: (g) => ({ ...g, name: String(g.name).toUpperCase() }),
    },
  };

  it('apply in version order, record by record, whatever order they are listed in', () => {
    trail.length = 0;
    const raw = { workshop: { id: 'workshop:1' }, stickies: [{ id: 'sticky:a', text: 'Ship on Fridays' }, { id: 'sticky:b', text: 'Keep the four nines' }], groups: [{ name: 'Dev' }] };
    const upgraded = upgradeBundle(raw, 1, [v3, v2]);
    expect(upgraded).toEqual({
      workshop: { id: 'workshop:1', theme: 'light' },
      stickies: [
        { id: 'sticky:a', body: 'Ship on Fridays', summary: 'Ship on Fr' },
        { id: 'sticky:b', body: 'Keep the four nines', summary: 'Keep the f' },
      ],
      groups: [{ name: 'DEV' }],
    });
    expect(trail).toEqual(['v2 sticky:a', 'v2 sticky:b', 'v3 sticky:a', 'v3 sticky:b']);
    // The input is left as it was.
    expect(raw.stickies[0]).toEqual({ id: 'sticky:a', text: 'Ship on Fridays' });
  });

  it('skip the ones the data already has', () => {
    // upgradeBundle refuses a starting version above CURRENT_VERSION, so skipping is shown with
    // a migration to version 1, which data at version 1 already has.
    const toV1: Migration = { name: 'already applied', version: 1, tables: { stickies: () => expect.fail('ran a migration the data already has') } };
    const raw = { workshop: { id: 'workshop:1' }, stickies: [{ id: 'sticky:a', text: 'Ship on Fridays' }] };
    expect(upgradeBundle(raw, 1, [toV1, v2])).toEqual({
      workshop: { id: 'workshop:1', theme: 'light' },
      stickies: [{ id: 'sticky:a', body: 'Ship on Fridays' }],
    });
  });

  it('leave tables they do not name, missing tables and non-record rows alone', () => {
    const raw = { workshop: { id: 'workshop:1' }, stickies: [null, 7, { id: 'sticky:a', text: 'x' }], votes: [{ id: 'vote:1' }] };
    expect(upgradeBundle(raw, 1, [v2])).toEqual({
      workshop: { id: 'workshop:1', theme: 'light' },
      stickies: [null, 7, { id: 'sticky:a', body: 'x' }],
      votes: [{ id: 'vote:1' }],
    });
  });

  it('refuse a version newer than this Outmodel', () => {
    expect(() => upgradeBundle({}, CURRENT_VERSION + 1)).toThrow(FutureVersionError);
    try {
      upgradeBundle({}, 99, [v2, v3]);
      expect.fail('expected a FutureVersionError');
    } catch (error) {
      expect(error).toBeInstanceOf(FutureVersionError);
      expect((error as FutureVersionError).version).toBe(99);
      // What the person reads is files.read.futureVersion (above); the error names both versions.
      expect((error as Error).message).toBe(`file version 99 is newer than ${CURRENT_VERSION}`);
    }
  });
});
