import { message, type Message } from '../i18n';

const MB = 1024 * 1024;

/**
 * The largest workshop file Outmodel opens, in characters of text (a UTF-8 file of this many
 * bytes never has more characters). A full workshop at every limit of the schema stays well
 * under it; the bound is there so that a wrong file cannot make the app parse without end.
 */
export const MAX_WORKSHOP_FILE_CHARS = 20 * MB;
/** The largest backup of all workshops Outmodel opens: it holds many workshops. */
export const MAX_BACKUP_FILE_CHARS = 64 * MB;
/** How deeply lists and records may nest: a backup needs seven levels; far more is tolerated, never without bound. */
export const MAX_FILE_DEPTH = 32;

export type TextParseResult = { ok: true; data: unknown } | { ok: false; message: Message };

/** A size in megabytes as a person reads it: one decimal, never "0.0" for a file that has content. */
export function megabytes(chars: number): string {
  return Math.max(0.1, Math.ceil((chars / MB) * 10) / 10).toFixed(1);
}

/** Whether a file of `bytes` may be read at all: check it before reading the file into memory. */
export function isWithinFileSize(bytes: number, maxChars: number = MAX_WORKSHOP_FILE_CHARS): boolean {
  // A UTF-8 file of n bytes has at most n characters; a file of more bytes may still fit, but
  // reading it to find out is what the bound is there to avoid.
  return bytes <= maxChars;
}

/**
 * One pass over the text before JSON.parse: how deeply it nests, and whether it ends where a
 * complete document ends. Strings are skipped, so brackets in the room's words do not count.
 */
function scan(text: string): 'complete' | 'truncated' | 'too-deep' {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_FILE_DEPTH) return 'too-deep';
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0 ? 'truncated' : 'complete';
}

/**
 * The text of a file as data, or why it cannot be: empty, over `maxChars`, nested absurdly
 * deep, cut off, or not JSON at all. Nothing is parsed when the size or the depth is wrong.
 */
export function parseFileText(text: string, maxChars: number): TextParseResult {
  if (text.length > maxChars) {
    return { ok: false, message: message('files.read.tooLarge', { size: megabytes(text.length), max: megabytes(maxChars) }) };
  }
  // A byte-order mark, as some editors write it, is not part of the document.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: message('files.read.empty') };
  const shape = scan(body);
  if (shape === 'too-deep') return { ok: false, message: message('files.read.tooDeep') };
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch {
    // Only text that begins as a document can have been cut off; other text (an image, a
    // spreadsheet) merely has unbalanced brackets or quotes somewhere.
    const cut = shape === 'truncated' && /^\s*[[{]/.test(body);
    return { ok: false, message: message(cut ? 'files.read.truncated' : 'files.read.notJson') };
  }
}
