import type { GroupMark } from '../model';
import { safeColour } from './html-escape';

/** The corners of a regular shape around (10, 10), alternating two radii for a star. */
function polygon(corners: number, outer: number, inner: number | null, turn: number): string {
  const count = inner === null ? corners : corners * 2;
  return Array.from({ length: count }, (_, i) => {
    const r = inner !== null && i % 2 === 1 ? inner : outer;
    const angle = turn + (i * 2 * Math.PI) / count;
    return `${(10 + r * Math.cos(angle)).toFixed(2)},${(10 + r * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

const UP = -Math.PI / 2;

/** Each group mark drawn in a 20 × 20 box, so a group is known without its colour. */
const SHAPES: Record<GroupMark, string> = {
  circle: '<circle cx="10" cy="10" r="8"/>',
  square: '<rect x="2.5" y="2.5" width="15" height="15"/>',
  triangle: `<polygon points="${polygon(3, 9.5, null, UP)}" transform="translate(0 1.5)"/>`,
  diamond: `<polygon points="${polygon(4, 9, null, UP)}"/>`,
  star: `<polygon points="${polygon(5, 9.5, 4, UP)}" transform="translate(0 0.8)"/>`,
  hexagon: `<polygon points="${polygon(6, 8.8, null, 0)}"/>`,
};

/** A group's mark in its colour as SVG content, `size` units wide, its top left corner at (x, y). */
export function markShape(mark: GroupMark, colour: string, size: number, x = 0, y = 0): string {
  const scale = size / 20;
  return `<g transform="translate(${x} ${y}) scale(${scale})" fill="${safeColour(colour)}" stroke="#111827" stroke-width="1" stroke-linejoin="round">${SHAPES[mark] ?? SHAPES.circle}</g>`;
}

const icons = new Map<string, string>();

/**
 * A group's mark as a small picture beside its name: an image of its SVG, made once per mark and
 * colour. A page of 1,000 stickies names groups some 2,000 times, and a PDF prints an image it has
 * seen cheaply, 2,000 inline SVG drawings not (a fifth of the minutes' PDF time).
 */
export function markIcon(mark: GroupMark, colour: string): string {
  const key = `${mark} ${colour}`;
  let icon = icons.get(key);
  if (!icon) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 20 20">${markShape(mark, colour, 20)}</svg>`;
    icons.set(key, (icon = `<img class="mark" width="14" height="14" alt="" src="data:image/svg+xml,${encodeURIComponent(svg)}">`));
  }
  return icon;
}
