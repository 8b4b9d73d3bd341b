import type { StateCreator } from 'zustand';

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
   * sticky in another place, or a new cluster's id for its title.
   */
  focusTarget: string | null;
  requestFocus: (stickyId: string | null) => void;
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

export const ZOOM_STEPS = [0.6, 0.75, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;

export const createBoardSlice: StateCreator<BoardSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
  zoom: 1,
  setZoom: (zoom) => set({ zoom }),
  focusTarget: null,
  requestFocus: (focusTarget) => set({ focusTarget }),
  audienceOpen: false,
  setAudienceOpen: (audienceOpen) => set({ audienceOpen }),
  sideTab: 'agenda',
  setSideTab: (sideTab) => set({ sideTab }),
  dialog: null,
  setDialog: (dialog) => set({ dialog }),
});
