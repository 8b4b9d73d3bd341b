/**
 * The close of the workshop, in English: the parking lot's owners and dates, the follow-up
 * meeting, and the optional culture pulse. Merged into the catalog as `close: closeEn`.
 *
 * The seven pulse statements are stored by their position (statement 0 to 6): reword them if
 * needed, but never reorder them, or ratings already given would change meaning.
 */
export const closeEn = {
  // The close actions' own names.
  parkingOwner: 'Give a parking-lot item an owner and a follow-up date',
  pulse: 'Rate a culture-pulse statement',
  followUp: 'Set the follow-up meeting',

  title: 'Close',
  intro: 'Before everyone leaves: every parking-lot item gets an owner and a date, the follow-up meeting is set, and, if you like, each group takes the culture pulse again.',

  parkingTitle: 'Parking lot',
  parkingIntro: 'Whatever the room set aside needs someone to own it and a date on which it is looked at again.',
  parkingItems: 'Parking-lot items',
  parkingEmpty: 'Nothing is in the parking lot.',
  writtenBy: 'Set aside by {{group}}',
  owner: 'Owner',
  noOwner: 'No owner yet',
  wholeGroup: '{{group}} (the whole group)',
  absentName: '{{name}} (absent)',
  followUpDate: 'Follow-up date',
  noDate: 'No date yet',
  unresolved_one: '{{count}} parking-lot item still needs an owner and a follow-up date',
  unresolved_other: '{{count}} parking-lot items still need an owner and a follow-up date',
  needsOwner: 'needs an owner',
  needsDate: 'needs a follow-up date',
  needsBoth: 'needs an owner and a follow-up date',
  resolved: 'Every parking-lot item has an owner and a follow-up date.',

  meetingTitle: 'Follow-up meeting',
  meetingIntro: 'When the groups meet again to see how the agreements and actions are going.',
  meetingDate: 'Date of the follow-up meeting',
  meetingNote: 'Note: where, who comes, what to bring',
  meetingSave: 'Save the follow-up meeting',
  meetingClear: 'Clear',
  meetingSet: 'Follow-up meeting set for {{date}}.',
  meetingNoDate: 'Follow-up meeting noted, without a date yet.',
  meetingNotSet: 'No follow-up meeting set yet.',

  pulseTitle: 'Culture pulse (optional)',
  pulseIntro: 'Each person present rates each statement about their own department, from 1 (not true at all) to 7 (completely true): once before the workshop and once after it. Only group averages are compared.',
  pulseWhen: 'Ratings to show',
  before: 'Before',
  after: 'After',
  gridBefore: 'Ratings before the workshop',
  gridAfter: 'Ratings after the workshop',
  person: 'Person',
  rating: '{{name}}, statement {{number}}',
  notRated: 'Not rated',
  nobodyPresent: 'Nobody is marked present. Tick who is present under Room, then rate the pulse.',
  averagesTitle: 'Averages per group',
  statement: 'Statement',
  change: 'Change',
  raters: 'People who rated',
  noRatings: 'No ratings yet.',
  noRatingsFrom: 'No ratings yet from {{group}}.',

  statementInformation: 'We go looking for the information we need, and pass on what others need.',
  statementBadNews: 'Whoever brings bad news is heard, not blamed.',
  statementResponsibility: 'Responsibility for the result is shared, not handed to one department.',
  statementCooperation: 'Working across department lines is expected and rewarded.',
  statementFailure: 'When something fails, we ask what happened, not who is at fault.',
  statementNewIdeas: 'New ideas get a fair hearing and a real try.',
  statementDelivery: 'We judge our work by what reaches the customer, not by our own department’s figures.',
};
