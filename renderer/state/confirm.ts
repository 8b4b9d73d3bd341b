import type { StateCreator } from 'zustand';
import type { Message } from '../../shared/i18n';

export interface ConfirmRequest {
  title: Message;
  message: Message;
  confirmLabel: Message;
  danger?: boolean;
  resolve: (confirmed: boolean) => void;
}

/**
 * A question the window is waiting on. Any command (a drop, a menu, a key) can ask, and the
 * one dialog host shows it; the command goes on with the answer.
 */
export interface ConfirmSlice {
  confirmRequest: ConfirmRequest | null;
  ask: (question: Omit<ConfirmRequest, 'resolve'>) => Promise<boolean>;
  answer: (confirmed: boolean) => void;
}

export const createConfirmSlice: StateCreator<ConfirmSlice> = (set, get) => ({
  confirmRequest: null,
  ask: (question) =>
    new Promise<boolean>((resolve) => {
      get().confirmRequest?.resolve(false);
      set({ confirmRequest: { ...question, resolve } });
    }),
  answer: (confirmed) => {
    const request = get().confirmRequest;
    set({ confirmRequest: null });
    request?.resolve(confirmed);
  },
});
