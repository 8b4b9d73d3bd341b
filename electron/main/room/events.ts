import type { ServerResponse } from 'node:http';
import { stateJsonOf, type StateParts } from './phone-state';
import type { Session } from './sessions';

/**
 * The phones' live views over Server-Sent Events. A phone that reads slowly never makes the
 * server hold more than one state for it: while its socket is full, a newer state replaces the
 * one waiting, since each state is the whole view; and a state equal to the last one sent is not
 * sent again (a post to one group's lane does not wake the other groups' phones).
 */

/** Streams one session may hold open; a new one closes the oldest (a phone that reloaded). */
export const STREAMS_PER_SESSION = 3;

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
} as const;

interface Stream {
  res: ServerResponse;
  session: Session;
  /** The socket is full: wait for 'drain' before writing again. */
  busy: boolean;
  /** The newest frame that arrived while busy. */
  pending: string | null;
  /** What the last state sent was made of. */
  sent: StateParts | null;
}

export function stateFrame(stateJson: string): string {
  return `event: state\ndata: ${stateJson}\n\n`;
}

function sameState(a: StateParts | null, b: StateParts): boolean {
  return a !== null && a.view === b.view && a.ballot === b.ballot && a.name === b.name;
}

export const CLOSED_FRAME = 'event: closed\ndata: {}\n\n';
export const HEARTBEAT_FRAME = ':\n\n';

export class EventStreams {
  readonly #streams = new Set<Stream>();

  get size(): number {
    return this.#streams.size;
  }

  /** Starts an event stream on `res` for `session`, sending its state at once. */
  open(res: ServerResponse, session: Session, first: StateParts | null): void {
    const mine = [...this.#streams].filter((s) => s.session === session);
    for (const old of mine.slice(0, Math.max(0, mine.length - STREAMS_PER_SESSION + 1))) this.#end(old, null);

    res.writeHead(200, SSE_HEADERS);
    res.socket?.setNoDelay(true);
    const stream: Stream = { res, session, busy: false, pending: null, sent: null };
    this.#streams.add(stream);
    session.streams += 1;
    res.on('close', () => this.#forget(stream));
    // Tells EventSource how long to wait before reconnecting after a dropped connection.
    this.#write(stream, 'retry: 3000\n\n');
    if (first !== null) this.#send(stream, first);
  }

  /** Sends every stream its own state (null: nothing for that one), unless it is the one sent last. */
  publish(stateOf: (session: Session) => StateParts | null): void {
    for (const stream of this.#streams) {
      const state = stateOf(stream.session);
      if (state !== null && !sameState(stream.sent, state)) this.#send(stream, state);
    }
  }

  #send(stream: Stream, state: StateParts): void {
    stream.sent = state;
    this.#write(stream, stateFrame(stateJsonOf(state)));
  }

  heartbeat(): void {
    for (const stream of this.#streams) if (!stream.busy) this.#write(stream, HEARTBEAT_FRAME);
  }

  /** Ends every stream, telling each phone the room closed; returns the responses ended. */
  closeAll(): ServerResponse[] {
    const ended = [...this.#streams].map((s) => s.res);
    for (const stream of [...this.#streams]) this.#end(stream, CLOSED_FRAME);
    return ended;
  }

  /** Ends the streams of sessions that are no longer valid. */
  closeSessions(tokens: ReadonlySet<string>): void {
    for (const stream of [...this.#streams]) if (tokens.has(stream.session.token)) this.#end(stream, CLOSED_FRAME);
  }

  #write(stream: Stream, frame: string): void {
    if (stream.busy) {
      // Only states wait: a heartbeat or a retry hint is not worth keeping for a full socket.
      if (frame.startsWith('event: state')) stream.pending = frame;
      return;
    }
    if (stream.res.writableEnded || stream.res.destroyed) return;
    if (!stream.res.write(frame)) {
      stream.busy = true;
      stream.res.once('drain', () => {
        stream.busy = false;
        const pending = stream.pending;
        stream.pending = null;
        if (pending !== null) this.#write(stream, pending);
      });
    }
  }

  #end(stream: Stream, lastFrame: string | null): void {
    this.#forget(stream);
    if (stream.res.writableEnded || stream.res.destroyed) return;
    if (lastFrame !== null) stream.res.end(lastFrame);
    else stream.res.end();
  }

  #forget(stream: Stream): void {
    if (this.#streams.delete(stream)) stream.session.streams -= 1;
  }
}
