import type { Phrase } from './phrase';
import { closeBidiLines, isolateLine } from './text';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

/** Text for an HTML text node or a quoted attribute value: nothing in it can open markup. */
export function escapeHtml(text: string): string {
  // Most text holds none of these: a look costs less than a replacement that finds nothing.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

/**
 * A phrase as HTML: catalog words escaped, a person's words escaped and isolated in `<bdi>` so
 * that a Hebrew name in an English sentence (or the other way round) reads in its own direction,
 * with any direction override they carry closed inside.
 */
export function phraseHtml(p: Phrase): string {
  return p.map((s) => (s.person ? `<bdi>${escapeHtml(closeBidiLines(s.text))}</bdi>` : escapeHtml(s.text))).join('');
}

/** A phrase as plain text for an attribute or an SVG text, escaped, overrides closed. */
export function phraseAttr(p: Phrase): string {
  return escapeHtml(p.map((s) => (s.person ? s.text.split('\n').map(isolateLine).join(' ') : s.text)).join(''));
}

/** A group's colour, or grey when it is not a plain hex colour. */
export function safeColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#6b7280';
}
