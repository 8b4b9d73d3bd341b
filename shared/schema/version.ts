import type { BundleTable } from '../model/bundle';

/** The version of the stored shape: of IndexedDB records and of workshop files alike. */
export const CURRENT_VERSION = 1;

type RecordUpgrade = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * One named upgrade from `version - 1` to `version`, written record by record so that the same
 * function serves Dexie's `version(n).upgrade()` and the import of an older workshop file.
 * Migrations are only ever added; once one has landed it is never edited.
 */
export interface Migration {
  name: string;
  version: number;
  workshop?: RecordUpgrade;
  tables?: Partial<Record<BundleTable, RecordUpgrade>>;
}

/** Version 1 is the first stored shape: there is nothing to upgrade yet. */
export const MIGRATIONS: readonly Migration[] = [];
