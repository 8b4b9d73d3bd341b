// Bundles a TypeScript entry, with what it imports, into one ES module for Node: how the
// benchmarks run the app's pure code (shared/, test/support) as built, and how a test runs
// TypeScript in a child process of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `entry` (a path from the repository root) into `outDir`/`fileName`; returns that file's path. */
export async function bundleForNode(entry, outDir, fileName = 'entry.mjs') {
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
      rolldownOptions: { output: { format: 'esm', entryFileNames: fileName, codeSplitting: false } },
    },
  });
  return join(outDir, fileName);
}

/** Imports `entry` (a path from the repository root); the temporary folder is gone once it is loaded. */
export async function importTypeScript(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'outmodel-bench-'));
  try {
    return await import(pathToFileURL(await bundleForNode(entry, outDir)).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
