import { DEFAULT_SNAPSHOTS_KEPT, type SnapshotReason } from '../../shared/ipc/constants';
import type { SnapshotInfo } from '../../shared/ipc';
import { BUNDLE_TABLES, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { WORKSHOP_FILE_TYPE, envelope, readWorkshopFile, toWorkshopFile, type ReadResult } from '../../shared/schema';
import { desktop } from '../platform';
import { readBundle } from './bundles';
import { db, recordsVersionOfStore } from './db';
import { dexieVersion, openAsItIs } from './raw-open';
import { readSettings } from './settings';

declare const __APP_VERSION__: string;

/** A fingerprint of what was last kept of each workshop, so an unchanged one is not kept twice. */
const lastKept = new Map<string, string>();

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** The workshop file a snapshot holds, without the moment it was written (which always differs). */
function serialise(bundle: WorkshopBundle, version = __APP_VERSION__): { content: string; print: string } {
  const file = toWorkshopFile(bundle, new Date().toISOString(), version);
  const { exportedAt: _exportedAt, ...rest } = file;
  return { content: JSON.stringify(file), print: fingerprint(JSON.stringify(rest)) };
}

async function keep(bundle: WorkshopBundle, reason: SnapshotReason, content: string): Promise<SnapshotInfo> {
  const { snapshotsKept } = await readSettings().catch(() => ({ snapshotsKept: DEFAULT_SNAPSHOTS_KEPT }));
  return desktop.writeSnapshot({ workshopId: bundle.workshop.id, title: bundle.workshop.title.slice(0, 200), reason, content, keep: snapshotsKept });
}

/**
 * Keeps a snapshot of one workshop as it is now. `onlyIfChanged` skips it when nothing changed
 * since the last one this window kept (the periodic snapshot). Returns what was kept, if anything.
 */
export async function snapshotWorkshop(id: WorkshopId, reason: SnapshotReason, { onlyIfChanged = false } = {}): Promise<SnapshotInfo | null> {
  const bundle = await db.transaction('r', db.allTables(), () => readBundle(id));
  if (!bundle) return null;
  const { content, print } = serialise(bundle);
  if (onlyIfChanged && lastKept.get(id) === print) return null;
  const kept = await keep(bundle, reason, content);
  lastKept.set(id, print);
  return kept;
}

/** Keeps a snapshot of a workshop already read (the one a restore or an import is about to replace). */
export async function snapshotBundle(bundle: WorkshopBundle, reason: SnapshotReason): Promise<SnapshotInfo> {
  const { content, print } = serialise(bundle);
  const kept = await keep(bundle, reason, content);
  lastKept.set(bundle.workshop.id, print);
  return kept;
}

/** Every snapshot kept, newest first; none when the store cannot be read. */
export function listSnapshots(): Promise<SnapshotInfo[]> {
  return desktop.listSnapshots();
}

/** A kept snapshot read back as a workshop, upgraded and validated like any workshop file. */
export async function readSnapshot(id: string): Promise<ReadResult> {
  const text = await desktop.readSnapshot(id);
  try {
    return readWorkshopFile(JSON.parse(text));
  } catch {
    return readWorkshopFile(null);
  }
}

/** The newest snapshot of each workshop, newest first. */
export function latestPerWorkshop(snapshots: readonly SnapshotInfo[]): SnapshotInfo[] {
  const seen = new Set<string>();
  return [...snapshots]
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
    .filter((s) => !seen.has(s.workshopId) && seen.add(s.workshopId));
}

/**
 * Before the database is upgraded to a newer stored shape, every workshop it holds is kept as a
 * snapshot in the shape it has (its version in the file), read straight from IndexedDB without
 * Dexie, which would upgrade on opening. Does nothing when the database is new or current.
 */
export async function snapshotBeforeUpgrade({
  factory = indexedDB,
  targetVersion = db.verno,
  name = db.name,
  seen = null,
}: { factory?: IDBFactory; targetVersion?: number; name?: string; seen?: number | null } = {}): Promise<number> {
  // A database the page's first script opened already (`storedVersionSeen`) and found current
  // needs nothing: the list of databases would have waited for that script's read.
  if (seen !== null && seen >= targetVersion) return 0;
  // The usual case, a current database (or none), is known from the list of databases, without
  // opening one (an open costs a start some 15 ms).
  const listed = await factory.databases?.().catch(() => undefined);
  if (listed) {
    const stored = listed.find((d) => d.name === name);
    if (!stored || dexieVersion(stored.version ?? 0) >= targetVersion) return 0;
  }
  const raw = await openAsItIs(factory, name);
  if (!raw) return 0;
  try {
    const storedVersion = dexieVersion(raw.version);
    if (storedVersion >= targetVersion || !raw.objectStoreNames.contains('workshops')) return 0;
    const tables = ['workshops', ...BUNDLE_TABLES].filter((t) => raw.objectStoreNames.contains(t));
    const rows = await new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
      const tx = raw.transaction(tables, 'readonly');
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const t of tables) {
        const request = tx.objectStore(t).getAll();
        request.onsuccess = () => (out[t] = request.result as Record<string, unknown>[]);
      }
      tx.oncomplete = () => resolve(out);
      tx.onerror = () => reject(tx.error);
    });
    let kept = 0;
    for (const workshop of rows.workshops ?? []) {
      const id = String(workshop.id);
      const bundle: Record<string, unknown> = { workshop };
      for (const t of BUNDLE_TABLES) bundle[t] = (rows[t] ?? []).filter((r) => r.workshopId === id);
      // The envelope of a workshop file, in the version the records are stored in (not the current one).
      const file = { ...envelope(WORKSHOP_FILE_TYPE, new Date().toISOString(), __APP_VERSION__), version: recordsVersionOfStore(storedVersion), ...bundle };
      await desktop.writeSnapshot({ workshopId: id, title: String(workshop.title ?? '').slice(0, 200), reason: 'before-upgrade', content: JSON.stringify(file), keep: DEFAULT_SNAPSHOTS_KEPT });
      kept++;
    }
    return kept;
  } finally {
    raw.close();
  }
}
