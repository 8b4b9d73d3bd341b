import { flushSync } from 'react-dom';
import { create } from 'zustand';

/**
 * What a lane on the first screen draws at first, in items (a cluster counts its members): about
 * a screen of stickies of a few lines each; a lane with room left under it on the screen then
 * draws more before the screen is painted (`useFirstScreenFill`).
 */
export const FIRST_PAGE = 6;

/** How much of one board is drawn yet. */
export interface BoardDrawing {
  whole: boolean;
  /** Lane key → items drawn so far. */
  drawn: Readonly<Record<string, number>>;
}

/**
 * How much of each big board shown in this window is drawn yet. A lane longer than a screen
 * draws its first page at once; the rest follows when it comes near the screen, or when the
 * window is idle, a page at a time, until the whole board is drawn (`whole`), usually within a
 * second of opening it. Each board shown has its own entry, under a key of its own (the
 * facilitator's board and the room's preview beside it are two boards of one workshop).
 */
export interface BoardWindowState {
  boards: Readonly<Record<string, BoardDrawing>>;
  /** A board is shown, with what each lane draws first. */
  open: (board: string, firstPages: Readonly<Record<string, number>>) => void;
  /** The board is gone. */
  close: (board: string) => void;
  /** Draw `by` more items of a lane. */
  grow: (board: string, laneKey: string, by: number) => void;
  /** Every lane of the board drawn whole from now on. */
  drawWhole: (board: string) => void;
}

/** Whether a board whose lanes draw `firstPages` first is whole from the start (a small board). */
export const drawsWhole = (firstPages: Readonly<Record<string, number>>): boolean => Object.values(firstPages).every((n) => n === Infinity);

export const useBoardWindow = create<BoardWindowState>()((set, get) => ({
  boards: {},
  open: (board, firstPages) => set((s) => ({ boards: { ...s.boards, [board]: { whole: drawsWhole(firstPages), drawn: { ...firstPages } } } })),
  close: (board) =>
    set((s) => {
      if (!(board in s.boards)) return {};
      const { [board]: _gone, ...rest } = s.boards;
      return { boards: rest };
    }),
  grow: (board, laneKey, by) => {
    const entry = get().boards[board];
    if (!entry || entry.whole) return;
    set((s) => ({ boards: { ...s.boards, [board]: { ...entry, drawn: { ...entry.drawn, [laneKey]: (entry.drawn[laneKey] ?? FIRST_PAGE) + by } } } }));
  },
  drawWhole: (board) => {
    const entry = get().boards[board];
    if (entry && !entry.whole) set((s) => ({ boards: { ...s.boards, [board]: { ...entry, whole: true } } }));
  },
}));

/** Items a lane of `board` draws now; `firstPage` until the board has its entry. */
export function drawnItems(s: BoardWindowState, board: string, laneKey: string, firstPage: number): number {
  const entry = s.boards[board];
  if (!entry) return firstPage;
  return entry.whole ? Infinity : (entry.drawn[laneKey] ?? firstPage);
}

/** Whether every board shown in this window is drawn whole. */
export const allWhole = (s: BoardWindowState): boolean => Object.values(s.boards).every((b) => b.whole);

/**
 * Draws every board shown whole before returning: for what reads the board from the page (the
 * keyboard's moves and carry), which must find every sticky there.
 */
export function drawWholeBoardNow(): void {
  const s = useBoardWindow.getState();
  const pending = Object.keys(s.boards).filter((board) => !s.boards[board]!.whole);
  if (pending.length === 0) return;
  flushSync(() => pending.forEach((board) => s.drawWhole(board)));
}
