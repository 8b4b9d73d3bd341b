import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomServer } from '../../../electron/main/room';
import type { PhoneState, RoomAnswer, RoomCommand } from '../../../shared/room';
import { call, CODE, EventReader, GROUP_A, GROUP_B, join, makePhoneDir, phoneView, roomViews, waitFor } from './room-fixtures';

let cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A window that answers joins at once and holds every other command until the test lets it go. */
function slowWindow() {
  const held: Array<{ command: RoomCommand; answer: (a: RoomAnswer) => void }> = [];
  let holdJoins = false;
  const handle = (command: RoomCommand) =>
    command.kind === 'join' && !holdJoins
      ? Promise.resolve<RoomAnswer>({ ok: true, participantId: null })
      : new Promise<RoomAnswer>((answer) => held.push({ command, answer }));
  return { held, handle, holdJoins: () => (holdJoins = true) };
}

async function server(handle: (c: RoomCommand) => Promise<RoomAnswer>, port?: number) {
  const folder = await makePhoneDir();
  const s = new RoomServer({ address: '127.0.0.1', port, phoneDir: folder.dir, code: CODE, handle });
  cleanups.push(folder.remove, () => s.stop());
  return s;
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('turning room join off', () => {
  it('answers a request in flight 503, drops the late answer, closes the port and forgets every token', async () => {
    const window = slowWindow();
    const s = await server(window.handle);
    const { port } = await s.start();
    s.publish(roomViews());
    const token = await join(port, GROUP_A);

    const inFlight = call(port, '/api/post', { token, body: { laneKey: 'k', text: 'late' } });
    await waitFor(() => window.held.length === 1, 'the window to be asked');
    await s.stop();
    expect(await inFlight).toMatchObject({ status: 503, json: { error: 'closed' } });
    expect(s.status()).toEqual({ running: false });
    expect(await refused(port)).toBe(true);

    // The window commits after all: nothing is sent anywhere, nothing breaks.
    window.held[0]?.answer({ ok: true });

    const again = await s.start();
    expect(await call(again.port, '/api/state', { token })).toMatchObject({ status: 401 });
    expect(await call(again.port, '/api/post', { token, body: { laneKey: 'k', text: 'again' } })).toMatchObject({ status: 401 });
    expect(again.phones).toBe(0);
  });

  it('mints no token for a join the window answers after the server stopped', async () => {
    const window = slowWindow();
    window.holdJoins();
    const s = await server(window.handle);
    const { port } = await s.start();
    s.publish(roomViews());
    const joining = call(port, '/api/join', { body: { code: CODE, groupId: GROUP_A } });
    await waitFor(() => window.held.length === 1, 'the join to reach the window');
    await s.stop();
    expect(await joining).toMatchObject({ status: 503, json: { error: 'closed' } });
    window.held[0]?.answer({ ok: true, participantId: null });
    const again = await s.start();
    // Let the late answer settle: still no phone.
    await new Promise((resolve) => setImmediate(resolve));
    expect(s.status()).toMatchObject({ running: true, phones: 0 });
    expect(again.port).toBeGreaterThan(0);
  });

  it('starts again on the same port, with a new code, and the old token is refused', async () => {
    const first = await server(async () => ({ ok: true, participantId: null }));
    const { port } = await first.start();
    first.publish(roomViews());
    const token = await join(port, GROUP_A);
    await first.stop();

    const folder = await makePhoneDir();
    const second = new RoomServer({ address: '127.0.0.1', port, phoneDir: folder.dir, handle: async () => ({ ok: true }) });
    cleanups.push(folder.remove, () => second.stop());
    const status = await second.start();
    second.publish(roomViews());
    expect(status.port).toBe(port);
    expect(status.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY347]{6}$/);
    expect(status.url).toBe(`http://127.0.0.1:${port}/`);
    expect(await call(port, '/api/state', { token })).toMatchObject({ status: 401 });
  });

  it('refuses, in plain words, to start on a port that is taken or without a phone page', async () => {
    const first = await server(async () => ({ ok: true }));
    const { port } = await first.start();
    const second = await server(async () => ({ ok: true }), port);
    await expect(second.start()).rejects.toThrow(/already in use/);
    const empty = new RoomServer({ address: '127.0.0.1', phoneDir: '/nonexistent-outmodel', handle: async () => ({ ok: true }) });
    await expect(empty.start()).rejects.toThrow(/phone page/);
    expect(empty.status()).toEqual({ running: false });
  });
});

