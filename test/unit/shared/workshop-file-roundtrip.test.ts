import { describe, expect, it } from 'vitest';
import { canonicalWorkshopFile, importAsNew, parseWorkshopFileText, toWorkshopFile, type WorkshopFile } from '../../../shared/schema';
import { BUNDLE_TABLES, LIMITS, WorkshopBundleSchema, type WorkshopBundle } from '../../../shared/model';
import { buildSampleWorkshop, renameIds } from '../../../shared/templates';
import { orderedIdMaker } from '../../../shared/lib/ids';
import { idCounter } from '../../builders/board';
import { bundleFrom, fullWorkshop, v1Fixture } from '../../builders/files';
import { bundleIssues } from './helpers';

const FIRST_EXPORT = '2026-03-12T17:00:00.000Z';
const SECOND_EXPORT = '2026-04-01T08:30:00.000Z';

/** What "Export the workshop file" writes, as text. */
const exported = (bundle: WorkshopBundle, at: string) => JSON.stringify(toWorkshopFile(bundle, at, '1.2.0'), null, 2);

/** What importing that text as a new workshop gives. */
function imported(text: string, makeId = idCounter('imported')): WorkshopBundle {
  const read = parseWorkshopFileText(text);
  if (!read.ok) return expect.fail(JSON.stringify(read));
  return importAsNew(read.bundle, makeId);
}

const canonicalText = (text: string) => JSON.stringify(canonicalWorkshopFile(JSON.parse(text) as WorkshopFile), null, 2);

const allIds = (b: WorkshopBundle) => [b.workshop.id, ...BUNDLE_TABLES.flatMap((t) => b[t].map((r) => r.id as string))];

const WORKSHOPS: [string, () => WorkshopBundle][] = [
  ['the sample', () => buildSampleWorkshop('en')],
  ['the Hebrew sample', () => buildSampleWorkshop('he')],
  ['the version-1 fixture, upgraded', () => bundleFrom(v1Fixture())],
  ['a workshop with every table populated', fullWorkshop],
];

describe('export → import → export', () => {
  it.each(WORKSHOPS)('gives %s back identically up to a consistent renaming of ids', (_what, make) => {
    const original = make();
    const first = exported(original, FIRST_EXPORT);
    const copy = imported(first);
    const second = exported(copy, SECOND_EXPORT);

    // New ids everywhere, and the copy is a valid workshop of its own.
    const before = new Set(allIds(original));
    expect(allIds(copy).filter((id) => before.has(id))).toEqual([]);
    expect(bundleIssues(copy)).toEqual([]);
    // An imported copy of the bundled sample is not the sample: that is its only other change.
    expect(copy.workshop.sample).toBe(false);
    const firstAsImported = exported({ ...original, workshop: { ...original.workshop, sample: false } }, FIRST_EXPORT);
    expect(canonicalText(second)).toBe(canonicalText(firstAsImported));
  });

  it('has every table populated in the fullest test workshop, so the round trip covers each', () => {
    const full = fullWorkshop();
    for (const table of BUNDLE_TABLES) expect(full[table].length, table).toBeGreaterThan(0);
    // Including a dangling pointer, renamed with the rest.
    expect(full.stickies.some((s) => s.id === full.workshop.facilitation.spotlightStickyId)).toBe(false);
    const copy = imported(exported(full, FIRST_EXPORT));
    expect(copy.workshop.facilitation.spotlightStickyId).not.toBe(full.workshop.facilitation.spotlightStickyId);
    expect(copy.workshop.facilitation.spotlightStickyId).toMatch(/^sticky:/);
  });
});

describe('the canonical form of a workshop file', () => {
  const file = (bundle: WorkshopBundle, at = FIRST_EXPORT) => toWorkshopFile(bundle, at, '1.2.0');

  it('leaves out the export time and renames ids as <prefix>:<n> in order of first appearance', () => {
    const canonical = canonicalWorkshopFile(file(buildSampleWorkshop()));
    expect(canonical).not.toHaveProperty('exportedAt');
    expect(canonical.workshop.id).toBe('workshop:1');
    expect(canonical.groups.map((g) => g.id)).toEqual(['group:1', 'group:2']);
    expect(canonical.stickies.slice(0, 3).map((s) => s.id)).toEqual(['sticky:1', 'sticky:2', 'sticky:3']);
    expect(canonical.stickies[0]!.authorGroupId).toBe('group:1');
    expect(canonicalWorkshopFile(file(buildSampleWorkshop(), SECOND_EXPORT))).toEqual(canonical);
  });

  it('sorts every record’s keys, so key order does not count', () => {
    const bundle = buildSampleWorkshop();
    const reordered = { ...bundle, stickies: bundle.stickies.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s) };
    expect(JSON.stringify(canonicalWorkshopFile(file(reordered)))).toBe(JSON.stringify(canonicalWorkshopFile(file(bundle))));
  });

  // The comparison above proves something only if the canonical form still sees real differences.
  it.each<[string, (b: WorkshopBundle) => void]>([
    ['a sticky’s text', (b) => void (b.stickies[3]!.text = 'Changed')],
    ['who wrote a sticky', (b) => void (b.stickies[0]!.authorGroupId = b.stickies[0]!.subjectGroupId!)],
    ['which sticky a reaction is about', (b) => void (b.reactions[0]!.stickyId = b.stickies[0]!.id)],
    ['the order of two stickies in the file', (b) => void b.stickies.reverse()],
    ['a vote’s voter', (b) => void (b.votes[0]!.voter = { kind: 'participant', id: b.participants[5]!.id })],
    ['the current phase', (b) => void (b.workshop.facilitation.currentPhaseId = b.phases[0]!.id)],
  ])('still tells two workshops apart that differ in %s', (_what, change) => {
    const bundle = fullWorkshop();
    const changed = structuredClone(bundle);
    change(changed);
    expect(JSON.stringify(canonicalWorkshopFile(file(changed)))).not.toBe(JSON.stringify(canonicalWorkshopFile(file(bundle))));
  });
});

