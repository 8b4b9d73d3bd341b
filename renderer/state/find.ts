import type { StateCreator } from 'zustand';
import { EMPTY_FIND_QUERY, type FindQuery } from '../../shared/board';

/** Find on the facilitator's board: what is asked, and the requests the find bar carries out. */
export interface FindState {
  open: boolean;
  query: FindQuery;
  /** Hide what does not match instead of dimming it. */
  onlyMatches: boolean;
  /** The match the keyboard last went to. */
  current: string | null;
  /** Counts up on every Ctrl+F, so the bar opens or takes focus (or closes, from its own field). */
  summoned: number;
  /** Counts up on every F3 / Ctrl+G, with the way to go. */
  step: { seq: number; direction: 1 | -1 };
}

export interface FindSlice {
  find: FindState;
  /** The workshop whose facilitator board can show a find bar right now, if any. */
  findHost: string | null;
  setFindHost: (workshopId: string | null) => void;
  summonFind: () => void;
  closeFind: () => void;
  setFindQuery: (patch: Partial<FindQuery>) => void;
  setFindOnlyMatches: (onlyMatches: boolean) => void;
  setFindCurrent: (id: string | null) => void;
  stepFind: (direction: 1 | -1) => void;
}

const CLOSED: FindState = { open: false, query: EMPTY_FIND_QUERY, onlyMatches: false, current: null, summoned: 0, step: { seq: 0, direction: 1 } };

export const createFindSlice: StateCreator<FindSlice> = (set) => ({
  find: CLOSED,
  findHost: null,
  // Another workshop (or none) starts with nothing asked.
  setFindHost: (findHost) => set((s) => (s.findHost === findHost ? {} : { findHost, find: { ...CLOSED, summoned: s.find.summoned, step: s.find.step } })),
  summonFind: () => set((s) => ({ find: { ...s.find, open: true, summoned: s.find.summoned + 1 } })),
  closeFind: () => set((s) => ({ find: { ...CLOSED, summoned: s.find.summoned, step: s.find.step } })),
  // The match last gone to stays: the next step goes on from there, and Escape returns to it.
  setFindQuery: (patch) => set((s) => ({ find: { ...s.find, query: { ...s.find.query, ...patch } } })),
  setFindOnlyMatches: (onlyMatches) => set((s) => ({ find: { ...s.find, onlyMatches } })),
  setFindCurrent: (current) => set((s) => ({ find: { ...s.find, current } })),
  stepFind: (direction) => set((s) => ({ find: { ...s.find, step: { seq: s.find.step.seq + 1, direction } } })),
});
