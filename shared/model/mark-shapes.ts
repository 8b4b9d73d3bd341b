import type { GroupMark } from './workshop';

/**
 * Each group mark's outline, in a 20 × 20 box: drawn by the app (renderer/ui/GroupMark.tsx) and by
 * the phones' page alike, so a group looks the same everywhere. Plain data: no zod, no React.
 */
export const MARK_SHAPES: Record<GroupMark, string> = {
  circle: 'M10 2a8 8 0 1 0 0 16a8 8 0 1 0 0-16z',
  square: 'M3 3h14v14H3z',
  triangle: 'M10 2l8.5 15h-17z',
  diamond: 'M10 1.5l8.5 8.5l-8.5 8.5l-8.5-8.5z',
  star: 'M10 1.5l2.5 5.6l6.1.6l-4.6 4.1l1.3 6l-5.3-3.1l-5.3 3.1l1.3-6l-4.6-4.1l6.1-.6z',
  hexagon: 'M5.5 2.2h9l4.5 7.8l-4.5 7.8h-9l-4.5-7.8z',
};
