import { createContext, useContext } from 'react';
import type { Group, Lane, WorkshopId } from '../../../shared/model';

export interface BoardContextValue {
  workshopId: WorkshopId;
  lanes: readonly Lane[];
  laneByKey: ReadonlyMap<string, Lane>;
  groups: ReadonlyMap<string, Group>;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside a board');
  return value;
}
