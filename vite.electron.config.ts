import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions } from 'vite';

// Main and preload: two CommonJS bundles in dist-electron/, with zod and shared/ inside them, so
// the packaged app needs no node_modules. Only Electron and Node's own modules stay outside.
const external = ['electron', /^electron\//, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// Electron 45: Node 22 in the main process, Chromium 142 in the (sandboxed) preload.
function commonJsBundle(entry: string, fileName: string, target: string, emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true },
    build: {
      outDir: 'dist-electron',
      emptyOutDir,
      target,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entry,
        external,
        // One file each: a sandboxed preload can require nothing but 'electron'.
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  environments: {
    main: commonJsBundle('electron/main/main.ts', 'main.cjs', 'node22', true),
    preload: commonJsBundle('electron/preload/preload.ts', 'preload.cjs', 'chrome142', false),
  },
  builder: {
    // In order: main empties dist-electron/ (never dist-renderer/), then preload joins it.
    async buildApp(builder) {
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
    },
  },
});
