import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { attachRoomBridge } from './electron/main/room-web-bridge';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `npm run web` (and the end-to-end tests): the preview server also carries room join, which the
 * desktop app runs in its main process; a tab reaches it over a WebSocket of its own origin.
 */
function roomJoin(): Plugin {
  return {
    name: 'outmodel-room-join',
    configurePreviewServer(server) {
      const bridge = attachRoomBridge(server.httpServer as import('node:http').Server, resolve(server.config.root, server.config.build.outDir));
      server.httpServer.once('close', () => void bridge.close());
    },
  };
}

// The renderer: one bundle for every window; the window's role comes from its URL. Beside it, the
// phone page of room join: its own small entry (no React, zod or Dexie), served to phones by the room server.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react(), roomJoin()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The CSP allows data: URLs for images only: fonts and sounds must stay files.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        phone: fileURLToPath(new URL('./renderer/phone.html', import.meta.url)),
      },
      output: {
        // zod and the module that sets it up are one chunk, evaluated before any chunk that
        // declares a schema: zod must be told not to compile with `new Function` (the CSP
        // forbids it) before the first schema is created, whichever chunk loads first.
        manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-setup\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
});
