import type { findEn } from './find.en';

/**
 * Find on the facilitator's board, in Hebrew: the keys of `findEn`, with Hebrew's plural forms
 * (one, two, other). Merged into the catalog as `find: findHe`.
 */
const catalog = {
  open: 'חיפוש בלוח',
  next: 'ההתאמה הבאה',
  previous: 'ההתאמה הקודמת',

  button: 'חיפוש',
  label: 'חיפוש בלוח',
  close: 'סגירת החיפוש',
  words: 'מילים',
  placeholder: 'בפתקים, בשאלות, בכותרות של אשכולות',
  group: 'נכתב על ידי',
  anyGroup: 'כל קבוצה',
  lane: 'נתיב',
  anyLane: 'כל נתיב',
  type: 'סוג',
  anyType: 'כל סוג',
  lens: 'עדשה',
  anyLens: 'כל עדשה',
  hasReactions: 'יש תגובות',
  hasVotes: 'יש הצבעות',
  onlyMatches: 'להציג רק התאמות',
  count_one: 'פתק אחד מתוך {{total}} תואם',
  count_two: 'שני פתקים מתוך {{total}} תואמים',
  count_other: '{{count}} מתוך {{total}} פתקים תואמים',
  position: 'התאמה {{index}} מתוך {{total}}',
  matchNote: 'תואם לחיפוש',
};

/** Every key of the English catalog is here; Hebrew's `_two` plural form comes on top. */
export const findHe: typeof findEn = catalog;
