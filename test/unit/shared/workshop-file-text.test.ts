import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_BACKUP_FILE_CHARS,
  MAX_FILE_DEPTH,
  MAX_WORKSHOP_FILE_CHARS,
  isWithinFileSize,
  parseBackupFileText,
  parseWorkshopFileText,
  toWorkshopFile,
  type BackupReadResult,
  type ReadResult,
} from '../../../shared/schema';
import type { Message } from '../../../shared/i18n';
import { expectPlainWords, inEnglish } from '../../builders/messages';
import { sample } from './helpers';

const EXPORTED_AT = '2026-03-12T17:00:00.000Z';
const sampleText = () => JSON.stringify(toWorkshopFile(sample(), EXPORTED_AT, '1.2.0'), null, 2);

function refusal(result: ReadResult | BackupReadResult): Message {
  if (result.ok) return expect.fail('expected the text to be refused');
  expect(result.problems).toEqual([]);
  return result.message;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading the text of a workshop file', () => {
  it('reads a file as Outmodel writes it, with or without a byte-order mark', () => {
    expect(parseWorkshopFileText(sampleText())).toMatchObject({ ok: true, bundle: sample() });
    expect(parseWorkshopFileText(`\uFEFF${sampleText()}`)).toMatchObject({ ok: true, bundle: sample() });
  });

  it('refuses text over the size bound before parsing any of it, saying how large it is', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = ' '.repeat(MAX_WORKSHOP_FILE_CHARS + 1);
    const message = refusal(parseWorkshopFileText(text));
    expect(parse).not.toHaveBeenCalled();
    expect(message).toEqual({ key: 'files.read.tooLarge', values: { size: '20.1', max: '20.0' } });
    expect(inEnglish(message)).toBe('The file is 20.1 MB; Outmodel opens files of up to 20.0 MB. Check that this is the workshop file you meant.');
    expectPlainWords(message);
  });

  it('reads a file right at the size bound', () => {
    const text = sampleText();
    const padded = text + ' '.repeat(MAX_WORKSHOP_FILE_CHARS - text.length);
    expect(padded.length).toBe(MAX_WORKSHOP_FILE_CHARS);
    expect(parseWorkshopFileText(padded).ok).toBe(true);
  });

  it('lets a backup be larger than a single workshop file, but not without bound', () => {
    expect(MAX_BACKUP_FILE_CHARS).toBeGreaterThan(MAX_WORKSHOP_FILE_CHARS);
    expect(refusal(parseBackupFileText(' '.repeat(MAX_BACKUP_FILE_CHARS + 1))).key).toBe('files.read.tooLarge');
  });

  it('tells from the size on disk whether a file may be read at all', () => {
    expect(isWithinFileSize(1024)).toBe(true);
    expect(isWithinFileSize(MAX_WORKSHOP_FILE_CHARS)).toBe(true);
    expect(isWithinFileSize(MAX_WORKSHOP_FILE_CHARS + 1)).toBe(false);
    expect(isWithinFileSize(MAX_WORKSHOP_FILE_CHARS + 1, MAX_BACKUP_FILE_CHARS)).toBe(true);
  });

  it.each([
    ['nothing', ''],
    ['only blank lines', '  \n\n\t'],
  ])('refuses a file holding %s as empty', (_what, text) => {
    const message = refusal(parseWorkshopFileText(text));
    expect(message).toEqual({ key: 'files.read.empty' });
    expect(inEnglish(message)).toBe('The file is empty.');
  });

  it.each([
    ['half of it', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['all but its last brace', (t: string) => t.slice(0, t.lastIndexOf('}'))],
    ['in the middle of a sticky’s text', (t: string) => t.slice(0, t.indexOf('Treats every change') + 5)],
  ])('says a file cut off after %s was cut off, and what to do', (_what, cut) => {
    const message = refusal(parseWorkshopFileText(cut(sampleText())));
    expect(message).toEqual({ key: 'files.read.truncated' });
    expect(inEnglish(message)).toMatch(/cut off.*Copy it again/);
  });

  it.each([
    ['plain text', 'Dev and Ops agreed on Friday.'],
    ['a spreadsheet row', 'title,date\nRetro,2026-03-12'],
    ['JSON with a syntax error', '{"type": "outmodel-workshop", "version": 2,}'],
  ])('refuses %s as not in the file format', (_what, text) => {
    const message = refusal(parseWorkshopFileText(text));
    expect(message).toEqual({ key: 'files.read.notJson' });
    expectPlainWords(message);
  });

  it('refuses absurd nesting before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = `${'['.repeat(MAX_FILE_DEPTH + 1)}${']'.repeat(MAX_FILE_DEPTH + 1)}`;
    expect(refusal(parseWorkshopFileText(deep))).toEqual({ key: 'files.read.tooDeep' });
    expect(refusal(parseWorkshopFileText(`{"a":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_001)}`))).toEqual({ key: 'files.read.tooDeep' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('does not count brackets inside the room’s words as nesting', () => {
    const bundle = sample();
    bundle.stickies[0]!.text = `${'[{'.repeat(200)} "quoted" \\ ${'}]'.repeat(10)}`;
    const text = JSON.stringify(toWorkshopFile(bundle, EXPORTED_AT, '1.2.0'));
    expect(parseWorkshopFileText(text)).toMatchObject({ ok: true, bundle });
  });

  it('refuses JSON that is not a workshop file, and names a backup for what it is', () => {
    expect(refusal(parseWorkshopFileText('[1, 2, 3]'))).toEqual({ key: 'files.read.notWorkshopFile' });
    expect(refusal(parseWorkshopFileText('{"type":"outmodel-backup","version":2,"workshops":[]}'))).toEqual({ key: 'files.read.isBackup' });
    expect(refusal(parseBackupFileText(sampleText()))).toEqual({ key: 'files.read.isWorkshopFile' });
  });
});
