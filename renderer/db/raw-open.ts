// Raw IndexedDB, for what reads the database before or beside Dexie: the window's first read
// (early-read.ts), the snapshots kept before an upgrade (snapshots.ts), and the requests asked of
// a Dexie transaction's own stores where Dexie's script costs more than the request (board.ts,
// workshops.ts). No Dexie here: the first read loads with the page, ahead of the app's code.

/** The app's database, and the stored shape this code reads and writes (Dexie's version, `db.verno`). */
export const DATABASE_NAME = 'outmodel';
export const STORED_VERSION = 3;

/** Dexie stores its version n as IndexedDB version n × 10. */
export const dexieVersion = (indexedDbVersion: number) => Math.floor(indexedDbVersion / 10);

/** A request's result, once it has one; its error, if it fails. */
export function requestResult<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}

/** Opens a database as it is, neither creating nor upgrading it: null when there is none. */
export function openAsItIs(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // No database yet: opening without a version would create an empty one; abort that.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
}
