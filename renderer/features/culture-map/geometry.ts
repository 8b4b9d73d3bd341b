/**
 * The grid's fixed geometry. Grid points run from -1 to 1 on both axes: x from actuality (left)
 * to possibility (right), y from impersonal (bottom) to personal (top). The SVG draws them in
 * its own units, the same in every language.
 */
export interface Point {
  x: number;
  y: number;
}

export const VIEW = { width: 1200, height: 900 } as const;
/** The grid itself inside the SVG; the margins hold the axis labels. */
export const PLOT = { left: 150, top: 80, width: 900, height: 720 } as const;
export const PLOT_RIGHT = PLOT.left + PLOT.width;
export const PLOT_BOTTOM = PLOT.top + PLOT.height;
export const CENTRE = { px: PLOT.left + PLOT.width / 2, py: PLOT.top + PLOT.height / 2 } as const;

/** How far one arrow key moves a marker. */
export const STEP = 0.1;
/** How far outside the grid (in SVG units) a drop still lands on its edge; further out it is cancelled. */
const SLACK = 40;

export const clampUnit = (v: number) => Math.max(-1, Math.min(1, Math.round(v * 1000) / 1000));

/** A grid point in SVG units. */
export function toSvg({ x, y }: Point): { px: number; py: number } {
  return { px: PLOT.left + ((x + 1) / 2) * PLOT.width, py: PLOT.top + ((1 - y) / 2) * PLOT.height };
}

/** The grid point at an SVG point, kept on the grid; null when it is well outside it. */
export function fromSvg(px: number, py: number): Point | null {
  if (px < PLOT.left - SLACK || px > PLOT_RIGHT + SLACK || py < PLOT.top - SLACK || py > PLOT_BOTTOM + SLACK) return null;
  return { x: clampUnit(((px - PLOT.left) / PLOT.width) * 2 - 1), y: clampUnit(1 - ((py - PLOT.top) / PLOT.height) * 2) };
}

const ARROWS: Record<string, Point> = {
  ArrowLeft: { x: -STEP, y: 0 },
  ArrowRight: { x: STEP, y: 0 },
  ArrowUp: { x: 0, y: STEP },
  ArrowDown: { x: 0, y: -STEP },
};

/**
 * Where an arrow key moves a marker, or null for any other key. The grid's left is actuality in
 * every language, so the arrows are not mirrored in a right-to-left one.
 */
export function nudged(from: Point, key: string): Point | null {
  const step = ARROWS[key];
  return step ? { x: clampUnit(from.x + step.x), y: clampUnit(from.y + step.y) } : null;
}
