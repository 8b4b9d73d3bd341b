import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Sent with every response: the app loads nothing from anywhere but itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppFile {
  filePath: string;
  contentType: string;
}

/**
 * Maps an `app://outmodel/...` URL to a file inside `rootDir`, or null when the URL must not be
 * served: another scheme or host, or a path that could leave the folder (`..`, even encoded,
 * encoded slashes or backslashes, absolute or drive paths).
 */
export function resolveAppRequest(url: string, rootDir: string): AppFile | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;

  const pathname = parsed.pathname === '' || parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const segments = pathname.slice(1).split('/').map(decodeSegment);
  if (!segments.every((segment): segment is string => segment !== null)) return null;

  const root = path.resolve(rootDir);
  const filePath = path.join(root, ...segments);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.split(path.sep)[0] === '..' || path.isAbsolute(fromRoot)) return null;
  return { filePath, contentType: contentTypeFor(filePath) };
}

function decodeSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '.' || decoded === '..') return null;
  if (/[/\\:\0]/.test(decoded)) return null;
  return decoded;
}

/** Registers `app:` as a standard, secure scheme. Electron keeps only the last call, before ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function refusal(status: 404 | 405 | 500, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Serves the built renderer folder; used as the `app:` protocol handler. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const file = resolveAppRequest(request.url, rootDir);
    if (!file) return refusal(404, 'Not found');

    let body: Buffer;
    try {
      body = await readFile(file.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== undefined && NOT_FOUND_CODES.has(code)) return refusal(404, 'Not found');
      console.error(`Outmodel could not read ${file.filePath}:`, error);
      return refusal(500, 'The app could not read one of its own files.');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
