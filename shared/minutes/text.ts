/**
 * Text a person wrote, made safe to carry into any format. Nothing here interprets it: the
 * renderers escape it for their own syntax. This only removes what no format can hold.
 */

// C0 controls other than tab and line breaks, DEL, C1 controls, and lone surrogates: HTML, XML,
// iCalendar and UTF-8 cannot carry them, and CommonMark already turns U+0000 into U+FFFD.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNCARRIABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Whatever cleanText might change: a carriage return, a control character or a surrogate.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAY_NEED_CLEANING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

/** The text with line breaks as `\n` and every character no format can carry shown as U+FFFD. */
export function cleanText(text: string): string {
  // Nearly all text is clean already: one look, instead of two replacements, for it.
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(UNCARRIABLE, '\uFFFD');
}

/** The text's lines, without line-break characters. */
export function linesOf(text: string): string[] {
  return cleanText(text).split('\n');
}

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO
const POP_EMBEDDING = '\u202C'; // PDF
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const POP_ISOLATE = '\u2069'; // PDI
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * Closes the directional embeddings, overrides and isolates a line opens and leaves open, so that
 * a right-to-left override in one sticky cannot reverse whatever follows it. The controls the
 * person typed stay where they are.
 */
export function closeBidi(line: string): string {
  if (!hasBidiControls(line)) return line;
  // Per Unicode's bidi algorithm: a PDI closes its isolate and every embedding opened inside it.
  const stack: ('embedding' | 'isolate')[] = [];
  for (const c of line) {
    if (EMBEDDINGS.has(c)) stack.push('embedding');
    else if (ISOLATES.has(c)) stack.push('isolate');
    else if (c === POP_EMBEDDING && stack.at(-1) === 'embedding') stack.pop();
    else if (c === POP_ISOLATE && stack.includes('isolate')) {
      while (stack.pop() !== 'isolate');
    }
  }
  return line + stack.reverse().map((kind) => (kind === 'embedding' ? POP_EMBEDDING : POP_ISOLATE)).join('');
}

/** closeBidi for each line of a text. */
export function closeBidiLines(text: string): string {
  return hasBidiControls(text) ? text.split('\n').map(closeBidi).join('\n') : text;
}

/** A line wrapped in a first-strong isolate, for formats with no markup of their own to isolate it. */
export function isolateLine(line: string): string {
  return hasBidiControls(line) ? `\u2068${closeBidi(line)}\u2069` : line;
}
