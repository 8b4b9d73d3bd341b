import type { z } from 'zod';
import { BUNDLE_TABLES, type BundleTable } from '../model/bundle';
import { LIMITS } from '../model/common';
import { message, type Message } from '../i18n';
import { isRecord } from './upgrade';

/**
 * What is wrong in a workshop file, in a facilitator's words: which item (a sticky, a group, the
 * list of stickies, the workshop's details), which of its fields, and what is wrong with it.
 * Each part is a catalog message, so it reads in the person's language; `fileProblemText`
 * puts them together.
 */
export interface FileProblem {
  item: Message;
  field?: Message;
  reason: Message;
}

/** At most this many problems are kept: the first names the damage, a few more show its extent. */
export const MAX_PROBLEMS = 10;

/** How each table's records are named, and which of their fields shows the room which one it is. */
const ITEMS: Record<BundleTable, { plain: string; named?: string; label?: string }> = {
  groups: { plain: 'files.item.group', named: 'files.item.groupNamed', label: 'name' },
  participants: { plain: 'files.item.participant', named: 'files.item.participantNamed', label: 'name' },
  phases: { plain: 'files.item.phase', named: 'files.item.phaseNamed', label: 'title' },
  stickies: { plain: 'files.item.sticky', named: 'files.item.stickyNamed', label: 'text' },
  clusters: { plain: 'files.item.cluster', named: 'files.item.clusterNamed', label: 'title' },
  placements: { plain: 'files.item.placement' },
  reactions: { plain: 'files.item.reaction', named: 'files.item.reactionNamed', label: 'text' },
  rounds: { plain: 'files.item.round' },
  votes: { plain: 'files.item.vote' },
  agreements: { plain: 'files.item.agreement', named: 'files.item.agreementNamed', label: 'text' },
  decisions: { plain: 'files.item.decision', named: 'files.item.decisionNamed', label: 'text' },
  actions: { plain: 'files.item.action', named: 'files.item.actionNamed', label: 'text' },
  pulses: { plain: 'files.item.pulse' },
};

const TABLES: Record<BundleTable, string> = {
  groups: 'files.table.groups',
  participants: 'files.table.participants',
  phases: 'files.table.phases',
  stickies: 'files.table.stickies',
  clusters: 'files.table.clusters',
  placements: 'files.table.placements',
  reactions: 'files.table.reactions',
  rounds: 'files.table.rounds',
  votes: 'files.table.votes',
  agreements: 'files.table.agreements',
  decisions: 'files.table.decisions',
  actions: 'files.table.actions',
  pulses: 'files.table.pulses',
};

/** The fields a facilitator knows by name; any other is named as the file spells it. */
const FIELDS: Record<string, string> = {
  text: 'files.field.text',
  title: 'files.field.title',
  name: 'files.field.name',
  date: 'files.field.date',
  location: 'files.field.location',
  goal: 'files.field.goal',
  caseText: 'files.field.caseText',
  chair: 'files.field.chair',
  facilitator: 'files.field.facilitator',
  language: 'files.field.language',
  colour: 'files.field.colour',
  mark: 'files.field.mark',
  role: 'files.field.role',
  present: 'files.field.present',
  kind: 'files.field.kind',
  order: 'files.field.order',
  instructions: 'files.field.instructions',
  notes: 'files.field.notes',
  plannedMinutes: 'files.field.plannedMinutes',
  authorGroupId: 'files.field.authorGroup',
  subjectGroupId: 'files.field.subjectGroup',
  groupId: 'files.field.group',
  authorName: 'files.field.authorName',
  clusterId: 'files.field.cluster',
  requirementType: 'files.field.requirementType',
  lens: 'files.field.lens',
  parkingOwner: 'files.field.owner',
  owner: 'files.field.owner',
  followUpDate: 'files.field.followUpDate',
  dueDate: 'files.field.dueDate',
  questions: 'files.field.questions',
  verdict: 'files.field.verdict',
  x: 'files.field.position',
  y: 'files.field.position',
  count: 'files.field.count',
  rating: 'files.field.rating',
  definitionOfDone: 'files.field.definitionOfDone',
  status: 'files.field.status',
  decidedBy: 'files.field.decidedBy',
  rationale: 'files.field.rationale',
  stickyId: 'files.field.sticky',
  stickyIds: 'files.field.stickies',
};

