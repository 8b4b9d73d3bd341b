import { createContext, useContext } from 'react';
import type { Group, Lane, Reaction, WorkshopId } from '../../../shared/model';
import type { Viewer } from '../../../shared/facilitation';
import type { BoardFind } from './useBoardFind';

export interface BoardContextValue {
  workshopId: WorkshopId;
  /** This board's own key in the window's drawing state (two boards of one workshop may be shown). */
  boardKey: string;
  lanes: readonly Lane[];
  laneByKey: ReadonlyMap<string, Lane>;
  groups: ReadonlyMap<string, Group>;
  viewer: Viewer;
  /** Groups whose private writing the room may see. */
  revealed: ReadonlySet<string>;
  /** Lane key → stickies there this viewer may not read. */
  hiddenCounts: ReadonlyMap<string, number>;
  /** Whether this view may post to, edit in and move stickies into a lane. */
  canWrite: (lane: Lane) => boolean;
  /** The item being presented, highlighted on the board too. */
  spotlightId: string | null;
  reactionsBySticky: ReadonlyMap<string, readonly Reaction[]>;
  /**
   * The board's translator: one subscription to the language for the whole board, not one per
   * sticky, and each sentence translated once (`sentenceTranslator`), not once per sticky.
   */
  t: (key: string, values?: Record<string, unknown>) => string;
  /** Find on the facilitator's board, while it is open. */
  find?: BoardFind | null;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside a board');
  return value;
}
