import type { BundleTable } from '../model/bundle';

/**
 * The version of the records' shape: of workshop files, and of the records IndexedDB holds. The
 * database's own version also counts changes that leave every record as it was (a new index):
 * `renderer/db/db.ts` says which records' version each database version holds.
 */
export const CURRENT_VERSION = 2;

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
  /** Tables this version adds: an older file has none, so they start empty. */
  newTables?: readonly BundleTable[];
}

/** Every upgrade since version 1, the first stored shape. Only ever add to this list. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 2: a workshop knows its current phase, whose writing is revealed, and what is
    // presented; a sticky keeps the clarifying questions asked about it; a voting round knows
    // who votes, how, and over which items; participants' culture-pulse ratings have a table.
    name: 'facilitation-state',
    version: 2,
    workshop: (w) => ({ ...w, facilitation: { currentPhaseId: null, revealedGroupIds: [], presentingGroupId: null, spotlightStickyId: null, screen: { blank: false, frozen: false } } }),
    newTables: ['pulses'],
    tables: {
      stickies: (s) => ({ ...s, questions: '' }),
      rounds: (r) => ({ ...r, voterKind: 'group', mode: 'dots', stickyIds: null, parentRoundId: null }),
    },
  },
];
