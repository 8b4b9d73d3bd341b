import { create } from 'zustand';
import { createNoticeSlice, type NoticeSlice } from './notices';
import { createScopeSlice, type ScopeSlice } from './scope';
import { createBoardSlice, focusMayMove, type BoardSlice } from './board';
import { createConfirmSlice, type ConfirmSlice } from './confirm';
import { createUnsavedSlice, type UnsavedSlice } from './unsaved';
import { createCaptureSlice, type CaptureSlice } from './capture';
import { createFindSlice, type FindSlice } from './find';
import { createRoomSlice, type RoomSlice } from './room';

export type UiState = NoticeSlice & ScopeSlice & BoardSlice & ConfirmSlice & UnsavedSlice & FindSlice & CaptureSlice & RoomSlice;

/** This window's UI state, and nothing else: workshop data lives in the database. */
export const useUi = create<UiState>()((...a) => ({
  ...createNoticeSlice(...a),
  ...createScopeSlice(...a),
  ...createBoardSlice(...a),
  ...createConfirmSlice(...a),
  ...createUnsavedSlice(...a),
  ...createCaptureSlice(...a),
  ...createFindSlice(...a),
  ...createRoomSlice(...a),
}));

export { LIBRARY_SCOPE } from './scope';
export type { UndoEntry } from './history';
export type { Notice } from './notices';
export { topEntry, useHistory } from './history';
export { ZOOM_STEPS, type Selection } from './board';

/** Whether the focus asked for (`requestFocus`) may still land: not once the person has gone on to type elsewhere. */
export const focusRequestHolds = (): boolean => focusMayMove(useUi.getState().focusAskedFrom);
export type { ConfirmRequest } from './confirm';
export type { UnsavedChange } from './unsaved';
export type { FindState } from './find';
