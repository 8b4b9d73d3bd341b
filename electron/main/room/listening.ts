import type http from 'node:http';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Open connections one address may hold (a browser opens at most six per host). */
export const CONNECTIONS_PER_ADDRESS = 64;

/** Listens on `host:port` (0: any free port); rejects in plain words when it cannot. */
export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') reject(new Error(`Port ${port} on ${host} is already in use. Choose another port, or leave it empty to let the computer pick one.`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new Error(`This computer no longer has the address ${host}. Choose the network again and turn room join on.`));
      else reject(new Error(`Room join could not listen on ${host}: ${error.message}`));
    };
    const onListening = () => {
      server.off('error', onError);
      const bound = server.address();
      resolve(typeof bound === 'object' && bound ? bound.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host, port, exclusive: true });
  });
}

/** Counts connections per remote address, and cuts one past the cap at once. */
export function limitConnectionsPerAddress(server: http.Server, cap = CONNECTIONS_PER_ADDRESS): void {
  const connections = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (connections.get(address) ?? 0) + 1;
    connections.set(address, count);
    socket.once('close', () => {
      const left = (connections.get(address) ?? 1) - 1;
      if (left > 0) connections.set(address, left);
      else connections.delete(address);
    });
    socket.on('error', () => undefined);
    if (count > cap) socket.destroy();
  });
}

/** Resolves when the response is finished and its connection released (or was already). */
export function finished(res: ServerResponse): Promise<void> {
  if (res.closed || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => res.once('close', () => resolve()));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
