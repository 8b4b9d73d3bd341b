/**
 * What screen readers hear, in English. Merged into the catalog as `a11y: a11yEn`: names of the
 * board's parts, the timer read out in words, and the room's live announcements.
 */
export const a11yEn = {
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  seconds_one: '{{count}} second',
  seconds_other: '{{count}} seconds',
  minutesAndSeconds: '{{minutes}} {{seconds}}',
  timeLeft: '{{time}} left',
  timeOver: '{{time}} over time',
  // The timer's name: "Time left in this phase: 14 minutes 30 seconds left, Running".
  timer: '{{timer}}: {{time}}, {{status}}',
  nowPhase: 'Now: {{phase}}, {{time}}',
  timeUp: 'Time is up: {{phase}}',
  // A sticky's name: its text, then whose it is and what kind.
  stickyBy: '{{text}}. {{group}}',
  stickyByTyped: '{{text}}. {{group}}, {{type}}',
  cluster_one: '{{cluster}}, {{count}} sticky',
  cluster_other: '{{cluster}}, {{count}} stickies',
};
