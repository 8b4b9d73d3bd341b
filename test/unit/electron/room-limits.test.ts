import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../electron/main/room/limiter';
import { SessionStore, bearerToken } from '../../../electron/main/room/sessions';
import { ROOM_LIMITS, type PostRequest, type RoomAnswer, type RoomCommand } from '../../../shared/room';
import { call, CODE, EventReader, GROUP_A, GROUP_B, join, phoneView, roomViews, startRoom, waitFor, type Reply } from './room-fixtures';

let closers: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

describe('the rate limiter', () => {
  const limiter = () => new RateLimiter({ perSecond: 10, burst: 20, maxKeys: 3 });

  it('allows a burst, then the rate, and says when to come back', () => {
    const l = limiter();
    for (let i = 0; i < 20; i++) expect(l.take('a', 0).ok).toBe(true);
    expect(l.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(l.take('a', 100).ok).toBe(true);
    expect(l.take('a', 100).ok).toBe(false);
    // Another key has its own bucket.
    expect(l.take('b', 100).ok).toBe(true);
  });

  it('forgets buckets that refilled, and refuses new keys past the cap instead of growing', () => {
    const l = limiter();
    l.take('a', 0);
    l.take('b', 0);
    l.take('c', 0);
    expect(l.take('d', 0).ok).toBe(false);
    expect(l.size).toBe(3);
    // A tenth of a second later, each has its token back: all three are idle, and forgotten.
    expect(l.take('d', 100).ok).toBe(true);
    expect(l.size).toBe(1);
    l.sweep(1_000_000);
    expect(l.size).toBe(0);
  });

  it('refills nothing when the clock steps back', () => {
    const l = limiter();
    for (let i = 0; i < 20; i++) l.take('a', 1000);
    expect(l.take('a', 0).ok).toBe(false);
  });
});

describe('sessions', () => {
  it('caps the number of phones and forgets idle ones without a stream', () => {
    const store = new SessionStore(2);
    const who = { groupId: GROUP_A as never, name: null, participantId: null };
    const a = store.mint(who, 0);
    const b = store.mint(who, 0);
    expect(store.mint(who, 0)).toBeNull();
    expect(a?.token).not.toBe(b?.token);
    if (b) b.streams = 1;
    expect(store.forgetIdle(10_000, 5_000)).toEqual([a?.token]);
    expect(store.find(a?.token)).toBeNull();
    expect(store.find(b?.token)).toBe(b);
  });

  it('reads only a well-formed bearer header', () => {
    expect(bearerToken('Bearer abc_-1')).toBe('abc_-1');
    for (const header of [undefined, '', 'bearer abc', 'Bearer', 'Bearer a b', `Bearer ${'a'.repeat(65)}`, 'Basic abc']) expect(bearerToken(header)).toBeNull();
  });
});

/** Runs `tasks` with at most `width` at once. */
async function pool<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await (tasks[index] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

describe('a flood from one client', () => {
  it('limits 1,000 requests a second with 429 and keeps answering everyone else', async () => {
    // The server's clock moves one millisecond per reading: 1,000 requests take one second.
    let clock = 0;
    const posts: RoomCommand[] = [];
    const room = await startRoom({
      now: () => (clock += 1),
      handle: async (c) => {
        if (c.kind === 'post') posts.push(c);
        return c.kind === 'join' ? { ok: true, participantId: null } : { ok: true };
      },
    });
    closers.push(room.close);
    room.server.publish(roomViews());
    const token = await join(room.port, GROUP_A);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    closers.push(() => agent.destroy());

    const start = clock;
    const replies = await pool(
      Array.from({ length: 1000 }, (_, i) => () => call(room.port, '/api/post', { token, agent, body: { laneKey: 'k', text: `flood ${i}` } })),
      16,
    );
    expect(clock - start).toBeLessThanOrEqual(1001);
    const ok = replies.filter((r) => r.status === 200);
    const limited = replies.filter((r) => r.status === 429);
    expect(ok.length + limited.length).toBe(1000);
    // A token's burst (20) plus a second of its rate (10): no more got through.
    expect(ok.length).toBeGreaterThanOrEqual(2 * ROOM_LIMITS.perTokenPerSecond);
    expect(ok.length).toBeLessThanOrEqual(3 * ROOM_LIMITS.perTokenPerSecond + 1);
    expect(posts).toHaveLength(ok.length);
    expect(limited[0]?.json).toEqual({ error: 'rate' });
    expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // Another phone, on another address, is served as if nothing happened.
    const other = await call(room.port, '/api/join', { localAddress: '127.0.0.2', body: { code: CODE, groupId: GROUP_B } });
    expect(other.status).toBe(200);
    const otherToken = (other.json as { token: string }).token;
    expect(await call(room.port, '/api/state', { localAddress: '127.0.0.2', token: otherToken })).toMatchObject({ status: 200 });
    // The flooding address itself is limited as a whole, with or without a token.
    expect(await call(room.port, '/')).toMatchObject({ status: 429 });
    expect(room.server.status()).toMatchObject({ running: true, phones: 2 });
  });
});

describe('a room of 60 phones', () => {
  it('records every acknowledged post exactly once while the window publishes', { timeout: 60_000 }, async () => {
    const recorded = new Map<string, number>();
    let publishes = 0;
    const room = await startRoom({
      handle: async (c): Promise<RoomAnswer> => {
        if (c.kind === 'join') return { ok: true, participantId: null };
        // The window's write: a little later, as a database transaction would be.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
        const text = (c.request as PostRequest).text;
        recorded.set(text, (recorded.get(text) ?? 0) + 1);
        return { ok: true };
      },
    });
    closers.push(room.close);
    room.server.publish(roomViews());
    // The facilitator keeps editing: the window publishes again and again, each time something new.
    const editing = setInterval(() => {
      publishes += 1;
      room.server.publish(roomViews({ views: { [GROUP_A]: phoneView(GROUP_A, { workshopTitle: `Edit ${publishes}` }), [GROUP_B]: phoneView(GROUP_B, { workshopTitle: `Edit ${publishes}` }) } }));
    }, 5);
    closers.push(() => clearInterval(editing));

    const acknowledged: string[] = [];
    const failures: Reply[] = [];
    const streams: EventReader[] = [];
    closers.push(() => streams.forEach((s) => s.close()));
    // Each phone is its own device on the network: its own address and connection.
    const device = (n: number) => {
      const localAddress = `127.0.0.${n + 2}`;
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
      closers.push(() => agent.destroy());
      return { localAddress, agent };
    };
    // Ten more phones only watch the live view.
    for (let n = 60; n < 70; n++) {
      const { localAddress } = device(n);
      const joined = await call(room.port, '/api/join', { localAddress, body: { code: CODE, groupId: n % 2 ? GROUP_A : GROUP_B } });
      streams.push(await EventReader.open(room.port, (joined.json as { token: string }).token, localAddress));
    }
    await Promise.all(
      Array.from({ length: 60 }, async (_, phone) => {
        const { agent } = device(phone);
        const joined = await call(room.port, '/api/join', { agent, body: { code: CODE, groupId: phone % 2 ? GROUP_A : GROUP_B } });
        const token = (joined.json as { token: string }).token;
        // Twenty posts as fast as the phone can: exactly a token's burst (2 × ROOM_LIMITS.perTokenPerSecond), so none is limited.
        for (let i = 0; i < 20; i++) {
          const text = `phone ${phone} sticky ${i}`;
          const reply = await call(room.port, '/api/post', { agent, token, body: { laneKey: 'k', text } });
          if (reply.status === 200) acknowledged.push(text);
          else failures.push(reply);
        }
      }),
    );
    clearInterval(editing);

    expect(failures).toEqual([]);
    expect(acknowledged).toHaveLength(1200);
    for (const text of acknowledged) expect(recorded.get(text), text).toBe(1);
    expect(recorded.size).toBe(1200);
    expect(publishes).toBeGreaterThan(0);
    await waitFor(() => streams.every((s) => s.named('state').length > 1), 'the phones’ live views');
    expect(room.server.status()).toMatchObject({ phones: 70 });
  });
});
