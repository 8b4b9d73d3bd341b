import { create } from 'zustand';
import type { Message } from '../../shared/i18n';

/** One undoable change: how to take it back and how to make it again. */
export interface UndoEntry {
  /** What it was, for the Undo button's tooltip. */
  label: Message;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

interface Stacks {
  past: UndoEntry[];
  future: UndoEntry[];
}

const EMPTY: Stacks = { past: [], future: [] };
const LIMIT = 200;

/**
 * Undo is per scope (the library, or one workshop) and per window, for this run of the app.
 * It holds this window's own commands only: other windows' writes never enter it.
 */
export interface HistoryState {
  history: Record<string, Stacks>;
  record: (scope: string, entry: UndoEntry) => void;
  /** Moves the newest entry of `from` to the other stack and returns it. */
  shift: (scope: string, from: 'past' | 'future') => UndoEntry | undefined;
  /** Forgets the undo history of these scopes: what it held must not outlive a delete for good. */
  forget: (scopes: readonly string[]) => void;
}

/**
 * A store of its own, apart from the UI state: every command that can be undone records here,
 * and a board's stickies watch the UI state (selection, focus), so that recording into it would
 * ask each of them whether it changed (~0.05 ms a post with 150 stickies on the board).
 */
export const useHistory = create<HistoryState>()((set, get) => ({
  history: {},
  forget: (scopes) => set((s) => ({ history: Object.fromEntries(Object.entries(s.history).filter(([scope]) => !scopes.some((f) => scope === f || scope.startsWith(`${f}/`)))) })),
  record: (scope, entry) =>
    set((s) => {
      const stacks = s.history[scope] ?? EMPTY;
      return { history: { ...s.history, [scope]: { past: [...stacks.past, entry].slice(-LIMIT), future: [] } } };
    }),
  shift: (scope, from) => {
    const stacks = get().history[scope] ?? EMPTY;
    const entry = stacks[from].at(-1);
    if (!entry) return undefined;
    const to = from === 'past' ? 'future' : 'past';
    set((s) => ({
      history: { ...s.history, [scope]: { ...stacks, [from]: stacks[from].slice(0, -1), [to]: [...stacks[to], entry] } as Stacks },
    }));
    return entry;
  },
}));

export function topEntry(stacks: Stacks | undefined, which: 'past' | 'future'): UndoEntry | undefined {
  return stacks?.[which].at(-1);
}
