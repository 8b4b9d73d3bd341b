import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { RoomAnswerMessageSchema, RoomStartSchema, RoomViewsSchema, type RoomCommandMessage } from '../../shared/ipc';
import type { RoomStatus } from '../../shared/room';
import { RoomHost } from './room-host';

/** Where a page of `npm run web` reaches room join: a WebSocket on its own origin (the CSP stays 'self'). */
export const ROOM_BRIDGE_PATH = '/__outmodel-room';

const CallSchema = z.discriminatedUnion('method', [
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.literal('interfaces') }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.literal('status') }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.literal('stop') }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.literal('start'), request: RoomStartSchema }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.literal('publish'), views: RoomViewsSchema }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.literal('answer'), message: RoomAnswerMessageSchema }),
]);

/** Largest message a page may send: a published view of a big workshop fits well inside. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * Room join for `npm run web`: the preview server (on 127.0.0.1) holds the room server, and the
 * facilitator's tab drives it over a WebSocket of the same origin; the tab that starts room join
 * hears the phones' commands, every tab hears the status. The LAN listener opens only when the
 * facilitator starts room join, and closes with it, or when that tab goes away.
 */
export function attachRoomBridge(httpServer: Server, phoneDir: string): { close(): Promise<void> } {
  const sockets = new Set<WebSocket>();
  let hostSocket: WebSocket | null = null;
  const send = (socket: WebSocket | null, message: unknown): boolean => {
    if (!socket || socket.readyState !== socket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };
  const room = new RoomHost({
    phoneDir,
    sendCommand: (message: RoomCommandMessage) => send(hostSocket, { type: 'command', message }),
    broadcast: (status: RoomStatus) => sockets.forEach((s) => send(s, { type: 'status', status })),
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== ROOM_BRIDGE_PATH) return;
    // Only a page of this very server, reached as this computer: its origin is the Host it was
    // asked for, and that Host is the loopback (a rebound name of another site is not).
    const host = request.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(host) || request.headers.origin !== `http://${host}`) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws));
  };
  httpServer.on('upgrade', onUpgrade);

  wss.on('connection', (ws: WebSocket) => {
    sockets.add(ws);
    ws.on('close', () => {
      sockets.delete(ws);
      // The tab that answers the phones is gone: room join closes with it.
      if (ws === hostSocket) {
        hostSocket = null;
        void room.stop();
      }
    });
    ws.on('message', (data) => {
      let call: z.infer<typeof CallSchema>;
      try {
        call = CallSchema.parse(JSON.parse(String(data)));
      } catch {
        return send(ws, { type: 'reply', id: -1, ok: false, error: 'malformed message' });
      }
      const reply = (work: () => unknown) =>
        Promise.resolve()
          .then(work)
          .then(
            (value) => send(ws, { type: 'reply', id: call.id, ok: true, value: value ?? null }),
            (error: unknown) => send(ws, { type: 'reply', id: call.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
          );
      switch (call.method) {
        case 'interfaces':
          return void reply(() => room.interfaces());
        case 'status':
          return void reply(() => room.status());
        case 'stop':
          return void reply(() => room.stop());
        case 'start':
          // This tab answers the phones once it has started room join (a failed start changes nothing).
          return void reply(async () => {
            const status = await room.start(call.request);
            hostSocket = ws;
            return status;
          });
        case 'publish':
          return void reply(() => (ws === hostSocket ? room.publish(call.views) : undefined));
        case 'answer':
          return void reply(() => (ws === hostSocket ? room.answer(call.message.id, call.message.answer) : undefined));
      }
    });
  });

  return {
    close: async () => {
      httpServer.off('upgrade', onUpgrade);
      await room.stop();
      for (const s of sockets) s.terminate();
      wss.close();
    },
  };
}
