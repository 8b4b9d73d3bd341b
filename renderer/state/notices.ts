import type { StateCreator } from 'zustand';
import type { Message } from '../../shared/i18n';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: Message;
  /** An action the notice offers, by registered action name (e.g. "undo"). */
  actionName?: string;
  actionLabel?: Message;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => number;
  dismiss: (id: number) => void;
  /** Modal dialogs shown in this window (`DialogBackdrop` counts them): while one is, notices move to the top. */
  dialogsOpen: number;
  dialogShown: () => void;
  dialogGone: () => void;
}

let nextId = 1;

export const createNoticeSlice: StateCreator<NoticeSlice> = (set) => ({
  notices: [],
  notify: (notice) => {
    const id = nextId++;
    // The newest few are enough; a room does not read a stack of messages.
    set((s) => ({ notices: [...s.notices, { ...notice, id }].slice(-3) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dialogsOpen: 0,
  dialogShown: () => set((s) => ({ dialogsOpen: s.dialogsOpen + 1 })),
  dialogGone: () => set((s) => ({ dialogsOpen: s.dialogsOpen - 1 })),
});
