import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import {
  JoinRequestSchema,
  PostRequestSchema,
  ReactRequestSchema,
  ROOM_LIMITS,
  RoomAnswerSchema,
  RoomCodeSchema,
  VoteRequestSchema,
  type PhoneIdentity,
  type RoomAnswer,
  type RoomCommand,
  type RoomStatus,
  type RoomViews,
} from '../../../shared/room';
import { isJson, parseJson, readBody, sendJson, sendJsonAndClose, setSecurityHeaders } from './answers';
import { EventStreams } from './events';
import { loadPhoneFiles, type PhoneFile } from './phone-files';
import { PublishedViews } from './phone-state';
import { RateLimiter } from './limiter';
import { delay, finished, limitConnectionsPerAddress, listen } from './listening';
import { randomRoomCode, sameCode } from './room-code';
import { bearerToken, SessionStore, type Session } from './sessions';

export interface RoomServerOptions {
  /** The interface address to listen on, e.g. '192.168.1.20' or '127.0.0.1'. */
  address: string;
  /** 0 or absent: a free port chosen by the operating system. */
  port?: number;
  /** The folder holding phone.html and its assets/ (the renderer build). */
  phoneDir: string;
  /** The facilitator's window: decides each command and resolves once the write is committed. */
  handle: (command: RoomCommand) => Promise<RoomAnswer>;
  /** A fixed room code (tests); otherwise a random one each time the server starts. */
  code?: string;
  /** A millisecond clock for the rate limits and idle sessions (tests). */
  now?: () => number;
  /** How long a phone waits for the window's answer. */
  answerTimeoutMs?: number;
}

export type RunningStatus = Extract<RoomStatus, { running: true }>;

/** Server-Sent Events comments that keep phones' connections (and Wi-Fi NATs) awake. */
const HEARTBEAT_MS = 15_000;
/** A session with no request and no open stream for this long is forgotten. */
const SESSION_IDLE_MS = 6 * 60 * 60 * 1000;
const SWEEP_MS = 60_000;
/** How long stop() lets the last answers reach the phones before cutting every connection. */
const STOP_GRACE_MS = 500;

const LobbyRequestSchema = JoinRequestSchema.pick({ code: true });

const COMMANDS = {
  '/api/post': { kind: 'post', schema: PostRequestSchema },
  '/api/react': { kind: 'react', schema: ReactRequestSchema },
  '/api/vote': { kind: 'vote', schema: VoteRequestSchema },
} as const;
type CommandPath = keyof typeof COMMANDS;

const API_METHODS: ReadonlyMap<string, 'GET' | 'POST'> = new Map([
  ['/api/lobby', 'POST'],
  ['/api/join', 'POST'],
  ['/api/state', 'GET'],
  ['/api/events', 'GET'],
  ['/api/post', 'POST'],
  ['/api/react', 'POST'],
  ['/api/vote', 'POST'],
]);

type Outcome = { answer: RoomAnswer } | 'timeout' | 'failed' | 'closed';

interface Running {
  server: http.Server;
  code: string;
  address: string;
  port: number;
  url: string;
  origin: string;
  hosts: ReadonlySet<string>;
  files: ReadonlyMap<string, PhoneFile>;
  timers: NodeJS.Timeout[];
  /** Commands waiting for the window's answer; stop() settles each as 'closed'. */
  waiting: Set<() => void>;
}

/**
 * The room-join server: serves the phone page and its API on one address of this computer,
 * hands each phone's request to the facilitator's window (`handle`) and answers the phone with
 * the window's answer, and pushes each phone what the window last published for it. Plain Node:
 * it runs in Electron's main process and in `npm run web`'s server alike.
 */
export class RoomServer {
  readonly #options: RoomServerOptions;
  readonly #now: () => number;
  readonly #views = new PublishedViews();
  readonly #sessions = new SessionStore(ROOM_LIMITS.sessions);
  readonly #byAddress = new RateLimiter({ perSecond: ROOM_LIMITS.perAddressPerSecond, burst: 2 * ROOM_LIMITS.perAddressPerSecond, maxKeys: 4096 });
  readonly #byToken = new RateLimiter({ perSecond: ROOM_LIMITS.perTokenPerSecond, burst: 2 * ROOM_LIMITS.perTokenPerSecond, maxKeys: 2 * ROOM_LIMITS.sessions });
  readonly #streams = new EventStreams();
  /** Responses begun and not yet finished, to answer or cut when the server stops. */
  readonly #inFlight = new Set<ServerResponse>();
  #running: Running | null = null;
  /** start() and stop() run one after the other. */
  #transition: Promise<unknown> = Promise.resolve();

