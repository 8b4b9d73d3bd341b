import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { byOrder } from '../../../shared/lib/order';
import type { WorkshopBundle } from '../../../shared/model';
import { actionsCsv, agreementPosterHtml, buildMinutes, minutesToHtml, minutesToMarkdown, stickiesCsv, workshopIcs } from '../../../shared/minutes';
import { END_OF_DAY, sampleAfterTheDay } from '../../builders/minutes';
import { HOSTILE, expectedText, parseHtml, readable, renderMarkdown } from './minutes-support';

/** The sample at the end of the day with every word a person wrote replaced by a hostile string. */
function hostileWorkshop(): { bundle: WorkshopBundle; written: string[] } {
  const b = sampleAfterTheDay('en');
  let n = 0;
  const written: string[] = [];
  // Each use gets its own number, so every string can be found where it belongs.
  const next = () => {
    const text = `${HOSTILE[n % HOSTILE.length]} #${n}`;
    n++;
    written.push(text);
    return text;
  };
  // Names and titles are single lines in the app; an imported file may still hold anything.
  const w = b.workshop;
  Object.assign(w, { title: next(), location: next(), goal: next(), caseText: next(), chair: next(), facilitator: next() });
  for (const g of byOrder(b.groups)) g.name = next();
  for (const p of b.participants) Object.assign(p, { name: next(), role: next() });
  for (const p of b.phases) Object.assign(p, { title: next(), notes: next() });
  for (const s of b.stickies) Object.assign(s, { text: next(), authorName: next() });
  // Clarifying questions are noted on presented items; the parking lot is not presented.
  for (const s of b.stickies) if (s.kind !== 'parking') s.questions = next();
  for (const c of b.clusters) c.title = next();
  for (const r of b.reactions) r.text = next();
  for (const a of b.agreements) {
    a.text = next();
    for (const answer of a.answers) answer.text = next();
  }
  for (const d of b.decisions) Object.assign(d, { text: next(), decidedBy: next(), rationale: next() });
  for (const a of b.actions) Object.assign(a, { text: next(), definitionOfDone: next() });
  w.followUp = { date: '2026-04-16', note: next() };
  return { bundle: b, written };
}

const OPTIONS = { confidentiality: 'full', includeNotes: true, now: END_OF_DAY, timeZone: 'UTC' } as const;

/** Elements and attributes the minutes' own template uses; nothing else may appear. */
const TEMPLATE_TAGS = new Set(
  'html head meta title style body main header footer section figure h1 h2 h3 h4 p dl dt dd ul li span strong bdi div table thead tbody tr th td svg g circle rect polygon line text img'.split(' '),
);
const TEMPLATE_ATTRIBUTES = new Set(
  'lang dir charset http-equiv content name id class style scope viewbox role aria-label aria-hidden xmlns width height transform fill stroke stroke-width stroke-linejoin stroke-dasharray x y x1 y1 x2 y2 cx cy r points text-anchor direction src alt'.split(' '),
);

function expectOnlyTemplateMarkup(doc: Document) {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    expect(TEMPLATE_TAGS, `<${el.tagName.toLowerCase()}>`).toContain(el.tagName.toLowerCase());
    for (const attr of Array.from(el.attributes)) expect(TEMPLATE_ATTRIBUTES, `${el.tagName.toLowerCase()} ${attr.name}`).toContain(attr.name.toLowerCase());
  }
  expect(doc.querySelectorAll('script, a, iframe, object, embed, link, b').length).toBe(0);
  // The only images are the group marks: an SVG drawing inside the page, of shapes only.
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    expect(img.className).toBe('mark');
    const src = img.getAttribute('src') ?? '';
    expect(src).toMatch(/^data:image\/svg\+xml,/);
    const tags = [...decodeURIComponent(src.slice('data:image/svg+xml,'.length)).matchAll(/<([a-z]+)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(tags.filter((t) => ['svg', 'g', 'circle', 'rect', 'polygon'].includes(t))));
  }
}