const LABEL_LENGTH = 40;

/** A record's own words, short and on one line, to say which one is meant. */
function labelOf(record: unknown, field: string | undefined): string | null {
  if (!field || !isRecord(record)) return null;
  const value = record[field];
  if (typeof value !== 'string') return null;
  const line = value.replace(/\s+/g, ' ').trim();
  if (!line) return null;
  if (line.length <= LABEL_LENGTH) return line;
  // Cut at a word when there is one in the second half, so the label ends on a whole word.
  const cut = line.lastIndexOf(' ', LABEL_LENGTH - 1);
  return `${line.slice(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH - 1).replace(/[\s,;:.]+$/, '')}…`;
}

function isTable(name: unknown): name is BundleTable {
  return typeof name === 'string' && (BUNDLE_TABLES as readonly string[]).includes(name);
}

/** Record `index` of `table`, named as the room knows it: "Sticky 12 (“We deploy on Fridays”)". */
export function itemMessage(table: BundleTable, index: number, record: unknown): Message {
  const names = ITEMS[table];
  const label = labelOf(record, names.label);
  return label && names.named ? message(names.named, { number: index + 1, label }) : message(names.plain, { number: index + 1 });
}

function fieldMessage(path: readonly PropertyKey[]): Message | undefined {
  if (!path.some((p) => typeof p === 'string')) return undefined;
  const last = path.at(-1);
  const known = typeof last === 'string' ? FIELDS[last] : undefined;
  // A field of the record itself, or of one entry of a list it holds (an agreement's answers).
  const direct = path.length === 1 || (path.length === 3 && typeof path[1] === 'number');
  if (known && direct) return message(known);
  const spelled = path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return message('files.field.other', { name: spelled });
}

/** Where a path of the bundle points: an item and its field, or a whole list, or the file itself. */
function locate(raw: Record<string, unknown>, path: readonly PropertyKey[]): { item: Message; field?: Message } {
  const [head, index, ...rest] = path;
  if (head === 'workshop') {
    const field = fieldMessage(path.slice(1));
    return { item: message('files.item.workshop'), ...(field ? { field } : {}) };
  }
  if (isTable(head)) {
    const rows = raw[head];
    if (typeof index !== 'number' || !Array.isArray(rows)) return { item: message(TABLES[head]) };
    const field = fieldMessage(rest);
    return { item: itemMessage(head, index, rows[index]), ...(field ? { field } : {}) };
  }
  return { item: message('files.item.file') };
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof key === 'number' && Array.isArray(value)) value = value[key];
    else if (typeof key === 'string' && isRecord(value)) value = value[key];
    else return undefined;
  }
  return value;
}

const KIND_REASONS: Record<string, string> = {
  string: 'files.reason.notText',
  number: 'files.reason.notNumber',
  int: 'files.reason.notWholeNumber',
  boolean: 'files.reason.notYesNo',
  array: 'files.reason.notList',
  object: 'files.reason.notRecord',
};