  constructor(options: RoomServerOptions) {
    if (options.code !== undefined) RoomCodeSchema.parse(options.code);
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Starts listening (if not already); resolves with the address phones use. */
  start(): Promise<RunningStatus> {
    const next = this.#transition.then(() => this.#start());
    this.#transition = next.catch(() => undefined);
    return next;
  }

  /**
   * Stops at once: in-flight requests answer 503, every event stream gets `closed`, every
   * connection is closed and every token forgotten. An answer the window gives later is dropped.
   */
  stop(): Promise<void> {
    const next = this.#transition.then(() => this.#stop());
    this.#transition = next.catch(() => undefined);
    return next;
  }

  /** Keeps the window's latest views and pushes each open phone its own state. */
  publish(views: RoomViews): void {
    this.#views.set(views);
    this.#streams.publish((session) => this.#views.stateParts(session.identity));
  }

  status(): RoomStatus {
    const run = this.#running;
    return run ? this.#statusOf(run) : { running: false };
  }

  #statusOf(run: Running): RunningStatus {
    return { running: true, url: run.url, code: run.code, address: run.address, port: run.port, phones: this.#sessions.size };
  }

  async #start(): Promise<RunningStatus> {
    if (this.#running) return this.#statusOf(this.#running);
    const { address } = this.#options;
    const files = await loadPhoneFiles(this.#options.phoneDir);
    const server = http.createServer({ maxHeaderSize: 8 * 1024, requestTimeout: 10_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 });
    server.keepAliveTimeout = 2_000;
    server.timeout = 120_000;
    server.maxConnections = 4 * ROOM_LIMITS.sessions;
    limitConnectionsPerAddress(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.#onRequest(req, res));
    server.on('clientError', (_error, socket: Socket) => {
      if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
    });
    const port = await listen(server, address, this.#options.port ?? 0);
    // Past start, a server error (a phone's socket gone wrong) must never take the app down.
    server.on('error', () => undefined);

    const code = this.#options.code ?? randomRoomCode();
    const host = `${address}:${port}`;
    const hosts = new Set([host.toLowerCase(), ...(port === 80 ? [address.toLowerCase()] : [])]);
    const timers = [
      setInterval(() => this.#streams.heartbeat(), HEARTBEAT_MS),
      setInterval(() => this.#forgetIdleSessions(), SWEEP_MS),
    ];
    for (const timer of timers) timer.unref();
    const run: Running = { server, code, address, port, url: `http://${host}/`, origin: `http://${host}`, hosts, files, timers, waiting: new Set() };
    this.#running = run;
    return this.#statusOf(run);
  }

  async #stop(): Promise<void> {
    const run = this.#running;
    if (!run) return;
    this.#running = null;
    for (const drop of [...run.waiting]) drop();
    for (const timer of run.timers) clearInterval(timer);
    this.#sessions.clear();
    this.#byToken.clear();
    this.#byAddress.clear();

    const ending = [...this.#streams.closeAll(), ...this.#inFlight];
    for (const res of this.#inFlight) sendJsonAndClose(res, 503, { error: 'closed' });
    const serverClosed = new Promise<void>((resolve) => run.server.close(() => resolve()));
    run.server.closeIdleConnections();
    await Promise.race([Promise.all(ending.map(finished)), delay(STOP_GRACE_MS)]);
    run.server.closeAllConnections();
    await serverClosed;
  }

  #forgetIdleSessions(): void {
    const gone = this.#sessions.forgetIdle(this.#now(), SESSION_IDLE_MS);
    for (const token of gone) this.#byToken.forget(token);
  }

  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    setSecurityHeaders(res);
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    this.#inFlight.add(res);
    res.once('close', () => this.#inFlight.delete(res));
    this.#route(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: 'failed' });
    });
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const run = this.#running;
    if (!run) return sendJsonAndClose(res, 503, { error: 'closed' });
    const now = this.#now();
    const byAddress = this.#byAddress.take(req.socket.remoteAddress ?? '', now);
    if (!byAddress.ok) return sendJson(res, 429, { error: 'rate' }, { 'Retry-After': byAddress.retryAfterSeconds });
    // DNS rebinding: a page of another site, resolved to this address, names its own host.
    if (!run.hosts.has((req.headers.host ?? '').toLowerCase())) return sendJson(res, 421, { error: 'host' });
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== run.origin) return sendJson(res, 403, { error: 'origin' });
    // The path as sent, never normalised or decoded: it must name a served file or route exactly.
    const target = req.url ?? '';
    const queryAt = target.indexOf('?');
    const path = queryAt < 0 ? target : target.slice(0, queryAt);

    const file = run.files.get(path);
    if (file) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method' }, { Allow: 'GET, HEAD' });
      res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      return;
    }
    const method = API_METHODS.get(path);
    if (!method) return sendJson(res, 404, { error: 'notFound' });
    if (req.method !== method) return sendJson(res, 405, { error: 'method' }, { Allow: method });

    if (path === '/api/lobby') return this.#lobby(req, res, run);
    if (path === '/api/join') return this.#join(req, res, run);

    const token = path === '/api/events' ? new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1)).get('token') : bearerToken(req.headers.authorization);
    const session = this.#sessions.find(token);
    if (!session) return sendJson(res, 401, { error: 'token' });
    const byToken = this.#byToken.take(session.token, now);
    if (!byToken.ok) return sendJson(res, 429, { error: 'rate' }, { 'Retry-After': byToken.retryAfterSeconds });
    session.seenAt = now;

    if (path === '/api/state') {
      const state = this.#views.stateJson(session.identity);
      return state === null ? sendJson(res, 409, { refusal: 'unknownGroup' }) : sendJson(res, 200, state);
    }
    if (path === '/api/events') {
      return this.#streams.open(res, session, this.#views.stateParts(session.identity));
    }
    return this.#command(req, res, run, path as CommandPath, session);
  }

