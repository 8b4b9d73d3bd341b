import type { StateCreator } from 'zustand';

/**
 * The shared screen handed to the participants. When the facilitator locked it, only the PIN
 * (kept here as a SHA-256 digest, for this window's life only) leads back to the facilitator's board.
 */
export interface CaptureSlice {
  captureLock: { workshopId: string; pinDigest: string } | null;
  setCaptureLock: (lock: CaptureSlice['captureLock']) => void;
}

export const createCaptureSlice: StateCreator<CaptureSlice> = (set) => ({
  captureLock: null,
  setCaptureLock: (captureLock) => set({ captureLock }),
});
