import type { Culture, GroupMark, WorkshopSettings } from '../model';
import type { Phrase } from './phrase';

/**
 * The minutes as plain data, every word already in the workshop's language. The renderers
 * (Markdown, HTML, the poster) only lay it out; they decide nothing about what it says.
 */
export interface MinutesDocument {
  language: string;
  dir: 'ltr' | 'rtl';
  confidentiality: Confidentiality;
  header: MinutesHeader;
  sections: MinutesSection[];
  /** The last line: where the minutes come from. */
  footer: Phrase;
}

/** Full, anonymised (no person's name on any remark), or agreements and actions only. */
export type Confidentiality = WorkshopSettings['confidentiality'];

export interface MinutesOptions {
  confidentiality: Confidentiality;
  /** The facilitator's notes (per phase, and clarifying questions noted on items). */
  includeNotes: boolean;
  /** ISO timestamp: running phases are measured up to now, and the minutes say "as of" it. */
  now: string;
  /** The time zone the "as of" time is told in; the computer's own when left out. */
  timeZone?: string;
}

/** A group as the minutes draw it: its name, colour and shape. */
export interface GroupRef {
  id: string;
  name: string;
  colour: string;
  mark: GroupMark;
}

/** A label, with its colon, and what it labels: "Owner:" "Dana (Dev)"; the value may be empty. */
export interface Fact {
  label: Phrase;
  value: Phrase;
}

export interface MinutesHeader {
  title: Phrase;
  /** "Minutes", and "as of …" while the workshop is still running. */
  kicker: Phrase;
  asOf: Phrase | null;
  /** The workshop's date, written out in its language. */
  date: Phrase;
  /** Short facts: date, location, chair, facilitator. */
  facts: Fact[];
  /** Long texts: the goal of the day, the case. */
  texts: { label: Phrase; paragraphs: Phrase[] }[];
  /** What the confidentiality setting left out. */
  confidentiality: Phrase;
}

interface SectionBase {
  /** A stable anchor for the HTML. */
  id: string;
  heading: Phrase;
  /** Said instead of the content when there is none. */
  empty: Phrase | null;
}

export interface AttendanceSection extends SectionBase {
  kind: 'attendance';
  groups: { group: GroupRef; heading: Phrase; present: Phrase[]; none: Phrase | null }[];
  absentHeading: Phrase;
  absent: Phrase[];
  nobodyAbsent: Phrase | null;
}

export interface AgendaSection extends SectionBase {
  kind: 'agenda';
  columns: { phase: Phrase; planned: Phrase; actual: Phrase };
  rows: { title: Phrase; planned: Phrase; actual: Phrase; over: boolean; running: boolean }[];
  total: { title: Phrase; planned: Phrase; actual: Phrase } | null;
}

export interface Placing {
  subject: GroupRef;
  by: GroupRef;
  self: boolean;
  /** Grid point: x from actuality (-1) to possibility (1), y from impersonal (-1) to personal (1). */
  x: number;
  y: number;
  culture: Culture;
  /** "Dev (by Ops)". */
  label: Phrase;
  /** The placing group, in the table: "Ops", or "Dev (itself)". */
  byLabel: Phrase;
  quadrant: Phrase;
}

export interface CultureSection extends SectionBase {
  kind: 'culture';
  axes: { x: { low: Phrase; high: Phrase; title: Phrase }; y: { low: Phrase; high: Phrase; title: Phrase } };
  quadrants: Record<Culture, Phrase>;
  columns: { subject: Phrase; by: Phrase; quadrant: Phrase };
  placings: Placing[];
  /** How each group describes its own culture, where it does. */
  selfLabels: Phrase[];
  gaps: Phrase[];
  /** Groups whose markers are not revealed yet. */
  hidden: Phrase[];
  legend: { self: Phrase; other: Phrase };
  drawingLabel: Phrase;
}

/** A sticky in the minutes. */
export interface MinutesItem {
  id: string;
  text: Phrase;
  /** Type, lens, votes, cluster, signature: the small print under the text. */
  details: Phrase[];
  /** The clarifying questions the facilitator noted, when notes are included. */
  questions: Phrase | null;
  /** What the other groups answered when the item was presented, each under its group's mark. */
  reactions: MinutesReaction[];
  /** "no reaction from Ops", once the presentations have started for the item's group. */
  missing: Phrase | null;
}

export interface MinutesReaction {
  group: GroupRef;
  /** "Ops: Reject". */
  verdict: Phrase;
  text: Phrase | null;
}

export interface MinutesLane {
  key: string;
  heading: Phrase;
  items: MinutesItem[];
  /** "3 stickies here are not revealed yet". */
  hidden: Phrase | null;
  empty: Phrase | null;
}

export interface GroupSection extends SectionBase {
  kind: 'group';
  group: GroupRef;
  lanes: MinutesLane[];
  clustersHeading: Phrase;
  clusters: { heading: Phrase; items: Phrase[] }[];
  noClusters: Phrase | null;
}

/**
 * How each group's items were received. The reactions themselves stand under the items they
 * answer, in the groups' sections; this is the count of them, per group that reacted.
 */
export interface ReactionsSection extends SectionBase {
  kind: 'reactions';
  groups: {
    group: GroupRef;
    heading: Phrase;
    /**
     * Per other group, once some group has reacted: "Ops reacted to 5 of 7 items: Accept (3) ·
     * Reject (2).", or "QA has not reacted to any of the 7 items yet."
     */
    tallies: { group: GroupRef; text: Phrase }[];
    noReactions: Phrase | null;
    /** "4 items are still without a reaction: …": each says from whom where it is listed. */
    awaiting: Phrase | null;
    allReacted: Phrase | null;
  }[];
}

export interface AgreementsSection extends SectionBase {
  kind: 'agreements';
  items: {
    id: string;
    heading: Phrase;
    status: Phrase;
    agreed: boolean;
    text: Phrase;
    sides: { group: GroupRef; heading: Phrase; requirements: Phrase[]; noRequirements: Phrase | null; answer: Phrase; answerLabel: Phrase | null; answerText: Phrase | null }[];
    notShown: Phrase | null;
  }[];
}

export interface DecisionsSection extends SectionBase {
  kind: 'decisions';
  items: { text: Phrase; deferred: Phrase | null; facts: Fact[] }[];
}

export interface ActionsSection extends SectionBase {
  kind: 'actions';
  items: { id: string; text: Phrase; owner: Phrase; due: Phrase; facts: Fact[] }[];
}

export interface ParkingSection extends SectionBase {
  kind: 'parking';
  /** Each item with who set it aside, its owner and its follow-up date. */
  items: { text: Phrase; by: Phrase; facts: Fact[] }[];
}

export interface FollowUpSection extends SectionBase {
  kind: 'follow-up';
  summary: Phrase;
  note: Phrase | null;
}

export interface PulseSection extends SectionBase {
  kind: 'pulse';
  intro: Phrase;
  columns: Phrase[];
  rows: { statement: Phrase; cells: Phrase[] }[];
}

export interface NotesSection extends SectionBase {
  kind: 'notes';
  items: { phase: Phrase; notes: Phrase }[];
}

export type MinutesSection =
  | AttendanceSection
  | AgendaSection
  | CultureSection
  | GroupSection
  | ReactionsSection
  | AgreementsSection
  | DecisionsSection
  | ActionsSection
  | ParkingSection
  | FollowUpSection
  | PulseSection
  | NotesSection;

export type SectionKind = MinutesSection['kind'];
