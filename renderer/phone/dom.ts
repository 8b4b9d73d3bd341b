import type { PhoneView } from '../../shared/room/protocol';
import { MARK_SHAPES } from '../../shared/model/mark-shapes';

type GroupMark = PhoneView['group']['mark'];

/**
 * The phone page builds its DOM by hand: elements, attributes and textContent only. Nothing from
 * a person or the server is ever parsed as markup.
 */

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    // `style` would be an inline style attribute, which the page's CSP refuses.
    if (name === 'style' || name.startsWith('on')) throw new Error(`Not an attribute the phone page sets: ${name}`);
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return node;
}

/** Text a person wrote: isolated for bidirectional layout, so mixed Hebrew and English stays readable. */
export function userText(text: string, className?: string): HTMLElement {
  const node = el('bdi', { dir: 'auto', class: className });
  node.textContent = text;
  return node;
}

let nextId = 0;
/** A unique id for label/aria links. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Puts `nodes` in `parent` in this order, moving only what is out of place (a focused field keeps its focus). */
export function reconcile(parent: Element, nodes: readonly Node[]): void {
  const wanted = new Set(nodes);
  // What goes is removed first, so that what stays does not have to move past it.
  for (const child of [...parent.childNodes]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, i) => {
    if (parent.childNodes[i] !== node) parent.insertBefore(node, parent.childNodes[i] ?? null);
  });
}

/** A group's colour as the server sent it, or a neutral grey when it is not a plain #rrggbb. */
export function safeColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#6b7280';
}

export { MARK_SHAPES };

const SVG = 'http://www.w3.org/2000/svg';

/** A group's shape in its colour, so a group is recognisable without colour vision. */
export function markSvg(mark: GroupMark, colour: string, size = 28): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ class: 'mark', width: String(size), height: String(size), viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' })) {
    svg.setAttribute(name, value);
  }
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', MARK_SHAPES[mark] ?? MARK_SHAPES.circle);
  path.setAttribute('fill', safeColour(colour));
  path.setAttribute('stroke', '#111827');
  path.setAttribute('stroke-width', '1');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
