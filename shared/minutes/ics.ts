import type { WorkshopBundle } from '../model';
import { formatDate, minutesContext, ownerPhrase } from './context';
import { STATUS_KEYS } from './labels';
import { person, phrase, textOf } from './phrase';
import { cleanText } from './text';

/*
 * iCalendar (RFC 5545): CRLF line endings; content lines folded so that none is longer than 75
 * octets, each continuation starting with a space, and never inside a UTF-8 character; TEXT values
 * with backslash, semicolon, comma and line breaks escaped.
 */

export const ICS_PRODID = '-//Outmodel//Outmodel workshop//EN';
const LIMIT = 75;

/** A TEXT value, escaped. */
export function icsText(value: string): string {
  return cleanText(value).replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');
}

const utf8Length = (c: string) => {
  const cp = c.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** A content line folded at 75 octets: the first line holds 75, each continuation a space and 74. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const c of line) {
    const n = utf8Length(c);
    const room = out.length === 0 ? LIMIT : LIMIT - 1;
    if (size + n > room) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += c;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (isoDate: string) => isoDate.replace(/-/g, '');

function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

function stamp(now: string): string {
  const at = new Date(now);
  return (Number.isNaN(at.getTime()) ? new Date(0) : at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A UID stable across exports: the record's own id, at a domain that can never be real. */
const uid = (id: string) => `${id.replace(/[^A-Za-z0-9:._-]/g, '-')}@outmodel.invalid`;

/** An all-day event; a due date is transparent, so it never shows its day as busy. */
function allDayEvent(id: string, date: string, dtstamp: string, summary: string, description: string, busy: boolean): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid(id)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${compact(date)}`,
    `DTEND;VALUE=DATE:${nextDay(date)}`,
    `SUMMARY:${icsText(summary)}`,
    ...(description ? [`DESCRIPTION:${icsText(description)}`] : []),
    `TRANSP:${busy ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ];
}

/**
 * A calendar with the follow-up meeting (when it has a date) and each action item's due date, as
 * all-day events in the workshop's language.
 */
export function workshopIcs(bundle: WorkshopBundle, options: { now: string }): string {
  const ctx = minutesContext(bundle, 'agreements-only');
  const { t } = ctx;
  const w = bundle.workshop;
  const dtstamp = stamp(options.now);
  const events: string[][] = [];
  if (w.followUp?.date) {
    const description = [textOf(phrase(t, 'close.meetingSet', { date: formatDate(ctx, w.followUp.date) })), w.followUp.note.trim()].filter(Boolean).join('\n\n');
    events.push(allDayEvent(`follow-up-${w.id}`, w.followUp.date, dtstamp, textOf(phrase(t, 'minutes.icsFollowUp', { title: person(w.title) })), description, true));
  }
  const actions = [...bundle.actions].filter((a) => a.dueDate).sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : a.id < b.id ? -1 : 1));
  for (const a of actions) {
    const description = [
      `${t('outcomes.ownerShown')} ${textOf(ownerPhrase(ctx, a.owner))}`,
      `${t('minutes.label', { label: t('outcomes.status') })} ${t(STATUS_KEYS[a.status])}`,
      a.definitionOfDone.trim() ? `${t('outcomes.doneWhen')} ${a.definitionOfDone.trim()}` : '',
      textOf(phrase(t, 'minutes.icsFromWorkshop', { title: person(w.title) })),
    ].filter(Boolean);
    events.push(allDayEvent(a.id, a.dueDate!, dtstamp, textOf(phrase(t, 'minutes.icsActionDue', { action: person(a.text) })), description.join('\n'), false));
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(w.title)}`, ...events.flat(), 'END:VCALENDAR'];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
