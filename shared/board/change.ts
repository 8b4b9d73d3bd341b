import type { Cluster, Sticky } from '../model/board';
import type { Reaction, Vote } from '../model/facilitation';
import type { ActionItem, Agreement, Decision, PulseRating } from '../model/outcomes';

/**
 * The part of a workshop the room's work edits: the board, and what hangs from it (reactions,
 * votes, and the outcomes that link stickies). One change can touch them all at once, so that
 * deleting a sticky never leaves a link dangling.
 */
export interface BoardState {
  stickies: readonly Sticky[];
  clusters: readonly Cluster[];
  reactions: readonly Reaction[];
  votes: readonly Vote[];
  agreements: readonly Agreement[];
  decisions: readonly Decision[];
  actions: readonly ActionItem[];
  pulses: readonly PulseRating[];
}

export type BoardTable = keyof BoardState;
export const BOARD_TABLES: readonly BoardTable[] = ['stickies', 'clusters', 'reactions', 'votes', 'agreements', 'decisions', 'actions', 'pulses'];

type RecordOf<T extends BoardTable> = BoardState[T][number];

/** A set of writes to the board: records to put (whole) and ids to remove, per table. */
export type BoardChange = {
  [T in BoardTable]: { put: RecordOf<T>[]; remove: string[] };
};

export function emptyChange(): BoardChange {
  return {
    stickies: { put: [], remove: [] },
    clusters: { put: [], remove: [] },
    reactions: { put: [], remove: [] },
    votes: { put: [], remove: [] },
    agreements: { put: [], remove: [] },
    decisions: { put: [], remove: [] },
    actions: { put: [], remove: [] },
    pulses: { put: [], remove: [] },
  };
}

export function isEmptyChange(change: BoardChange): boolean {
  return BOARD_TABLES.every((t) => change[t].put.length === 0 && change[t].remove.length === 0);
}

/** The change that takes `change` back, given the state it was applied to. */
export function invertChange(change: BoardChange, before: BoardState): BoardChange {
  const inverse = emptyChange();
  for (const table of BOARD_TABLES) {
    const old = new Map<string, RecordOf<typeof table>>(before[table].map((r) => [r.id, r]));
    const put = inverse[table].put as RecordOf<typeof table>[];
    for (const record of change[table].put) {
      const previous = old.get(record.id);
      if (previous) put.push(previous);
      else inverse[table].remove.push(record.id);
    }
    for (const id of change[table].remove) {
      const previous = old.get(id);
      if (previous) put.push(previous);
    }
  }
  return inverse;
}

/** The state after a change: used to check the result before anything is written. */
export function applyToState(state: BoardState, change: BoardChange): BoardState {
  const next = {} as Record<BoardTable, unknown[]>;
  for (const table of BOARD_TABLES) {
    // Puts are written first and removals last, so a record both put and removed is gone.
    const removed = new Set(change[table].remove);
    const puts = new Map<string, { id: string }>(change[table].put.filter((r) => !removed.has(r.id)).map((r) => [r.id, r]));
    const kept = state[table].filter((r) => !removed.has(r.id) && !puts.has(r.id));
    next[table] = [...kept, ...puts.values()];
  }
  return next as unknown as BoardState;
}
