import { ROOM_LIMITS, ROOM_REFUSALS, type RoomRefusal } from '../../shared/room/constants';
import type { PhoneState, PostRequest, ReactRequest, RoomViews, VoteRequest } from '../../shared/room/protocol';

/** The room server's HTTP API, as a phone calls it. Every answer becomes a value; nothing throws. */

export interface Lobby {
  title: string;
  language: string;
  askNames: boolean;
  groups: RoomViews['groups'];
}

export type Problem =
  | { kind: 'refusal'; refusal: RoomRefusal }
  | { kind: 'wrongCode' | 'notReady' | 'unauthorised' | 'rate' | 'tooLarge' | 'malformed' | 'noAnswer' | 'offline' }
  | { kind: 'unexpected'; status: number };

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

// Longer than the server's own wait for the facilitator's window, so its 504 arrives first.
const GIVE_UP_MS = ROOM_LIMITS.answerTimeoutMs + 5_000;

function isRefusal(value: unknown): value is RoomRefusal {
  return typeof value === 'string' && (ROOM_REFUSALS as readonly string[]).includes(value);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function problemOf(status: number, body: unknown): Problem {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; refusal?: unknown };
  switch (status) {
    case 401:
      return { kind: 'unauthorised' };
    case 403:
      return { kind: 'wrongCode' };
    case 409:
      return { kind: 'refusal', refusal: isRefusal(fields.refusal) ? fields.refusal : 'failed' };
    case 400:
      return { kind: 'malformed' };
    case 413:
      return { kind: 'tooLarge' };
    case 429:
      return { kind: 'rate' };
    case 503:
      return fields.error === 'notReady' ? { kind: 'notReady' } : { kind: 'noAnswer' };
    case 504:
      return { kind: 'noAnswer' };
    default:
      return { kind: 'unexpected', status };
  }
}

export class RoomClient {
  constructor(private readonly fetch: Fetch) {}

  lobby(code: string): Promise<Result<Lobby>> {
    return this.call('POST', '/api/lobby', { body: { code } });
  }

  join(code: string, groupId: string, name: string | null): Promise<Result<{ token: string; state: PhoneState }>> {
    return this.call('POST', '/api/join', { body: name ? { code, groupId, name } : { code, groupId } });
  }

  state(token: string): Promise<Result<PhoneState>> {
    return this.call('GET', '/api/state', { token });
  }

  post(token: string, request: PostRequest): Promise<Result<unknown>> {
    return this.call('POST', '/api/post', { token, body: request });
  }

  react(token: string, request: ReactRequest): Promise<Result<unknown>> {
    return this.call('POST', '/api/react', { token, body: request });
  }

  vote(token: string, request: VoteRequest): Promise<Result<unknown>> {
    return this.call('POST', '/api/vote', { token, body: request });
  }

  private async call<T>(method: 'GET' | 'POST', url: string, { token, body }: { token?: string; body?: unknown }): Promise<Result<T>> {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), GIVE_UP_MS);
    try {
      const response = await this.fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: abort.signal, cache: 'no-store' });
      const json = await readJson(response);
      if (response.status === 200 && json !== null) return { ok: true, value: json as T };
      return { ok: false, problem: problemOf(response.status, json) };
    } catch {
      return { ok: false, problem: { kind: 'offline' } };
    } finally {
      clearTimeout(timer);
    }
  }
}
