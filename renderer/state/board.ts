import type { StateCreator } from 'zustand';
import { isTextField } from '../ui/text-field';

export interface Selection {
  workshopId: string;
  stickyId: string;
}

/** Which sticky has the keyboard's attention, and how large this window draws the board. */
export interface BoardSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
  zoom: number;
  setZoom: (zoom: number) => void;
  /**
   * What should take focus once it is drawn: `laneKey#stickyId` after a keyboard move draws a
   * sticky in another place, or a new cluster's id for its title. `askedFrom` is what had the
   * focus when the person did what asks for it (a drop, a key; by default, what has it now): a
   * person who has since gone on to type in another field keeps the focus there (`focusMayMove`),
   * and nothing is asked.
   */
  focusTarget: string | null;
  focusAskedFrom: Element | null;
  requestFocus: (target: string | null, askedFrom?: Element | null) => void;
  /** Whether this facilitator window has the room's window open. */
  audienceOpen: boolean;
  setAudienceOpen: (open: boolean) => void;
  /** Which tab the facilitator's side panel shows. */
  sideTab: 'agenda' | 'guide' | 'notes' | 'room';
  setSideTab: (tab: BoardSlice['sideTab']) => void;
  /** The modal dialog this window shows over the screen, if any. */
  dialog: 'export' | 'merge' | 'snapshots' | null;
  setDialog: (dialog: BoardSlice['dialog']) => void;
}

const focused = (): Element | null => (typeof document === 'undefined' ? null : document.activeElement);

/**
 * Whether the focus may still move as asked from `askedFrom`: not once the person has gone on to
 * type in another field (a new cluster's title, made by a drop that took a moment to save, must
 * not take the keys they are typing into a composer).
 */
export function focusMayMove(askedFrom: Element | null): boolean {
  const now = focused();
  return now === askedFrom || !isTextField(now);
}

export const ZOOM_STEPS = [0.6, 0.75, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;

export const createBoardSlice: StateCreator<BoardSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
  zoom: 1,
  setZoom: (zoom) => set({ zoom }),
  focusTarget: null,
  focusAskedFrom: null,
  requestFocus: (focusTarget, askedFrom = focused()) =>
    set(focusTarget !== null && focusMayMove(askedFrom) ? { focusTarget, focusAskedFrom: askedFrom } : { focusTarget: null, focusAskedFrom: null }),
  audienceOpen: false,
  setAudienceOpen: (audienceOpen) => set({ audienceOpen }),
  sideTab: 'agenda',
  setSideTab: (sideTab) => set({ sideTab }),
  dialog: null,
  setDialog: (dialog) => set({ dialog }),
});
