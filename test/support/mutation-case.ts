/**
 * The machinery of the import fuzz test's hostile files: the kinds of damage, a seeded die, the
 * case being built (its file, the text changes to make once it is written, and which fields were
 * changed, so stacked variations never touch the same field) and what a reader must make of it.
 */

export type Outcome = 'import' | 'refuse' | 'either';

/** Which check fails first: the text, the envelope's type, its version, or the workshop itself. */
export type Layer = 'text' | 'type' | 'version' | 'body';
const LAYER_RANK: Record<Layer, number> = { body: 0, version: 1, type: 2, text: 3 };

export const MUTATION_KINDS = [
  'wrong-value-type',
  'delete-field',
  'unknown-fields',
  'huge-array',
  'huge-string',
  'deep-nesting',
  'duplicate-ids',
  'dangling-reference',
  'wrong-file-type',
  'version',
  'truncated',
  'garbage',
  'bom',
  'prototype-keys',
  'control-characters',
  'odd-but-valid',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** What one variation did, and what it asks of the reader. */
export interface Applied {
  kind: MutationKind;
  note: string;
  outcome: Outcome;
  layer?: Layer;
  /** The catalog keys the refusal's headline may have. */
  headlines?: readonly string[];
  /** The catalog keys one of the problems' reasons must have, when this is the case's only damage. */
  reasons?: readonly string[];
  /** Anything may come of it (random characters spliced in). */
  anything?: boolean;
  /** It replaced the whole text: what came before no longer counts. */
  replacesAll?: boolean;
}

export interface Expectation {
  outcome: Outcome;
  /** null: any headline. */
  headlines: readonly string[] | null;
  /** null: no particular reason is required. */
  reasons: readonly string[] | null;
}

/** The envelope's fields: only the variations made for them change these. */
const ENVELOPE_KEYS = new Set(['type', 'version', 'exportedAt', 'app', 'source']);

export type Json = Record<string, unknown>;
export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Decisions drawn from a seeded generator, so a case can be replayed. */
export class Dice {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (!list.length) throw new Error('nothing to pick from');
    return list[Math.floor(this.next() * list.length)]!;
  }
}

/** A place in the file: the value at `parent[key]`, with its path for notes and for keeping mutations apart. */
export interface Slot {
  parent: Json | unknown[];
  key: string | number;
  path: string[];
}

/** One case being built: the file, the text-level changes to make after it is written, and what was touched. */
export class Case {
  readonly applied: Applied[] = [];
  readonly markers = new Map<string, string>();
  readonly touched: string[][] = [];
  textChanges: ((text: string) => string)[] = [];
  pretty = false;
  /** A byte-order mark: always the very first character, whatever else was done to the text. */
  bom = false;
  wrap: ((text: string) => string) | null = null;
  private markerCount = 0;

  constructor(
    public file: Json,
    readonly dice: Dice,
    readonly alone: boolean,
  ) {}

  /** A placeholder value that becomes `text` verbatim once the file is written. */
  marker(text: string): string {
    const name = `@@marker-${this.markerCount++}@@`;
    this.markers.set(JSON.stringify(name), text);
    return name;
  }

  touch(path: string[]): void {
    this.touched.push(path);
  }

  /** Whether `path` is free: neither it, nor any part of it, nor anything inside it was changed already. */
  free(path: readonly string[]): boolean {
    return this.touched.every((t) => {
      const n = Math.min(t.length, path.length);
      for (let i = 0; i < n; i++) if (t[i] !== path[i]) return true;
      return false;
    });
  }

  /** Every free place in the workshop's part of the file (not the envelope) whose value passes `accept`. */
  slots(accept: (value: unknown, key: string | number, parent: Json | unknown[]) => boolean): Slot[] {
    const out: Slot[] = [];
    const walk = (parent: Json | unknown[], key: string | number, path: string[]) => {
      if (!this.free(path)) return;
      const value = (parent as Record<string | number, unknown>)[key];
      if (accept(value, key, parent)) out.push({ parent, key, path });
      if (Array.isArray(value)) value.forEach((_, i) => walk(value, i, [...path, String(i)]));
      else if (isRecord(value)) for (const k of Object.keys(value)) walk(value, k, [...path, k]);
    };
    for (const key of Object.keys(this.file)) if (!ENVELOPE_KEYS.has(key)) walk(this.file, key, [key]);
    return out;
  }

  /** The records of a table that are still free, with their index. */
  rows(table: string): { row: Json; index: number; path: string[] }[] {
    const rows = this.file[table];
    if (!Array.isArray(rows)) return [];
    return rows.flatMap((row, index) => (isRecord(row) && this.free([table, String(index)]) ? [{ row, index, path: [table, String(index)] }] : []));
  }

  text(): string {
    let text = JSON.stringify(this.file, null, this.pretty ? 2 : undefined);
    for (const [name, replacement] of this.markers) text = text.replace(name, () => replacement);
    if (this.wrap) text = this.wrap(text);
    for (const change of this.textChanges) text = change(text);
    return this.bom ? `\ufeff${text}` : text;
  }
}

export const set = (slot: Slot, value: unknown) => ((slot.parent as Record<string | number, unknown>)[slot.key] = value);
export const get = (slot: Slot) => (slot.parent as Record<string | number, unknown>)[slot.key];
export const where = (path: readonly string[]) => path.join('.');

/** What the reader must make of a case, from what each variation asks. */
export function expectationOf(applied: readonly Applied[]): Expectation {
  const from = applied.findLastIndex((a) => a.replacesAll);
  const live = from >= 0 ? applied.slice(from) : applied;
  if (live.some((a) => a.anything)) return { outcome: 'either', headlines: null, reasons: null };
  const refusing = live.filter((a) => a.outcome === 'refuse');
  const outcome: Outcome = refusing.length ? 'refuse' : live.every((a) => a.outcome === 'import') ? 'import' : 'either';
  // The first check that fails names the problem: text, then the type, the version, the workshop.
  const top = Math.max(-1, ...refusing.map((a) => LAYER_RANK[a.layer!]));
  const headlines = [...new Set(live.filter((a) => a.outcome !== 'import' && LAYER_RANK[a.layer!] >= top).flatMap((a) => a.headlines ?? []))];
  const damage = live.filter((a) => a.outcome !== 'import');
  const reasons = damage.length === 1 && damage[0]!.layer === 'body' && damage[0]!.outcome === 'refuse' ? (damage[0]!.reasons ?? null) : null;
  return { outcome, headlines: outcome === 'import' ? [] : headlines, reasons };
}
