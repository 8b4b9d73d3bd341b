import { describe, expect, it } from 'vitest';
import { WorkshopBundleSchema, validateDetails } from '../../../shared/model';
import { directionOf, matchLanguage, translatorFor } from '../../../shared/i18n';
import { CATS_AND_DOGS, buildSampleWorkshop, buildWorkshop } from '../../../shared/templates';

describe('languages', () => {
  it('picks the first preferred language Outmodel speaks, else English', () => {
    expect(matchLanguage(['fr-FR', 'he-IL', 'en'])).toBe('he');
    expect(matchLanguage(['iw'])).toBe('he');
    expect(matchLanguage(['en-GB'])).toBe('en');
    expect(matchLanguage(['de', 'fr'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });

  it('uses each language’s own plural forms', () => {
    const he = translatorFor('he');
    expect([1, 2, 7].map((count) => he('lanes.count', { count }))).toEqual(['פתק אחד', 'שני פתקים', '7 פתקים']);
    const en = translatorFor('en');
    expect([1, 2].map((count) => en('lanes.count', { count }))).toEqual(['1 sticky', '2 stickies']);
  });
});

describe('templates and the sample in the workshop’s language', () => {
  const details = (language: 'en' | 'he') => {
    const result = validateDetails({
      title: 'Two languages',
      date: '2026-09-01',
      location: '',
      goal: '',
      chair: '',
      facilitator: '',
      language,
      groups: [
        { name: 'Alpha', colour: '#1d4ed8', mark: 'circle', participants: [] },
        { name: 'Beta', colour: '#c2410c', mark: 'square', participants: [] },
      ],
    });
    if (!result.ok) throw new Error('invalid test details');
    return result.value;
  };

  it('writes the agenda in the language of the minutes, naming each presenting group', () => {
    const he = buildWorkshop(CATS_AND_DOGS, details('he'), { now: '2026-01-01T00:00:00.000Z' });
    expect(he.workshop.language).toBe('he');
    expect(he.phases.map((p) => p.title)).toContain('הצגה: Alpha');
    expect(he.phases[0]?.title).toBe('פתיחה');
    const en = buildWorkshop(CATS_AND_DOGS, details('en'), { now: '2026-01-01T00:00:00.000Z' });
    expect(en.phases.map((p) => p.title)).toEqual([
      'Set the stage',
      'Culture map',
      'Outmodel',
      'Requirements',
      'Presentation: Alpha',
      'Presentation: Beta',
      'Reflections and reactions',
      'Agreement',
      'Close',
    ]);
  });

  it('tells the sample in Hebrew, a valid workshop with the same shape as the English one', () => {
    const he = buildSampleWorkshop('he');
    const en = buildSampleWorkshop('en');
    expect(WorkshopBundleSchema.safeParse(he).success).toBe(true);
    expect(he.workshop.language).toBe('he');
    expect(he.groups.map((g) => g.name)).toEqual(['פיתוח', 'תפעול']);
    expect(he.stickies.map((s) => [s.kind, s.requirementType, s.lens])).toEqual(en.stickies.map((s) => [s.kind, s.requirementType, s.lens]));
    expect(he.workshop.caseText).toContain('ישראל גת');
    // Same ids in every language, so "Reset the sample" replaces it whole.
    expect(he.stickies.map((s) => s.id)).toEqual(en.stickies.map((s) => s.id));
  });
});
