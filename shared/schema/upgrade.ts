import { BUNDLE_TABLES } from '../model/bundle';
import { CURRENT_VERSION, MIGRATIONS, type Migration } from './version';

type RawBundle = Record<string, unknown>;

export class FutureVersionError extends Error {
  constructor(readonly version: number) {
    super(`file version ${version} is newer than ${CURRENT_VERSION}`);
  }
}

function migrationsAfter(version: number, list: readonly Migration[]): Migration[] {
  return list.filter((m) => m.version > version).sort((a, b) => a.version - b.version);
}

/** Applies every migration after `fromVersion`, in order, to a raw (not yet validated) bundle. */
export function upgradeBundle(raw: RawBundle, fromVersion: number, list: readonly Migration[] = MIGRATIONS): RawBundle {
  if (fromVersion > CURRENT_VERSION) throw new FutureVersionError(fromVersion);
  let bundle = raw;
  for (const migration of migrationsAfter(fromVersion, list)) {
    const next: RawBundle = { ...bundle };
    for (const table of migration.newTables ?? []) next[table] ??= [];
    if (migration.workshop && isRecord(bundle.workshop)) next.workshop = migration.workshop(bundle.workshop);
    for (const table of BUNDLE_TABLES) {
      const upgrade = migration.tables?.[table];
      const rows = bundle[table];
      if (upgrade && Array.isArray(rows)) next[table] = rows.map((r) => (isRecord(r) ? upgrade(r) : r));
    }
    bundle = next;
  }
  return bundle;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
