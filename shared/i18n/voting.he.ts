import type { votingErrorsEn, votingUndoEn } from './voting.en';

/**
 * Dot voting, in Hebrew: the keys of `votingEn`, with Hebrew's plural forms (one, two, other).
 * Merged into the catalog as `voting: votingHe`; `votingErrorsHe` and `votingUndoHe` belong under
 * `errors` and `undo`.
 */
export const votingHe = {
  open: 'פתיחת הסבב',
  close: 'סגירת הסבב',
  dot: 'הצבת נקודה',
  tally: 'הזנת סך שנספר ביד',

  title: 'הצבעת נקודות',
  intro: 'מדרגים פריטים בנקודות. איש לא רואה את הנקודות של אחרים עד שהסבב נסגר; אחר כך מוצגים רק הסכומים.',
  noRounds: 'עדיין אין סבב הצבעה.',
  waitForRound: 'כשיגיע הזמן להצביע, ייפתח כאן סבב.',

  openTitle: 'פתיחת סבב',
  lanes: 'אילו נתיבים',
  laneOption_one: '{{lane}}: פריט אחד',
  laneOption_two: '{{lane}}: שני פריטים',
  laneOption_other: '{{lane}}: {{count}} פריטים',
  whoVotes: 'מי מצביע על מה',
  votersOwnList: 'כל קבוצה על הרשימה שלה',
  votersEveryone: 'כולם על כל הנתיבים שנבחרו',
  voterKind: 'למי יש נקודות',
  voterKindParticipant: 'לכל משתתף/ת שנוכח/ת',
  voterKindGroup: 'לכל קבוצה, כמצביעה אחת',
  mode: 'איך סופרים את הקולות',
  modeDots: 'נקודות, שמציבים במסך הזה',
  modeTally: 'הרמת ידיים, שאתם סופרים',
  budget: 'נקודות לכל מצביע/ה',
  budgetHint: 'הצעה: בערך נקודה אחת לכל ארבעה פריטים.',
  cap: 'הכי הרבה נקודות על פריט אחד',
  capHint: 'לעולם לא יותר מהנקודות של כל מצביע/ה.',
  needLanes: 'בחרו לפחות נתיב אחד להצבעה.',
  budgetInvalid: 'מספר הנקודות לכל מצביע/ה צריך להיות מספר שלם בין 1 ל־100.',
  capInvalid: 'מספר הנקודות על פריט אחד צריך להיות מספר שלם בין 1 למספר הנקודות של כל מצביע/ה.',
  closeFirst: 'סגרו את הסבב הפתוח לפני שתפתחו סבב נוסף.',

  roundTitle: 'סבב {{number}}',
  runoffTitle: 'סבב {{number}}: סבב שני לפריטים שבתיקו בסבב {{parent}}',
  statusOpen: 'פתוח',
  statusClosed: 'סגור',
  runoffItems: 'הפריטים שבתיקו בסבב {{number}}',
  dotsRule_one: 'נקודה אחת לכל מצביע/ה, עד {{cap}} על פריט אחד',
  dotsRule_two: 'שתי נקודות לכל מצביע/ה, עד {{cap}} על פריט אחד',
  dotsRule_other: '{{count}} נקודות לכל מצביע/ה, עד {{cap}} על פריט אחד',
  tallyRule: 'סכומים שנספרו ביד',
  secret: 'הנקודות נשארות חסויות עד שהסבב נסגר.',

  whoIsVoting: 'מי מצביע/ה עכשיו',
  pickVoter: 'בחרו מי מצביע/ה כדי לראות את הפריטים שמותר לסמן.',
  noVoters: 'אין אף אחד נוכח שיכול להצביע. סמנו מי נוכח/ת תחת „החדר”.',
  votingAs: 'מצביעים בשם',
  dotsLeft_one: 'נקודות שנותרו: {{left}} מתוך אחת',
  dotsLeft_two: 'נקודות שנותרו: {{left}} מתוך שתיים',
  dotsLeft_other: 'נקודות שנותרו: {{left}} מתוך {{count}}',
  yourDots: 'הנקודות שלכם כאן: {{count}}',
  addDot: 'הוספת נקודה ל„{{item}}”',
  removeDot: 'החזרת נקודה מ„{{item}}”',
  done: 'סיימתי: הסתרת הנקודות שלי',
  noItems: 'בסבב הזה אין פריטים שמותר למצביע/ה שנבחר/ה לסמן.',
  hiddenItems_one: 'פריט אחד בסבב הזה עדיין פרטי לקבוצה שכתבה אותו.',
  hiddenItems_two: 'שני פריטים בסבב הזה עדיין פרטיים לקבוצה שכתבה אותם.',
  hiddenItems_other: '{{count}} פריטים בסבב הזה עדיין פרטיים לקבוצה שכתבה אותם.',
  dotsCast_one: 'עד עכשיו הוצבה נקודה אחת',
  dotsCast_two: 'עד עכשיו הוצבו שתי נקודות',
  dotsCast_other: 'עד עכשיו הוצבו {{count}} נקודות',
  openElsewhere: 'ההצבעה פתוחה.',

  tallyHint: 'ספרו את הידיים המורמות לכל פריט והזינו את הסך. הוא נשמר כשיוצאים מהשדה או לוחצים Enter.',
  tallyFor: 'סך שנספר ביד עבור „{{item}}”',
  tallyWaiting: 'סופרים ידיים.',

  results: 'תוצאות',
  resultsHint: 'לפי סדר הקולות: דנים בפריטים מלמעלה למטה.',
  totalDots_one: 'נקודה אחת',
  totalDots_two: 'שתי נקודות',
  totalDots_other: '{{count}} נקודות',
  totalVotes_one: 'קול אחד',
  totalVotes_two: 'שני קולות',
  totalVotes_other: '{{count}} קולות',
  tied: 'תיקו',
  noVotes: 'איש לא הצביע בסבב הזה.',
  runoff: 'סבב שני לפריטים שבתיקו',
  runoffAt: 'סבב שני לפריטים שבתיקו על {{total}}',
  runoffHeld: 'הפריטים שבתיקו עברו לסבב שני: סבב {{number}}.',
  earlier: 'סבבים קודמים',
};

