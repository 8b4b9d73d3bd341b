// How long each export takes for a workshop of 1,000 stickies (four groups, every lane written in,
// reactions, votes, agreements, actions). Prints the median and p95 in milliseconds per format.
// Run `npm run bench:minutes`; SAMPLES=50 STICKIES=2000 change the defaults. Not part of `npm test`.
//
// The exports are TypeScript: Vite's build API bundles them, with what they import, into one
// ES module in a temporary folder, which Node then imports and times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

const SAMPLES = Number(process.env.SAMPLES ?? 30);
const WARMUP = 5;
const STICKIES = Number(process.env.STICKIES ?? 1000);
const NOW = '2026-03-12T18:00:00.000Z';
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'outmodel-bench-minutes-'));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'scripts/lib/bench-minutes-entry.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'bench-minutes.mjs', codeSplitting: false } },
    },
  });
  const m = await import(pathToFileURL(join(outDir, 'bench-minutes.mjs')).href);
  const bundle = m.bigWorkshop({ stickies: STICKIES });
  const options = { confidentiality: 'full', includeNotes: true, now: NOW };
  const formats = {
    'document (buildMinutes)': () => m.buildMinutes(bundle, options),
    Markdown: () => m.minutesToMarkdown(m.buildMinutes(bundle, options)),
    HTML: () => m.minutesToHtml(m.buildMinutes(bundle, options)),
    'agreement poster': () => m.agreementPosterHtml(bundle, { now: NOW }),
    'CSV (stickies)': () => m.stickiesCsv(bundle, options),
    'CSV (actions)': () => m.actionsCsv(bundle),
    'iCalendar': () => m.workshopIcs(bundle, { now: NOW }),
  };
  console.log(`Exports of a workshop of ${bundle.stickies.length} stickies, ${bundle.groups.length} groups, ${bundle.reactions.length} reactions, ${bundle.votes.length} votes, ${bundle.actions.length} actions (${SAMPLES} runs each, after ${WARMUP} warm-up runs):`);
  const rows = [];
  for (const [name, run] of Object.entries(formats)) {
    let size = 0;
    for (let i = 0; i < WARMUP; i++) run();
    const times = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      const out = run();
      times.push(performance.now() - t0);
      size = typeof out === 'string' ? out.length : 0;
    }
    rows.push({ format: name, 'median ms': percentile(times, 50).toFixed(1), 'p95 ms': percentile(times, 95).toFixed(1), 'characters': size || '' });
  }
  console.table(rows);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
