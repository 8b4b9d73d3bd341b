import { BUNDLE_TABLES, type BundleTable } from '../../shared/model/bundle-tables';
import { parseRoute, type Route } from '../app/parse-route';
import { DATABASE_NAME, STORED_VERSION, dexieVersion, openAsItIs } from './raw-open';
import { warmIntl } from '../ui/warm-intl';
import { windowRole } from '../platform/role';

/*
 * The window's first read. A window opened on a workshop (a reload, a restart on a board, the
 * room's window) reads that workshop here, with raw IndexedDB, from the page's first script
 * (`readFirst` in vite.config.ts puts this module there, ahead of the app's entry): the database
 * reads it while the app's code loads and starts, where a read through Dexie could begin only once
 * all of that had run. The workshop's live store takes it as its first read (`takeEarlyRead`) and
 * reads the workshop again a moment after drawing it, so that a write by another window between
 * this read and the store's watch is not missed.
 *
 * Nothing is read when the window opens on anything but a workshop's board (as a group's screen,
 * or the shared screen, too: the screens the app starts on), when there is no database
 * (none is created), or when the database is of another shape than this code's (the app upgrades
 * it first). It never fails: anything that goes wrong leaves the read to the live store.
 */

export interface EarlyRead {
  workshopId: string;
  /** The workshop's record, undefined when there is none. */
  workshop: unknown;
  tables: Record<BundleTable, unknown[]>;
}

/** The route a window opened on `hash` reads a workshop for, if any: a board, a group's screen, the shared screen. */
function workshopRoute(hash: string): (Route & { name: 'workshop' | 'group' | 'capture' }) | null {
  try {
    const route = parseRoute(hash);
    return route.name === 'workshop' || route.name === 'group' || route.name === 'capture' ? route : null;
  } catch {
    // An address that does not read (a stray %): nothing is read early; the app says what is wrong.
    return null;
  }
}

/**
 * Asks for the code of the screen `route` opens, which the entry loads only once it has run: the
 * build names its files in the page (`nameScreenCode` in vite.config.ts), and each is fetched and
 * compiled now, beside the entry, as a `modulepreload` (nothing of it runs before the app asks).
 */
export function preloadScreenCode(doc: Document, route: string): void {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="outmodel-screen-code"]')) {
    if (meta.dataset.route !== route) continue;
    for (const href of meta.content.split(' ').filter(Boolean)) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
  }
}

/**
 * Reads the workshop the address opens on, as the live store would read it; null when it reads
 * nothing. `opened` hears the version of the database it opened (Dexie's numbering), if it did.
 */
export async function readOpenedWorkshop(factory: IDBFactory, hash: string, opened?: (version: number) => void): Promise<EarlyRead | null> {
  const workshopId = workshopRoute(hash)?.id ?? null;
  if (workshopId === null) return null;
  const database = await openAsItIs(factory, DATABASE_NAME).catch(() => null);
  if (!database) return null;
  // Dexie opens it with a newer version to upgrade it: this connection must not hold that up.
  database.onversionchange = () => database.close();
  const version = dexieVersion(database.version);
  opened?.(version);
  try {
    if (version !== STORED_VERSION) return null;
    return await new Promise<EarlyRead>((resolve, reject) => {
      const tx = database.transaction(['workshops', ...BUNDLE_TABLES], 'readonly');
      const read: EarlyRead = { workshopId, workshop: undefined, tables: {} as EarlyRead['tables'] };
      const workshop = tx.objectStore('workshops').get(workshopId);
      workshop.onsuccess = () => (read.workshop = workshop.result);
      for (const table of BUNDLE_TABLES) {
        const rows = tx.objectStore(table).index('workshopId').getAll(workshopId);
        rows.onsuccess = () => (read.tables[table] = rows.result);
      }
      tx.oncomplete = () => resolve(read);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } catch {
    return null;
  } finally {
    database.close();
  }
}

let early: Promise<EarlyRead | null> | null = null;

/** A read no store took while the window started (it showed something else) is let go after this many ms. */
export const EARLY_READ_KEPT_MS = 10_000;

let versionSeen: Promise<number | null> = Promise.resolve(null);

/**
 * The version of the database (Dexie's numbering) the first read found when it opened it; null
 * when it opened none (a window on the library, no database yet). The start needs no list of the
 * databases to tell whether an upgrade is coming when this says the database is current.
 */
export const storedVersionSeen = (): Promise<number | null> => versionSeen;

/** Starts the first read of the workshop `hash` opens on (done once as the page loads); `takeEarlyRead` hands it over. */
export function startEarlyRead(factory: IDBFactory, hash: string): Promise<EarlyRead | null> {
  let seen!: (version: number | null) => void;
  versionSeen = new Promise((resolve) => (seen = resolve));
  const read = readOpenedWorkshop(factory, hash, seen).catch(() => null);
  // Opened nothing (or already said what it opened: a promise settles once).
  void read.then(() => seen(null));
  early = read;
  void read.then((done) => done && setTimeout(() => early === read && (early = null), EARLY_READ_KEPT_MS));
  return read;
}

if (typeof indexedDB !== 'undefined' && typeof location !== 'undefined') {
  void startEarlyRead(indexedDB, location.hash);
  const route = workshopRoute(location.hash);
  if (route) {
    // The room's window shows its own screens of the workshop.
    preloadScreenCode(document, windowRole() === 'audience' ? 'audience' : route.name);
    // A workshop's screen shows its date; its first formatter is made here, once the read is asked,
    // while the window has nothing to run until the app's code comes. (The library's is made
    // while the storage is checked: there, earlier won nothing.)
    setTimeout(warmIntl);
  }
}

/** The `performance` mark left when a store takes the early read (for a trace, and the end-to-end tests). */
export const EARLY_READ_TAKEN = 'outmodel: early read taken';

/**
 * The first read of a workshop, if this window read it early: once, for the first store that asks
 * (whichever workshop it is for, the read is let go then).
 */
export async function takeEarlyRead(workshopId: string): Promise<EarlyRead | null> {
  const taken = early;
  early = null;
  const read = taken && (await taken);
  if (!read || read.workshopId !== workshopId) return null;
  performance.mark(EARLY_READ_TAKEN);
  return read;
}

