// How long each export takes for a workshop of 1,000 stickies (four groups, every lane written in,
// reactions, votes, agreements, actions). Prints per format, in milliseconds, its first run (what
// the first export of a session costs, its code not compiled yet; a format after the first shares
// some of it), then the median and p95 of the runs after the warm-ups.
// Run `npm run bench:minutes`; SAMPLES=50 STICKIES=2000 change the defaults, WARMUP=2 the warm-up
// runs (5, at least 1), ONLY=Markdown,HTML the formats. `npm run bench:minutes -- --profile` also writes a CPU
// profile of the timed runs of each format to .bench/minutes-<format>.cpuprofile (open it in
// Chrome's DevTools, Performance tab). With TIMES=<file>, every sample of each format is written to
// that file as JSON instead of a table: how `npm run bench` times the Minutes in a Node process of
// their own, away from its builds and its browser.
//
// The exports are TypeScript: Vite's build API bundles them, with what they import, into one
// ES module in a temporary folder (scripts/lib/bundle-for-node.mjs), which Node then imports and times.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { importTypeScript } from './lib/bundle-for-node.mjs';
import { HTML_FLOOR, MARKDOWN_FLOOR, MINUTES_OPTIONS, NOW, plainHtml, plainMarkdown } from './lib/bench-minutes-shared.mjs';

const SAMPLES = Number(process.env.SAMPLES ?? 30);
// The first run is always reported apart (its own column), and counts as one of the warm-up runs.
const WARMUP = Math.max(1, Number(process.env.WARMUP ?? 5));
const STICKIES = Number(process.env.STICKIES ?? 1000);
const ONLY = process.env.ONLY ? process.env.ONLY.split(',') : null;
const TIMES = process.env.TIMES ?? null;
const PROFILE = process.argv.includes('--profile');

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))];
};

{
  const m = await importTypeScript('scripts/lib/bench-minutes-entry.ts');
  const bundle = m.bigWorkshop({ stickies: STICKIES });
  const options = MINUTES_OPTIONS;
  const formats = {
    'document (buildMinutes)': () => m.buildMinutes(bundle, options),
    Markdown: () => m.minutesToMarkdown(m.buildMinutes(bundle, options)),
    HTML: () => m.minutesToHtml(m.buildMinutes(bundle, options)),
    'agreement poster': () => m.agreementPosterHtml(bundle, { now: NOW }),
    'CSV (stickies)': () => m.stickiesCsv(bundle, options),
    'CSV (actions)': () => m.actionsCsv(bundle),
    'iCalendar': () => m.workshopIcs(bundle, { now: NOW }),
    [MARKDOWN_FLOOR]: () => plainMarkdown(bundle.stickies),
    [HTML_FLOOR]: () => plainHtml(bundle.stickies),
  };
  const times = {};
  const firsts = {};
  if (!TIMES) console.log(`Exports of a workshop of ${bundle.stickies.length} stickies, ${bundle.groups.length} groups, ${bundle.reactions.length} reactions, ${bundle.votes.length} votes, ${bundle.actions.length} actions (${SAMPLES} runs each, after ${WARMUP} warm-up runs):`);
  const rows = [];
  const session = PROFILE ? new Session() : null;
  if (session) {
    mkdirSync('.bench', { recursive: true });
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
  }
  for (const [name, run] of Object.entries(formats)) {
    if (ONLY && !ONLY.includes(name)) continue;
    let size = 0;
    // The first run of a format is what the first export of a session costs (the code not yet
    // compiled); kept apart, and not among the samples.
    const f0 = performance.now();
    run();
    firsts[name] = performance.now() - f0;
    for (let i = 1; i < WARMUP; i++) run();
    if (session) await session.post('Profiler.start');
    const samples = (times[name] = []);
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      const out = run();
      samples.push(performance.now() - t0);
      size = typeof out === 'string' ? out.length : 0;
    }
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      const file = `.bench/minutes-${name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}.cpuprofile`;
      writeFileSync(file, JSON.stringify(profile));
      console.log(`CPU profile of ${name}: ${file}`);
    }
    rows.push({ format: name, 'first run ms': firsts[name].toFixed(1), 'median ms': percentile(samples, 50).toFixed(1), 'p95 ms': percentile(samples, 95).toFixed(1), 'characters': size || '' });
  }
  session?.disconnect();
  if (TIMES) writeFileSync(TIMES, JSON.stringify({ times, firsts }));
  else console.table(rows);
}
