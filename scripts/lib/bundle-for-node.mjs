// Bundles a TypeScript entry, with what it imports, into one ES module in a temporary folder and
// imports it in Node: how the benchmarks run the app's pure code (shared/, test/support) as built.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Imports `entry` (a path from the repository root); the temporary folder is gone once it is loaded. */
export async function importTypeScript(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'outmodel-bench-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      ssr: { noExternal: true },
      build: {
        ssr: join(root, entry),
        outDir,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: { output: { format: 'esm', entryFileNames: 'entry.mjs', codeSplitting: false } },
      },
    });
    return await import(pathToFileURL(join(outDir, 'entry.mjs')).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
