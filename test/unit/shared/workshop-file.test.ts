import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  FutureVersionError,
  MIGRATIONS,
  WORKSHOP_FILE_TYPE,
  readWorkshopFile,
  toWorkshopFile,
  upgradeBundle,
  type Migration,
} from '../../../shared/schema';
import { BUNDLE_TABLES, type WorkshopBundle } from '../../../shared/model';
import type { Message } from '../../../shared/i18n';
import { inEnglish } from '../../builders/messages';
import { builtWorkshop, sample } from './helpers';

const EXPORTED_AT = '2026-03-12T17:00:00.000Z';

/** What writing the file to disk and reading it back does to it. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const fileOf = (bundle: WorkshopBundle) => throughJson(toWorkshopFile(bundle, EXPORTED_AT)) as Record<string, unknown>;

/** Why the file was refused: the message, and the integrity problem behind it when there was one. */
function failureOf(data: unknown): { message: Message; detail?: Message } {
  const result = readWorkshopFile(data);
  if (result.ok) return expect.fail('expected the file to be refused');
  return result;
}

const messageOf = (data: unknown): Message => failureOf(data).message;

describe('the workshop file', () => {
  it('wraps the bundle in an envelope with type, version, source and export time', () => {
    const file = toWorkshopFile(sample(), EXPORTED_AT);
    expect(file).toMatchObject({ type: WORKSHOP_FILE_TYPE, version: CURRENT_VERSION, source: 'Outmodel', exportedAt: EXPORTED_AT });
    expect(toWorkshopFile(sample(), EXPORTED_AT, 'Outmodel 0.1.0').source).toBe('Outmodel 0.1.0');
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
    expect(message).toEqual({ key: 'errors.notWorkshopFile' });
    expect(inEnglish(message)).toBe('This is not an Outmodel workshop file.');
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
    expect(message).toEqual({ key: 'errors.fileNoVersion' });
    expect(inEnglish(message)).toBe('This workshop file has no valid version number.');
  });

  it('refuses a file from a newer Outmodel, saying to update', () => {
    const file = { ...fileOf(sample()), version: 99 };
    const message = messageOf(file);
    expect(message).toEqual({ key: 'errors.fileFutureVersion', values: { version: 99, current: CURRENT_VERSION } });
    const english = inEnglish(message);
    expect(english).toContain('newer Outmodel');
    expect(english).toContain('99');
    expect(english).toContain(`up to version ${CURRENT_VERSION}`);
    expect(english).toMatch(/update/i);
  });

  // `problem` is where the damage is: a field path, or the record whose references do not hold together.
  it.each([
    ['a table is missing', (f: Record<string, unknown>) => void delete f.stickies, 'stickies'],
    ['a sticky has no text', (f: Record<string, unknown>) => void ((f.stickies as { text: string }[])[2]!.text = ''), 'stickies.2.text'],
    ['the workshop is not an object', (f: Record<string, unknown>) => void (f.workshop = 'x'), 'workshop'],
    ['a table is not a list', (f: Record<string, unknown>) => void (f.groups = {}), 'groups'],
  ])('refuses a damaged body where %s, saying what is wrong', (_what, damage, problem) => {
    const file = fileOf(sample());
    damage(file);
    const message = messageOf(file);
    expect(message).toEqual({ key: 'errors.fileDamaged', values: { problem } });
    expect(inEnglish(message)).toBe(`This workshop file is damaged and was not imported: ${problem}.`);
  });

  it('refuses a damaged body where a reference dangles, saying what is wrong', () => {
    const file = fileOf(sample());
    const participant = (file.participants as { id: string; groupId: string }[])[0]!;
    participant.groupId = 'group:gone';
    const { message, detail } = failureOf(file);
    expect(message).toEqual({ key: 'errors.fileDamaged', values: { problem: participant.id } });
    expect(inEnglish(message)).toBe(`This workshop file is damaged and was not imported: ${participant.id}.`);
    expect(detail).toEqual({ key: 'integrity.missingGroup', values: { what: participant.id } });
    expect(inEnglish(detail)).toBe(`${participant.id} refers to a group that is not there.`);
  });

  it('says what is wrong with a damaged field, not only where', () => {
    const file = fileOf(sample());
    (file.stickies as { text: string }[])[2]!.text = 'x'.repeat(1001);
    const { message, detail } = failureOf(file);
    expect(message).toEqual({ key: 'errors.fileDamaged', values: { problem: 'stickies.2.text' } });
    expect(detail).toEqual({ key: 'errors.stickyOverLimit', values: { max: 1000 } });
    expect(inEnglish(detail)).toBe('A sticky holds at most 1000 characters.');
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
      // What the person reads is errors.fileFutureVersion (above); the error names both versions.
      expect((error as Error).message).toBe(`file version 99 is newer than ${CURRENT_VERSION}`);
    }
  });
});
