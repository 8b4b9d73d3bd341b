import { describe, expect, it } from 'vitest';
import { agreementPosterHtml, buildMinutes, minutesToHtml, minutesToMarkdown, type MinutesOptions } from '../../../shared/minutes';
import { buildSampleWorkshop } from '../../../shared/templates';
import { END_OF_DAY, sampleAfterTheDay } from '../../builders/minutes';
import { expectGolden, parseHtml, readable } from './minutes-support';

const OPTIONS: MinutesOptions = { confidentiality: 'anonymised', includeNotes: false, now: END_OF_DAY, timeZone: 'UTC' };

function revealed(language: 'en' | 'he') {
  const b = buildSampleWorkshop(language);
  b.workshop.facilitation.revealedGroupIds = b.groups.map((g) => g.id);
  return b;
}

describe('the minutes of the sample, compared with their golden files', () => {
  describe.each(['en', 'he'] as const)('in %s', (language) => {
    it('as shipped: nothing revealed, so only counts of the private writing', () => {
      const doc = buildMinutes(buildSampleWorkshop(language), OPTIONS);
      expectGolden(`minutes-sample-${language}.md`, minutesToMarkdown(doc));
      expectGolden(`minutes-sample-${language}.html`, minutesToHtml(doc));
    });

    it('with every group revealed', () => {
      expectGolden(`minutes-sample-revealed-${language}.md`, minutesToMarkdown(buildMinutes(revealed(language), OPTIONS)));
    });

    it('at the end of the day, in full with the facilitator’s notes', () => {
      const doc = buildMinutes(sampleAfterTheDay(language), { ...OPTIONS, confidentiality: 'full', includeNotes: true });
      expectGolden(`minutes-day-${language}.md`, minutesToMarkdown(doc));
      expectGolden(`minutes-day-${language}.html`, minutesToHtml(doc));
      expectGolden(`poster-day-${language}.html`, agreementPosterHtml(sampleAfterTheDay(language), { now: END_OF_DAY }));
    });
  });

  it('the shipped sample’s minutes name every section and count what is not revealed yet', () => {
    const md = minutesToMarkdown(buildMinutes(buildSampleWorkshop('en'), OPTIONS));
    for (const heading of ['Attendance', 'Agenda', 'Culture map', 'What Dev wrote', 'What Ops wrote', 'Reactions', 'Agreements', 'Decisions', 'Action items', 'Parking lot', 'Follow-up meeting']) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md).toContain('4 stickies here are not revealed yet, so they are left out.');
    expect(md).not.toContain('Treats every change as a threat');
    // The parking lot is always shared.
    expect(md).toContain('Who owns the audit trail once deployments are automated?');
    expect(md).toContain('No agreement yet.');
  });

  it('the Hebrew minutes are right to left, in Hebrew, with dates written out in Hebrew', () => {
    const doc = parseHtml(minutesToHtml(buildMinutes(sampleAfterTheDay('he'), OPTIONS)));
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('he');
    const text = readable(doc.body.textContent ?? '');
    expect(text).toContain('פרוטוקול הסדנה');
    expect(text).toContain('12 במרץ 2026');
    expect(text).toContain('מה כתבה הקבוצה פיתוח');
  });

  it('are the same whatever was exported before: the phrases kept between exports never leak from one workshop or language into another', () => {
    const day = (language: 'en' | 'he') => minutesToMarkdown(buildMinutes(sampleAfterTheDay(language), { ...OPTIONS, confidentiality: 'full', includeNotes: true }));
    const english = day('en');
    const hebrew = day('he');
    const sample = minutesToMarkdown(buildMinutes(buildSampleWorkshop('en'), OPTIONS));
    // Interleaved, in another order: every export as it was on its own.
    expect(day('he')).toBe(hebrew);
    expect(minutesToMarkdown(buildMinutes(revealed('en'), OPTIONS))).not.toBe(sample);
    expect(day('en')).toBe(english);
    expect(minutesToMarkdown(buildMinutes(buildSampleWorkshop('en'), OPTIONS))).toBe(sample);
    expect(day('he')).toBe(hebrew);
  });
});
