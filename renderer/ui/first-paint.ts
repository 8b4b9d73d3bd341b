import { useEffect, useState } from 'react';

/**
 * False until the screen this component came with has been painted once (a task after that
 * frame's animation frame), then true: for what a window's first screen can do without, drawn a
 * frame later, and for what must hold only until then.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, []);
  return painted;
}
