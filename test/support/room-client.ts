import http from 'node:http';

// A real HTTP client for the room join server on 127.0.0.1, as a phone would call it: the
// server's unit tests and the end-to-end load test share it.

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Raw body text, sent as is. */
  raw?: string;
  token?: string;
  headers?: Record<string, string>;
  agent?: http.Agent;
  localAddress?: string;
}

/** One request to the server on 127.0.0.1:`port`, with a real HTTP client. */
export function call(port: number, urlPath: string, options: CallOptions = {}): Promise<Reply> {
  const text = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = {
    ...(text !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) } : {}),
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: options.method ?? (text === undefined ? 'GET' : 'POST'), headers, agent: options.agent, localAddress: options.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            // Not JSON: a test reads `text`.
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: body, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
