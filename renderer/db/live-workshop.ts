import type { ObservabilitySet } from 'dexie';
import { BUNDLE_TABLES, type BundleTable, type Workshop, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { db } from './db';
import { readBundle, readTables } from './bundles';
import { shareValue } from '../../shared/lib/share';
import { takeEarlyRead } from './early-read';
import { whenIdle, type IdleHandle } from '../platform/idle';
import { partOf } from './table-read';
import { onWrites } from './write-notices';

/*
 * One workshop, kept live by reading again only the records a write touched. Every committed
 * write, this window's and every other window's of the same origin, is reported as the keys it
 * wrote per table (Dexie's "storagemutated", `write-notices.ts`); a post of one sticky is then one `bulkGet` of
 * one key, where a live query reads the whole workshop again and records every key it read (at
 * 1,000 stickies, ~10 ms a post of Dexie's own bookkeeping). A write reported as a range (a bulk
 * write of 50 records or more, a cleared table) reads the tables it touched whole.
 *
 * Records that did not change keep their objects, and tables that did not change keep their
 * lists: views memoised on them redraw only what changed.
 */

type Row = { id: string; workshopId: string };

/** What a batch of writes changed, for one workshop: each table's keys, or all of it. */
interface Changes {
  everything: boolean;
  workshop: boolean;
  tables: Map<BundleTable, Set<string> | 'all'>;
}

const EVERYTHING: Changes = { everything: true, workshop: true, tables: new Map() };

/** A RangeSet's keys, or 'all' when it holds a range (it may arrive as a plain object, from another window). */
function keysOf(node: unknown, out: string[] = []): string[] | 'all' {
  if (!node || typeof node !== 'object' || !('from' in node)) return out;
  const { from, to, l, r } = node as { from: unknown; to: unknown; l?: unknown; r?: unknown };
  if (keysOf(l, out) === 'all') return 'all';
  if (typeof from !== 'string' || from !== to) return 'all';
  out.push(from);
  return keysOf(r, out);
}

const BUNDLE_TABLE_SET = new Set<string>(BUNDLE_TABLES);

/** Adds a table's changed keys (or all of it) to what is known to have changed (the set of keys is the caller's own). */
function addTable(tables: Changes['tables'], table: BundleTable, keys: Iterable<string> | 'all'): void {
  const known = tables.get(table);
  if (keys === 'all' || known === 'all') tables.set(table, 'all');
  else if (known) for (const key of keys) known.add(key);
  else tables.set(table, new Set(keys));
}

function changesOf(parts: ObservabilitySet, workshopId: string): Changes | null {
  let changes: Changes | null = null;
  const changed = () => (changes ??= { everything: false, workshop: false, tables: new Map() });
  for (const [part, set] of Object.entries(parts)) {
    if (part === 'all') return EVERYTHING;
    const named = partOf(part);
    // A table's primary keys are its own part; index parts and deletions say nothing more.
    if (!named || named.index !== '' || !named.table) continue;
    const { table } = named;
    const keys = keysOf(set);
    if (table === 'workshops') {
      if (keys === 'all' || keys.includes(workshopId)) changed().workshop = true;
    } else if (BUNDLE_TABLE_SET.has(table)) addTable(changed().tables, table as BundleTable, keys);
  }
  return changes;
}

/**
 * What two batches of changes changed. The pending changes are the store's own (made by
 * `changesOf` for it, never shared): they take in the new batch's, where a copy at each write
 * made a round of n writes copy its keys n times.
 */
function merge(a: Changes | null, b: Changes): Changes {
  if (!a) return b;
  if (a.everything || b.everything) return EVERYTHING;
  a.workshop ||= b.workshop;
  for (const [table, keys] of b.tables) addTable(a.tables, table, keys);
  return a;
}

/** After a round that took t ms to draw, the next waits DRAW_SHARE × t ms (at most MAX_PAUSE_MS). */
export const DRAW_SHARE = 4;
export const MAX_PAUSE_MS = 250;
/**
 * The pause after a round of a run of writes (two or more in one round): about ten rounds a
 * second; once the run has gone on for three rounds, twice that (a room of phones posting for a
 * while is drawn five times a second, and the writes wait less behind the drawing).
 */
export const RUN_PAUSE_MS = 100;
export const LONG_RUN_PAUSE_MS = 200;
/** A workshop read early (early-read.ts) is read again when the window is next idle, or after this many ms at the latest. */
export const CONFIRM_EARLY_READ_MS = 1000;

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class LiveWorkshop {
  #workshop: Workshop | null = null;
  readonly #rows = new Map<BundleTable, Map<string, Row>>();
  #snapshot: WorkshopBundle | null | undefined = undefined;
  readonly #listeners = new Set<() => void>();
  #pending: Changes | null = null;
  /** When the next round may be read (`performance.now()`). */
  #readyAt = 0;
  /** How many rounds in a row took two writes or more. */
  #runRounds = 0;
  /** How many writes to the workshop's tables the pending changes hold (a write to the workshops table alone is not counted). */
  #arrived = 0;
  /** How many batches of changes were reported, and how many of them have been read. */
  #reported = 0;
  #readUpTo = 0;
  /** Who waits for the end of the current round. */
  #roundEnd: (() => void)[] = [];
  #draining: Promise<void> | null = null;
  #stop: (() => void) | null = null;
  #retry: number | undefined;
  #confirmDue = false;
  /** A read failed: the next whole read is drawn whole. */
  #redrawAll = false;
  #confirm: IdleHandle | null = null;

  constructor(readonly id: WorkshopId) {}

  /** The workshop as last read: undefined before the first read, null once it is known not to exist. */
  snapshot = (): WorkshopBundle | null | undefined => this.#snapshot;

  /** Starts following the database (once), and reads the whole workshop. */
  start(): Promise<void> {
    if (!this.#stop) {
      // Listening first: a write that lands while the first read runs is read again after it.
      const listener = (parts: ObservabilitySet) => {
        const changes = changesOf(parts, this.id);
        if (changes) this.#queue(changes);
      };
      const stop = onWrites(listener);
      this.#stop = () => {
        stop();
        window.clearTimeout(this.#retry);
        this.#confirm?.cancel();
      };
      this.#queue(EVERYTHING);
    }
    return this.settled();
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  /**
   * Resolves once every write reported so far has been read (not those reported later: under a
   * steady stream of writes the rounds go on, and this does not wait for their end).
   */
  async settled(): Promise<void> {
    const target = this.#reported;
    while (this.#draining && this.#readUpTo < target) await new Promise<void>((resolve) => this.#roundEnd.push(resolve));
  }

  #endRound(): void {
    const waiting = this.#roundEnd;
    this.#roundEnd = [];
    waiting.forEach((resolve) => resolve());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#confirmDue) this.#confirmEarlyRead();
    return () => void this.#listeners.delete(listener);
  };

  get listening(): number {
    return this.#listeners.size;
  }

  /**
   * Reads everything again when the window is next idle (at once in a hidden window, whose idle
   * time and timers may be held back): the first read was the window's early one. Not a write:
   * it does not make a run of writes.
   */
  #confirmEarlyRead(): void {
    this.#confirmDue = false;
    const confirm = () => this.#stop && this.#queue(EVERYTHING, false);
    if (document.hidden) confirm();
    else this.#confirm = whenIdle(confirm, CONFIRM_EARLY_READ_MS);
  }

  #queue(changes: Changes, write = true): void {
    if (write && (changes.everything || changes.tables.size > 0)) this.#arrived++;
    this.#reported++;
    this.#pending = merge(this.#pending, changes);
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = null;
      this.#endRound();
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending) {
      // Drawing takes at most a share of the window's time: a write that comes within the
      // pause after a round waits for its end, with every write that comes meanwhile. A round
      // that took two writes or more is part of a run of writes coming faster than they are
      // drawn (phones posting, a burst of commands): the next waits longer, so that such a run
      // is drawn a few times a second (fewer as it goes on), all that came at once, instead of
      // each write waiting behind the drawing of the one before. A write that comes after the
      // pause (a person's post) is read at once. A hidden window draws nothing, and its timers
      // may be held back for a second: it reads at once.
      const wait = document.hidden ? 0 : this.#readyAt - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Stopped during the pause: `start` reads everything again.
      if (!this.#stop) return;
      const changes = this.#pending!;
      const writes = this.#arrived;
      const reported = this.#reported;
      this.#pending = null;
      this.#arrived = 0;
      try {
        const touched = await this.#read(changes);
        const drawing = performance.now();
        this.#publish(touched);
        // The views' own redraw runs in the microtasks the publish queued: it is measured too.
        await null;
        const share = Math.min(DRAW_SHARE * (performance.now() - drawing), MAX_PAUSE_MS);
        this.#runRounds = writes >= 2 ? this.#runRounds + 1 : 0;
        const run = this.#runRounds === 0 ? 0 : this.#runRounds < 3 ? RUN_PAUSE_MS : LONG_RUN_PAUSE_MS;
        this.#readyAt = performance.now() + Math.max(share, run);
        this.#readUpTo = reported;
        this.#endRound();
      } catch {
        // The storage failed under the read (closed, reopened): everything is read again, at the
        // next write or in a second, whichever comes first, and drawn again whole (the failed
        // read may have kept some of what it read, which the board does not show yet).
        this.#pending = merge(this.#pending, EVERYTHING);
        this.#redrawAll = true;
        window.clearTimeout(this.#retry);
        this.#retry = window.setTimeout(() => this.#stop && this.#pending && this.#queue(EVERYTHING), 1000);
        return;
      }
    }
  }

  /** Reads what changed, in one transaction; returns the tables whose lists changed. */
  async #read(changes: Changes): Promise<Set<BundleTable> | 'everything'> {
    if (changes.everything) {
      const early = await takeEarlyRead(this.id);
      const bundle = early ? ((early.workshop ? { workshop: early.workshop, ...early.tables } : undefined) as WorkshopBundle | undefined) : await readBundle(this.id);
      // Read before this store listened: everything is read again once a view has drawn it.
      if (early) this.#confirmDue = true;
      if (early && this.#listeners.size > 0) this.#confirmEarlyRead();
      // Read again (to confirm an early read): what did not change keeps its objects, and only
      // the tables that changed are drawn again (none, usually).
      const again = this.#snapshot !== undefined && !this.#redrawAll;
      this.#redrawAll = false;
      const workshop = bundle?.workshop ?? null;
      this.#workshop = this.#workshop && workshop ? shareValue(this.#workshop, workshop) : workshop;
      const touched = new Set<BundleTable>();
      for (const table of BUNDLE_TABLES) {
        const before = this.#rows.get(table);
        const rows = new Map<string, Row>();
        for (const row of (bundle?.[table] ?? []) as Row[]) {
          const old = before?.get(row.id);
          const kept = old ? shareValue(old, row) : row;
          if (kept !== old) touched.add(table);
          rows.set(row.id, kept);
        }
        if ((before?.size ?? 0) !== rows.size) touched.add(table);
        this.#rows.set(table, rows);
      }
      return again ? touched : 'everything';
    }
    const touched = new Set<BundleTable>();
    const tables = [...changes.tables.keys()];
    await db.transaction('r', [db.workshops, ...tables.map((t) => db.table(t))], async () => {
      if (changes.workshop) this.#workshop = (await db.workshops.get(this.id)) ?? null;
      await Promise.all(
        tables.map(async (table) => {
          const keys = changes.tables.get(table)!;
          const rows = this.#rows.get(table) ?? new Map<string, Row>();
          if (keys === 'all') {
            const all = (await readTables(this.id, [table]))[table] as Row[];
            this.#rows.set(table, new Map(all.map((r) => [r.id, r])));
            touched.add(table);
            return;
          }
          const ids = [...keys];
          const found = (await db.table(table).bulkGet(ids)) as (Row | undefined)[];
          ids.forEach((id, i) => {
            const row = found[i];
            if (row && row.workshopId === this.id) {
              rows.set(id, row);
              touched.add(table);
            } else if (rows.delete(id)) touched.add(table);
          });
          this.#rows.set(table, rows);
        }),
      );
    });
    return touched;
  }

  #publish(touched: Set<BundleTable> | 'everything'): void {
    const before = this.#snapshot;
    // Nothing of this workshop changed (a write to another one, or to records it does not hold).
    if (before !== undefined && touched !== 'everything' && touched.size === 0 && (before?.workshop ?? null) === this.#workshop) return;
    if (!this.#workshop) this.#snapshot = null;
    else {
      const next: Record<string, unknown> = { workshop: before?.workshop === this.#workshop ? before.workshop : this.#workshop };
      for (const table of BUNDLE_TABLES) {
        const kept = before ? before[table] : undefined;
        next[table] = kept && touched !== 'everything' && !touched.has(table) ? kept : [...(this.#rows.get(table)?.values() ?? [])].sort(byId);
      }
      this.#snapshot = next as unknown as WorkshopBundle;
    }
    if (this.#snapshot !== before) this.#listeners.forEach((l) => l());
  }
}

// One store per workshop, shared by every view of it in this window while any is shown.
const stores = new Map<WorkshopId, LiveWorkshop>();

/** The live store of a workshop (made, not started, if there is none). */
export function liveWorkshop(id: WorkshopId): LiveWorkshop {
  let store = stores.get(id);
  if (!store) stores.set(id, (store = new LiveWorkshop(id)));
  return store;
}

/** Subscribes a view to a workshop's store; the last view to leave stops it. */
export function followWorkshop(store: LiveWorkshop, listener: () => void): () => void {
  stores.set(store.id, store);
  const unsubscribe = store.subscribe(listener);
  void store.start();
  return () => {
    unsubscribe();
    if (store.listening > 0) return;
    store.stop();
    if (stores.get(store.id) === store) stores.delete(store.id);
  };
}
