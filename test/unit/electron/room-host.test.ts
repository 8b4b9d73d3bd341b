import { describe, expect, it, vi } from 'vitest';
import { RoomHost } from '../../../electron/main/room-host';
import type { RoomCommandMessage } from '../../../shared/ipc';
import type { RoomAnswer, RoomCommand, RoomStatus, RoomViews } from '../../../shared/room';
import type { RoomServerOptions } from '../../../electron/main/room';

/** A stand-in for the HTTP server: it hands commands to the host as a phone's request would. */
class FakeServer {
  running = false;
  published: RoomViews[] = [];
  constructor(readonly options: RoomServerOptions) {}
  async start() {
    this.running = true;
    return this.status() as RoomStatus & { running: true };
  }
  async stop() {
    this.running = false;
  }
  publish(views: RoomViews) {
    this.published.push(views);
  }
  status(): RoomStatus {
    return this.running ? { running: true, url: `http://${this.options.address}:4300/`, code: 'ACDEFG', address: this.options.address, port: 4300, phones: 0 } : { running: false };
  }
  phone(command: RoomCommand): Promise<RoomAnswer> {
    return this.options.handle(command);
  }
}

function host() {
  const sent: RoomCommandMessage[] = [];
  const statuses: RoomStatus[] = [];
  let server: FakeServer | null = null;
  let pageOpen = true;
  const room = new RoomHost({
    phoneDir: '/nowhere',
    sendCommand: (message) => (pageOpen ? (sent.push(message), true) : false),
    broadcast: (status) => statuses.push(status),
    interfaces: () => [
      { name: 'wlan0 (192.168.1.20)', address: '192.168.1.20' },
      { name: 'This computer only (127.0.0.1)', address: '127.0.0.1' },
    ],
    createServer: (options) => (server = new FakeServer(options)) as never,
  });
  return { room, sent, statuses, server: () => server!, closePage: () => (pageOpen = false) };
}

const join: RoomCommand = { kind: 'join', groupId: 'group:dev' as never, name: null };

describe('room join between the server and the facilitator’s page', () => {
  it('listens only on an interface the computer offers, and tells every window when it starts and stops', async () => {
    const { room, statuses } = host();
    await expect(room.start({ address: '0.0.0.0' })).rejects.toThrow('not one of this computer');
    await expect(room.start({ address: '10.0.0.99' })).rejects.toThrow('not one of this computer');
    expect(room.status()).toEqual({ running: false });
    const status = await room.start({ address: '192.168.1.20' });
    expect(status).toMatchObject({ running: true, url: 'http://192.168.1.20:4300/', code: 'ACDEFG' });
    expect(statuses.at(-1)).toEqual(status);
    await room.stop();
    expect(statuses.at(-1)).toEqual({ running: false });
  });

  it('hands each phone’s command to the page with an id, and the phone hears only the page’s answer', async () => {
    const { room, sent, server } = host();
    await room.start({ address: '127.0.0.1' });
    const answered = server().phone(join);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.command).toEqual(join);
    let settled = false;
    void answered.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    room.answer('someone-else', { ok: false, refusal: 'failed' });
    room.answer(sent[0]!.id, { ok: true, participantId: null });
    await expect(answered).resolves.toEqual({ ok: true, participantId: null });
    // An answer that comes twice changes nothing.
    room.answer(sent[0]!.id, { ok: false, refusal: 'failed' });
  });

  it('answers “failed” at once when the page is gone, and ends every waiting command when it stops', async () => {
    const { room, sent, server, closePage } = host();
    await room.start({ address: '127.0.0.1' });
    const waiting = server().phone({ kind: 'post', who: { groupId: 'group:dev' as never, name: null, participantId: null }, request: { laneKey: 'x', text: 'hello' } });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await room.stop();
    await expect(waiting).resolves.toEqual({ ok: false, refusal: 'failed' });
    await room.start({ address: '127.0.0.1' });
    closePage();
    await expect(server().phone(join)).resolves.toEqual({ ok: false, refusal: 'failed' });
  });

  it('publishes to the running server only', async () => {
    const { room, server } = host();
    const views = { groups: [], askNames: false, views: {}, ballots: {} } as unknown as RoomViews;
    room.publish(views);
    await room.start({ address: '127.0.0.1' });
    room.publish(views);
    expect(server().published).toEqual([views]);
  });

  it('stops a server that was still starting when asked to stop, and starts and stops in turn', async () => {
    let release: () => void = () => undefined;
    const servers: FakeServer[] = [];
    const room = new RoomHost({
      phoneDir: '/nowhere',
      sendCommand: () => true,
      broadcast: () => undefined,
      interfaces: () => [{ name: 'This computer only (127.0.0.1)', address: '127.0.0.1' }],
      createServer: (options) => {
        const server = new FakeServer(options);
        const start = server.start.bind(server);
        server.start = () => new Promise((resolve) => (release = () => void start().then(resolve)));
        servers.push(server);
        return server as never;
      },
    });
    const starting = room.start({ address: '127.0.0.1' });
    const stopping = room.stop();
    await vi.waitFor(() => expect(servers).toHaveLength(1));
    release();
    await starting;
    await expect(stopping).resolves.toEqual({ running: false });
    expect(servers[0]!.running).toBe(false);
    expect(room.status()).toEqual({ running: false });
  });
});