/** Refusals of the voting rules; they belong under `errors`. */
export const votingErrorsHe: Record<keyof typeof votingErrorsEn, string> = {
  roundClosed: 'הסבב הזה סגור והקולות שבו נספרו. כדי להצביע שוב, פתחו סבב חדש.',
  roundIsTally: 'בסבב הזה סופרים ביד: המנחה מזין/ה את הסך של כל פריט.',
  roundIsDots: 'בסבב הזה כל מצביע/ה מציב/ה נקודות בעצמו/ה; אין סך להזין.',
  notInRound: 'הפריט הזה אינו חלק מהסבב.',
  notYourList: 'בסבב הזה כל קבוצה מצביעה רק על הרשימה שלה. בחרו פריט שהקבוצה שלכם כתבה.',
  budgetSpent: 'כל {{budget}} הנקודות הוצבו. החזירו אחת עם − כדי להציב אותה במקום אחר.',
  itemCapReached: 'פריט אחד מקבל לכל היותר {{cap}} נקודות מכל מצביע/ה. הציבו את שאר הנקודות על פריטים אחרים.',
  tallyInvalid: 'הזינו מספר שלם בין 0 ל־100.',
  roundNeedsLanes: 'בחרו לפחות נתיב אחד להצבעה.',
  roundBudgetInvalid: 'תנו לכל מצביע/ה לפחות נקודה אחת, ואפשרו לפחות נקודה אחת על פריט.',
  roundGone: 'סבב ההצבעה הזה כבר לא קיים.',
};

/** Undo labels of the voting actions; they belong under `undo`. */
export const votingUndoHe: Record<keyof typeof votingUndoEn, string> = {
  openRound: 'פתיחת סבב הצבעה',
  closeRound: 'סגירת סבב הצבעה',
  setTally: 'הזנת סך שנספר ביד',
};
