export type IdleHandle = { cancel: () => void };

/** Runs `run` when the window is next idle, or after `timeout` ms at the latest if it stays busy. */
export function whenIdle(run: () => void, timeout: number): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 16);
  return { cancel: () => clearTimeout(id) };
}
