import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The files a phone may load: phone.html, the assets it references, and, transitively, what
 * those reference (JS chunks it imports or preloads, fonts and images its CSS uses). Read once
 * when the server starts and served from memory; nothing else of the app folder is reachable.
 */

export interface PhoneFile {
  body: Buffer;
  contentType: string;
}

export const PHONE_PAGE = 'phone.html';
const ASSETS = 'assets';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.wasm': 'application/wasm',
};

/** A plain file name in assets/: no folders, no leading dot, an extension we know. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

function isServable(name: string): boolean {
  return ASSET_NAME.test(name) && !name.includes('..') && path.extname(name).toLowerCase() in CONTENT_TYPES;
}

/** The asset file name a reference from phone.html names, if it is one (`./assets/x`, `/assets/x`, `assets/x`). */
function assetOfPage(reference: string): string | null {
  const match = /^(?:\.\/|\/)?assets\/([^/?#]+)$/.exec(reference.trim());
  return match?.[1] ?? null;
}

/** The asset names a file in assets/ refers to (`./x`, `/assets/x`, `assets/x`, or a bare `x` in CSS). */
function assetOfAsset(reference: string, bareAllowed: boolean): string | null {
  const ref = reference.trim();
  const relative = /^\.\/([^/?#]+)$/.exec(ref) ?? /^\/?assets\/([^/?#]+)$/.exec(ref);
  if (relative) return relative[1] ?? null;
  if (bareAllowed && /^[^/?#:]+$/.test(ref)) return ref;
  return null;
}

/** `src` and `href` of every `<script>` and `<link>` in the page. */
export function pageReferences(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    for (const attr of tag[0].matchAll(/\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      found.push(attr[1] ?? attr[2] ?? attr[3] ?? '');
    }
  }
  return found;
}

/**
 * What a JS chunk names: static and dynamic imports and Vite's preload lists (string literals
 * `./x`), and files it loads with `new URL('x', import.meta.url)`.
 */
export function scriptReferences(js: string): string[] {
  const relative = [...js.matchAll(/(["'`])((?:\.\/|\/?assets\/)[A-Za-z0-9][A-Za-z0-9._-]*)\1/g)].map((m) => m[2] ?? '');
  const urls = [...js.matchAll(/new URL\(\s*(["'`])([A-Za-z0-9][A-Za-z0-9._-]*)\1\s*,\s*import\.meta\.url\s*\)/g)].map((m) => `./${m[2] ?? ''}`);
  return [...relative, ...urls];
}

/** What a stylesheet names: `url(...)` and `@import`. */
export function styleReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2] ?? '');
  return [...urls, ...imports];
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    // lstat: a symlink in the folder is not followed out of it.
    const info = await lstat(file);
    return info.isFile() ? await readFile(file) : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export class PhoneFilesMissingError extends Error {
  override name = 'PhoneFilesMissingError';
}

/**
 * Reads the phone page and everything it needs from `phoneDir`, keyed by URL path
 * (`/` and `/assets/<name>`). Throws PhoneFilesMissingError when phone.html, or a file it
 * references directly, is missing: the app was built without its phone page.
 */
export async function loadPhoneFiles(phoneDir: string): Promise<Map<string, PhoneFile>> {
  const files = new Map<string, PhoneFile>();
  const page = await readRegularFile(path.join(phoneDir, PHONE_PAGE));
  if (!page) throw new PhoneFilesMissingError(`The phone page (${PHONE_PAGE}) is not in ${phoneDir}. Build the app again (npm run build) and turn room join on again.`);
  files.set('/', { body: page, contentType: CONTENT_TYPES['.html'] ?? 'text/html' });

  const assetsDir = path.join(phoneDir, ASSETS);
  const queue: Array<{ name: string; required: boolean }> = [];
  for (const reference of pageReferences(page.toString('utf8'))) {
    const name = assetOfPage(reference);
    if (name !== null) queue.push({ name, required: true });
  }

  const seen = new Set<string>();
  while (queue.length > 0) {
    const { name, required } = queue.shift() as { name: string; required: boolean };
    if (seen.has(name)) continue;
    seen.add(name);
    const body = isServable(name) ? await readRegularFile(path.join(assetsDir, name)) : null;
    if (!body) {
      // Only the page's own references must exist: scanning a chunk's literals may find names that are not files.
      if (required) throw new PhoneFilesMissingError(`The phone page needs assets/${name}, which is not in ${phoneDir}. Build the app again (npm run build).`);
      continue;
    }
    const extension = path.extname(name).toLowerCase();
    files.set(`/${ASSETS}/${name}`, { body, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' });
    const text = extension === '.js' || extension === '.mjs' ? scriptReferences(body.toString('utf8')) : extension === '.css' ? styleReferences(body.toString('utf8')) : [];
    for (const reference of text) {
      const next = assetOfAsset(reference, extension === '.css');
      if (next !== null && !seen.has(next)) queue.push({ name: next, required: false });
    }
  }
  return files;
}