/** What a schema issue means, for a person: the model's own catalog keys first, then zod's codes. */
function reasonOf(issue: z.core.$ZodIssue, value: unknown): Message {
  // Whatever the schema expected there (a choice, a kind of value, a reference), nothing is there.
  if (value === undefined) return message('files.reason.missing');
  if (issue.message === 'errors.stickyEmpty') return message('files.reason.empty');
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return message('files.reason.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return message('files.reason.tooMany', { max: Number(issue.maximum) });
      return message('files.reason.tooHigh', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? message('files.reason.empty') : message('files.reason.tooShort', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return message('files.reason.tooFew', { min: Number(issue.minimum) });
      return message('files.reason.tooLow', { min: Number(issue.minimum) });
    case 'invalid_type':
      return message(KIND_REASONS[issue.expected] ?? 'files.reason.notValid');
    case 'invalid_value':
      return message('files.reason.notChoice', { choices: issue.values.map(String).join(', ') });
    case 'invalid_format':
      if (issue.format === 'datetime') return message('files.reason.notTime');
      if (issue.format === 'regex') return message('files.reason.notColour');
      return message('files.reason.notValid');
    case 'custom':
      if (issue.message === 'errors.stickyOverLimit') return message('files.reason.tooLong', { max: LIMITS.stickyText });
      if (issue.message.startsWith('Expected a date')) return message('files.reason.notDate');
      if (/^Expected an? \w+ id$/.test(issue.message)) return message('files.reason.notReference');
      // The sticky's lane rules: a parking-lot item has no subject, an Inmodel is about its own group…
      if (issue.path.at(-1) === 'subjectGroupId') return message('files.reason.notFitting');
      return message('files.reason.notValid');
    default:
      return message('files.reason.notValid');
  }
}

const INTEGRITY_REASONS: Record<string, string> = {
  'integrity.otherWorkshop': 'files.reason.otherWorkshop',
  'integrity.duplicateId': 'files.reason.duplicateId',
  'integrity.duplicateGroupName': 'files.reason.duplicateGroupName',
  'integrity.missingGroup': 'files.reason.missingGroup',
  'integrity.missingParticipant': 'files.reason.missingParticipant',
  'integrity.missingSticky': 'files.reason.missingSticky',
  'integrity.missingCluster': 'files.reason.missingCluster',
  'integrity.clusterOtherLane': 'files.reason.clusterOtherLane',
  'integrity.missingRound': 'files.reason.missingRound',
  'integrity.missingAgreement': 'files.reason.missingAgreement',
  'integrity.missingPhase': 'files.reason.missingPhase',
};

/** The record a reference problem names (by id, or a group by its name), as the room knows it. */
function itemById(raw: Record<string, unknown>, values: Message['values']): Message {
  const id = values?.what;
  const name = values?.name;
  if (isRecord(raw.workshop) && raw.workshop.id === id) return message('files.item.workshop');
  for (const table of BUNDLE_TABLES) {
    const rows = raw[table];
    if (!Array.isArray(rows)) continue;
    const index = rows.findIndex((r) => isRecord(r) && (id !== undefined ? r.id === id : table === 'groups' && typeof r.name === 'string' && r.name.trim() === String(name).trim()));
    if (index >= 0) return itemMessage(table, index, rows[index]);
  }
  return message('files.item.unknown', { id: String(id ?? name ?? '') });
}

/** The problems of a bundle the schema refused, in the file's order, at most MAX_PROBLEMS. */
export function describeIssues(raw: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const issue of issues.slice(0, MAX_PROBLEMS)) {
    const integrity = issue.code === 'custom' ? INTEGRITY_REASONS[issue.message] : undefined;
    if (issue.code === 'custom' && integrity) {
      problems.push({ item: itemById(raw, issue.params as Message['values']), reason: message(integrity) });
      continue;
    }
    const where = locate(raw, issue.path);
    const value = valueAt(raw, issue.path);
    // A whole list or record of the wrong kind: "The list of groups is not a list" says nothing.
    const reason = !where.field && issue.code === 'invalid_type' && value !== undefined ? message('files.reason.notRecord') : reasonOf(issue, value);
    problems.push({ ...where, reason });
  }
  return problems;
}

/** A problem as one sentence, with `tm` translating each part: "Sticky 3 (“…”): the text is empty." */
export function fileProblemText(problem: FileProblem, tm: (m: Message) => string): string {
  const item = tm(problem.item);
  const reason = tm(problem.reason);
  return problem.field
    ? tm(message('files.problem.withField', { item, field: tm(problem.field), reason }))
    : tm(message('files.problem.withoutField', { item, reason }));
}
