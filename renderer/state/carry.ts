import { create } from 'zustand';

/** Where a carried sticky would land: before an item (or at the end) of a lane or a cluster, or onto a sticky to group them. */
export type CarryTarget =
  | { kind: 'before'; laneKey: string; clusterId: string | null; beforeId: string | null }
  | { kind: 'onto'; laneKey: string; stickyId: string };

export interface Carry {
  workshopId: string;
  stickyId: string;
  text: string;
  /** Where it was picked up: dropping it there changes nothing. */
  home: CarryTarget;
  target: CarryTarget;
}

/**
 * A keyboard carry in flight, the polite announcement that describes it, and whether the
 * shortcuts overlay is open. Kept apart from the main store: it is this window's passing state
 * of one gesture, like a mouse drag, and nothing else reads it.
 */
export interface KeyboardState {
  carry: Carry | null;
  setCarry: (carry: Carry | null) => void;
  announcement: string;
  announce: (text: string) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
}

export const useKeyboard = create<KeyboardState>()((set) => ({
  carry: null,
  setCarry: (carry) => set({ carry }),
  announcement: '',
  announce: (announcement) => set({ announcement }),
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}));

/** How one item of the board is marked while a carry is in flight (drawn by the board). */
export function carryMark(state: KeyboardState, id: string): 'lifted' | 'before' | 'onto' | 'end' | undefined {
  const carry = state.carry;
  if (!carry) return undefined;
  if (carry.stickyId === id) return 'lifted';
  const t = carry.target;
  if (t.kind === 'onto') return t.stickyId === id ? 'onto' : undefined;
  if (t.beforeId === id) return 'before';
  // The end of a lane or of a cluster is marked on the lane's or the cluster's own element.
  if (t.beforeId === null && (t.clusterId ?? t.laneKey) === id) return 'end';
  return undefined;
}
