import { useEffect, useState } from 'react';
import { perform, zoomInAction, zoomOutAction } from '../../actions';

/** How far two fingers must spread or close before the board zooms one step. */
const STEP = 1.25;

/**
 * Pinching the board with two fingers zooms it, one step per clear spread or close, through the
 * same actions as the zoom buttons (the browser's own page zoom is held back on the board).
 */
export function usePinchZoom() {
  // A callback ref: the board's element may appear after the first render.
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!el) return;
    const fingers = new Map<number, { x: number; y: number }>();
    let base: number | null = null;
    const spread = () => {
      const [a, b] = [...fingers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : null;
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      fingers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      base = fingers.size === 2 ? spread() : null;
    };
    const move = (e: PointerEvent) => {
      if (!fingers.has(e.pointerId)) return;
      fingers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const now = spread();
      if (base === null || now === null || base === 0) return;
      if (now / base >= STEP) {
        void perform(zoomInAction, undefined);
        base = now;
      } else if (base / now >= STEP) {
        void perform(zoomOutAction, undefined);
        base = now;
      }
    };
    const up = (e: PointerEvent) => {
      fingers.delete(e.pointerId);
      base = fingers.size === 2 ? spread() : null;
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
    };
  }, [el]);
  return setEl;
}
