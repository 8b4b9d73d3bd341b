import type { Id, IdPrefix } from '../../shared/lib/ids';
import { byOrder } from '../../shared/lib/order';
import type { Cluster, GroupId, Phase, Sticky, WorkshopBundle } from '../../shared/model';
import { buildSampleWorkshop } from '../../shared/templates';

/** The day's clock: `at(90)` is ninety minutes after 09:00 on the sample's date (UTC). */
const T0 = Date.parse('2026-03-12T09:00:00.000Z');
export const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
/** The moment the sample's minutes are exported, once the day is over. */
export const END_OF_DAY = at(300);

let counter = 0;
const id = <P extends IdPrefix>(prefix: P) => `${prefix}:day-${++counter}` as Id<P>;

/** What the room said during the day, in each of the sample's languages. */
const WORDS = {
  en: {
    cluster: 'The change board',
    questions: 'How long does the change board take on average? About six days.',
    notes: ['Dev arrived angry about the “lagging behind” picture; named it and moved on.', 'Keep an eye on Noa: she went quiet after the audit topic.'],
    reactions: {
      opsOnDev: [
        ['reject', 'Every change is not a threat; untested ones are.'],
        ['accept-if', 'If we also get a say in the checklist.'],
        ['accept', ''],
      ],
      devOnOps: [
        ['accept', 'Fair: our notes are thin.'],
        ['clarify', 'What counts as a rollback plan?'],
      ],
    },
    agreements: [
      ['Ops will give Dev a self-service staging environment if Dev ships a runbook and a tested rollback with every release.', 'Within a quarter.', 'Only for services that have automated tests.'],
      ['Dev will stop late Friday releases if Ops drops the manual sign-off for low-risk configuration changes.', '', 'Not before the audit closes.'],
    ],
    decisions: [
      ['Deliver-time to retailers becomes the one metric both departments report.', 'The CEO', 'Delivery over Development is the goal of the day.', false],
      ['Whether the change board stays for database changes.', 'The CEO', 'Waits for the audit report, due in April.', true],
    ],
    actions: [
      ['Set up a self-service staging environment that mirrors production', 'Staging is used by two Dev teams for a full sprint.'],
      ['Write the release runbook template with a rollback section', 'The template is used for the next three releases.'],
      ['Agree the list of low-risk configuration changes', 'The list is signed by both department heads.'],
    ],
    followUp: 'Same room, both departments, the CEO chairs. Bring the staging usage figures.',
  },
  he: {
    cluster: 'ועדת השינויים',
    questions: 'כמה זמן לוקחת ועדת השינויים בממוצע? בערך שישה ימים.',
    notes: ['הפיתוח הגיע כועס בגלל התמונה של „מפגר מאחור”; קראתי לזה בשם והמשכנו.', 'לשים לב לנועה: היא השתתקה אחרי נושא הביקורת.'],
    reactions: {
      opsOnDev: [
        ['reject', 'לא כל שינוי הוא איום; רק שינוי שלא נבדק.'],
        ['accept-if', 'אם גם לנו תהיה מילה ברשימת התיוג.'],
        ['accept', ''],
      ],
      devOnOps: [
        ['accept', 'הוגן: ההערות שלנו דלות.'],
        ['clarify', 'מה נחשב תוכנית חזרה לאחור?'],
      ],
    },
    agreements: [
      ['התפעול ייתן לפיתוח סביבת staging בשירות עצמי, אם הפיתוח יצרף ספר הפעלה ותוכנית חזרה לאחור שנבדקה לכל גרסה.', 'בתוך רבעון.', 'רק לשירותים שיש להם בדיקות אוטומטיות.'],
      ['הפיתוח יפסיק לשחרר ביום חמישי בערב, אם התפעול יוותר על האישור הידני לשינויי תצורה בסיכון נמוך.', '', 'לא לפני שהביקורת תיסגר.'],
    ],
    decisions: [
      ['הזמן עד שהשירות מגיע לקמעונאים יהיה המדד היחיד ששתי המחלקות מדווחות עליו.', 'המנכ״לית', 'אספקה לפני פיתוח היא המטרה של היום.', false],
      ['האם ועדת השינויים נשארת לשינויי מסד נתונים.', 'המנכ״לית', 'מחכה לדוח הביקורת, שצפוי באפריל.', true],
    ],
    actions: [
      ['להקים סביבת staging בשירות עצמי שזהה לייצור', 'שני צוותי פיתוח משתמשים בסביבה ספרינט שלם.'],
      ['לכתוב תבנית ספר הפעלה לגרסה עם פרק חזרה לאחור', 'התבנית משמשת בשלוש הגרסאות הבאות.'],
      ['להסכים על רשימת שינויי התצורה בסיכון נמוך', 'שני ראשי המחלקות חתמו על הרשימה.'],
    ],
    followUp: 'אותו חדר, שתי המחלקות, המנכ״לית בראש. להביא את נתוני השימוש בסביבת ה־staging.',
  },
} as const;

