import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one bundle for every window; the window's role comes from its URL.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