  /** Reads and validates a JSON body; answers the phone itself and returns null when it is not one. */
  async #body<T extends z.ZodType>(req: IncomingMessage, res: ServerResponse, schema: T): Promise<z.infer<T> | null> {
    if (!isJson(req)) {
      sendJsonAndClose(res, 415, { error: 'contentType' });
      return null;
    }
    const body = await readBody(req, ROOM_LIMITS.bodyBytes);
    if (!body.ok) {
      if (body.reason === 'tooLarge') sendJsonAndClose(res, 413, { error: 'tooLarge' });
      return null;
    }
    const parsed = schema.safeParse(parseJson(body.text));
    if (!parsed.success) {
      sendJson(res, 400, { error: 'malformed' });
      return null;
    }
    return parsed.data;
  }

  async #lobby(req: IncomingMessage, res: ServerResponse, run: Running): Promise<void> {
    const request = await this.#body(req, res, LobbyRequestSchema);
    if (!request) return;
    if (!sameCode(request.code, run.code)) return sendJson(res, 403, { error: 'code' });
    const summary = this.#views.summary();
    if (!summary) return sendJson(res, 503, { error: 'notReady' });
    sendJson(res, 200, summary);
  }

  async #join(req: IncomingMessage, res: ServerResponse, run: Running): Promise<void> {
    const request = await this.#body(req, res, JoinRequestSchema);
    if (!request) return;
    if (!sameCode(request.code, run.code)) return sendJson(res, 403, { error: 'code' });
    if (!this.#views.ready) return sendJson(res, 503, { error: 'notReady' });
    if (!this.#views.hasGroup(request.groupId)) return sendJson(res, 409, { refusal: 'unknownGroup' });
    if (this.#sessions.full) return sendJson(res, 503, { error: 'full' });
    const name = this.#views.askNames ? request.name || null : null;
    const outcome = await this.#ask({ kind: 'join', groupId: request.groupId, name }, run);
    if (!this.#answerable(outcome, res, run)) return;
    const { answer } = outcome;
    if (!answer.ok) return sendJson(res, 409, { refusal: answer.refusal });
    const identity: PhoneIdentity = { groupId: request.groupId, name, participantId: answer.participantId ?? null };
    const state = this.#views.stateJson(identity);
    if (state === null) return sendJson(res, 409, { refusal: 'unknownGroup' });
    const session = this.#sessions.mint(identity, this.#now(), req.socket.remoteAddress ?? '', (token) => {
      this.#byToken.forget(token);
      this.#streams.closeSessions(new Set([token]));
    });
    if (!session) return sendJson(res, 503, { error: 'full' });
    sendJson(res, 200, `{"token":${JSON.stringify(session.token)},"state":${state}}`);
  }

  async #command(req: IncomingMessage, res: ServerResponse, run: Running, path: CommandPath, session: Session): Promise<void> {
    const { kind, schema } = COMMANDS[path];
    const request = await this.#body(req, res, schema);
    if (!request) return;
    // The group (and name) come from the token, never from the request.
    const command = { kind, who: { ...session.identity }, request } as RoomCommand;
    const outcome = await this.#ask(command, run);
    if (!this.#answerable(outcome, res, run)) return;
    const { answer } = outcome;
    if (answer.ok) sendJson(res, 200, { ok: true });
    else sendJson(res, 409, { refusal: answer.refusal });
  }

  /** Hands a command to the window; the outcome is its answer, or why there is none. */
  #ask(command: RoomCommand, run: Running): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      // Whichever comes first: the answer, the timeout, or stop(). Nothing stays attached after.
      const settle = (outcome: Outcome) => {
        clearTimeout(timer);
        run.waiting.delete(drop);
        resolve(outcome);
      };
      const drop = () => settle('closed');
      const timer = setTimeout(() => settle('timeout'), this.#options.answerTimeoutMs ?? ROOM_LIMITS.answerTimeoutMs);
      run.waiting.add(drop);
      Promise.resolve()
        .then(() => this.#options.handle(command))
        .then((answer): Outcome => {
          const parsed = RoomAnswerSchema.safeParse(answer);
          return parsed.success ? { answer: parsed.data } : 'failed';
        })
        .catch((): Outcome => 'failed')
        .then(settle);
    });
  }

  /** Answers the phone when there is no answer to give; true when the caller has one to send. */
  #answerable(outcome: Outcome, res: ServerResponse, run: Running): outcome is { answer: RoomAnswer } {
    // Stopped while waiting (stop() answered 503 already), or stopped and started again: drop it.
    if (outcome === 'closed' || this.#running !== run) return false;
    if (outcome === 'timeout') sendJson(res, 504, { error: 'timeout' });
    else if (outcome === 'failed') sendJson(res, 500, { error: 'failed' });
    return typeof outcome === 'object';
  }
}