describe('importing as a new workshop', () => {
  it('keeps the title, the words, the times and the order, and never makes it the sample', () => {
    const sample = buildSampleWorkshop();
    const copy = importAsNew(sample, idCounter('copy'));
    expect(copy.workshop.title).toBe(sample.workshop.title);
    expect(copy.workshop.sample).toBe(false);
    expect(copy.workshop.createdAt).toBe(sample.workshop.createdAt);
    expect(copy.stickies.map((s) => [s.text, s.order, s.createdAt])).toEqual(sample.stickies.map((s) => [s.text, s.order, s.createdAt]));
  });

  it('renames every reference with the record it points to', () => {
    const full = fullWorkshop();
    const copy = importAsNew(full, idCounter('copy'));
    const renamed = new Map(allIds(full).map((id, i) => [id, allIds(copy)[i]]));
    const sticky = full.stickies.find((s) => s.clusterId !== null)!;
    const copied = copy.stickies[full.stickies.indexOf(sticky)]!;
    expect(copied.clusterId).toBe(renamed.get(sticky.clusterId!));
    expect(copied.authorGroupId).toBe(renamed.get(sticky.authorGroupId));
    expect(copy.votes.map((v) => v.roundId)).toEqual(full.votes.map((v) => renamed.get(v.roundId)));
    expect(copy.rounds[1]!.parentRoundId).toBe(renamed.get(full.rounds[1]!.parentRoundId!));
    expect(copy.rounds[0]!.laneKeys).toEqual(full.rounds[0]!.laneKeys.map((k) => k.replace(/group:[^/]+/g, (g) => renamed.get(g)!)));
    expect(copy.actions.map((a) => a.source?.id)).toEqual(full.actions.map((a) => a.source && renamed.get(a.source.id)));
    expect(copy.workshop.facilitation.revealedGroupIds).toEqual(full.workshop.facilitation.revealedGroupIds.map((id) => renamed.get(id)));
    expect(WorkshopBundleSchema.safeParse(copy).success).toBe(true);
  });

  it('adds "(imported)" to the title only when asked, in the workshop’s language', () => {
    expect(importAsNew(buildSampleWorkshop('en'), idCounter(), { markImported: true }).workshop.title).toBe('NotHere, Inc.: Making Cats Work with Dogs (imported)');
    expect(importAsNew(buildSampleWorkshop('he'), idCounter(), { markImported: true }).workshop.title).toBe('NotHere בע״מ: לגרום לחתולים לעבוד עם כלבים (מיובאת)');
    const long = buildSampleWorkshop();
    long.workshop.title = 'T'.repeat(LIMITS.title);
    const marked = importAsNew(long, idCounter(), { markImported: true }).workshop.title;
    expect(marked.length).toBeLessThanOrEqual(LIMITS.title);
    expect(marked.endsWith('… (imported)')).toBe(true);
  });

  it('asks for ids table by table in the order of the records, so counting ids keep the file’s order', () => {
    const asked: string[] = [];
    const counter = idCounter('n');
    renameIds(buildSampleWorkshop(), (prefix) => {
      asked.push(prefix);
      return counter(prefix);
    });
    const firsts = [...new Set(asked)];
    expect(firsts.slice(0, 5)).toEqual(['workshop', 'group', 'participant', 'phase', 'sticky']);
  });

  it('uses ids that sort in the order they were made, unique to each import', () => {
    const make = orderedIdMaker();
    const ids = Array.from({ length: 12 }, (_, i) => make(i % 2 ? 'sticky' : 'group'));
    const stickies = ids.filter((i) => i.startsWith('sticky:'));
    expect([...stickies].sort()).toEqual(stickies);
    expect(new Set(ids).size).toBe(12);
    expect(orderedIdMaker()('sticky')).not.toBe(orderedIdMaker()('sticky'));
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(80);
  });
});
