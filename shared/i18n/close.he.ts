import type { closeEn } from './close.en';

/**
 * The close of the workshop, in Hebrew: the keys of `closeEn`, with Hebrew's plural forms (one,
 * two, other). Merged into the catalog as `close: closeHe`. The seven statements keep the order
 * of the English ones: ratings are stored by position.
 */
const catalog = {
  parkingOwner: 'קביעת אחראי ותאריך מעקב לפריט בחניון',
  pulse: 'דירוג היגד בדופק התרבות',
  followUp: 'קביעת פגישת ההמשך',

  title: 'סיכום',
  intro: 'לפני שכולם הולכים: לכל פריט בחניון יש אחראי ותאריך, פגישת ההמשך נקבעת, ואם רוצים, כל קבוצה מודדת שוב את דופק התרבות.',

  parkingTitle: 'חניון',
  parkingIntro: 'כל מה שהחדר הניח בצד צריך מישהו שאחראי עליו ותאריך שבו חוזרים אליו.',
  parkingItems: 'פריטים בחניון',
  parkingEmpty: 'החניון ריק.',
  writtenBy: 'הונח בצד על ידי {{group}}',
  owner: 'אחראי/ת',
  noOwner: 'עדיין אין אחראי',
  wholeGroup: '{{group}} (כל הקבוצה)',
  absentName: '{{name}} (לא נוכח/ת)',
  followUpDate: 'תאריך מעקב',
  noDate: 'עדיין אין תאריך',
  unresolved_one: 'פריט אחד בחניון עדיין צריך אחראי ותאריך מעקב',
  unresolved_two: 'שני פריטים בחניון עדיין צריכים אחראי ותאריך מעקב',
  unresolved_other: '{{count}} פריטים בחניון עדיין צריכים אחראי ותאריך מעקב',
  needsOwner: 'צריך אחראי',
  needsDate: 'צריך תאריך מעקב',
  needsBoth: 'צריך אחראי ותאריך מעקב',
  resolved: 'לכל הפריטים בחניון יש אחראי ותאריך מעקב.',

  meetingTitle: 'פגישת המשך',
  meetingIntro: 'מתי הקבוצות נפגשות שוב כדי לבדוק איך מתקדמים ההסכמים והמשימות.',
  meetingDate: 'תאריך פגישת ההמשך',
  meetingNote: 'הערה: איפה, מי מגיע, מה להביא',
  meetingSave: 'שמירת פגישת ההמשך',
  meetingClear: 'ניקוי',
  meetingSet: 'פגישת ההמשך נקבעה ל־{{date}}.',
  meetingNoDate: 'פגישת ההמשך נרשמה, עדיין בלי תאריך.',
  meetingNotSet: 'עדיין לא נקבעה פגישת המשך.',

  pulseTitle: 'דופק התרבות (רשות)',
  pulseIntro: 'כל מי שנוכח/ת מדרג/ת כל היגד על המחלקה שלו או שלה, מ־1 (לא נכון בכלל) עד 7 (נכון לגמרי): פעם אחת לפני הסדנה ופעם אחת אחריה. משווים רק ממוצעים של קבוצות.',
  pulseWhen: 'אילו דירוגים להציג',
  before: 'לפני',
  after: 'אחרי',
  gridBefore: 'דירוגים לפני הסדנה',
  gridAfter: 'דירוגים אחרי הסדנה',
  person: 'משתתף/ת',
  rating: '{{name}}, היגד {{number}}',
  notRated: 'ללא דירוג',
  nobodyPresent: 'אף אחד לא מסומן כנוכח. סמנו מי נוכח בלשונית החדר, ואז דרגו את הדופק.',
  averagesTitle: 'ממוצעים לפי קבוצה',
  statement: 'היגד',
  change: 'שינוי',
  raters: 'מספר המדרגים',
  noRatings: 'עדיין אין דירוגים.',
  noRatingsFrom: 'עדיין אין דירוגים מ־{{group}}.',

  statementInformation: 'אנחנו מחפשים את המידע שאנחנו צריכים, ומעבירים הלאה את מה שאחרים צריכים.',
  statementBadNews: 'מי שמביא בשורה רעה זוכה להקשבה, לא להאשמה.',
  statementResponsibility: 'האחריות לתוצאה משותפת, ולא מוטלת על מחלקה אחת.',
  statementCooperation: 'עבודה מעבר לגבולות המחלקה היא דבר מצופה ומתוגמל.',
  statementFailure: 'כשמשהו נכשל, אנחנו שואלים מה קרה, לא מי אשם.',
  statementNewIdeas: 'רעיונות חדשים זוכים להקשבה הוגנת ולניסיון אמיתי.',
  statementDelivery: 'אנחנו שופטים את העבודה שלנו לפי מה שמגיע ללקוח, לא לפי המדדים של המחלקה שלנו.',
};

/** Every key of the English catalog is here; Hebrew's `_two` plural forms come on top. */
export const closeHe: typeof closeEn = catalog;
