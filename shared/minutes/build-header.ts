import { elapsedMs, timerState } from '../facilitation';
import { byOrder } from '../lib/order';
import type { AgendaSection, AttendanceSection, Confidentiality, Fact, MinutesHeader, NotesSection } from './document';
import { formatDate, groupName, groupRef, type MinutesContext } from './context';
import { labelled, person, personal, phrase, plain, type Phrase } from './phrase';

const CONFIDENTIALITY_KEYS: Record<Confidentiality, string> = {
  full: 'minutes.confidentialityFull',
  anonymised: 'minutes.confidentialityAnonymised',
  'agreements-only': 'minutes.confidentialityAgreementsOnly',
};

/** Whether some phase is running or paused: the minutes are then a snapshot, "as of" now. */
export function stillRunning(ctx: MinutesContext): boolean {
  return ctx.bundle.phases.some((p) => ['running', 'paused'].includes(timerState(p.run)));
}

function formatMoment(ctx: MinutesContext, iso: string, timeZone: string | undefined): string {
  const at = new Date(iso);
  try {
    return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at);
  }
}

/** Paragraphs of a long text, split where the person left a blank line. */
function paragraphs(text: string): Phrase[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(personal);
}

export function buildHeader(ctx: MinutesContext, confidentiality: Confidentiality, now: string, timeZone: string | undefined): MinutesHeader {
  const { t } = ctx;
  const w = ctx.bundle.workshop;
  const date = plain(formatDate(ctx, w.date));
  const facts: Fact[] = [{ label: labelled(t, 'details.date'), value: date }];
  const short: [string, string][] = [
    ['details.location', w.location],
    ['details.chair', w.chair],
    ['details.facilitator', w.facilitator],
  ];
  for (const [key, value] of short) if (value.trim()) facts.push({ label: labelled(t, key), value: personal(value.trim()) });
  const texts = [
    { label: phrase(t, 'details.goal'), paragraphs: paragraphs(w.goal) },
    { label: phrase(t, 'minutes.caseText'), paragraphs: paragraphs(w.caseText) },
  ].filter((x) => x.paragraphs.length > 0);
  return {
    title: personal(w.title),
    kicker: phrase(t, 'minutes.kicker'),
    date,
    asOf: stillRunning(ctx) ? phrase(t, 'minutes.asOf', { time: formatMoment(ctx, now, timeZone) }) : null,
    facts,
    texts,
    confidentiality: phrase(t, CONFIDENTIALITY_KEYS[confidentiality]),
  };
}

/** Who came, group by group, and who did not. */
export function buildAttendance(ctx: MinutesContext): AttendanceSection {
  const { t } = ctx;
  const named = (p: (typeof ctx.participants)[number]) => (p.role.trim() ? phrase(t, 'minutes.personRole', { name: person(p.name), role: person(p.role.trim()) }) : personal(p.name));
  const groups = ctx.groups.map((g) => {
    const present = ctx.participants.filter((p) => p.groupId === g.id && p.present);
    return {
      group: groupRef(g),
      heading: phrase(t, 'minutes.presentCount', { group: person(g.name), count: present.length }),
      present: present.map(named),
      none: present.length === 0 ? phrase(t, 'minutes.nobodyPresent', { group: person(g.name) }) : null,
    };
  });
  const absent = ctx.participants.filter((p) => !p.present);
  return {
    kind: 'attendance',
    id: 'attendance',
    heading: phrase(t, 'attendance.title'),
    empty: ctx.participants.length === 0 ? phrase(t, 'minutes.noParticipants') : null,
    groups,
    absentHeading: phrase(t, 'minutes.absentHeading'),
    absent: absent.map((p) => phrase(t, 'minutes.personOfGroup', { name: named(p), group: groupName(ctx, p.groupId) })),
    nobodyAbsent: absent.length === 0 ? phrase(t, 'minutes.nobodyAbsent') : null,
  };
}

/** Each phase's planned minutes beside the minutes it actually took. */
export function buildAgenda(ctx: MinutesContext, now: string): AgendaSection {
  const { t } = ctx;
  const nowMs = Date.parse(now);
  const minutes = (count: number) => phrase(t, 'minutes.minutes', { count });
  let planned = 0;
  let actualMs = 0;
  let ran = false;
  const rows = byOrder(ctx.bundle.phases).map((p) => {
    const state = timerState(p.run);
    const running = state === 'running' || state === 'paused';
    const spent = elapsedMs(p.run, nowMs);
    const actual = Math.round(spent / 60_000);
    planned += p.plannedMinutes;
    if (state !== 'idle') {
      ran = true;
      actualMs += spent;
    }
    return {
      title: personal(p.title),
      planned: minutes(p.plannedMinutes),
      actual: state === 'idle' ? phrase(t, 'minutes.notRun') : running ? phrase(t, 'minutes.soFar', { count: actual }) : minutes(actual),
      over: state !== 'idle' && actual > p.plannedMinutes + p.run.addedMinutes,
      running,
    };
  });
  return {
    kind: 'agenda',
    id: 'agenda',
    heading: phrase(t, 'panel.agenda'),
    empty: rows.length === 0 ? phrase(t, 'minutes.noPhases') : null,
    columns: { phase: phrase(t, 'minutes.phase'), planned: phrase(t, 'minutes.planned'), actual: phrase(t, 'minutes.actual') },
    rows,
    total: rows.length > 1 ? { title: phrase(t, 'minutes.total'), planned: minutes(planned), actual: ran ? minutes(Math.round(actualMs / 60_000)) : phrase(t, 'minutes.notRun') } : null,
  };
}

/** The facilitator's private notes, phase by phase: only when the facilitator asks for them. */
export function buildNotes(ctx: MinutesContext): NotesSection {
  const items = byOrder(ctx.bundle.phases)
    .filter((p) => p.notes.trim())
    .map((p) => ({ phase: personal(p.title), notes: personal(p.notes.trim()) }));
  return { kind: 'notes', id: 'notes', heading: phrase(ctx.t, 'minutes.notesTitle'), empty: items.length === 0 ? phrase(ctx.t, 'minutes.noNotes') : null, items };
}