describe('live views over Server-Sent Events', () => {
  it('sends the state at once and after each publish, only the phone’s own group, and `closed` on stop', async () => {
    const s = await server(async () => ({ ok: true, participantId: null }));
    const { port } = await s.start();
    s.publish(roomViews());
    const sales = await EventReader.open(port, await join(port, GROUP_A));
    const ops = await EventReader.open(port, await join(port, GROUP_B));
    cleanups.push(() => sales.close(), () => ops.close());
    expect(sales.status).toBe(200);
    expect(sales.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(sales.headers['cache-control']).toBe('no-store');
    await waitFor(() => sales.named('state').length === 1 && ops.named('state').length === 1, 'the first states');
    expect((JSON.parse(sales.named('state')[0]?.data ?? '') as PhoneState).view).toEqual(phoneView(GROUP_A));

    const renamed = phoneView(GROUP_A, { phase: { kind: 'presentation', title: 'Vote now', instructions: '' } });
    s.publish(roomViews({ views: { [GROUP_A]: renamed, [GROUP_B]: phoneView(GROUP_B) } }));
    await waitFor(() => sales.named('state').length === 2, 'the published state');
    expect((JSON.parse(sales.named('state')[1]?.data ?? '') as PhoneState).view.phase?.title).toBe('Vote now');
    // Ops' view did not change: its phone is not woken for nothing. When it changes, it hears.
    s.publish(roomViews({ views: { [GROUP_A]: renamed, [GROUP_B]: phoneView(GROUP_B, { workshopTitle: 'Renamed' }) } }));
    await waitFor(() => ops.named('state').length === 2, 'the changed state');
    expect(sales.named('state')).toHaveLength(2);
    expect((JSON.parse(ops.named('state')[1]?.data ?? '') as PhoneState).view.workshopTitle).toBe('Renamed');
    expect(ops.events.map((e) => e.data).join('')).not.toContain('Sales only');
    expect(s.status()).toMatchObject({ phones: 2 });

    await s.stop();
    await waitFor(() => sales.ended && ops.ended, 'the streams to end');
    expect(sales.events.at(-1)?.event).toBe('closed');
    expect(ops.events.at(-1)?.event).toBe('closed');
  });

  it('keeps the stream awake with a comment every 15 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const s = await server(async () => ({ ok: true, participantId: null }));
    const { port } = await s.start();
    s.publish(roomViews());
    const reader = await EventReader.open(port, await join(port, GROUP_A));
    cleanups.push(() => reader.close());
    await waitFor(() => reader.named('state').length === 1, 'the first state');
    const before = reader.comments;
    vi.advanceTimersByTime(15_000);
    await waitFor(() => reader.comments === before + 1, 'a heartbeat');
    vi.advanceTimersByTime(30_000);
    await waitFor(() => reader.comments === before + 3, 'two more heartbeats');
  });

  it('keeps at most three streams per phone, closing the oldest', async () => {
    const s = await server(async () => ({ ok: true, participantId: null }));
    const { port } = await s.start();
    s.publish(roomViews());
    const token = await join(port, GROUP_A);
    const readers: EventReader[] = [];
    for (let i = 0; i < 4; i++) readers.push(await EventReader.open(port, token));
    cleanups.push(() => readers.forEach((r) => r.close()));
    await waitFor(() => readers[0]?.ended === true, 'the oldest stream to close');
    expect(readers.slice(1).map((r) => r.ended)).toEqual([false, false, false]);
  });
});
