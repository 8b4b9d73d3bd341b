import { describe, expect, it } from 'vitest';
import { validateDetails, type FieldErrors, type WorkshopDetailsInput } from '../../../shared/model';
import { expectPlainWords, inEnglish } from '../../builders/messages';
import { detailsInput } from './helpers';

function errorsOf(input: WorkshopDetailsInput): FieldErrors {
  const result = validateDetails(input);
  if (result.ok) return expect.fail('expected the details to be refused');
  return result.errors;
}

function withChange(change: (input: WorkshopDetailsInput) => void): WorkshopDetailsInput {
  const input = detailsInput(['Dev', 'Ops']);
  change(input);
  return input;
}

describe('validateDetails', () => {
  it('accepts good details and trims every text', () => {
    const result = validateDetails({
      ...detailsInput(['Dev', 'Ops']),
      title: '  Release week  ',
      date: ' 2026-03-12 ',
      location: ' Room 4 ',
      chair: ' Ruth ',
      facilitator: '\tSam\n',
      groups: [
        { name: ' Dev ', colour: '#1d4ed8', mark: 'circle', participants: [{ name: ' Dana ', role: ' CTO ' }] },
        { name: 'Ops  ', colour: '#c2410c', mark: 'square', participants: [] },
      ],
    });
    if (!result.ok) return expect.fail(JSON.stringify(result.errors));
    expect(result.value).toMatchObject({ title: 'Release week', date: '2026-03-12', location: 'Room 4', chair: 'Ruth', facilitator: 'Sam', language: 'en' });
    expect(result.value.groups.map((g) => g.name)).toEqual(['Dev', 'Ops']);
    expect(result.value.groups[0]!.participants).toEqual([{ name: 'Dana', role: 'CTO' }]);
  });

  it.each([2, 3, 4])('accepts %i groups', (n) => {
    expect(validateDetails(detailsInput(['Dev', 'Ops', 'Security', 'Support'].slice(0, n))).ok).toBe(true);
  });

  it.each(['', '   '])('asks for a title when it is %j', (title) => {
    const errors = errorsOf(withChange((i) => void (i.title = title)));
    expect(Object.keys(errors)).toEqual(['title']);
    expect(errors.title).toEqual({ key: 'validation.titleRequired' });
    expectPlainWords(errors.title);
    expect(inEnglish(errors.title)).toBe('Give the workshop a title');
  });

  it('refuses a title that is too long, saying how long it may be', () => {
    const errors = errorsOf(withChange((i) => void (i.title = 'x'.repeat(201))));
    expect(Object.keys(errors)).toEqual(['title']);
    expect(errors.title).toEqual({ key: 'validation.titleTooLong', values: { max: 200 } });
    expectPlainWords(errors.title);
    expect(inEnglish(errors.title)).toBe('A title holds at most 200 characters');
  });

  it.each([
    ['Dev', 'Dev'],
    ['Dev', 'dev'],
    ['Dev', ' DEV '],
  ])('points at the second of two groups called %j and %j', (first, second) => {
    const errors = errorsOf(
      withChange((i) => {
        i.groups[0]!.name = first;
        i.groups[1]!.name = second;
      }),
    );
    expect(Object.keys(errors)).toEqual(['groups.1.name']);
    expect(errors['groups.1.name']).toEqual({ key: 'validation.groupNameTaken', values: { name: second.trim() } });
    expectPlainWords(errors['groups.1.name']);
    expect(inEnglish(errors['groups.1.name'])).toBe(`Another group is already called “${second.trim()}”`);
  });

  it('points at the later duplicate among four groups', () => {
    const input = detailsInput(['Dev', 'Ops', 'Security', 'ops']);
    const errors = errorsOf(input);
    expect(Object.keys(errors)).toEqual(['groups.3.name']);
    expect(errors['groups.3.name']).toEqual({ key: 'validation.groupNameTaken', values: { name: 'ops' } });
  });

  it('asks for a group name where one is blank', () => {
    const errors = errorsOf(withChange((i) => void (i.groups[1]!.name = '  ')));
    expect(Object.keys(errors)).toEqual(['groups.1.name']);
    expect(errors['groups.1.name']).toEqual({ key: 'validation.groupNameRequired' });
    expectPlainWords(errors['groups.1.name']);
    expect(inEnglish(errors['groups.1.name'])).toBe('Give the group a name');
  });

  it('asks for a participant name at its own row', () => {
    const errors = errorsOf(withChange((i) => void (i.groups[0]!.participants[1]!.name = ' ')));
    expect(Object.keys(errors)).toEqual(['groups.0.participants.1.name']);
    expect(errors['groups.0.participants.1.name']).toEqual({ key: 'validation.participantNameRequired' });
    expectPlainWords(errors['groups.0.participants.1.name']);
    expect(inEnglish(errors['groups.0.participants.1.name'])).toBe('Give the participant a name, or remove the row');
  });

  it.each([0, 1])('needs at least 2 groups (given %i)', (n) => {
    const errors = errorsOf(detailsInput(['Dev', 'Ops'].slice(0, n)));
    expect(Object.keys(errors)).toEqual(['groups']);
    expect(errors.groups).toEqual({ key: 'validation.groupsTooFew' });
    expectPlainWords(errors.groups);
    expect(inEnglish(errors.groups)).toBe('A workshop needs at least 2 groups');
  });

  it('takes at most 4 groups', () => {
    const errors = errorsOf(detailsInput(['Dev', 'Ops', 'Security', 'Support', 'Sales']));
    expect(Object.keys(errors)).toEqual(['groups']);
    expect(errors.groups).toEqual({ key: 'validation.groupsTooMany' });
    expectPlainWords(errors.groups);
    expect(inEnglish(errors.groups)).toBe('A workshop has at most 4 groups');
  });

  it.each(['tomorrow', '2026-13-01', '2026-02-30', '2026-02-29', '12/03/2026', '2026-3-1', ''])('refuses the date %j', (date) => {
    const errors = errorsOf(withChange((i) => void (i.date = date)));
    expect(Object.keys(errors)).toEqual(['date']);
    expect(errors.date).toEqual({ key: 'validation.dateInvalid' });
    expectPlainWords(errors.date);
    expect(inEnglish(errors.date)).toBe('Enter a real date, for example 2026-03-14');
  });

  it.each(['en', 'he'] as const)('keeps the language of the minutes, %s', (language) => {
    const result = validateDetails({ ...detailsInput(['Dev', 'Ops']), language });
    if (!result.ok) return expect.fail(JSON.stringify(result.errors));
    expect(result.value.language).toBe(language);
  });

  it('refuses a language of the minutes that Outmodel does not speak', () => {
    const errors = errorsOf(withChange((i) => void (i.language = 'fr' as never)));
    expect(errors).toEqual({ language: { key: 'validation.invalid' } });
    expectPlainWords(errors.language);
  });

  it('reports each broken field once, at its own path', () => {
    const errors = errorsOf(
      withChange((i) => {
        i.title = '';
        i.date = 'soon';
        i.groups[1]!.name = '';
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(['date', 'groups.1.name', 'title']);
    expect(errors).toEqual({
      title: { key: 'validation.titleRequired' },
      date: { key: 'validation.dateInvalid' },
      'groups.1.name': { key: 'validation.groupNameRequired' },
    });
    for (const message of Object.values(errors)) expectPlainWords(message);
  });
});
