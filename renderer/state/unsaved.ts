import type { StateCreator } from 'zustand';
import type { Message } from '../../shared/i18n';

/** A command that could not be saved, kept to be tried again. */
export interface UnsavedChange {
  id: number;
  label: Message;
  /** What the person typed, when the command carries text. */
  preview: string | null;
}

/** What this window could not save yet, and why: the "not saved" banner reads it. */
export interface UnsavedSlice {
  unsaved: UnsavedChange[];
  storageProblem: string | null;
  setUnsaved: (unsaved: UnsavedChange[], storageProblem: string | null) => void;
}

export const createUnsavedSlice: StateCreator<UnsavedSlice> = (set) => ({
  unsaved: [],
  storageProblem: null,
  setUnsaved: (unsaved, storageProblem) => set({ unsaved, storageProblem }),
});
