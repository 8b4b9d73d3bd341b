import { flushSync } from 'react-dom';
import { create } from 'zustand';

/** What a lane near the top draws at first, in items (a cluster counts its members): more than a screen holds. */
export const FIRST_PAGE = 12;

/**
 * How much of a big board is drawn yet. A lane longer than a screen draws its first page at once;
 * the rest follows when it comes near the screen, or when the window is idle, a page at a time,
 * until the whole board is drawn (`whole`), usually within a second of opening it. It belongs to
 * one board at a time (`board`); a lane of any other board reads the first page.
 */
export interface BoardWindowState {
  board: string | null;
  whole: boolean;
  /** Lane key → items drawn so far, where more than the first page. */
  drawn: Readonly<Record<string, number>>;
  /** A board is shown, with what each lane drew first (what a previous board drew does not count). */
  open: (board: string, firstPages: Readonly<Record<string, number>>) => void;
  /** The board is gone: the next one starts afresh. */
  close: (board: string) => void;
  /** Draw `by` more items of a lane. */
  grow: (board: string, laneKey: string, by: number) => void;
  /** Every lane drawn whole from now on. */
  drawWhole: (board: string) => void;
}

export const useBoardWindow = create<BoardWindowState>()((set, get) => ({
  board: null,
  whole: false,
  drawn: {},
  open: (board, firstPages) => {
    if (get().board !== board) set({ board, whole: Object.values(firstPages).every((n) => n === Infinity), drawn: { ...firstPages } });
  },
  close: (board) => {
    if (get().board === board) set({ board: null, whole: false, drawn: {} });
  },
  grow: (board, laneKey, by) => {
    const s = get();
    if (s.board !== board || s.whole) return;
    set({ drawn: { ...s.drawn, [laneKey]: (s.drawn[laneKey] ?? FIRST_PAGE) + by } });
  },
  drawWhole: (board) => {
    const s = get();
    if (s.board === board && !s.whole) set({ whole: true });
  },
}));

/** Items a lane of `board` draws now; `firstPage` until the board's window state is its own. */
export function drawnItems(s: BoardWindowState, board: string, laneKey: string, firstPage: number): number {
  if (s.board !== board) return firstPage;
  return s.whole ? Infinity : (s.drawn[laneKey] ?? firstPage);
}

/**
 * Draws the shown board whole before returning: for what reads the board from the page (the
 * keyboard's moves and carry), which must find every sticky there.
 */
export function drawWholeBoardNow(): void {
  const { board, whole, drawWhole } = useBoardWindow.getState();
  if (board === null || whole) return;
  flushSync(() => drawWhole(board));
}
