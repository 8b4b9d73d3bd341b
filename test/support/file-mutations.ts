/**
 * Hostile variations of valid workshop files, for the import fuzz test. Each variation says what
 * it did and what a reader must make of it: import it, refuse it (with which headline, and for a
 * damaged body which reasons), or either.
 */
import { CURRENT_VERSION } from '../../shared/schema';
import { Case, Dice, MUTATION_KINDS, expectationOf, get, isRecord, set, where, type Applied, type Expectation, type Json, type MutationKind } from './mutation-case';

export { Dice, MUTATION_KINDS, type MutationKind } from './mutation-case';

export interface MutatedFile {
  base: string;
  text: string;
  applied: Applied[];
  expected: Expectation;
}

export interface BaseFile {
  name: string;
  file: Record<string, unknown>;
}

const read = (key: string) => `files.read.${key}`;
const reason = (key: string) => `files.reason.${key}`;
const DAMAGED = [read('damaged')];
/** What text that is not a workshop file at all may be called. */
const NOT_A_FILE = ['notJson', 'truncated', 'tooDeep', 'empty', 'notWorkshopFile'].map(read);

const TABLES = ['groups', 'participants', 'phases', 'stickies', 'clusters', 'placements', 'reactions', 'rounds', 'votes', 'agreements', 'decisions', 'actions', 'pulses'] as const;
/** The most records each table holds (groups: at least 2, at most 4). */
const TABLE_LIMITS: Record<(typeof TABLES)[number], number> = {
  groups: 4,
  participants: 1000,
  phases: 200,
  stickies: 20000,
  clusters: 20000,
  placements: 100,
  reactions: 20000,
  rounds: 200,
  votes: 20000,
  agreements: 2000,
  decisions: 2000,
  actions: 2000,
  pulses: 20000,
};
/** Fields that hold the room's words: any characters, up to a length limit. */
const FREE_TEXT = new Set([
  'title', 'location', 'goal', 'caseText', 'chair', 'facilitator', 'name', 'role', 'text', 'authorName',
  'questions', 'instructions', 'notes', 'rationale', 'decidedBy', 'definitionOfDone', 'note',
]);
const ENUM_FIELDS = new Set(['kind', 'mark', 'cultureSelfLabel', 'requirementType', 'lens', 'verdict', 'status', 'voters', 'voterKind', 'mode', 'when', 'answer', 'confidentiality']);
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'then', 'toJSON'];
const CONTROL_TEXTS = ['\u0000', '\u0001\u0002', '\u001b[31m', '\u007f', '\u202e', '\u202d', '\u2066x\u2069', '\u2067', '\u2068', '\u200f', '\u200e', '\u200b', 'e\u0301\u0301', '👩🏽‍💻', '\ud800', '\udfff', '\n', '\t', '<script>alert(1)</script>', '=HYPERLINK("x")', '${x}{{y}}'];

/** A JSON value of a kind other than `old`'s: string, number, yes/no, null, record or list. */
function otherType(dice: Dice, old: unknown): unknown {
  const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const candidates: unknown[] = ['', 'text', '12', dice.int(-5, 100), 0.5, -1, 1e21, true, false, null, {}, { id: 'x' }, [], [1, 'two', null], [{}]];
  return dice.pick(candidates.filter((c) => kindOf(c) !== kindOf(old)));
}

function randomJson(dice: Dice, depth: number): unknown {
  const roll = dice.int(0, depth > 0 ? 7 : 4);
  if (roll === 0) return null;
  if (roll === 1) return dice.chance(0.5);
  if (roll === 2) return dice.int(-1e6, 1e6) / dice.pick([1, 7, 1000]);
  if (roll <= 4) return dice.pick(['', 'x', 'fuzz', '\u0000', '{"type":"outmodel-workshop"}', ...PROTOTYPE_NAMES]);
  if (roll === 5) return Array.from({ length: dice.int(0, 4) }, () => randomJson(dice, depth - 1));
  const out: Json = {};
  for (let i = dice.int(0, 3); i > 0; i--) out[`fuzzExtra${dice.int(0, 99)}`] = randomJson(dice, depth - 1);
  return out;
}

