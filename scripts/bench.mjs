// `npm run bench`: the performance figures of issue 13, measured on the production renderer in
// Debian's Chromium. Each figure is paired with a floor measured in the same run (absolute times
// drift on a shared machine; the ratio does not drift as much). Prints one table and writes
// .bench/results.json. BENCH_RUNS (default 5) sets the runs per figure, BENCH_WRITE_COUNT (1000)
// the stickies posted for "Write", BENCH_KEYS (10) the keystrokes per run for "Type".
// Not part of `npm test`. What each figure means: docs/performance.md.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { importTypeScript } from './lib/bundle-for-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const { path: CHROMIUM_PATH, args: CHROMIUM_ARGS } = JSON.parse(readFileSync('test/e2e/support/chromium.json', 'utf8'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WRITE_COUNT = Number(process.env.BENCH_WRITE_COUNT ?? 1000);
const KEYS = Number(process.env.BENCH_KEYS ?? 10);
const STICKIES = 1000;
const PORT = 4392;
const BASE = `http://127.0.0.1:${PORT}/`;
const FLOOR = `${BASE}bench-floor.html`;
const NOW = '2026-03-12T18:00:00.000Z';
const WAIT = { timeout: 120_000 };

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const stats = (values) => ({ median: percentile(values, 50), p95: percentile(values, 95), samples: values.length });
const log = (line) => console.log(`· ${line}`);

