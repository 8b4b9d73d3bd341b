import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { attachRoomBridge } from './electron/main/room-web-bridge';
import { classicVendor } from './scripts/lib/classic-vendor';
import { beforeEntryScript, builtPagePlugin } from './scripts/lib/built-page';

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

/**
 * The app's text faces are fetched with the page, not once the first text is laid out: otherwise
 * a window draws its first screen in a fallback face and lays it all out again when the fonts
 * arrive (a visible jump, and on a board of 1,000 stickies ~40 ms of layout). The Hebrew regular
 * face too: every window names its languages, Hebrew in Hebrew.
 */
function preloadFonts(): Plugin {
  return builtPagePlugin('outmodel-preload-fonts', (_html, bundle) =>
    Object.keys(bundle)
      .filter((file) => /noto-sans-(latin-400|latin-700|hebrew-hebrew-400)-normal-[^/]*\.woff2$/.test(file))
      .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const })),
  );
}

const EARLY_READ = './renderer/db/early-read.ts';

/**
 * The window's first read (renderer/db/early-read.ts) is the page's first script, just before the
 * app's entry, which imports it too (one module: the page loads it once). Tiny and without
 * imports of weight, it is loaded and run while the entry still loads, and the database reads the
 * workshop the window opens on meanwhile.
 */
function readFirst(): Plugin {
  return builtPagePlugin('outmodel-read-first', (html, bundle) => {
    const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(EARLY_READ.slice(1)));
    if (!chunk) throw new Error(`the build has no chunk for ${EARLY_READ}`);
    // Just before the entry's own script (module scripts run in the order of the page), after
    // the page's charset and its Content-Security-Policy.
    return beforeEntryScript(html, `<script type="module" crossorigin src="./${chunk.fileName}"></script>`, 'the first read');
  });
}

/**
 * The screens a window may open on that load lazily, by route name (`preloadScreenOf` in
 * renderer/app/FacilitatorApp.tsx; the room's window, `AudienceApp` in renderer/main.tsx).
 */
const SCREENS: Readonly<Record<string, string>> = {
  workshop: 'renderer/features/workshop/WorkshopScreen.tsx',
  group: 'renderer/features/workshop/GroupViewScreen.tsx',
  capture: 'renderer/features/capture/index.ts',
  audience: 'renderer/app/AudienceApp.tsx',
};

/** The app's entry module (the page's own script names it). */
const ENTRY = 'renderer/main.tsx';

/** The page's meta naming a screen's code; read by `preloadScreenCode` (renderer/db/early-read.ts). */
const SCREEN_CODE_META = 'outmodel-screen-code';

/**
 * Names in the page, per screen, the files of its code that the entry does not load: a window
 * opened on a workshop asks for them from its first script, so that they load and compile while
 * the entry does, not after it has run (the board's code would otherwise be asked for only once
 * the whole entry is evaluated: ~50 ms later, and compiled on its own).
 */
function nameScreenCode(): Plugin {
  return builtPagePlugin('outmodel-name-screen-code', (_html, bundle) => {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const reached = (from: string[], seen = new Set<string>()): Set<string> => {
      for (const file of from) if (!seen.has(file)) reached(byFile.get((seen.add(file), file))?.imports ?? [], seen);
      return seen;
    };
    const holding = (module: string) => chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/${module}`)));
    const entry = holding(ENTRY);
    if (!entry) throw new Error(`the build has no chunk for ${ENTRY}`);
    const loaded = reached([entry.fileName]);
    return Object.entries(SCREENS).map(([route, module]) => {
      const chunk = holding(module);
      if (!chunk) throw new Error(`the build has no chunk for ${module}`);
      const files = [...reached([chunk.fileName])].filter((file) => !loaded.has(file));
      return { tag: 'meta', attrs: { name: SCREEN_CODE_META, 'data-route': route, content: files.map((file) => `./${file}`).join(' ') }, injectTo: 'head' as const };
    });
  });
}

// The renderer: one bundle for every window; the window's role comes from its URL. Beside it, the
// phone page of room join: its own small entry (no React, zod or Dexie), served to phones by the room server.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react(), roomJoin(), preloadFonts(), readFirst(), classicVendor(), nameScreenCode()],
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
        // The window's first read: an entry of its own, named first in the page (`readFirst`).
        'early-read': fileURLToPath(new URL(EARLY_READ, import.meta.url)),
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
