import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, icsText, workshopIcs } from '../../../shared/minutes';
import { END_OF_DAY, sampleAfterTheDay } from '../../builders/minutes';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** The checks RFC 5545 asks of any calendar file, written out. */
function expectValidCalendar(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
  const logical = unfold(ics).slice(0, -2).split('\r\n');
  const open: string[] = [];
  for (const line of logical) {
    if (line.startsWith('BEGIN:')) open.push(line.slice(6));
    if (line.startsWith('END:')) expect(open.pop()).toBe(line.slice(4));
  }
  expect(open).toEqual([]);
  expect(logical[0]).toBe('BEGIN:VCALENDAR');
  expect(logical).toContain('VERSION:2.0');
  expect(logical.some((l) => l.startsWith('PRODID:'))).toBe(true);
  const events = unfold(ics).split('BEGIN:VEVENT').slice(1);
  for (const e of events) for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:']) expect(e).toContain(`\r\n${prop}`);
  return logical;
}

describe('the calendar file (RFC 5545)', () => {
  it('has the follow-up meeting and each action with a due date, as all-day events with stable ids', () => {
    const b = sampleAfterTheDay('en');
    const ics = workshopIcs(b, { now: END_OF_DAY });
    const logical = expectValidCalendar(ics);
    expect(logical).toContain('DTSTAMP:20260312T140000Z');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: String(e.getFirstPropertyValue('uid')),
      summary: String(e.getFirstPropertyValue('summary')),
      start: String(e.getFirstPropertyValue('dtstart')),
      end: String(e.getFirstPropertyValue('dtend')),
      description: String(e.getFirstPropertyValue('description')),
    }));
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Follow-up meeting: NotHere, Inc.: Making Cats Work with Dogs', '2026-04-16', '2026-04-17'],
      ['Due: Write the release runbook template with a rollback section', '2026-03-26', '2026-03-27'],
      ['Due: Set up a self-service staging environment that mirrors production', '2026-04-30', '2026-05-01'],
    ]);
    // The action without a due date has no event.
    expect(events).toHaveLength(3);
    expect(events[0]!.description).toBe('Follow-up meeting set for April 16, 2026.\n\nSame room, both departments, the CEO chairs. Bring the staging usage figures.');
    expect(events[2]!.description).toContain('Owner: Avi (Ops)\nStatus: In progress\nDone when: Staging is used by two Dev teams for a full sprint.');
    expect(events.map((e) => e.uid)).toEqual([`follow-up-${b.workshop.id}@outmodel.invalid`, `${b.actions[1]!.id}@outmodel.invalid`, `${b.actions[0]!.id}@outmodel.invalid`]);
    // Exported again later: the same events, so a calendar updates them instead of adding copies.
    expect(workshopIcs(b, { now: '2026-05-01T08:00:00.000Z' }).replace(/DTSTAMP:\w+/g, '')).toBe(ics.replace(/DTSTAMP:\w+/g, ''));
  });

  it('in Hebrew: long lines folded between characters, never inside one', () => {
    const b = sampleAfterTheDay('he');
    b.actions[0]!.text = `להקים ${'סביבה 🚀 '.repeat(30)}`;
    const ics = workshopIcs(b, { now: END_OF_DAY });
    expectValidCalendar(ics);
    for (const line of ics.split('\r\n')) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    const summaries = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain(`יעד: ${b.actions[0]!.text}`);
  });

  it('folding: at most 75 octets a line, and unfolding gives the line back', () => {
    for (const text of ['a'.repeat(300), 'é'.repeat(100), 'ש'.repeat(100), '€'.repeat(80), '👩🏽‍💻'.repeat(40), `SUMMARY:${'x'.repeat(74)}`]) {
      const folded = foldLine(text);
      for (const line of folded.split('\r\n')) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        expect(line).not.toContain('\uFFFD');
      }
      expect(unfold(folded)).toBe(text);
    }
    expect(foldLine('short')).toBe('short');
  });

  it('escapes TEXT values: backslash, semicolon, comma and line breaks', () => {
    expect(icsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const b = sampleAfterTheDay('en');
    b.actions[0]!.text = 'Fix a; b, c\\d\nand more';
    const summaries = new ICAL.Component(ICAL.parse(workshopIcs(b, { now: END_OF_DAY }))).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain('Due: Fix a; b, c\\d\nand more');
  });

  it('a workshop without a follow-up date or due dates is still a valid, empty calendar', () => {
    const b = sampleAfterTheDay('en');
    b.workshop.followUp = { date: null, note: 'later' };
    b.actions = [];
    const ics = workshopIcs(b, { now: END_OF_DAY });
    expectValidCalendar(ics);
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
