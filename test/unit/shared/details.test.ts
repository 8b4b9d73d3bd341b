import { describe, expect, it } from 'vitest';
import { validateDetails, type WorkshopDetailsInput } from '../../../shared/model';
import { detailsInput } from './helpers';

function errorsOf(input: WorkshopDetailsInput): Record<string, string> {
  const result = validateDetails(input);
  if (result.ok) return expect.fail('expected the details to be refused');
  return result.errors;
}

function withChange(change: (input: WorkshopDetailsInput) => void): WorkshopDetailsInput {
  const input = detailsInput(['Dev', 'Ops']);
  change(input);
  return input;
}

/** A message the facilitator can read beside the field: a sentence, no schema jargon. */
function expectPlainWords(message: string | undefined) {
  expect(message).toBeTypeOf('string');
  expect(message).toMatch(/^[A-Z]/);
  expect(message).not.toMatch(/invalid|expected|received|undefined|NaN|zod|string|array|\bnull\b/i);
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
    expect(result.value).toMatchObject({ title: 'Release week', date: '2026-03-12', location: 'Room 4', chair: 'Ruth', facilitator: 'Sam' });
    expect(result.value.groups.map((g) => g.name)).toEqual(['Dev', 'Ops']);
    expect(result.value.groups[0]!.participants).toEqual([{ name: 'Dana', role: 'CTO' }]);
  });

  it.each([2, 3, 4])('accepts %i groups', (n) => {
    expect(validateDetails(detailsInput(['Dev', 'Ops', 'Security', 'Support'].slice(0, n))).ok).toBe(true);
  });

  it.each(['', '   '])('asks for a title when it is %j', (title) => {
    const errors = errorsOf(withChange((i) => void (i.title = title)));
    expect(Object.keys(errors)).toEqual(['title']);
    expectPlainWords(errors.title);
    expect(errors.title).toMatch(/title/i);
  });

  it('refuses a title that is too long, saying how long it may be', () => {
    const errors = errorsOf(withChange((i) => void (i.title = 'x'.repeat(201))));
    expect(Object.keys(errors)).toEqual(['title']);
    expectPlainWords(errors.title);
    expect(errors.title).toMatch(/200/);
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
    expectPlainWords(errors['groups.1.name']);
    expect(errors['groups.1.name']).toContain(second.trim());
  });

  it('points at the later duplicate among four groups', () => {
    const input = detailsInput(['Dev', 'Ops', 'Security', 'ops']);
    expect(Object.keys(errorsOf(input))).toEqual(['groups.3.name']);
  });

  it('asks for a group name where one is blank', () => {
    const errors = errorsOf(withChange((i) => void (i.groups[1]!.name = '  ')));
    expect(Object.keys(errors)).toEqual(['groups.1.name']);
    expectPlainWords(errors['groups.1.name']);
  });

  it('asks for a participant name at its own row', () => {
    const errors = errorsOf(withChange((i) => void (i.groups[0]!.participants[1]!.name = ' ')));
    expect(Object.keys(errors)).toEqual(['groups.0.participants.1.name']);
    expectPlainWords(errors['groups.0.participants.1.name']);
  });

  it.each([0, 1])('needs at least 2 groups (given %i)', (n) => {
    const errors = errorsOf(detailsInput(['Dev', 'Ops'].slice(0, n)));
    expect(Object.keys(errors)).toEqual(['groups']);
    expectPlainWords(errors.groups);
    expect(errors.groups).toMatch(/2/);
  });

  it('takes at most 4 groups', () => {
    const errors = errorsOf(detailsInput(['Dev', 'Ops', 'Security', 'Support', 'Sales']));
    expect(Object.keys(errors)).toEqual(['groups']);
    expectPlainWords(errors.groups);
    expect(errors.groups).toMatch(/4/);
  });

  it.each(['tomorrow', '2026-13-01', '2026-02-30', '2026-02-29', '12/03/2026', '2026-3-1', ''])('refuses the date %j', (date) => {
    const errors = errorsOf(withChange((i) => void (i.date = date)));
    expect(Object.keys(errors)).toEqual(['date']);
    expectPlainWords(errors.date);
    expect(errors.date).toMatch(/date/i);
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
    for (const message of Object.values(errors)) expectPlainWords(message);
  });
});
