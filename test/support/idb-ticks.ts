import { vi } from 'vitest';

/**
 * Lets fake-indexeddb (on setImmediate, which tests never fake) run `count` turns, or until
 * `done`; with a faked clock, moves it `step` ms each turn.
 */
export async function idbTicks(count: number, done = () => false, step = 0): Promise<void> {
  for (let tick = 0; tick < count && !done(); tick++) {
    if (step) vi.advanceTimersByTime(step);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Runs `body` with `setTimeout` on a clock moved by hand; IndexedDB's own turns stay real. */
export async function onFakeTimeouts(body: () => Promise<void>): Promise<void> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await body();
  } finally {
    vi.useRealTimers();
  }
}
