import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  ActionItem,
  Agreement,
  Cluster,
  Decision,
  Group,
  Participant,
  Phase,
  Placement,
  PulseRating,
  Reaction,
  Sticky,
  Vote,
  VotingRound,
  Workshop,
} from '../../shared/model';
import { BUNDLE_TABLES, type BundleTable } from '../../shared/model';
import { MIGRATIONS, type Migration } from '../../shared/schema';
import type { SavedTemplate } from '../../shared/templates';
import { DATABASE_NAME } from './raw-open';
import { laneEndsMiddleware } from './lane-ends';

/**
 * The records' version (the version of a workshop file holding them) in each version of the
 * database: a database version that only added indexes holds the records of the one before.
 */
const RECORDS_VERSION_OF_STORE: Readonly<Record<number, number>> = { 1: 1, 2: 2, 3: 2 };

export function recordsVersionOfStore(storeVersion: number): number {
  const version = RECORDS_VERSION_OF_STORE[storeVersion];
  if (version === undefined) throw new Error(`No records version for database version ${storeVersion}`);
  return version;
}

function migrationTo(version: number): Migration {
  const migration = MIGRATIONS.find((m) => m.version === version);
  if (!migration) throw new Error(`No migration to version ${version}`);
  return migration;
}

/** Runs one migration's record upgrades over what IndexedDB holds: the same functions an old file's import uses. */
async function upgradeStoredRecords(tx: Transaction, migration: Migration): Promise<void> {
  const { workshop } = migration;
  if (workshop) await tx.table('workshops').toCollection().modify((record: Record<string, unknown>, ref: { value: unknown }) => void (ref.value = workshop(record)));
  for (const table of BUNDLE_TABLES) {
    const upgrade = migration.tables?.[table];
    if (upgrade) await tx.table(table).toCollection().modify((record: Record<string, unknown>, ref: { value: unknown }) => void (ref.value = upgrade(record)));
  }
}

/** A lane's items in order: every lane but the parking lot, whose items all have both groups. */
export const LANE_ORDER_INDEX = '[workshopId+kind+authorGroupId+subjectGroupId+order]';
/** The parking lot's items in order (any item by kind and order; a parking item may lack a group). */
export const PARKING_ORDER_INDEX = '[workshopId+kind+order]';

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The one declaration of the stored shape. Versions are only ever added: once a version has
 * landed, someone's IndexedDB already holds it. Each new version's `.upgrade()` calls the
 * record upgrades of `shared/schema`, the same functions the import of old files uses.
 */
export class OutmodelDb extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  phases!: EntityTable<Phase, 'id'>;
  stickies!: EntityTable<Sticky, 'id'>;
  clusters!: EntityTable<Cluster, 'id'>;
  placements!: EntityTable<Placement, 'id'>;
  reactions!: EntityTable<Reaction, 'id'>;
  rounds!: EntityTable<VotingRound, 'id'>;
  votes!: EntityTable<Vote, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  actions!: EntityTable<ActionItem, 'id'>;
  pulses!: EntityTable<PulseRating, 'id'>;
  meta!: Table<MetaRecord, string>;
  templates!: EntityTable<SavedTemplate, 'id'>;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a write is reported done only once it is on disk, not merely queued.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      workshops: 'id, updatedAt',
      groups: 'id, workshopId',
      participants: 'id, workshopId',
      phases: 'id, workshopId',
      stickies: 'id, workshopId, clusterId',
      clusters: 'id, workshopId',
      placements: 'id, workshopId',
      reactions: 'id, workshopId, stickyId',
      rounds: 'id, workshopId',
      votes: 'id, workshopId, stickyId',
      agreements: 'id, workshopId',
      decisions: 'id, workshopId',
      actions: 'id, workshopId',
      meta: 'key',
    });
    // Version 2: the facilitation state of each workshop, the facilitator's own templates, the culture pulse.
    this.version(2)
      .stores({ templates: 'id, createdAt', pulses: 'id, workshopId' })
      .upgrade((tx) => upgradeStoredRecords(tx, migrationTo(2)));
    // Version 3: stickies and clusters indexed by lane and order, so a post reads only the end of
    // its lane. The parking lot is one lane whatever its items' groups: it is found by kind alone.
    // No record changes: the records stay those of file version 2.
    this.version(3).stores({
      stickies: `id, workshopId, clusterId, ${LANE_ORDER_INDEX}, ${PARKING_ORDER_INDEX}`,
      clusters: `id, workshopId, ${LANE_ORDER_INDEX}, ${PARKING_ORDER_INDEX}`,
    });
    // A post trusts this window's memory of its lane's end only while no other write could have moved it.
    this.use(laneEndsMiddleware);
  }

  /** The tables that hold a workshop's records, in bundle order. */
  bundleTables(): Table<{ id: string; workshopId: string }, string>[] {
    return BUNDLE_TABLES.map((t: BundleTable) => this.table(t));
  }

  allTables(): Table[] {
    return [this.workshops, ...this.bundleTables(), this.meta, this.templates];
  }
}

export const db = new OutmodelDb();
