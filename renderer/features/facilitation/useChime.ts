import { useEffect, useRef } from 'react';
import chimeUrl from '../../../assets/sounds/chime.wav';
import type { Settings } from '../../db';

/** Plays the bundled chime once, at the volume set, unless muted. */
export function playChime(settings: Pick<Settings, 'chimeMuted' | 'chimeVolume'>): void {
  if (settings.chimeMuted) return;
  const audio = new Audio(chimeUrl);
  audio.volume = settings.chimeVolume;
  // A browser may refuse sound before the first click; the visible change still tells the room.
  void audio.play().catch(() => undefined);
}

/**
 * Chimes when a running phase reaches zero, once per phase run, in the window that watched it
 * happen (not when a window opens on a phase that is already over).
 */
export function useChimeAtZero(runKey: string | null, overrun: boolean, running: boolean, settings: Settings | undefined): void {
  const seen = useRef<{ key: string | null; overrun: boolean }>({ key: null, overrun: true });
  useEffect(() => {
    const previous = seen.current;
    seen.current = { key: runKey, overrun };
    if (!settings || !running || runKey === null) return;
    if (previous.key === runKey && !previous.overrun && overrun) playChime(settings);
  }, [runKey, overrun, running, settings]);
}
