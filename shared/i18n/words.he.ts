/** Requirement types, lenses and the words of a reaction, in Hebrew: the app's catalog and the phones' page share them. */
export const typesHe = {
  doMore: 'לעשות יותר',
  doLess: 'לעשות פחות או להפסיק',
  keepDoing: 'להמשיך לעשות',
};

export const lensesHe = {
  culture: 'תרבות',
  automation: 'אוטומציה',
  lean: 'רזה (Lean)',
  measurement: 'מדידה',
  sharing: 'שיתוף',
};

export const verdictsHe = {
  accept: 'מקבלים',
  acceptIf: 'מקבלים בתנאי…',
  reject: 'דוחים',
  clarify: 'צריך הבהרה',
  commentLabel: 'הערה (לא חובה)',
  conditionLabel: 'באיזה תנאי',
  reasonLabel: 'למה לא',
};
