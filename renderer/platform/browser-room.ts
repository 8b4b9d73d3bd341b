import type { DesktopApi, RoomCommandMessage } from '../../shared/ipc';
import type { RoomStatus } from '../../shared/room';

/** The same path as the preview server's bridge (electron/main/room-web-bridge.ts). */
const BRIDGE_PATH = '/__outmodel-room';

type RoomApi = Pick<DesktopApi, 'roomInterfaces' | 'startRoom' | 'stopRoom' | 'roomStatus' | 'onRoomStatus' | 'onRoomCommand' | 'answerRoomCommand' | 'publishRoom'>;

// What the bridge says is checked against the room's schemas, loaded with the first message: the
// start of the app builds no schema it does not need yet.
let loaded: Promise<typeof import('./browser-room-schemas')> | null = null;
const schemas = () =>
  (loaded ??= import('./browser-room-schemas').catch((error: unknown) => {
    // Tried again at the next message or call (a tab left open while the app was rebuilt).
    loaded = null;
    throw error;
  }));

/**
 * Room join in a browser (`npm run web`): the page's own server holds the room server, reached
 * over a WebSocket of the same origin. The tab that starts room join answers the phones, so it
 * must stay open (the room panel says so).
 */
export function browserRoom(): RoomApi {
  let socket: Promise<WebSocket> | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const statusListeners = new Set<(status: RoomStatus) => void>();
  const commandListeners = new Set<(message: RoomCommandMessage) => void>();
  // What the socket says is handled in the order it came, a close after the messages before it;
  // a frame that is not a message of the bridge is dropped.
  let order: Promise<void> = Promise.resolve();
  const inOrder = (handle: () => void | Promise<void>) => void (order = order.then(handle).catch(() => undefined));

  const connect = (): Promise<WebSocket> =>
    (socket ??= new Promise<WebSocket>((resolve, reject) => {
      const url = new URL(BRIDGE_PATH, window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      const ws = new WebSocket(url);
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new Error('room join needs the app’s own server (npm run web), and it did not answer'));
      ws.onclose = () => {
        socket = null;
        inOrder(() => {
          for (const w of waiting.values()) w.reject(new Error('the app’s server closed the connection'));
          waiting.clear();
          statusListeners.forEach((l) => l({ running: false }));
        });
      };
      ws.onmessage = (event) =>
        inOrder(async () => {
          const { ServerMessageSchema } = await schemas();
          const parsed = ServerMessageSchema.safeParse(JSON.parse(String(event.data)));
          if (!parsed.success) return;
          const message = parsed.data;
          if (message.type === 'status') statusListeners.forEach((l) => l(message.status));
          else if (message.type === 'command') commandListeners.forEach((l) => l(message.message));
          else {
            const w = waiting.get(message.id);
            waiting.delete(message.id);
            if (message.ok) w?.resolve(message.value);
            else w?.reject(new Error(message.error ?? 'room join failed'));
          }
        });
    }).catch((error: unknown) => {
      socket = null;
      throw error;
    }));

  const call = async (method: string, extra: Record<string, unknown> = {}): Promise<unknown> => {
    const ws = await connect();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      ws.send(JSON.stringify({ type: 'call', id, method, ...extra }));
    });
  };

  return {
    roomInterfaces: async () => (await schemas()).RoomInterfacesSchema.parse(await call('interfaces')),
    startRoom: async (request) => (await schemas()).RoomStatusSchema.parse(await call('start', { request })),
    stopRoom: async () => (await schemas()).RoomStatusSchema.parse(await call('stop')),
    roomStatus: async () => {
      try {
        return (await schemas()).RoomStatusSchema.parse(await call('status'));
      } catch {
        // No bridge (a plain static server): room join is simply not running.
        return { running: false };
      }
    },
    onRoomStatus: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onRoomCommand: (listener) => {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    answerRoomCommand: async (id, answer) => {
      await call('answer', { message: { id, answer } });
    },
    publishRoom: async (views) => {
      await call('publish', { views });
    },
  };
}
