import { createElement, useEffect, useState, type ComponentType } from 'react';

/**
 * A screen whose code loads when it is first needed, without a Suspense boundary: React holds
 * back a boundary's content until 300 ms after its fallback was shown, and a workshop opened
 * with its chunk still loading waited that long for nothing. `preload()` fetches the code ahead
 * (the start does, when the window opens on this screen); until it is there the screen draws
 * nothing, and a failed load is thrown where the screen is drawn, as `lazy` would.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let failure: { error: unknown } | null = null;
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (component) => void (loaded = component),
      (error: unknown) => void (failure = { error }),
    ));
  function LazyScreen(props: P) {
    const [, setSettled] = useState(false);
    useEffect(() => {
      if (loaded || failure) return;
      let live = true;
      void preload().then(() => live && setSettled(true));
      return () => void (live = false);
    }, []);
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : null;
  }
  return Object.assign(LazyScreen, { preload });
}
