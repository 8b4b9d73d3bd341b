import type { minutesEn } from './minutes.en';

// Written out first, then typed: Hebrew's extra plural forms (`_two`) are not English keys.
const hebrew = {
  kicker: 'פרוטוקול הסדנה',
  asOf: 'נכון ל־{{time}}: הסדנה עדיין מתקיימת.',
  caseText: 'המקרה',
  label: '{{label}}:',
  confidentialityFull: 'ההערות הגולמיות במלואן, עם שמות מי שחתמו עליהן.',
  confidentialityAnonymised: 'ההערות הגולמיות, בלי שמו של אף אחד עליהן.',
  confidentialityAgreementsOnly: 'הסכמות ומשימות בלבד: ההערות הגולמיות (מודלים, דרישות, תגובות, מפת התרבות) הושמטו.',

  presentCount_one: '{{group}}: נוכח/ת אחד/ת',
  presentCount_two: '{{group}}: שניים נוכחים',
  presentCount_other: '{{group}}: {{count}} נוכחים',
  nobodyPresent: 'איש מהקבוצה {{group}} לא סומן כנוכח.',
  personRole: '{{name}}, {{role}}',
  personOfGroup: '{{name}} ({{group}})',
  absentHeading: 'נעדרים',
  nobodyAbsent: 'איש לא נעדר.',
  noParticipants: 'לא נרשמו משתתפים.',

  phase: 'שלב',
  planned: 'מתוכנן',
  actual: 'בפועל',
  minutes_one: 'דקה אחת',
  minutes_two: '{{count}} דק׳',
  minutes_other: '{{count}} דק׳',
  soFar_one: 'דקה אחת עד כה',
  soFar_two: '{{count}} דק׳ עד כה',
  soFar_other: '{{count}} דק׳ עד כה',
  notRun: 'לא התקיים',
  total: 'סך הכול',
  noPhases: 'אין שלבים בסדר היום.',

  axisEnd: '{{name}}: {{hint}}',
  cultureGroup: 'קבוצה',
  placedBy: 'מוקמה על ידי',
  quadrant: 'תרבות',
  byItself: '{{group}} (בעצמה)',
  noPlacements: 'אף קבוצה עוד לא מיקמה סמן על מפת התרבות.',
  markersNotRevealed: 'הסמנים של {{group}} עוד לא נחשפו, ולכן הושמטו.',
  selfLabel: '{{group}} מתארת את התרבות שלה כתרבות של {{culture}}.',
  legendSelf: 'טבעת רציפה: היכן שקבוצה מיקמה את עצמה',
  legendOther: 'טבעת מקווקוות, בצבע הקבוצה הממקמת: היכן שקבוצה אחרת מיקמה אותה',

  groupTitle: 'מה כתבה הקבוצה {{group}}',
  laneEmpty: 'לא נכתב כאן דבר.',
  notRevealed_one: 'פתק אחד כאן עוד לא נחשף, ולכן הושמט.',
  notRevealed_two: 'שני פתקים כאן עוד לא נחשפו, ולכן הושמטו.',
  notRevealed_other: '{{count}} פתקים כאן עוד לא נחשפו, ולכן הושמטו.',
  signed: '— {{name}}',
  questionsNoted: 'שאלות הבהרה שנשאלו: {{questions}}',
  votesWithRunoff: '{{first}}; סבב שני: {{second}}',
  clustersTitle: 'אשכולות שנשמרו',
  noClusters: 'לא נשמרו אשכולות.',
  clusterIn: '{{title}} ({{lane}})',

  reactionsTitle: 'תגובות',
  reactionsTo: 'תגובות לפריטים של {{group}}',
  noReactionFrom: 'אין תגובה מ־{{groups}}',
  noItemsToReact: 'לקבוצה {{group}} אין פריטים חשופים שאפשר להגיב עליהם.',
  noReactionsTo: 'לא תועדה תגובה לפריטים של {{group}}.',
  allReacted: 'לכל פריט של {{group}} יש תגובה מכל קבוצה אחרת.',
  reactedTo_one: 'הקבוצה {{group}} הגיבה ל־{{reacted}} מתוך פריט אחד: {{tally}}.',
  reactedTo_two: 'הקבוצה {{group}} הגיבה ל־{{reacted}} מתוך שני פריטים: {{tally}}.',
  reactedTo_other: 'הקבוצה {{group}} הגיבה ל־{{reacted}} מתוך {{count}} פריטים: {{tally}}.',
  reactedToNone_one: 'הקבוצה {{group}} עוד לא הגיבה לפריט היחיד.',
  reactedToNone_two: 'הקבוצה {{group}} עוד לא הגיבה לאף אחד משני הפריטים.',
  reactedToNone_other: 'הקבוצה {{group}} עוד לא הגיבה לאף אחד מ־{{count}} הפריטים.',
  verdictCount: '{{verdict}} ({{count}})',
  stillAwaiting_one: 'פריט אחד עדיין בלי תגובה: במקום שבו הוא מופיע כתוב ממי.',
  stillAwaiting_two: 'שני פריטים עדיין בלי תגובה: במקום שבו כל אחד מהם מופיע כתוב ממי.',
  stillAwaiting_other: '{{count}} פריטים עדיין בלי תגובה: במקום שבו כל אחד מהם מופיע כתוב ממי.',

  noDueDate: 'ללא תאריך יעד',
  setAsideSigned: '{{by}} — {{name}}',

  pulseTitle: 'דופק התרבות: ממוצעים לפי קבוצה',
  pulseIntro: 'הדירוג הממוצע של כל קבוצה לכל היגד, מ־1 (לא נכון בכלל) עד 7 (נכון לגמרי): לפני הסדנה ← אחריה.',
  pulseCell: '{{before}} ← {{after}}',
  notRated: 'לא דורג',

  notesTitle: 'ההערות של המנחה',
  noNotes: 'המנחה לא כתב/ה הערות.',
  footer: 'נכתב על ידי Outmodel מתוך התיעוד של הסדנה עצמה.',

  posterKicker: 'על מה הסכמנו',
  posterAnswer: '{{group}}: {{answer}}',

  csvLane: 'נתיב',
  csvAuthorGroup: 'נכתב על ידי (קבוצה)',
  csvSubjectGroup: 'על (קבוצה)',
  csvKind: 'סוג',
  csvType: 'סוג הדרישה',
  csvLens: 'עדשה',
  csvAuthor: 'כותב/ת',
  csvVotes: 'קולות',
  csvCluster: 'אשכול',

  icsFollowUp: 'פגישת המשך: {{title}}',
  icsActionDue: 'יעד: {{action}}',
  icsFromWorkshop: 'מתוך הסדנה „{{title}}”.',
};

/**
 * The minutes and the text exports, in Hebrew: the keys of `minutesEn`, with Hebrew's plural
 * forms (one, two, other). Merged into the catalog as `minutes: minutesHe`.
 */
export const minutesHe: typeof minutesEn = hebrew;