describe('hostile text comes out as text in every format', () => {
  const { bundle, written } = hostileWorkshop();
  const doc = buildMinutes(bundle, OPTIONS);

  it('Markdown: rendered by CommonMark, every string reads exactly as typed, and makes no markup', () => {
    const md = minutesToMarkdown(doc);
    const rendered = renderMarkdown(md);
    const text = readable(rendered.body.textContent ?? '');
    expect(written.filter((w) => !text.includes(expectedText(w))), 'not found as typed').toEqual([]);
    const tags = new Set(Array.from(rendered.querySelectorAll('body *')).map((el) => el.tagName.toLowerCase()));
    for (const t of tags) expect(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'em', 'br', 'hr']).toContain(t);
    for (const el of Array.from(rendered.querySelectorAll('body *'))) expect(el.attributes.length, el.tagName).toBe(0);
    // The headings are the minutes' own: seven sections' worth, not one from a sticky.
    expect(Array.from(rendered.querySelectorAll('h1')).map((h) => readable(h.textContent ?? ''))).toEqual([expectedText(bundle.workshop.title)]);
  });

  it('HTML: every string is in the text, no element or attribute comes from it, nothing runs', () => {
    const html = minutesToHtml(doc);
    expect(html).not.toMatch(/<script/i);
    const parsed = parseHtml(html);
    expectOnlyTemplateMarkup(parsed);
    const text = readable(parsed.body.textContent ?? '');
    expect(written.filter((w) => !text.includes(expectedText(w))), 'not found as typed').toEqual([]);
    expect(parsed.title).toBe(expectedText(bundle.workshop.title));
  });

  it('HTML: a direction override in a sticky is closed inside its own isolate', () => {
    const parsed = parseHtml(minutesToHtml(doc));
    const override = Array.from(parsed.querySelectorAll('bdi')).find((b) => b.textContent?.includes('\u202E'));
    expect(override?.textContent).toMatch(/\u202E[^\u202C]*\u202C$/);
  });

  it('the poster: the agreements and actions as text, only its own markup', () => {
    const parsed = parseHtml(agreementPosterHtml(bundle, { now: END_OF_DAY }));
    expectOnlyTemplateMarkup(parsed);
    const text = readable(parsed.body.textContent ?? '');
    for (const a of bundle.agreements) expect(text).toContain(expectedText(a.text));
    for (const a of bundle.actions) expect(text).toContain(expectedText(a.text));
  });

  it('CSV: a spreadsheet parser reads every text back, formulas neutralised', () => {
    const rows: string[][] = parseCsv(stickiesCsv(bundle, { confidentiality: 'full' }), { bom: true, relax_column_count: false });
    const texts = rows.slice(1).map((r) => r[6]!);
    const visible = bundle.stickies.map((s) => s.text.replaceAll('\u0000', '\uFFFD'));
    for (const v of visible) expect(texts).toContain(/^[=+\-@]/.test(v) ? `'${v}` : v);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const actions: string[][] = parseCsv(actionsCsv(bundle), { bom: true });
    for (const cell of actions.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('iCalendar: ical.js reads each summary back as typed', () => {
    const calendar = new ICAL.Component(ICAL.parse(workshopIcs(bundle, { now: END_OF_DAY })));
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    for (const a of bundle.actions.filter((x) => x.dueDate)) expect(summaries).toContain(`Due: ${a.text.replaceAll('\u0000', '\uFFFD')}`);
    expect(summaries).toContain(`Follow-up meeting: ${bundle.workshop.title.replaceAll('\u0000', '\uFFFD')}`);
  });
});

describe('group colours are only ever colours', () => {
  it('a colour that is not a plain hex colour is drawn grey, never written into the page', () => {
    const b = sampleAfterTheDay('en');
    b.groups[0]!.colour = '"/><script>alert(1)</script>';
    const html = minutesToHtml(buildMinutes(b, OPTIONS));
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('#6b7280');
  });
});
