import { randomUUID } from 'node:crypto';
import type { RoomCommandMessage } from '../../shared/ipc';
import { ROOM_LIMITS, type RoomAnswer, type RoomCommand, type RoomInterface, type RoomStart, type RoomStatus, type RoomViews } from '../../shared/room';
import { RoomServer, listInterfaces, type RoomServerOptions } from './room';

export interface RoomHostDependencies {
  /** The built renderer: the phone page and its assets are served from it, nothing else. */
  phoneDir: string;
  /** Hands a phone's command to the page that started room join; false when it is gone. */
  sendCommand: (message: RoomCommandMessage) => boolean;
  /** Tells every window what room join is now. */
  broadcast: (status: RoomStatus) => void;
  interfaces?: () => RoomInterface[];
  createServer?: (options: RoomServerOptions) => RoomServer;
}

/**
 * Room join, between the server and the facilitator's page: the same in the desktop app (IPC)
 * and in `npm run web` (a WebSocket to the preview server). Each phone command goes to the page
 * with an id, and its answer comes back with it; the server answers the phone only then.
 */
export class RoomHost {
  readonly #deps: RoomHostDependencies;
  #server: RoomServer | null = null;
  /** Starts and stops run one after another: a stop asked for during a start waits for it. */
  #transition: Promise<unknown> = Promise.resolve();
  readonly #pending = new Map<string, { resolve: (answer: RoomAnswer) => void; timer: ReturnType<typeof setTimeout> }>();

  constructor(deps: RoomHostDependencies) {
    this.#deps = deps;
  }

  interfaces(): RoomInterface[] {
    return (this.#deps.interfaces ?? listInterfaces)();
  }

  /** Starts listening on one of `interfaces()` (never on an address the machine does not offer). */
  start(request: RoomStart): Promise<RoomStatus> {
    return this.#inTurn(async () => {
      if (!this.interfaces().some((i) => i.address === request.address)) throw new Error(`Room join cannot listen on ${request.address}: it is not one of this computer's network interfaces.`);
      await this.#stop();
      const create = this.#deps.createServer ?? ((options) => new RoomServer(options));
      const server = create({ address: request.address, port: request.port, phoneDir: this.#deps.phoneDir, handle: (command) => this.#handle(command) });
      await server.start();
      this.#server = server;
      return this.#changed();
    });
  }

  /** Stops listening; every phone's session and every command still waiting end with it. */
  stop(): Promise<RoomStatus> {
    return this.#inTurn(() => this.#stop());
  }

  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const done = this.#transition.then(work, work);
    this.#transition = done.catch(() => undefined);
    return done;
  }

  async #stop(): Promise<RoomStatus> {
    const server = this.#server;
    this.#server = null;
    for (const [id, waiting] of this.#pending) this.#settle(id, waiting, { ok: false, refusal: 'failed' });
    if (server) {
      await server.stop();
      return this.#changed();
    }
    return this.status();
  }

  status(): RoomStatus {
    return this.#server?.status() ?? { running: false };
  }

  publish(views: RoomViews): void {
    this.#server?.publish(views);
  }

  answer(id: string, answer: RoomAnswer): void {
    const waiting = this.#pending.get(id);
    if (waiting) this.#settle(id, waiting, answer);
  }

  #handle(command: RoomCommand): Promise<RoomAnswer> {
    return new Promise<RoomAnswer>((resolve) => {
      const id = randomUUID();
      // The server gives up on its own after its timeout; this only forgets the id then.
      const timer = setTimeout(() => this.answer(id, { ok: false, refusal: 'failed' }), ROOM_LIMITS.answerTimeoutMs * 2);
      this.#pending.set(id, {
        resolve: (answer) => {
          resolve(answer);
          // The server counts the new phone once it has its answer: tell the windows after that.
          if (command.kind === 'join' && answer.ok) setImmediate(() => this.#changed());
        },
        timer,
      });
      if (!this.#deps.sendCommand({ id, command })) this.answer(id, { ok: false, refusal: 'failed' });
    });
  }

  #settle(id: string, waiting: { resolve: (answer: RoomAnswer) => void; timer: ReturnType<typeof setTimeout> }, answer: RoomAnswer): void {
    this.#pending.delete(id);
    clearTimeout(waiting.timer);
    waiting.resolve(answer);
  }

  #changed(): RoomStatus {
    const status = this.status();
    this.#deps.broadcast(status);
    return status;
  }
}