// In the page, from its first script: the moment `count` elements of class `cls` exist and the frame
// that shows them has been produced (rAF, then a task after it), in ms since navigation start.
function paintProbe({ cls, count }) {
  const found = document.getElementsByClassName(cls);
  const observer = new MutationObserver(() => {
    if (found.length < count) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__benchPainted = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

// In the page: for each keydown, the time from the event to the next frame produced.
function keyProbe() {
  window.__typeSamples = [];
  window.addEventListener(
    'keydown',
    (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__typeSamples.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

async function openAndTime(context, url, cls, count) {
  const page = await context.newPage();
  await page.addInitScript(paintProbe, { cls, count });
  await page.goto(url);
  await page.waitForFunction(() => window.__benchPainted !== undefined, null, WAIT);
  return { page, ms: await page.evaluate(() => window.__benchPainted) };
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function typeInto(page, field) {
  // Chromium gives a page behind another one a frame a second: the page typed into is in front.
  await page.bringToFront();
  await field.focus();
  await page.evaluate(keyProbe);
  const letters = 'the release calendar waits for us';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]);
    await page.waitForFunction((n) => window.__typeSamples.length >= n, i + 1, WAIT);
  }
  const samples = await page.evaluate(() => window.__typeSamples);
  await field.fill('');
  return samples;
}

async function importWorkshop(page, file, stickies) {
  await page.goto(BASE);
  await page.getByLabel('Import a workshop file or backup…').setInputFiles(file);
  await page.waitForURL(/#\/workshop\//, WAIT);
  await page.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, stickies, WAIT);
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/workshop\//, ''));
}

// In the app's page: posts `count` stickies one by one through the lane's composer (type, Enter),
// each awaited until the board shows it; then as many single strict `add`s on a bare object store.
async function writeBoth(page, label, count) {
  const composer = await page.getByLabel(label).elementHandle();
  return page.evaluate(
    async ({ field, count }) => {
      const grows = (n) =>
        new Promise((resolve, reject) => {
          const found = document.getElementsByClassName('sticky');
          if (found.length >= n) return resolve();
          const timer = setTimeout(() => reject(new Error(`sticky ${n} never appeared`)), 30_000);
          const observer = new MutationObserver(() => {
            if (found.length < n) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      const app = [];
      let shown = document.getElementsByClassName('sticky').length;
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        setValue.call(field, `Bench sticky ${i}: the release calendar waits for us`);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await Promise.resolve(); // React commits the typed text before the key handler reads it.
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        await grows(++shown);
        app.push(performance.now() - t0);
      }
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(`bench-floor-${Date.now()}`);
        open.onupgradeneeded = () => open.result.createObjectStore('stickies', { keyPath: 'id' });
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const floor = [];
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        await new Promise((resolve, reject) => {
          const tx = db.transaction('stickies', 'readwrite', { durability: 'strict' });
          tx.objectStore('stickies').add({ id: `sticky:floor-${i}`, workshopId: 'workshop:floor', kind: 'outmodel', text: `Bench sticky ${i}: the release calendar waits for us`, order: String(i), createdAt: new Date().toISOString() });
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        floor.push(performance.now() - t0);
      }
      const name = db.name;
      db.close();
      indexedDB.deleteDatabase(name);
      return { app, floor };
    },
    { field: composer, count },
  );
}

function initialChunk() {
  const html = readFileSync('dist-renderer/index.html', 'utf8');
  const files = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const sizes = files.map((f) => ({ file: f, gzipKb: gzipSync(readFileSync(join('dist-renderer', f))).length / 1024 }));
  return { files: sizes, gzipKb: sizes.reduce((sum, s) => sum + s.gzipKb, 0) };
}

function runMirror() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/bench-audience.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => resolve(code === 0 ? JSON.parse(readFileSync('.bench/audience.json', 'utf8')) : null));
  });
}

const figures = [];
const row = (figure, unit, measured, floor, goal) => figures.push({ figure, unit, ...measured, floor: floor ?? null, goal });

log('building the production renderer');
await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
const floorHtml = readFileSync('scripts/lib/bench-floor.html');
const server = await preview({
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  plugins: [
    {
      name: 'bench-floor',
      configurePreviewServer(s) {
        s.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith('/bench-floor.html')) return next();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(floorHtml);
        });
      },
    },
  ],
});
const m = await importTypeScript('scripts/lib/bench-minutes-entry.ts');
const folder = mkdtempSync(join(tmpdir(), 'outmodel-bench-files-'));
const big = m.bigWorkshop({ stickies: STICKIES });
const bigFile = join(folder, 'big.outmodel');
writeFileSync(bigFile, JSON.stringify(m.toWorkshopFile(big, NOW, 'bench')));
const small = m.bigWorkshop({ stickies: 150, seed: 2 });
const smallFile = join(folder, 'small.outmodel');
writeFileSync(smallFile, JSON.stringify(m.toWorkshopFile(small, NOW, 'bench')));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const setup = await context.newPage();
  const bigId = await importWorkshop(setup, bigFile, STICKIES);
  const smallId = await importWorkshop(setup, smallFile, small.stickies.length);
  await setup.close();
  const board = (id) => `${BASE}#/workshop/${encodeURIComponent(id)}`;

  // 1 Open, 7 heap, 3 Type: one page per run, the app's and the floor's alternately; a warm-up run first.
  log(`Open, heap, Type: ${RUNS} runs after a warm-up`);
  const open = { app: [], floor: [], appHeap: [], floorHeap: [], appType: [], floorType: [] };
  for (let i = 0; i <= RUNS; i++) {
    const app = await openAndTime(context, board(bigId), 'sticky', STICKIES);
    const floor = await openAndTime(context, `${FLOOR}?open=${encodeURIComponent(bigId)}`, 'sticky', STICKIES);
    if (i > 0) {
      open.app.push(app.ms);
      open.floor.push(floor.ms);
      open.appHeap.push(await heapMb(app.page));
      open.floorHeap.push(await heapMb(floor.page));
      open.appType.push(...(await typeInto(app.page, app.page.getByLabel('New sticky in Dev about Ops'))));
      open.floorType.push(...(await typeInto(floor.page, floor.page.getByLabel('Floor composer'))));
    }
    await app.page.close();
    await floor.page.close();
  }
  row('1 Open: navigation → 1,000 stickies painted', 'ms', stats(open.app), stats(open.floor), { ratio: 2.5 });
  row('3 Type: keydown → next frame, 1,000 on board', 'ms', stats(open.appType), stats(open.floorType), { p95: 16.7 });

  // 7 Start: the library of this profile, opened in a new page.
  log(`Start: ${RUNS} runs after a warm-up`);
  const start = { app: [], floor: [] };
  for (let i = 0; i <= RUNS; i++) {
    const app = await openAndTime(context, BASE, 'workshop-card', 1);
    const floor = await openAndTime(context, FLOOR, 'workshop-card', 1);
    if (i > 0) start.app.push(app.ms);
    if (i > 0) start.floor.push(floor.ms);
    await app.page.close();
    await floor.page.close();
  }
  row('7 Start: navigation → library listed', 'ms', stats(start.app), stats(start.floor), { p95: 400 });
  const chunk = initialChunk();
  row('7 Start: initial chunk, gzipped', 'KB', { median: chunk.gzipKb, p95: chunk.gzipKb, samples: 1 }, null, { p95: 300 });
  row('7 Start: JS heap, 1,000 stickies open (after GC)', 'MB', stats(open.appHeap), stats(open.floorHeap), { p95: 50 });

  // 4 Write: one run of WRITE_COUNT posts on a workshop of 150, each awaited until painted.
  log(`Write: ${WRITE_COUNT} posts through the composer, then ${WRITE_COUNT} bare strict adds`);
  const writePage = await context.newPage();
  await writePage.goto(board(smallId));
  await writePage.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, small.stickies.length, WAIT);
  const write = await writeBoth(writePage, 'New sticky in Dev about Ops', WRITE_COUNT);
  await writePage.close();
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  row(`4 Write: one post (of ${WRITE_COUNT}) → on the board`, 'ms', { ...stats(write.app), total: sum(write.app) }, { ...stats(write.floor), total: sum(write.floor) }, { ratio: 1.3, ratioOf: 'total' });

  // 6 Minutes: Markdown and HTML in Node, the PDF through Chromium's page.pdf().
  log('Minutes');
  const options = { confidentiality: 'full', includeNotes: true, now: NOW };
  const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const time = (run, n) => {
    for (let i = 0; i < 2; i++) run();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    return times;
  };
  const samples = Math.max(RUNS, 10);
  const plainMarkdown = () => big.stickies.map((s) => `- ${s.text}`).join('\n');
  const plainHtml = () => `<!doctype html><meta charset="utf-8"><ul>${big.stickies.map((s) => `<li>${escape(s.text)}</li>`).join('')}</ul>`;
  row('6 Minutes: Markdown', 'ms', stats(time(() => m.minutesToMarkdown(m.buildMinutes(big, options)), samples)), stats(time(plainMarkdown, samples)), { p95: 50 });
  row('6 Minutes: HTML', 'ms', stats(time(() => m.minutesToHtml(m.buildMinutes(big, options)), samples)), stats(time(plainHtml, samples)), { p95: 50 });
  const pdfPage = await context.newPage();
  const pdf = { app: [], floor: [] };
  for (let i = 0; i <= RUNS; i++) {
    for (const [kind, html] of [['app', m.minutesToHtml(m.buildMinutes(big, options))], ['floor', plainHtml()]]) {
      await pdfPage.setContent(html, { waitUntil: 'load' });
      const t0 = performance.now();
      await pdfPage.pdf({ format: 'A4' });
      if (i > 0) pdf[kind].push(performance.now() - t0);
    }
  }
  await pdfPage.close();
  row('6 Minutes: PDF (page.pdf of the minutes HTML)', 'ms', stats(pdf.app), stats(pdf.floor), { p95: 1500 });
  row('2 Drag: frame p95 across five lanes', 'ms', { median: null, p95: null, samples: 0, note: 'not measured yet' }, null, { p95: 16.7 });
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

