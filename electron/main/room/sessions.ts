import { randomBytes } from 'node:crypto';
import type { PhoneIdentity } from '../../../shared/room';

/** A session token: 24 random bytes, base64url (32 characters). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export interface Session {
  token: string;
  identity: PhoneIdentity;
  /** When the phone was last heard from (ms, the server's clock). */
  seenAt: number;
  /** Open event streams of this session: a session with one is live, however quiet. */
  streams: number;
  /** The address it joined from. */
  address: string;
}

/**
 * Sessions one address may hold: a phone that joins again (a new tab, "Join again") makes a new
 * one, and past this its oldest goes, so one device can never fill the room.
 */
export const SESSIONS_PER_ADDRESS = 6;

/**
 * The phones that joined: each token bound, at join, to a group (and a name and participant when
 * the room asks for names). Nothing a phone sends later changes who it is.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#sessions.size;
  }

  get full(): boolean {
    return this.#sessions.size >= this.#capacity;
  }

  /**
   * A new session for `identity`, or null when the room is full; `evicted` gets the token of the
   * oldest session of the same address when that address already holds its share.
   */
  mint(identity: PhoneIdentity, now: number, address = '', evicted: (token: string) => void = () => undefined): Session | null {
    const mine = [...this.#sessions.values()].filter((s) => s.address === address);
    if (mine.length >= SESSIONS_PER_ADDRESS) {
      const oldest = mine.reduce((a, b) => (b.seenAt < a.seenAt ? b : a));
      this.#sessions.delete(oldest.token);
      evicted(oldest.token);
    }
    if (this.full) return null;
    const token = randomBytes(24).toString('base64url');
    const session: Session = { token, identity: { ...identity }, seenAt: now, streams: 0, address };
    this.#sessions.set(token, session);
    return session;
  }

  /** The session of a token a phone presented, or null for anything that is not a live token. */
  find(token: string | null | undefined): Session | null {
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
    return this.#sessions.get(token) ?? null;
  }

  /** Forgets sessions that have had no request and no open stream for `idleMs`; returns their tokens. */
  forgetIdle(now: number, idleMs: number): string[] {
    const gone: string[] = [];
    for (const [token, session] of this.#sessions) {
      if (session.streams === 0 && now - session.seenAt > idleMs) {
        this.#sessions.delete(token);
        gone.push(token);
      }
    }
    return gone;
  }

  clear(): void {
    this.#sessions.clear();
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,64})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
