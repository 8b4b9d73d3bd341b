import type { StateCreator } from 'zustand';

/** The undo scope of what this window shows: the library, or the open workshop's id. */
export interface ScopeSlice {
  scope: string;
  setScope: (scope: string) => void;
}

export const LIBRARY_SCOPE = 'library';

export const createScopeSlice: StateCreator<ScopeSlice> = (set) => ({
  scope: LIBRARY_SCOPE,
  setScope: (scope) => set({ scope }),
});
