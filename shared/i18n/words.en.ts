/** Requirement types, lenses and the words of a reaction, in English: the app's catalog and the phones' page share them. */
export const typesEn = {
  doMore: 'Do more',
  doLess: 'Do less or stop',
  keepDoing: 'Keep doing',
};

export const lensesEn = {
  culture: 'Culture',
  automation: 'Automation',
  lean: 'Lean',
  measurement: 'Measurement',
  sharing: 'Sharing',
};

export const verdictsEn = {
  accept: 'Accept',
  acceptIf: 'Accept if…',
  reject: 'Reject',
  clarify: 'Needs clarification',
  commentLabel: 'Comment (optional)',
  conditionLabel: 'On what condition',
  reasonLabel: 'Why not',
};
