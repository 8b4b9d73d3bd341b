import { useSyncExternalStore } from 'react';

// One clock for the window, ticking only while some component shows running time.
let now = Date.now();
const listeners = new Set<() => void>();
let ticker: number | undefined;
const TICK_MS = 250;

function subscribe(listener: () => void) {
  listeners.add(listener);
  now = Date.now();
  ticker ??= window.setInterval(() => {
    now = Date.now();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== undefined) {
      window.clearInterval(ticker);
      ticker = undefined;
    }
  };
}

const still = () => () => undefined;

/**
 * The time, for components that show a running clock. While `active` it ticks four times a
 * second; otherwise it stands still (a paused, ended or idle timer does not depend on it).
 */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : still, () => now);
}
