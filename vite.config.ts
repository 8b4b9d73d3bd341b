import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer: one bundle for every window; the window's role comes from its URL.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The CSP allows data: URLs for images only: fonts and sounds must stay files.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // zod and the module that sets it up are one chunk, evaluated before any chunk that
        // declares a schema: zod must be told not to compile with `new Function` (the CSP
        // forbids it) before the first schema is created, whichever chunk loads first.
        manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-setup\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
});