// 5 Mirror: the existing benchmark, as it is (its own server and browser), once ours are closed.
log('Mirror: scripts/bench-audience.mjs');
const mirror = await runMirror();
row('5 Mirror: facilitator change → painted in the room', 'ms', mirror ? { median: mirror.medianMs, p95: mirror.p95Ms, samples: mirror.samples } : { median: null, p95: null, samples: 0, note: 'bench-audience failed' }, null, { p95: 50 });

for (const f of figures) {
  const ratioBase = f.goal.ratioOf === 'total' ? 'total' : 'median';
  f.ratio = f.floor && f[ratioBase] != null ? f[ratioBase] / f.floor[ratioBase] : null;
  f.met = f.median == null ? null : f.goal.ratio != null ? f.ratio <= f.goal.ratio : f.p95 <= f.goal.p95;
}
const fmt = (v, unit) => (v == null ? '—' : `${v.toFixed(unit === 'ms' && v >= 100 ? 0 : 1)} ${unit}`);
console.log(`\nOutmodel benchmark: ${RUNS} runs per figure, ${STICKIES.toLocaleString('en')} stickies, Chromium ${CHROMIUM_PATH}`);
console.table(
  figures.map((f) => ({
    figure: f.figure,
    median: fmt(f.median, f.unit),
    p95: fmt(f.p95, f.unit),
    floor: f.floor ? fmt(f.floor.median, f.unit) : '—',
    ratio: f.ratio == null ? '—' : `${f.ratio.toFixed(2)}${f.goal.ratioOf === 'total' ? ' (totals)' : ''}`,
    goal: f.goal.ratio != null ? `ratio ≤ ${f.goal.ratio}` : `p95 ≤ ${f.goal.p95} ${f.unit}`,
    'met?': f.met == null ? (f.note ?? 'not measured') : f.met ? 'yes' : 'NO',
  })),
);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, stickies: STICKIES, writeCount: WRITE_COUNT, keysPerRun: KEYS, initialChunk: initialChunk().files, figures }, null, 2));
console.log('Written to .bench/results.json');
