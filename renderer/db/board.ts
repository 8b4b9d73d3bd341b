import { z } from 'zod';
import { ActionItemSchema, AgreementSchema, DecisionSchema, PulseRatingSchema, ClusterSchema, LIMITS, SCHEMA_MESSAGE_VALUES, ReactionSchema, StickySchema, VoteSchema, deriveLanes, laneKeyOf, type WorkshopId } from '../../shared/model';
import { BOARD_TABLES, applyToState, invertChange, isEmptyChange, type BoardChange, type BoardState, type BoardTable } from '../../shared/board';
import { Refusal } from '../../shared/lib/refusal';
import { nowIso } from '../../shared/lib/time';
import { db } from './db';
import { readTables } from './bundles';

const SCHEMAS: Record<keyof BoardState, z.ZodType> = {
  stickies: StickySchema,
  clusters: ClusterSchema,
  reactions: ReactionSchema,
  votes: VoteSchema,
  agreements: AgreementSchema,
  decisions: DecisionSchema,
  actions: ActionItemSchema,
  pulses: PulseRatingSchema,
};

/** The board's tables, or only those named (the others read as empty). */
async function readBoard(workshopId: WorkshopId, tables: readonly BoardTable[] = BOARD_TABLES): Promise<BoardState> {
  return (await readTables(workshopId, BOARD_TABLES, tables)) as unknown as BoardState;
}

/** Checks every record a change writes, and that no sticky ends up in a cluster of another lane. */
function check(change: BoardChange, after: BoardState) {
  for (const table of BOARD_TABLES) {
    for (const record of change[table].put) {
      const result = SCHEMAS[table].safeParse(record);
      if (!result.success) {
        // Our schemas' messages are catalog keys; anything else is a shape no command should produce.
        const key = result.error.issues[0]?.message ?? '';
        const text = (record as { text?: unknown }).text;
        if (key === 'errors.stickyOverLimit' && typeof text === 'string') throw new Refusal('errors.stickyTooLong', { max: LIMITS.stickyText, count: text.length });
        throw new Refusal(key.startsWith('errors.') ? key : 'errors.invalidChange', SCHEMA_MESSAGE_VALUES[key]);
      }
    }
  }
  const clusterLanes = new Map(after.clusters.map((c) => [c.id, laneKeyOf(c)]));
  for (const s of after.stickies) {
    if (s.clusterId !== null && clusterLanes.get(s.clusterId) !== laneKeyOf(s)) throw new Refusal('errors.clusterMixedLanes');
  }
}

async function write(workshopId: WorkshopId, change: BoardChange) {
  for (const table of BOARD_TABLES) {
    const t = db.table(table);
    if (change[table].put.length) await t.bulkPut(change[table].put);
    if (change[table].remove.length) await t.bulkDelete(change[table].remove);
  }
  await db.workshops.update(workshopId, { updatedAt: nowIso() });
}

const BOARD_STORES = () => [db.workshops, ...BOARD_TABLES.map((t) => db.table(t))];

/**
 * Runs one board operation in one transaction: reads the board, computes the change, checks it
 * whole, writes it. Returns the change and its inverse, for undo; nothing is written on refusal.
 * An operation that needs only some tables names them in `reads` (a post reads the stickies and
 * clusters, not 2,000 reactions): it may then write only those.
 */
export function applyBoardOp(workshopId: WorkshopId, op: (state: BoardState) => BoardChange, reads: readonly BoardTable[] = BOARD_TABLES): Promise<{ forward: BoardChange; backward: BoardChange } | null> {
  // A sticky's cluster must be in the same lane: whoever reads stickies reads clusters too.
  if (reads.includes('stickies') !== reads.includes('clusters')) return Promise.reject(new Error('A board operation reads stickies and clusters together'));
  return db.transaction('rw', BOARD_STORES(), async () => {
    const before = await readBoard(workshopId, reads);
    const forward = op(before);
    if (isEmptyChange(forward)) return null;
    const unread = BOARD_TABLES.find((t) => !reads.includes(t) && (forward[t].put.length > 0 || forward[t].remove.length > 0));
    if (unread) throw new Error(`A board operation wrote ${unread}, which it did not read`);
    check(forward, applyToState(before, forward));
    await write(workshopId, forward);
    return { forward, backward: invertChange(forward, before) };
  });
}

/** Applies a change recorded earlier (undo or redo). */
export function applyBoardChange(workshopId: WorkshopId, change: BoardChange): Promise<void> {
  return db.transaction('rw', BOARD_STORES(), async () => {
    const before = await readBoard(workshopId);
    check(change, applyToState(before, change));
    await write(workshopId, change);
  });
}

/** The workshop's lanes, derived from its groups, and its stickies: for commands given by key. */
export async function readLanesAndStickies(workshopId: WorkshopId) {
  return db.transaction('r', [db.workshops, db.groups, db.stickies, db.clusters], async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) throw new Refusal('errors.workshopGone');
    const groups = await db.groups.where('workshopId').equals(workshopId).toArray();
    const stickies = await db.stickies.where('workshopId').equals(workshopId).toArray();
    const clusters = await db.clusters.where('workshopId').equals(workshopId).toArray();
    return { lanes: deriveLanes(groups, workshop.settings), groups, stickies, clusters };
  });
}
