import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, fileProblemText, readFailureText, readWorkshopFile, toWorkshopFile, type ReadFailure } from '../../../shared/schema';
import { translatorFor, type Message } from '../../../shared/i18n';
import { buildSampleWorkshop } from '../../../shared/templates';
import type { WorkshopBundle } from '../../../shared/model';
import { inEnglish } from '../../builders/messages';
import { fullWorkshop } from '../../builders/files';

type Rows = Record<string, unknown>[];
type File = Record<string, unknown> & { workshop: Record<string, unknown> };

const fileOf = (bundle: WorkshopBundle) => JSON.parse(JSON.stringify(toWorkshopFile(bundle, '2026-03-12T17:00:00.000Z', '1.2.0'))) as File;
const rows = (file: File, table: string) => file[table] as Rows;

function refused(file: unknown): ReadFailure {
  const result = readWorkshopFile(file);
  if (result.ok) return expect.fail('expected the file to be refused');
  expect(result.message).toEqual({ key: 'files.read.damaged' });
  return result;
}

/** The first problem, as an English reader sees it. */
const firstProblem = (file: unknown) => fileProblemText(refused(file).problems[0]!, inEnglish);

describe('what a damaged workshop file says is wrong', () => {
  // Each damage as someone editing the file by hand, or a broken copy, might cause it.
  it.each<[string, (f: File) => void, string]>([
    ['a colour that is not a colour', (f) => void (rows(f, 'groups')[0]!.colour = 'blue'), 'Group 1 (“Dev”): the colour is not a colour such as #1f6feb.'],
    ['a sticky of an unknown kind', (f) => void (rows(f, 'stickies')[0]!.kind = 'idea'), 'Sticky 1 (“Treats every change as a threat to the…”): the kind is none of the allowed values (outmodel, inmodel, requirement, parking).'],
    ['a workshop date in another format', (f) => void (f.workshop.date = '12/03/2026'), 'The workshop: the date is not a date (year-month-day).'],
    ['a marker off the map', (f) => void (rows(f, 'placements')[0]!.x = 3), 'Culture-map marker 1: the position on the map is more than 1.'],
    ['half a dot', (f) => void (rows(f, 'votes')[0]!.count = 1.5), 'Vote 1: the number of dots is not a whole number.'],
    ['a sticky without its author', (f) => void delete rows(f, 'stickies')[1]!.authorGroupId, 'Sticky 2 (“Decides by ITIL process and checklist…”): the group that wrote it is missing.'],
    ['an author that is not a group’s id', (f) => void (rows(f, 'stickies')[1]!.authorGroupId = 'Dev'), 'Sticky 2 (“Decides by ITIL process and checklist…”): the group that wrote it does not point to an item of the right kind.'],
    ['a parking-lot item about a group', (f) => void (rows(f, 'stickies').find((s) => s.kind === 'parking')!.subjectGroupId = rows(f, 'groups')[0]!.id), 'the group it is about does not fit the sticky’s lane.'],
    ['a time that is not a time', (f) => void (rows(f, 'stickies')[0]!.createdAt = 'yesterday'), 'Sticky 1 (“Treats every change as a threat to the…”): the field “createdAt” is not a date and time.'],
    ['a participant’s name of spaces', (f) => void (rows(f, 'participants')[2]!.name = '   '), 'Participant 3: the name is empty.'],
    ['attendance that is not yes or no', (f) => void (rows(f, 'participants')[0]!.present = 'yes'), 'Participant 1 (“Dana”): the attendance is not yes or no.'],
    ['a reaction text too long', (f) => void (rows(f, 'reactions')[0]!.text = 'x'.repeat(1001)), 'the text is longer than 1000 characters.'],
    ['an agreement answer from a group id that is not one', (f) => void ((rows(f, 'agreements')[0]!.answers as Rows)[1]!.groupId = 'ops'), 'Agreement 1 (“Ops provides a self-service staging…”): the group does not point to an item of the right kind.'],
    ['a setting spelled wrong', (f) => void ((f.workshop.settings as Record<string, unknown>).confidentiality = 'secret'), 'The workshop: the field “settings.confidentiality” is none of the allowed values (full, anonymised, agreements-only).'],
    ['five groups', (f) => rows(f, 'groups').push(...[1, 2, 3].map((n) => ({ ...rows(f, 'groups')[0]!, id: `group:extra-${n}`, name: `Extra ${n}` }))), 'The list of groups has more than 4 entries.'],
    ['one group', (f) => void rows(f, 'groups').pop(), 'The list of groups has fewer than 2 entries.'],
    ['the agenda missing', (f) => void delete f.phases, 'The agenda is missing.'],
  ])('%s', (_what, damage, expected) => {
    const file = fileOf(fullWorkshop());
    damage(file);
    expect(firstProblem(file)).toContain(expected);
  });

  it.each<[string, (f: File) => void, string]>([
    ['a reaction to a sticky that is gone', (f) => void (rows(f, 'reactions')[0]!.stickyId = 'sticky:gone'), 'Reaction 1 (“If the change is on the pre-approved…”) refers to a sticky that is not in the file.'],
    ['a vote in a round that is gone', (f) => void (rows(f, 'votes')[0]!.roundId = 'round:gone'), 'Vote 1 refers to a voting round that is not in the file.'],
    ['a current phase that is gone', (f) => void ((f.workshop.facilitation as Record<string, unknown>).currentPhaseId = 'phase:gone'), 'The workshop refers to an agenda phase that is not in the file.'],
    ['two groups of the same name', (f) => void (rows(f, 'groups')[1]!.name = ' dev'), 'Group 2 (“dev”) has the same name as another group.'],
    ['a record listed twice', (f) => void rows(f, 'decisions').push(rows(f, 'decisions')[0]!), 'Decision 1 (“Low-risk configuration changes go…”) has the same id as another item in the file.'],
    ['a record of another workshop', (f) => void (rows(f, 'actions')[0]!.workshopId = 'workshop:other'), 'Action item 1 (“Set up a self-service staging…”) belongs to another workshop.'],
    ['an owner who is not there', (f) => void (rows(f, 'pulses')[0]!.participantId = 'participant:gone'), 'Culture-pulse rating 1 refers to a participant who is not in the file.'],
    ['a sticky in a cluster of another lane', (f) => void (rows(f, 'stickies').find((s) => s.kind === 'requirement')!.clusterId = rows(f, 'clusters')[0]!.id), 'is in a cluster of another lane.'],
  ])('a reference that does not hold: %s', (_what, damage, expected) => {
    const file = fileOf(fullWorkshop());
    damage(file);
    expect(firstProblem(file)).toContain(expected);
  });

  it('tells every problem in words, in Hebrew too, without schema jargon', () => {
    const file = fileOf(fullWorkshop());
    rows(file, 'stickies')[2]!.text = '';
    rows(file, 'groups')[0]!.colour = 'blue';
    rows(file, 'votes')[0]!.count = 0;
    const { problems } = refused(file);
    expect(problems).toHaveLength(3);
    const hebrew = translatorFor('he');
    const inHebrew = (m: Message) => hebrew(m.key, m.values);
    for (const problem of problems) {
      for (const text of [fileProblemText(problem, inEnglish), fileProblemText(problem, inHebrew)]) {
        expect(text).not.toMatch(/\{\{|\}\}|files\.|undefined|zod|Invalid input|expected/);
      }
    }
    expect(problems.map((p) => fileProblemText(p, inHebrew))).toEqual([
      'קבוצה 1 („Dev”): הצבע – ערך שאינו צבע כמו #1f6feb.',
      'פתק 3: הטקסט – ללא תוכן.',
      'הצבעה 1: מספר הנקודות – ערך קטן מ־1.',
    ]);
  });

  it('names items in a Hebrew workshop by their Hebrew words', () => {
    const file = fileOf(buildSampleWorkshop('he'));
    rows(file, 'participants')[0]!.groupId = 'group:gone';
    const refusal = refused(file);
    const hebrew = translatorFor('he');
    expect(readFailureText(refusal, (m) => hebrew(m.key, m.values))).toBe('קובץ הסדנה הזה פגום ולא יובא. שום דבר לא השתנה.\nמשתתף/ת 1 („דנה”): הפניה לקבוצה שאינה בקובץ.');
  });

  it(`keeps the first ${MAX_PROBLEMS} problems and counts them all`, () => {
    const file = fileOf(fullWorkshop());
    for (const s of rows(file, 'stickies')) s.text = '';
    const refusal = refused(file);
    expect(refusal.problems).toHaveLength(MAX_PROBLEMS);
    expect(refusal.problemCount).toBe(rows(file, 'stickies').length);
    expect(readFailureText(refusal, inEnglish).split('\n').at(-1)).toBe(`There are ${rows(file, 'stickies').length - 1} more problems.`);
  });

  it('says "one more problem" in the singular', () => {
    const file = fileOf(fullWorkshop());
    rows(file, 'stickies')[0]!.text = '';
    rows(file, 'stickies')[1]!.text = '';
    expect(readFailureText(refused(file), inEnglish).split('\n').at(-1)).toBe('There is one more problem.');
  });
});
