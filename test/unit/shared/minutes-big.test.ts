import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { WorkshopBundleSchema } from '../../../shared/model';
import { buildMinutes, minutesToHtml, minutesToMarkdown, stickiesCsv, workshopIcs } from '../../../shared/minutes';
import { bigWorkshop } from '../../support/big-workshop';
import { parseHtml, readable, renderMarkdown } from './minutes-support';

describe('a workshop of 1,000 stickies (the benchmark’s)', () => {
  const bundle = bigWorkshop({ stickies: 1000 });

  it('is a valid workshop: four groups, every lane written in, all revealed', () => {
    expect(WorkshopBundleSchema.safeParse(bundle).error?.issues.slice(0, 3)).toBeUndefined();
    expect(bundle.groups).toHaveLength(4);
    expect(bundle.stickies).toHaveLength(1000);
    expect(bigWorkshop({ stickies: 1000 })).toEqual(bundle);
  });

  it('exports every sticky in every format', () => {
    const doc = buildMinutes(bundle, { confidentiality: 'full', includeNotes: false, now: '2026-03-12T18:00:00.000Z', timeZone: 'UTC' });
    const md = minutesToMarkdown(doc);
    const html = minutesToHtml(doc);
    const mdText = readable(renderMarkdown(md).body.textContent ?? '');
    const htmlText = readable(parseHtml(html).body.textContent ?? '');
    expect(bundle.stickies.filter((s) => !mdText.includes(readable(s.text)))).toEqual([]);
    expect(bundle.stickies.filter((s) => !htmlText.includes(readable(s.text)))).toEqual([]);
    expect(parseCsv(stickiesCsv(bundle, { confidentiality: 'full' }), { bom: true })).toHaveLength(1001);
    expect(workshopIcs(bundle, { now: '2026-03-12T18:00:00.000Z' }).match(/BEGIN:VEVENT/g)).toHaveLength(bundle.actions.length + 1);
    // Heavy on a shared two-core machine: a thousand stickies through every format and two parsers.
  }, 60_000);
});
