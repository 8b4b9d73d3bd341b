import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  ActionItem,
  Agreement,
  Cluster,
  Decision,
  Group,
  Participant,
  Phase,
  Placement,
  Reaction,
  Sticky,
  Vote,
  VotingRound,
  Workshop,
} from '../../shared/model';
import { BUNDLE_TABLES, type BundleTable } from '../../shared/model';

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
  meta!: Table<MetaRecord, string>;

  constructor(name = 'outmodel') {
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
  }

  /** The tables that hold a workshop's records, in bundle order. */
  bundleTables(): Table<{ id: string; workshopId: string }, string>[] {
    return BUNDLE_TABLES.map((t: BundleTable) => this.table(t));
  }

  allTables(): Table[] {
    return [this.workshops, ...this.bundleTables(), this.meta];
  }
}

export const db = new OutmodelDb();