function ran(phase: Phase, start: number, minutes: number): Phase {
  return { ...phase, run: { startedAt: at(start), pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: at(start + minutes) } };
}

/**
 * The bundled sample as it stands at the end of the day: every group revealed, markers placed, a
 * cluster, reactions, a closed round (and an open one whose dots must stay secret), agreements,
 * decisions, actions, the parking lot resolved, the follow-up set, one person absent, notes.
 */
export function sampleAfterTheDay(language: 'en' | 'he' = 'en'): WorkshopBundle {
  counter = 0;
  const words = WORDS[language];
  const b = structuredClone(buildSampleWorkshop(language));
  const wid = b.workshop.id;
  const [dev, ops] = byOrder(b.groups) as [(typeof b.groups)[0], (typeof b.groups)[0]];
  // Dev's people, then Ops's: Dana, Yoni, Maya, Avi, Noa, Eli.
  const people = [dev, ops].flatMap((g) => byOrder(b.participants.filter((p) => p.groupId === g.id)));
  const person = (name: number) => people[name]!;
  const lane = (kind: Sticky['kind'], author: GroupId) => b.stickies.filter((s) => s.kind === kind && s.authorGroupId === author);
  const devAboutOps = lane('outmodel', dev.id);
  const opsAboutDev = lane('outmodel', ops.id);
  const devRequires = lane('requirement', dev.id);
  const opsRequires = lane('requirement', ops.id);

  b.workshop.facilitation.revealedGroupIds = [dev.id, ops.id];
  b.workshop.settings.confidentiality = 'anonymised';
  person(2).present = false; // Maya, Dev's test lead, could not come.

  // The agenda as it ran: some phases over, one short; the last ended at the close.
  let clock = 0;
  const minutesTaken = [14, 18, 27, 25, 22, 19, 34, 28, 12];
  b.phases = byOrder(b.phases).map((p, i) => {
    const taken = minutesTaken[i] ?? p.plannedMinutes;
    const next = ran(p, clock, taken);
    clock += taken;
    return next;
  });
  b.phases[1]!.notes = words.notes[0];
  b.phases[2]!.notes = words.notes[1];

  b.placements = [
    { id: id('placement'), workshopId: wid, groupId: dev.id, subjectGroupId: dev.id, x: 0.62, y: -0.35, updatedAt: at(20) },
    { id: id('placement'), workshopId: wid, groupId: dev.id, subjectGroupId: ops.id, x: -0.8, y: -0.75, updatedAt: at(21) },
    { id: id('placement'), workshopId: wid, groupId: ops.id, subjectGroupId: ops.id, x: -0.45, y: -0.4, updatedAt: at(22) },
    { id: id('placement'), workshopId: wid, groupId: ops.id, subjectGroupId: dev.id, x: 0.55, y: 0.5, updatedAt: at(23) },
  ];

  // Dev grouped its two stickies about the change board.
  const cluster: Cluster = { id: id('cluster'), workshopId: wid, kind: 'outmodel', authorGroupId: dev.id, subjectGroupId: ops.id, title: words.cluster, collapsed: false, order: devAboutOps[1]!.order, createdAt: at(40) };
  b.clusters = [cluster];
  devAboutOps[1]!.clusterId = cluster.id;
  devAboutOps[3]!.clusterId = cluster.id;
  devAboutOps[0]!.authorName = person(1).name;
  opsAboutDev[1]!.authorName = person(4).name;
  devAboutOps[3]!.questions = words.questions;

  const react = (sticky: Sticky, groupId: GroupId, [verdict, text]: readonly [string, string], minute: number) =>
    b.reactions.push({ id: id('reaction'), workshopId: wid, stickyId: sticky.id, groupId, verdict: verdict as 'accept', text, createdAt: at(minute) });
  words.reactions.opsOnDev.forEach((r, i) => react([devAboutOps[0]!, devAboutOps[1]!, devRequires[0]!][i]!, ops.id, r, 150 + i));
  words.reactions.devOnOps.forEach((r, i) => react([opsAboutDev[1]!, opsRequires[0]!][i]!, dev.id, r, 160 + i));

  // A closed round on each group's own requirements, and a later round still open.
  const closed = id('round');
  const open = id('round');
  const reqLanes = [...new Set([...devRequires, ...opsRequires].map((s) => `requirement/${s.authorGroupId}/${s.subjectGroupId}`))];
  b.rounds = [
    { id: closed, workshopId: wid, laneKeys: reqLanes, voters: 'own-list', budget: 2, perItemCap: 2, voterKind: 'participant', mode: 'dots', stickyIds: null, parentRoundId: null, status: 'closed', openedAt: at(110), closedAt: at(115) },
    { id: open, workshopId: wid, laneKeys: reqLanes, voters: 'own-list', budget: 2, perItemCap: 2, voterKind: 'participant', mode: 'dots', stickyIds: null, parentRoundId: null, status: 'open', openedAt: at(280), closedAt: null },
  ];
  const vote = (roundId: typeof closed, sticky: Sticky, voter: number, count: number) =>
    b.votes.push({ id: id('vote'), workshopId: wid, roundId, stickyId: sticky.id, voter: { kind: 'participant', id: person(voter).id }, count });
  vote(closed, devRequires[1]!, 0, 2);
  vote(closed, devRequires[0]!, 1, 1);
  vote(closed, devRequires[1]!, 1, 1);
  vote(closed, opsRequires[0]!, 3, 2);
  vote(closed, opsRequires[2]!, 4, 1);
  vote(closed, opsRequires[0]!, 5, 1);
  // Dots of the open round: secret, in no export.
  vote(open, devRequires[2]!, 0, 2);
  vote(open, opsRequires[1]!, 3, 2);

  const [first, second] = words.agreements;
  const agreement1 = id('agreement');
  const agreement2 = id('agreement');
  b.agreements = [
    { id: agreement1, workshopId: wid, stickyIds: [devRequires[0]!.id, opsRequires[0]!.id], text: first[0], answers: [{ groupId: dev.id, answer: 'accept', text: '' }, { groupId: ops.id, answer: 'accept-with-conditions', text: first[2] }], order: 'a0', createdAt: at(230) },
    { id: agreement2, workshopId: wid, stickyIds: [devRequires[1]!.id, opsRequires[1]!.id], text: second[0], answers: [{ groupId: ops.id, answer: 'decline', text: second[2] }], order: 'a1', createdAt: at(240) },
  ];
  b.decisions = words.decisions.map(([text, decidedBy, rationale, deferred], i) => ({ id: id('decision'), workshopId: wid, text, decidedBy, rationale, deferred, createdAt: at(250 + i) }));
  const [a1, a2, a3] = words.actions;
  b.actions = [
    { id: id('action'), workshopId: wid, text: a1[0], owner: { kind: 'participant', id: person(3).id }, dueDate: '2026-04-30', status: 'in-progress', definitionOfDone: a1[1], source: { kind: 'agreement', id: agreement1 }, createdAt: at(255) },
    { id: id('action'), workshopId: wid, text: a2[0], owner: { kind: 'group', id: dev.id }, dueDate: '2026-03-26', status: 'open', definitionOfDone: a2[1], source: { kind: 'sticky', id: opsRequires[0]!.id }, createdAt: at(256) },
    { id: id('action'), workshopId: wid, text: a3[0], owner: { kind: 'participant', id: person(4).id }, dueDate: null, status: 'done', definitionOfDone: a3[1], source: null, createdAt: at(257) },
  ];
  const parked = b.stickies.find((s) => s.kind === 'parking')!;
  parked.parkingOwner = { kind: 'participant', id: person(4).id };
  parked.followUpDate = '2026-04-02';
  b.workshop.followUp = { date: '2026-04-16', note: words.followUp };
  b.pulses = people.flatMap((p, i) =>
    p.present
      ? (['before', 'after'] as const).flatMap((when) =>
          [0, 1, 6].map((statement) => ({ id: id('pulse'), workshopId: wid, participantId: p.id, when, statement, rating: 2 + ((i + statement) % 3) + (when === 'after' ? 1 : 0) })),
        )
      : [],
  );
  b.workshop.facilitation.currentPhaseId = b.phases.at(-1)!.id;
  return b;
}
