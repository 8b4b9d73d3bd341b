/**
 * What the room server's tests share: a small phone build on disk, published views, a real HTTP
 * client (Node's http, so a test can set any header and the address it calls from), an event
 * stream reader, and waiting for a condition instead of sleeping.
 */
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RoomServer, type RoomServerOptions } from '../../../electron/main/room';
import { call } from '../../support/room-client';
import type { PhoneView, RoomAnswer, RoomCommand, RoomViews } from '../../../shared/room';

export const CODE = 'K7HP3Q';
export const GROUP_A = 'group:sales';
export const GROUP_B = 'group:ops';

export const PHONE_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="UTF-8" />
<link rel="icon" href="data:," />
<script type="module" crossorigin src="./assets/phone-main.js"></script>
<link rel="modulepreload" crossorigin href="./assets/shared-chunk.js">
<link rel="stylesheet" crossorigin href="./assets/phone.css">
</head><body><div id="root"></div></body></html>`;

export const PHONE_ASSETS: Record<string, string> = {
  'phone-main.js': `import{a}from"./shared-chunk.js";import"./side-effect.js";const l=()=>import(\`./lazy-screen.js\`);export{a,l};`,
  'shared-chunk.js': 'export const a=1;',
  'side-effect.js': 'globalThis.x=1;',
  'lazy-screen.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./preloaded.js"])))=>i.map(i=>d[i]);export const s=2;',
  'preloaded.js': 'export const p=3;',
  'phone.css': '@font-face{font-family:N;src:url(./noto.woff2) format("woff2")}body{background:url("data:image/png;base64,AA==")}',
  'noto.woff2': 'wOF2-fake',
  // In the folder, referenced by nothing the phone loads: never served.
  'other.js': 'export const secret=1;',
  'index-facilitator.js': 'export const app=1;',
};

/** A temporary phoneDir with phone.html, its assets, and files of the app that must not be served. */
export async function makePhoneDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'outmodel-room-test-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'phone.html'), PHONE_HTML);
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Facilitator</title>');
  for (const [name, text] of Object.entries(PHONE_ASSETS)) await writeFile(path.join(dir, 'assets', name), text);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function phoneView(groupId: string, overrides: Partial<PhoneView> = {}): PhoneView {
  const secret = groupId === GROUP_A ? 'Sales only: discount list' : 'Ops only: on-call rota';
  return {
    workshopTitle: 'Sales × Ops',
    language: 'en',
    group: { id: groupId as PhoneView['group']['id'], name: groupId === GROUP_A ? 'Sales' : 'Ops', colour: '#1f6feb', mark: 'circle' },
    phase: { kind: 'outmodel', title: 'Write your Outmodel', instructions: 'Write what you think.' },
    lanes: [{ key: `${groupId}/outmodel`, kind: 'outmodel', title: 'Outmodel', items: [{ id: `sticky:${groupId.slice(6)}-1` as never, text: secret, authorName: null }] }],
    spotlight: null,
    round: null,
    ...overrides,
  };
}

export function roomViews(overrides: Partial<RoomViews> = {}): RoomViews {
  return {
    groups: [
      { id: GROUP_A as never, name: 'Sales', colour: '#1f6feb', mark: 'circle' },
      { id: GROUP_B as never, name: 'Ops', colour: '#d1242f', mark: 'square' },
    ],
    askNames: false,
    views: { [GROUP_A]: phoneView(GROUP_A), [GROUP_B]: phoneView(GROUP_B) },
    ballots: {},
    ...overrides,
  };
}

/** A handler that records every command and answers ok (a join: as participant:p-<n>). */
export function recordingHandler(answer?: (command: RoomCommand) => RoomAnswer | Promise<RoomAnswer>) {
  const commands: RoomCommand[] = [];
  const handle = async (command: RoomCommand): Promise<RoomAnswer> => {
    commands.push(command);
    if (answer) return answer(command);
    return command.kind === 'join' ? { ok: true, participantId: null } : { ok: true };
  };
  return { commands, handle };
}

export type Options = Omit<RoomServerOptions, 'address' | 'phoneDir'> & Partial<Pick<RoomServerOptions, 'address' | 'phoneDir'>>;

export { call, type CallOptions, type Reply } from '../../support/room-client';

/** Waits until `condition` holds, checking on each turn of the event loop (no fixed sleeps). */
export async function waitFor(condition: () => boolean, what = 'the condition', limitMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface ServerEvent {
  event: string;
  data: string;
}

/** Reads a Server-Sent Events stream as it arrives. */
export class EventReader {
  readonly events: ServerEvent[] = [];
  comments = 0;
  ended = false;
  status = 0;
  headers: http.IncomingHttpHeaders = {};
  #buffer = '';
  #request: http.ClientRequest | null = null;

  static open(port: number, token: string, localAddress?: string): Promise<EventReader> {
    const reader = new EventReader();
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: `/api/events?token=${encodeURIComponent(token)}`, agent: false, localAddress }, (res) => {
        reader.status = res.statusCode ?? 0;
        reader.headers = res.headers;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => reader.#take(chunk));
        res.on('end', () => (reader.ended = true));
        res.on('close', () => (reader.ended = true));
        res.on('error', () => (reader.ended = true));
        resolve(reader);
      });
      reader.#request = req;
      req.on('error', reject);
    });
  }

  named(event: string): ServerEvent[] {
    return this.events.filter((e) => e.event === event);
  }

  close(): void {
    this.#request?.destroy();
  }

  #take(chunk: string): void {
    this.#buffer += chunk;
    let end: number;
    while ((end = this.#buffer.indexOf('\n\n')) >= 0) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      let fields = 0;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          this.comments += 1;
        } else if (line.startsWith('event: ')) {
          event = line.slice(7);
          fields += 1;
        } else if (line.startsWith('data: ')) {
          data.push(line.slice(6));
          fields += 1;
        }
      }
      if (fields > 0 && data.length > 0) this.events.push({ event, data: data.join('\n') });
    }
  }
}

/** A server on 127.0.0.1, port 0, over a fresh phone folder; `close()` stops it and removes the folder. */
export async function startRoom(options: Options): Promise<{ server: RoomServer; port: number; close: () => Promise<void> }> {
  const folder = options.phoneDir ? null : await makePhoneDir();
  const server = new RoomServer({ address: '127.0.0.1', phoneDir: folder?.dir ?? (options.phoneDir as string), code: CODE, ...options });
  const status = await server.start();
  return {
    server,
    port: status.port,
    close: async () => {
      await server.stop();
      await folder?.remove();
    },
  };
}

/** Joins `groupId` and returns the token. */
export async function join(port: number, groupId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const reply = await call(port, '/api/join', { body: { code: CODE, groupId, ...extra } });
  if (reply.status !== 200) throw new Error(`join answered ${reply.status}: ${reply.text}`);
  return (reply.json as { token: string }).token;
}
