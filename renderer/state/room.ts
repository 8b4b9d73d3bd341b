import type { StateCreator } from 'zustand';
import type { RoomStatus } from '../../shared/room';

/**
 * Room join as this window knows it: the server's status (every window hears it), and, in the
 * facilitator's window that started it, which workshop the phones write to and whether they give
 * their names. The phones' writing itself goes to the database like any other.
 */
export interface RoomSlice {
  roomStatus: RoomStatus;
  roomHost: { workshopId: string; askNames: boolean } | null;
  setRoomStatus: (status: RoomStatus) => void;
  setRoomHost: (host: RoomSlice['roomHost']) => void;
}

export const createRoomSlice: StateCreator<RoomSlice> = (set) => ({
  roomStatus: { running: false },
  roomHost: null,
  setRoomStatus: (roomStatus) => set(roomStatus.running ? { roomStatus } : { roomStatus, roomHost: null }),
  setRoomHost: (roomHost) => set({ roomHost }),
});
