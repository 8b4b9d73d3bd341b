/**
 * Dot voting, in English. Merged into the catalog as `voting: votingEn`; the refusals and undo
 * labels of the voting actions belong under `errors` and `undo` (`votingErrorsEn`, `votingUndoEn`).
 */
export const votingEn = {
  // The voting actions' own names.
  open: 'Open the round',
  close: 'Close the round',
  dot: 'Place a dot',
  tally: 'Enter a hand-counted total',

  title: 'Dot voting',
  intro: 'Rank items with dots. Nobody sees anyone else’s dots until the round closes; then only the totals are shown.',
  noRounds: 'No voting round yet.',
  waitForRound: 'A round opens here when it is time to vote.',

  openTitle: 'Open a round',
  lanes: 'Which lanes',
  laneOption_one: '{{lane}}: {{count}} item',
  laneOption_other: '{{lane}}: {{count}} items',
  whoVotes: 'Who votes on what',
  votersOwnList: 'Each group on its own list',
  votersEveryone: 'Everyone on every lane chosen',
  voterKind: 'Who holds the dots',
  voterKindParticipant: 'Each participant present',
  voterKindGroup: 'Each group, as one voter',
  mode: 'How the votes are counted',
  modeDots: 'Dots, placed on this screen',
  modeTally: 'A show of hands, counted by you',
  budget: 'Dots per voter',
  budgetHint: 'Suggested: about one dot for every four items.',
  cap: 'Most dots on one item',
  capHint: 'Never more than the dots per voter.',
  needLanes: 'Choose at least one lane to vote on.',
  budgetInvalid: 'Dots per voter must be a whole number from 1 to 100.',
  capInvalid: 'Most dots on one item must be a whole number from 1 to the dots per voter.',
  closeFirst: 'Close the open round before you open another.',

  roundTitle: 'Round {{number}}',
  runoffTitle: 'Round {{number}}: second round for the ties of round {{parent}}',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  runoffItems: 'The tied items of round {{number}}',
  dotsRule_one: '{{count}} dot per voter, at most {{cap}} on one item',
  dotsRule_other: '{{count}} dots per voter, at most {{cap}} on one item',
  tallyRule: 'Totals counted by hand',
  secret: 'Dots stay secret until the round closes.',

  whoIsVoting: 'Who is voting',
  pickVoter: 'Choose who is voting to see the items they may dot.',
  noVoters: 'Nobody present can vote. Tick who is present under Room.',
  votingAs: 'Voting as',
  dotsLeft_one: '{{left}} of {{count}} dot left',
  dotsLeft_other: '{{left}} of {{count}} dots left',
  yourDots: 'Your dots here: {{count}}',
  addDot: 'Add a dot to “{{item}}”',
  removeDot: 'Take a dot back from “{{item}}”',
  done: 'Done: hide my dots',
  noItems: 'This round has nothing this voter may dot.',
  hiddenItems_one: '{{count}} item of this round is still private to its group.',
  hiddenItems_other: '{{count}} items of this round are still private to their group.',
  dotsCast_one: '{{count}} dot cast so far',
  dotsCast_other: '{{count}} dots cast so far',
  openElsewhere: 'Voting is open.',

  tallyHint: 'Count the raised hands for each item and enter the total. It is saved when you leave the field or press Enter.',
  tallyFor: 'Hand-counted total for “{{item}}”',
  tallyWaiting: 'Hands are being counted.',

  results: 'Results',
  resultsHint: 'In vote order: discuss the items from the top.',
  totalDots_one: '{{count}} dot',
  totalDots_other: '{{count}} dots',
  totalVotes_one: '{{count}} vote',
  totalVotes_other: '{{count}} votes',
  tied: 'tied',
  noVotes: 'No votes were cast in this round.',
  runoff: 'Second round for the tied items',
  runoffAt: 'Second round for the items tied at {{total}}',
  runoffHeld: 'Its ties went to a second round: round {{number}}.',
  earlier: 'Earlier rounds',
};

/** Refusals of the voting rules; they belong under `errors`. */
export const votingErrorsEn = {
  roundClosed: 'This round is closed and its votes are counted. Open a new round to vote again.',
  roundIsTally: 'This round is counted by hand: the facilitator enters each item’s total.',
  roundIsDots: 'In this round each voter places their own dots; there is no total to enter.',
  notInRound: 'That item is not part of this round.',
  notYourList: 'In this round each group votes only on its own list. Choose an item your group wrote.',
  budgetSpent: 'All {{budget}} dots are placed. Take one back with − to put it somewhere else.',
  itemCapReached: 'One item takes at most {{cap}} dots from each voter. Put your other dots on other items.',
  tallyInvalid: 'Enter a whole number from 0 to 100.',
  roundNeedsLanes: 'Choose at least one lane to vote on.',
  roundBudgetInvalid: 'Give each voter at least one dot, and allow at least one dot on an item.',
  roundGone: 'That voting round no longer exists.',
};

/** Undo labels of the voting actions; they belong under `undo`. */
export const votingUndoEn = {
  openRound: 'Open a voting round',
  closeRound: 'Close a voting round',
  setTally: 'Enter a hand-counted total',
};
