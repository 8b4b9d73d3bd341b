import type { Culture, GroupMark } from '../model';
import type { CultureSection, Placing } from './document';
import { phraseAttr, safeColour } from './html-escape';
import { markShape } from './marks';

/*
 * The culture grid drawn for print: x runs from actuality (left) to possibility (right), y from
 * impersonal (bottom) to personal (top), in every language, as on the app's culture map.
 */
const PLOT = { left: 48, top: 48, width: 544, height: 408 } as const;
const VIEW = { width: PLOT.left * 2 + PLOT.width, height: PLOT.top * 2 + PLOT.height } as const;
const RING = 13;

const toSvg = (x: number, y: number) => ({ px: PLOT.left + ((x + 1) / 2) * PLOT.width, py: PLOT.top + ((1 - y) / 2) * PLOT.height });
const n = (v: number) => Number(v.toFixed(1));

/** Where each quadrant's name sits: in its outer corner, away from the axes where markers gather. */
const QUADRANT_AT: Record<Culture, { x: number; y: number; anchor: 'start' | 'end' }> = {
  collaboration: { x: PLOT.left + 14, y: PLOT.top + 30, anchor: 'start' },
  cultivation: { x: PLOT.left + PLOT.width - 14, y: PLOT.top + 30, anchor: 'end' },
  control: { x: PLOT.left + 14, y: PLOT.top + PLOT.height - 14, anchor: 'start' },
  competence: { x: PLOT.left + PLOT.width - 14, y: PLOT.top + PLOT.height - 14, anchor: 'end' },
};

export interface MarkerLook {
  mark: GroupMark;
  /** The colour of the group placed. */
  colour: string;
  /** The colour of the group that placed it. */
  ring: string;
  self: boolean;
}

/** A marker: the placed group's mark in its colour, ringed in the placing group's colour; dashed when another group placed it. */
export function markerSvg(look: MarkerLook, cx: number, cy: number): string {
  const dash = look.self ? '' : ' stroke-dasharray="5 3"';
  return [
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${RING}" fill="#ffffff" stroke="${safeColour(look.ring)}" stroke-width="${look.self ? 4 : 3}"${dash}/>`,
    markShape(look.mark, look.colour, 16, n(cx - 8), n(cy - 8)),
  ].join('');
}

function marker(p: Placing, dir: 'ltr' | 'rtl'): string {
  const { px, py } = toSvg(p.x, p.y);
  // Near the bottom edge the label goes above the marker, to stay inside the picture.
  const labelY = p.y < -0.6 ? py - RING - 6 : py + RING + 13;
  const title = `${phraseAttr(p.label)}: ${phraseAttr(p.quadrant)}`;
  return [
    `<g class="marker${p.self ? ' self' : ''}"><title>${title}</title>`,
    markerSvg({ mark: p.subject.mark, colour: p.subject.colour, ring: p.by.colour, self: p.self }, px, py),
    `<text x="${n(px)}" y="${n(labelY)}" text-anchor="middle" direction="${dir}" class="marker-label">${phraseAttr(p.label)}</text>`,
    '</g>',
  ].join('');
}

/** The grid with its axes, its four quadrants named, and every marker the room may see. */
export function cultureSvg(s: CultureSection, dir: 'ltr' | 'rtl'): string {
  const { left, top, width, height } = PLOT;
  const cx = left + width / 2;
  const cy = top + height / 2;
  const text = (x: number, y: number, cls: string, content: string, rotate = 0) =>
    `<text x="${n(x)}" y="${n(y)}" text-anchor="middle" direction="${dir}" class="${cls}"${rotate ? ` transform="rotate(${rotate} ${n(x)} ${n(y)})"` : ''}>${content}</text>`;
  // The grid keeps its geometry in every language: the names are anchored to its own corners.
  const quadrants = (Object.keys(QUADRANT_AT) as Culture[]).map((c) => {
    const q = QUADRANT_AT[c];
    return `<text x="${q.x}" y="${q.y}" text-anchor="${q.anchor}" direction="ltr" class="quadrant-name">${phraseAttr(s.quadrants[c])}</text>`;
  });
  return [
    `<svg class="culture-grid" viewBox="0 0 ${VIEW.width} ${VIEW.height}" role="img" aria-label="${phraseAttr(s.drawingLabel)}" xmlns="http://www.w3.org/2000/svg">`,
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="#f9fafb" stroke="#9ca3af" stroke-width="1.5"/>`,
    `<rect x="${left}" y="${top}" width="${width / 2}" height="${height / 2}" fill="#f3f4f6"/>`,
    `<rect x="${cx}" y="${cy}" width="${width / 2}" height="${height / 2}" fill="#f3f4f6"/>`,
    `<line x1="${left}" y1="${cy}" x2="${left + width}" y2="${cy}" stroke="#4b5563" stroke-width="1.5"/>`,
    `<line x1="${cx}" y1="${top}" x2="${cx}" y2="${top + height}" stroke="#4b5563" stroke-width="1.5"/>`,
    ...quadrants,
    text(cx, top - 16, 'axis-label', phraseAttr(s.axes.y.high)),
    text(cx, top + height + 28, 'axis-label', phraseAttr(s.axes.y.low)),
    text(left - 18, cy, 'axis-label', phraseAttr(s.axes.x.low), -90),
    text(left + width + 18, cy, 'axis-label', phraseAttr(s.axes.x.high), 90),
    ...s.placings.map((p) => marker(p, dir)),
    '</svg>',
  ].join('\n');
}
