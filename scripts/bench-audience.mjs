// How long a change made in the facilitator's window takes to be painted in the room's window:
// two pages of one browser sharing IndexedDB, as the two Electron windows do. Prints the median
// and p95 over many changes (goal: p95 ≤ 50 ms). Run `npm run bench:audience` (builds first).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openBenchBrowser } from './lib/bench-browser.mjs';

const PORT = 4391;
const BASE = `http://127.0.0.1:${PORT}/`;
const SAMPLES = Number(process.env.SAMPLES ?? 40);

// The build measured: dist-renderer (`npm run bench:audience` builds it), or BENCH_DIST (`npm run bench`'s own).
const outDir = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : resolve('dist-renderer');
const server = spawn('npx', ['vite', 'preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', outDir], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the preview server did not start');
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

try {
  await waitForServer();
  const { context, close } = await openBenchBrowser();
  const facilitator = await context.newPage();
  await facilitator.goto(`${BASE}#/workshop/workshop%3Asample-nothere`);
  await facilitator.getByRole('tab', { name: 'Room' }).click();
  await facilitator.getByRole('button', { name: 'Reveal every group' }).click();
  const room = await context.newPage();
  await room.goto(`${BASE}?role=audience#/workshop/workshop%3Asample-nothere`);
  await room.locator('.audience section.lane').first().waitFor();
  const composer = facilitator.getByLabel('New sticky in Dev about Ops');

  const delays = [];
  for (let i = 0; i < SAMPLES; i++) {
    const text = `Bench sticky ${i} ${Math.random().toString(36).slice(2, 8)}`;
    // The room's window notes the moment the text is painted: after the frame that shows it.
    const painted = room.evaluate(
      (wanted) =>
        new Promise((resolve) => {
          const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now())));
          const observer = new MutationObserver(() => {
            if (document.body.textContent?.includes(wanted)) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      text,
    );
    await composer.fill(text);
    const started = await facilitator.evaluate(() => {
      const field = document.activeElement?.tagName === 'TEXTAREA' ? document.activeElement : document.querySelector('textarea[id^="compose-outmodel"]');
      const t0 = performance.timeOrigin + performance.now();
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return t0;
    });
    delays.push((await painted) - started);
  }
  await close();
  const result = { samples: delays.length, medianMs: Math.round(percentile(delays, 50) * 10) / 10, p95Ms: Math.round(percentile(delays, 95) * 10) / 10, goalP95Ms: 50 };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/audience.json', JSON.stringify({ ...result, delaysMs: delays.map((d) => Math.round(d * 10) / 10) }, null, 2));
  console.log('facilitator change → painted in the room’s window');
  console.log(`  samples ${result.samples}   median ${result.medianMs} ms   p95 ${result.p95Ms} ms   (goal p95 ≤ 50 ms) ${result.p95Ms <= 50 ? 'MET' : 'NOT MET'}`);
} finally {
  stop();
}
