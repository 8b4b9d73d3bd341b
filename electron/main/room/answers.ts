import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * How the room server answers: the same protective headers on every response, JSON bodies, and
 * request bodies read with a hard size limit.
 */

export const PHONE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ['Cache-Control', 'no-store'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  // Harmless on JSON and scripts, and it keeps an SVG or any other file opened on its own inert.
  ['Content-Security-Policy', PHONE_CSP],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
}

export type Headers = Record<string, string | number>;

/** Sends `body` (an object, or JSON already serialised) unless the response was already begun. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Answers and closes the connection: used when the rest of the request is not worth reading. */
export function sendJsonAndClose(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  res.shouldKeepAlive = false;
  sendJson(res, status, body, { ...headers, Connection: 'close' });
}

/** Whether the request says its body is JSON (`application/json`, any parameters). */
export function isJson(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
  return type === 'application/json';
}

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'aborted' };

/**
 * Reads the request body as UTF-8, refusing at once a declared length over `limit` and
 * stopping as soon as the bytes actually sent pass it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= limit)) return Promise.resolve({ ok: false, reason: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        settle({ ok: false, reason: 'tooLarge' });
      } else chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, text: Buffer.concat(chunks, size).toString('utf8') });
    const onClose = () => settle({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

/** Parses JSON text; undefined for anything that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