/** Random characters: control, ASCII, JSON punctuation and far Unicode alike. */
function randomChars(dice: Dice, length: number): string {
  const pieces = ['{', '}', '[', ']', '"', '\\', ',', ':', ' ', '\n', '\u0000', '\ufeff', 'null', 'true', '1e999', '"type"'];
  let out = '';
  while (out.length < length) out += dice.chance(0.4) ? dice.pick(pieces) : String.fromCharCode(dice.int(0, 0xffff));
  return out;
}

type Mutator = (c: Case) => Applied | null;

const MUTATORS: Record<MutationKind, Mutator> = {
  'wrong-value-type': (c) => {
    const slots = c.slots(() => true);
    if (!slots.length) return null;
    const slot = c.dice.pick(slots);
    const value = otherType(c.dice, get(slot));
    set(slot, value);
    c.touch(slot.path);
    return { kind: 'wrong-value-type', note: `${where(slot.path)} = ${JSON.stringify(value)}`, outcome: 'either', layer: 'body', headlines: DAMAGED };
  },

  'delete-field': (c) => {
    // Every field of a stored record is required; only keys of records are deleted, never list entries.
    const slots = c.slots((_, key, parent) => typeof key === 'string' && isRecord(parent));
    if (!slots.length) return null;
    const slot = c.dice.pick(slots);
    delete (slot.parent as Json)[slot.key as string];
    c.touch(slot.path);
    return { kind: 'delete-field', note: `deleted ${where(slot.path)}`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('missing')] };
  },

  'unknown-fields': (c) => {
    const targets = c.slots((v) => isRecord(v));
    const notes: string[] = [];
    for (let i = c.dice.int(1, 4); i > 0; i--) {
      const top = c.dice.chance(0.2);
      const slot = top ? null : targets.length ? c.dice.pick(targets) : null;
      const record = slot ? (get(slot) as Json) : c.file;
      const key = c.dice.chance(0.3) ? c.dice.pick(['then', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'length', '']) : `fuzzExtra${c.dice.int(0, 999)}`;
      if (Object.prototype.hasOwnProperty.call(record, key)) continue;
      record[key] = randomJson(c.dice, c.dice.int(0, 8));
      const path = [...(slot?.path ?? []), key];
      c.touch(path);
      notes.push(where(path));
    }
    return { kind: 'unknown-fields', note: `added ${notes.join(', ') || 'nothing'}`, outcome: 'import' };
  },

  'huge-array': (c) => {
    // Copies of one of the table's own records, so that only the number of them is wrong.
    const tables = TABLES.filter((t) => c.free([t]) && Array.isArray(c.file[t]) && (c.file[t] as unknown[]).length > 0);
    if (!tables.length) return null;
    // The large tables make big files; keep them a minority so the run stays quick.
    const big = tables.filter((t) => TABLE_LIMITS[t] >= 20000);
    const table = big.length && c.dice.chance(0.25) ? c.dice.pick(big) : c.dice.pick(tables);
    const rows = c.file[table] as unknown[];
    const sample = rows[c.dice.int(0, rows.length - 1)];
    if (table === 'groups' && c.dice.chance(0.3)) {
      c.file[table] = rows.slice(0, c.dice.int(0, 1));
      c.touch([table]);
      return { kind: 'huge-array', note: `${table} cut to ${(c.file[table] as unknown[]).length}`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('tooFew')] };
    }
    const count = TABLE_LIMITS[table] + c.dice.int(1, table === 'groups' ? 40 : 5000);
    const one = JSON.stringify(sample);
    c.file[table] = c.marker(`[${Array.from({ length: count }, () => one).join(',')}]`);
    c.touch([table]);
    return { kind: 'huge-array', note: `${count} ${table}`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('tooMany')] };
  },

  'huge-string': (c) => {
    const slots = c.slots((v, key) => typeof v === 'string' && typeof key === 'string' && FREE_TEXT.has(key));
    if (!slots.length) return null;
    const slot = c.dice.pick(slots);
    // Past every length limit of the stored shape (20,000 characters at most), sometimes by megabytes.
    const length = c.dice.chance(0.1) ? c.dice.int(1, 4) * 1024 * 1024 : c.dice.int(20001, 60000);
    set(slot, `${'Lorem ipsum '.repeat(Math.ceil(length / 12))}`.slice(0, length));
    c.touch(slot.path);
    return { kind: 'huge-string', note: `${where(slot.path)}: ${length} characters`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('tooLong')] };
  },

  'deep-nesting': (c) => {
    const slots = c.slots(() => true);
    if (!slots.length) return null;
    const slot = c.dice.pick(slots);
    const depth = c.dice.pick([33, 40, 100, 1000, 100_000]);
    const shape = c.dice.pick(['array', 'object', 'mixed'] as const);
    const open = (i: number) => (shape === 'array' || (shape === 'mixed' && i % 2) ? '[' : '{"a":');
    const close = (i: number) => (shape === 'array' || (shape === 'mixed' && i % 2) ? ']' : '}');
    let opens = '';
    let closes = '';
    for (let i = 0; i < depth; i++) opens += open(i);
    for (let i = depth - 1; i >= 0; i--) closes += close(i);
    set(slot, c.marker(`${opens}1${closes}`));
    c.touch(slot.path);
    return { kind: 'deep-nesting', note: `${where(slot.path)}: ${depth} levels of ${shape}`, outcome: 'refuse', layer: 'text', headlines: [read('tooDeep')] };
  },

  'duplicate-ids': (c) => {
    const tables = TABLES.filter((t) => c.rows(t).length >= 2 && c.rows(t).every(({ row }) => typeof row.id === 'string'));
    if (!tables.length) return null;
    const table = c.dice.pick(tables);
    const rows = c.rows(table);
    const first = c.dice.pick(rows);
    if (c.dice.chance(0.5) && !(table === 'groups' && rows.length >= 4)) {
      // The same record twice.
      (c.file[table] as unknown[]).push(structuredClone(first.row));
      c.touch([table]);
      return { kind: 'duplicate-ids', note: `${where(first.path)} listed twice`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('duplicateId')] };
    }
    const second = c.dice.pick(rows.filter((r) => r !== first));
    second.row.id = first.row.id;
    c.touch([...second.path, 'id']);
    return { kind: 'duplicate-ids', note: `${where(second.path)} takes the id of ${where(first.path)}`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('duplicateId')] };
  },

  'dangling-reference': (c) => {
    const gone = (prefix: string) => `${prefix}:gone-${c.dice.int(0, 999)}`;
    const options: { table: string; field: string; value: () => unknown; reasons: string[]; when?: (row: Json) => boolean }[] = [
      { table: 'stickies', field: 'authorGroupId', value: () => gone('group'), reasons: [reason('missingGroup')] },
      { table: 'stickies', field: 'subjectGroupId', value: () => gone('group'), reasons: [reason('missingGroup')], when: (r) => r.subjectGroupId !== null },
      { table: 'stickies', field: 'clusterId', value: () => gone('cluster'), reasons: [reason('missingCluster')] },
      { table: 'stickies', field: 'clusterId', value: () => 'sticky:not-a-cluster', reasons: [reason('notReference')] },
      { table: 'participants', field: 'groupId', value: () => gone('group'), reasons: [reason('missingGroup')] },
      { table: 'votes', field: 'roundId', value: () => gone('round'), reasons: [reason('missingRound')] },
      { table: 'votes', field: 'stickyId', value: () => gone('sticky'), reasons: [reason('missingSticky')] },
      { table: 'reactions', field: 'stickyId', value: () => gone('sticky'), reasons: [reason('missingSticky')] },
      { table: 'reactions', field: 'groupId', value: () => gone('group'), reasons: [reason('missingGroup')] },
      { table: 'rounds', field: 'parentRoundId', value: () => gone('round'), reasons: [reason('missingRound')] },
      { table: 'agreements', field: 'stickyIds', value: () => [gone('sticky')], reasons: [reason('missingSticky')] },
      { table: 'actions', field: 'source', value: () => ({ kind: 'agreement', id: gone('agreement') }), reasons: [reason('missingAgreement')] },
      { table: 'actions', field: 'owner', value: () => ({ kind: 'participant', id: gone('participant') }), reasons: [reason('missingParticipant')] },
      { table: 'pulses', field: 'participantId', value: () => gone('participant'), reasons: [reason('missingParticipant')] },
      { table: 'placements', field: 'subjectGroupId', value: () => gone('group'), reasons: [reason('missingGroup')] },
      { table: 'phases', field: 'groupId', value: () => gone('group'), reasons: [reason('missingGroup')] },
    ];
    const facilitation = isRecord(c.file.workshop) ? c.file.workshop.facilitation : undefined;
    const choices = options.flatMap((o) => c.rows(o.table).filter(({ row, path }) => o.field in row && c.free([...path, o.field]) && (o.when?.(row) ?? true)).map((r) => ({ ...o, ...r })));
    const workshopChoices = isRecord(facilitation) && c.free(['workshop', 'facilitation']) ? ['currentPhaseId', 'revealedGroupIds', 'presentingGroupId'] : [];
    if (workshopChoices.length && (!choices.length || c.dice.chance(0.15))) {
      const field = c.dice.pick(workshopChoices);
      const f = facilitation as Json;
      if (field === 'currentPhaseId') f.currentPhaseId = gone('phase');
      else if (field === 'presentingGroupId') f.presentingGroupId = gone('group');
      else f.revealedGroupIds = [gone('group')];
      c.touch(['workshop', 'facilitation']);
      const reasons = field === 'currentPhaseId' ? [reason('missingPhase')] : [reason('missingGroup')];
      return { kind: 'dangling-reference', note: `workshop.facilitation.${field} points nowhere`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons };
    }
    if (!choices.length) return null;
    const choice = c.dice.pick(choices);
    choice.row[choice.field] = choice.value();
    c.touch([...choice.path, choice.field]);
    return { kind: 'dangling-reference', note: `${where(choice.path)}.${choice.field} = ${JSON.stringify(choice.row[choice.field])}`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: choice.reasons };
  },

  'wrong-file-type': (c) => {
    if (!c.free(['type'])) return null;
    c.touch(['type']);
    const roll = c.dice.int(0, 9);
    if (roll === 0) {
      c.file.type = 'outmodel-backup';
      return { kind: 'wrong-file-type', note: 'type = outmodel-backup', outcome: 'refuse', layer: 'type', headlines: [read('isBackup')] };
    }
    if (roll === 1 && c.alone) {
      const text = c.dice.pick(['null', '42', '"outmodel-workshop"', 'true', '[]', '[{"type":"outmodel-workshop","version":2}]']);
      c.wrap = () => text;
      return { kind: 'wrong-file-type', note: `the whole file is ${text}`, outcome: 'refuse', layer: 'type', headlines: [read('notWorkshopFile')], replacesAll: true };
    }
    if (roll === 2) {
      c.wrap = (text) => `[${text}]`;
      return { kind: 'wrong-file-type', note: 'the file wrapped in a list', outcome: 'refuse', layer: 'type', headlines: [read('notWorkshopFile')] };
    }
    if (roll === 3) delete c.file.type;
    else c.file.type = c.dice.pick(['', 'Outmodel-Workshop', 'outmodel-workshop ', 'outmodel-workshops', 'outmodel', null, 0, true, ['outmodel-workshop'], { type: 'outmodel-workshop' }, '__proto__']);
    return { kind: 'wrong-file-type', note: `type = ${JSON.stringify(c.file.type)}`, outcome: 'refuse', layer: 'type', headlines: [read('notWorkshopFile')] };
  },

  version: (c) => {
    if (!c.free(['version'])) return null;
    c.touch(['version']);
    const current = c.file.version as number;
    const roll = c.dice.int(0, 9);
    if (roll <= 3) {
      const version = c.dice.pick([CURRENT_VERSION + 1, CURRENT_VERSION + 2, 99, 1_000_000, 2 ** 31, Number.MAX_SAFE_INTEGER]);
      c.file.version = version;
      return { kind: 'version', note: `version = ${version}`, outcome: 'refuse', layer: 'version', headlines: [read('futureVersion')] };
    }
    if (roll === 4 && c.alone) {
      // Another released version than the body's: the body is upgraded (or not) and read as it is.
      c.file.version = current === 1 ? 2 : 1;
      return { kind: 'version', note: `version ${current} file marked ${c.file.version as number}`, outcome: 'either', layer: 'body', headlines: DAMAGED };
    }
    if (roll === 5) {
      // The same number, spelled another way.
      const spelled = c.dice.pick([`${current}.0`, `${current}e0`, `${current}.000`]);
      c.file.version = c.marker(spelled);
      return { kind: 'version', note: `version = ${spelled}`, outcome: 'import' };
    }
    if (roll === 6) delete c.file.version;
    else if (roll === 7) c.file.version = c.marker(c.dice.pick(['1e400', '-1e400', '-0', '0.9999']));
    else c.file.version = c.dice.pick([0, -1, -2, 1.5, 2.0001, '2', '1', null, true, [2], { version: 2 }, 'latest']);
    const spelled = c.file.version === undefined ? 'missing' : (c.markers.get(JSON.stringify(c.file.version)) ?? JSON.stringify(c.file.version));
    return { kind: 'version', note: `version = ${spelled}`, outcome: 'refuse', layer: 'version', headlines: [read('noVersion')] };
  },

  truncated: (c) => {
    const applied: Applied = { kind: 'truncated', note: '', outcome: 'refuse', layer: 'text', headlines: [read('truncated')] };
    c.textChanges.push((text) => {
      // Cut after the first bracket and before the last: the start of a document that does not end.
      const start = Math.max(text.indexOf('{'), text.indexOf('[')) + 1;
      const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
      const cut = c.dice.int(start, end);
      applied.note = `cut at ${cut} of ${text.length}`;
      return text.slice(0, cut);
    });
    return applied;
  },

  garbage: (c) => {
    const roll = c.dice.int(0, 5);
    if (roll <= 1) {
      const bytes = Uint8Array.from({ length: c.dice.int(1, 4000) }, () => c.dice.int(0, 255));
      const decoded = new TextDecoder(roll === 0 ? 'utf-8' : 'latin1').decode(bytes);
      c.textChanges.push(() => decoded);
      // Text that does not even begin like a document was not cut off: it is something else.
      const begins = /^[\s\ufeff]*[[{]/.test(decoded);
      const headlines = begins ? NOT_A_FILE : NOT_A_FILE.filter((h) => h !== read('truncated'));
      return { kind: 'garbage', note: `${bytes.length} random bytes`, outcome: 'refuse', layer: 'text', headlines, replacesAll: true };
    }
    if (roll === 2) {
      const blank = c.dice.pick(['', ' ', '\n\t ', '\ufeff', '\ufeff  \n']);
      c.textChanges.push(() => blank);
      return { kind: 'garbage', note: `only ${JSON.stringify(blank)}`, outcome: 'refuse', layer: 'text', headlines: [read('empty')], replacesAll: true };
    }
    const length = c.dice.int(1, 64);
    const chars = randomChars(c.dice, length);
    const at = c.dice.float();
    const span = c.dice.int(0, 40);
    c.textChanges.push((text) => {
      const i = Math.floor(at * text.length);
      return text.slice(0, i) + chars + text.slice(i + span);
    });
    return { kind: 'garbage', note: `${JSON.stringify(chars)} spliced in for ${span} characters`, outcome: 'either', anything: true };
  },

  bom: (c) => {
    // One mark is ignored; a second is text before the document.
    if (c.bom) return null;
    c.bom = true;
    return { kind: 'bom', note: 'a byte-order mark in front', outcome: 'import' };
  },

  'prototype-keys': (c) => {
    const roll = c.dice.int(0, 4);
    if (roll <= 1) {
      // Own keys named like the prototype: as JSON.parse makes them from a file.
      const objects = c.slots((v) => isRecord(v));
      const notes: string[] = [];
      for (let i = c.dice.int(1, 3); i > 0; i--) {
        const slot = c.dice.chance(0.2) || !objects.length ? null : c.dice.pick(objects);
        const target = slot ? (get(slot) as Json) : c.file;
        if (roll === 0) Object.defineProperty(target, '__proto__', { value: { polluted: 'yes', toString: 'x' }, enumerable: true, writable: true, configurable: true });
        else target['constructor'] = { prototype: { polluted: 'yes' } };
        const path = [...(slot?.path ?? []), roll === 0 ? '__proto__' : 'constructor'];
        c.touch(path);
        notes.push(where(path));
      }
      return { kind: 'prototype-keys', note: `own keys ${notes.join(', ')}`, outcome: 'import' };
    }
    if (roll === 2) {
      // A choice field naming a prototype member: no such choice.
      const slots = c.slots((v, key) => typeof key === 'string' && ENUM_FIELDS.has(key) && (typeof v === 'string' || v === null));
      if (!slots.length) return null;
      const slot = c.dice.pick(slots);
      set(slot, c.dice.pick(PROTOTYPE_NAMES));
      c.touch(slot.path);
      return { kind: 'prototype-keys', note: `${where(slot.path)} = ${JSON.stringify(get(slot))}`, outcome: 'refuse', layer: 'body', headlines: DAMAGED, reasons: [reason('notChoice'), reason('notValid')] };
    }
    if (roll === 3) {
      // A group or person called like a prototype member: only words.
      const rows = [...c.rows('groups'), ...c.rows('participants')].filter(({ path }) => c.free([...path, 'name']));
      if (!rows.length) return null;
      const { row, path } = c.dice.pick(rows);
      const groups = Array.isArray(c.file.groups) ? (c.file.groups as unknown[]) : [];
      const taken = new Set(groups.map((g) => (isRecord(g) ? String(g.name).trim().toLowerCase() : '')));
      const name = PROTOTYPE_NAMES.find((n) => !taken.has(n.toLowerCase()))!;
      row.name = name;
      c.touch([...path, 'name']);
      return { kind: 'prototype-keys', note: `${where(path)}.name = ${name}`, outcome: 'import' };
    }
    // A record whose id names a prototype member, renamed everywhere it is referred to.
    const tables = (['stickies', 'participants', 'clusters', 'agreements', 'rounds'] as const).filter((t) => c.rows(t).length && c.free([t]));
    if (!tables.length || c.touched.length) return null;
    const table = c.dice.pick(tables);
    const { row } = c.dice.pick(c.rows(table));
    const old = String(row.id);
    const renamed = `${old.slice(0, old.indexOf(':'))}:${c.dice.pick(PROTOTYPE_NAMES)}`;
    if (JSON.stringify(c.file).includes(JSON.stringify(renamed))) return null;
    c.file = JSON.parse(JSON.stringify(c.file).split(JSON.stringify(old)).join(JSON.stringify(renamed))) as Json;
    c.touch([table]);
    return { kind: 'prototype-keys', note: `${old} renamed ${renamed}`, outcome: 'import' };
  },

  'control-characters': (c) => {
    const slots = c.slots((v, key) => typeof v === 'string' && typeof key === 'string' && FREE_TEXT.has(key) && v.length <= 60);
    if (!slots.length) return null;
    const notes: string[] = [];
    for (let i = c.dice.int(1, 4); i > 0 && slots.length; i--) {
      const slot = slots.splice(c.dice.int(0, slots.length - 1), 1)[0]!;
      const value = get(slot) as string;
      const insert = c.dice.pick(CONTROL_TEXTS);
      // Inside the words, so trimming a name or a title cannot take it away.
      const at = value.length >= 2 ? c.dice.int(1, value.length - 1) : value.length;
      set(slot, value.slice(0, at) + insert + value.slice(at));
      c.touch(slot.path);
      notes.push(`${where(slot.path)} += ${JSON.stringify(insert)}`);
    }
    return { kind: 'control-characters', note: notes.join('; '), outcome: 'import' };
  },

  'odd-but-valid': (c) => {
    const roll = c.dice.int(0, 4);
    if (roll === 0) {
      c.pretty = true;
      c.textChanges.push((text) => `\n  ${text}\n\n`);
      return { kind: 'odd-but-valid', note: 'pretty-printed, with blank lines around', outcome: 'import' };
    }
    if (roll === 1 && c.free(['app']) && c.free(['exportedAt'])) {
      c.touch(['app']);
      c.touch(['exportedAt']);
      c.file.app = c.dice.pick([5, null, 'Outmodel', { name: 7 }, { name: 'Other tool', version: { major: 9 } }, []]);
      c.file.exportedAt = c.dice.pick([12, null, 'yesterday', '', { at: 'now' }]);
      if (c.dice.chance(0.3)) c.file.source = 'x'.repeat(c.dice.int(0, 200_000));
      return { kind: 'odd-but-valid', note: `app = ${JSON.stringify(c.file.app)}, exportedAt = ${JSON.stringify(c.file.exportedAt)}`, outcome: 'import' };
    }
    if (roll === 2 && isRecord(c.file.workshop) && isRecord(c.file.workshop.facilitation) && c.free(['workshop', 'facilitation'])) {
      // The spotlight is a pointer, allowed to name a sticky deleted since.
      c.file.workshop.facilitation.spotlightStickyId = 'sticky:deleted-long-ago';
      c.touch(['workshop', 'facilitation']);
      return { kind: 'odd-but-valid', note: 'the spotlight names a sticky that is not there', outcome: 'import' };
    }
    if (roll === 3) {
      // Keys in another order: the type last, records' fields reversed.
      const reverse = (v: unknown): unknown => (Array.isArray(v) ? v.map(reverse) : isRecord(v) ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v);
      if (c.touched.length) return null;
      c.file = reverse(c.file) as Json;
      return { kind: 'odd-but-valid', note: 'every record’s keys in reverse order', outcome: 'import' };
    }
    c.textChanges.push((text) => text.replace(/,"/g, () => (c.dice.chance(0.3) ? ',\r\n\t "' : ',"')));
    return { kind: 'odd-but-valid', note: 'odd whitespace between fields', outcome: 'import' };
  },
};

/** How many variations a case stacks: mostly one, sometimes two or three. */
function stackSize(dice: Dice): number {
  const r = dice.float();
  return r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
}

/**
 * One hostile file: a base, changed by one to three variations of random kinds. Text-level
 * variations (a cut, garbage) come last, since they act on the written text.
 */
export function mutatedFile(bases: readonly BaseFile[], dice: Dice): MutatedFile {
  const base = dice.pick(bases);
  const size = stackSize(dice);
  const c = new Case(structuredClone(base.file), dice, size === 1);
  const kinds = Array.from({ length: size }, () => dice.pick(MUTATION_KINDS));
  const textual = (k: MutationKind) => k === 'truncated' || k === 'garbage';
  // At most one text-level change, and it goes last.
  const ordered = [...kinds.filter((k) => !textual(k)), ...kinds.filter(textual).slice(0, 1)];
  for (const kind of ordered) {
    let applied = MUTATORS[kind](c);
    // A kind that found nothing to change in this file tries again as something else that can.
    for (let tries = 0; !applied && tries < 10; tries++) applied = MUTATORS[dice.pick(MUTATION_KINDS.filter((k) => !textual(k)))](c);
    if (applied) c.applied.push(applied);
  }
  const text = c.text();
  return { base: base.name, text, applied: c.applied, expected: expectationOf(c.applied) };
}

/** One line saying what a case is, for a failure message. */
export function describeCase(m: MutatedFile): string {
  return `${m.base}: ${m.applied.map((a) => `[${a.kind}] ${a.note.slice(0, 200)}`).join(' + ')}`;
}
