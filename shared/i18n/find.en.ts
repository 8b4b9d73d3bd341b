/**
 * Find on the facilitator's board, in English: words and filters, and the way from one match to
 * the next. Merged into the catalog as `find: findEn`.
 */
export const findEn = {
  // The find actions' own names.
  open: 'Find on the board',
  next: 'Next match',
  previous: 'Previous match',

  button: 'Find',
  label: 'Find on the board',
  close: 'Close find',
  words: 'Words',
  placeholder: 'In stickies, questions, cluster titles',
  group: 'Written by',
  anyGroup: 'Any group',
  lane: 'Lane',
  anyLane: 'Any lane',
  type: 'Type',
  anyType: 'Any type',
  lens: 'Lens',
  anyLens: 'Any lens',
  hasReactions: 'Has reactions',
  hasVotes: 'Has votes',
  onlyMatches: 'Show only matches',
  count_one: '{{count}} of {{total}} stickies matches',
  count_other: '{{count}} of {{total}} stickies match',
  position: 'Match {{index}} of {{total}}',
  matchNote: 'Matches the search',
};
