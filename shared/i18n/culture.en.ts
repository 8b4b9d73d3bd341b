/**
 * The culture map: the two-axis grid on which each group places itself and each other group.
 * Merged into the English catalog as its `culture` section.
 */
export const cultureEn = {
  title: 'Culture map',
  explained: 'Each group places itself and each other group on the grid. The gap between how a group sees itself and how the others see it is the first conversation.',
  gridLabel: 'The culture grid',
  axisAttends: 'Across: what a group attends to',
  axisDecides: 'Up and down: how it decides',
  actuality: 'Actuality',
  actualityHint: 'what is',
  possibility: 'Possibility',
  possibilityHint: 'what might be',
  personal: 'Personal',
  personalHint: 'decides with people in mind',
  impersonal: 'Impersonal',
  impersonalHint: 'decides by analysis',
  /** A quadrant's name on the grid. */
  quadrants: {
    control: 'Control',
    collaboration: 'Collaboration',
    competence: 'Competence',
    cultivation: 'Cultivation',
  },
  /** A quadrant's name inside a sentence. */
  names: {
    control: 'control',
    collaboration: 'collaboration',
    competence: 'competence',
    cultivation: 'cultivation',
  },
  descriptions: {
    control: 'Keeps things predictable: facts, rules and proven procedures decide, so that what works keeps working.',
    collaboration: 'Gets things done together: the people involved decide, working from what is in front of them.',
    competence: 'Aims to be the best at what it does: expertise, new ideas and measurable results decide.',
    cultivation: 'Grows people and purpose: decisions serve what the people and the organisation could become.',
  },
  place: 'Place a marker',
  placingFor: 'Placing for',
  placingOwn: 'You place {{group}}’s markers: one for {{group}} itself and one for each other group.',
  trayTitle: 'Still to place',
  trayHint: 'Drag a marker onto the grid, or place it in the centre and move it with the arrow keys.',
  trayDone: 'Every marker is on the grid.',
  placeCentre: 'Place in the centre',
  moveHint: 'To move one of your markers, drag it, or focus it with Tab and use the arrow keys.',
  markerLabel: '{{subject}} (by {{by}})',
  markerName: '{{label}}, in the {{culture}} quadrant',
  markerNamePrivate: '{{label}}, in the {{culture}} quadrant; private until revealed',
  gapsTitle: 'How each group is seen',
  gap: '{{subject}} sees itself as {{self}}; {{by}} sees {{subject}} as {{other}}: {{size}}.',
  gapClose: 'close',
  gapApart: 'apart',
  gapFar: 'far apart',
  noGaps: 'When a group has placed itself and another group has placed it too, the gap between them shows here.',
  privateNote: '{{group}}’s markers are private until revealed.',
  privateForRoom: '{{group}}’s markers are private: the room sees them once you reveal {{group}}.',
};
