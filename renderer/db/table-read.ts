import type { ObservabilitySet } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';
import { db } from './db';
import { shareValue } from '../../shared/lib/share';
import { onWrites } from './write-notices';

/*
 * A read kept live by the tables it reads: read again after any committed write to one of them,
 * this window's or another's (`write-notices.ts`). Dexie's own live query records every key and
 * index range its read touched, and merges every write's keys and ranges into what it has seen
 * until one of them is its own; on a board, where stickies are posted one after the other, each
 * such query spent ~0.02 ms a post merging the stickies' keys it never reads. A read of a small
 * table (the settings, the voting rounds, the saved templates) or of a whole table anyway (the
 * library's counts) loses nothing by being read again on any write to its tables.
 */

/**
 * The table and index a part of Dexie's write report names (`idb://outmodel/stickies/` is the
 * table's primary keys, with an empty index); null for a part of another database.
 */
export function partOf(part: string): Readonly<{ table: string; index: string }> | null {
  // Every write report names the same few parts, and every listener asks: each is parsed once.
  const known = partsNamed.get(part);
  if (known) return known;
  const prefix = `idb://${db.name}/`;
  if (!part.startsWith(prefix)) return null;
  const [table = '', index = ''] = part.slice(prefix.length).split('/');
  const named = { table, index };
  partsNamed.set(part, named);
  return named;
}
/** The parts of this database's write reports, parsed. */
const partsNamed = new Map<string, Readonly<{ table: string; index: string }>>();

/** Whether a batch of writes touched any of the tables named (`all`: the whole database). */
export function touchesTables(parts: ObservabilitySet, tables: ReadonlySet<string>): boolean {
  return Object.keys(parts).some((part) => part === 'all' || tables.has(partOf(part)?.table ?? ''));
}

type Result<T> = { value: T } | { error: unknown };

/** A read cut short by the database closing or another window upgrading it: the last result stands, as in Dexie's live query. */
const PASSING = new Set(['DatabaseClosedError', 'AbortError']);
const passing = (error: unknown) => PASSING.has((error as { name?: string } | null)?.name ?? '');

/** Records as IndexedDB gives them (plain objects and lists), which `shareValue` compares; anything else (a Map) is taken as new. */
const plain = (value: unknown) => Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);

/** The new result, or the one before when the read found what it found before (then nothing redraws). */
function next<T>(before: Result<T> | null, value: T): Result<T> {
  if (!before || !('value' in before) || !plain(value) || !plain(before.value)) return { value };
  const shared = shareValue(before.value, value);
  return shared === before.value ? before : { value: shared };
}

/**
 * The result of `read`, read again after each write to `tables`: undefined (or `initial`) until
 * the first read answers; a read that fails throws into the view, as a render would. One read is
 * out at a time: writes that come while it is out ask for one read more, asked once it answers
 * (its answer is shown meanwhile), so that a run of writes (a room of phones posting) is not a
 * read each, and what is shown last was read after the last write (unless that read was cut
 * short by the database closing: the result before it stands until the next write). A read that
 * finds what the one before it found keeps its result (a draft saved in the settings' table
 * redraws nothing).
 * `pauseMs`: the least time between the answer of a read and the next read (a read of a whole
 * table, as the library's counts, reads a run of writes a few times a second at most).
 */
export function useTablesRead<T>(tables: readonly string[], read: () => Promise<T>, deps: DependencyList, initial?: T, { pauseMs = 0 }: { pauseMs?: number } = {}): T | undefined {
  const [result, setResult] = useState<Result<T> | null>(() => (initial === undefined ? null : { value: initial }));
  const key = tables.join(' ');
  useEffect(() => {
    const watched = new Set(key.split(' '));
    let live = true;
    let out = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** When the next read may be asked (`performance.now()`). */
    let readyAt = 0;
    const ask = () => {
      if (out || timer !== undefined) return void (again = true);
      const wait = readyAt - performance.now();
      if (wait > 0) {
        timer = setTimeout(() => {
          timer = undefined;
          if (live) ask();
        }, Math.ceil(wait));
        return;
      }
      out = true;
      again = false;
      // A read that throws before it returns its promise fails as one that rejects (and the next
      // write reads again).
      new Promise<T>((resolve) => resolve(read()))
        .then(
          (value) => live && setResult((before) => next(before, value)),
          (error: unknown) => live && !passing(error) && setResult({ error }),
        )
        .finally(() => {
          out = false;
          readyAt = performance.now() + pauseMs;
          if (live && again) ask();
        });
    };
    const listener = (parts: ObservabilitySet) => {
      if (touchesTables(parts, watched)) ask();
    };
    const stop = onWrites(listener);
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
    // `read` is named by `deps`, as a live query's is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, pauseMs, ...deps]);
  if (!result) return undefined;
  if ('error' in result) throw result.error;
  // Until the read for new deps answers, the last result stands (as a live query's does).
  return result.value;
}
