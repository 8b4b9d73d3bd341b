// `npm run bench`: the performance figures of issue 13, measured on the production renderer in
// Debian's Chromium. Each figure is paired with a floor measured in the same run (absolute times
// drift on a shared machine; the ratio does not drift as much). Prints one table and writes
// .bench/results.json. BENCH_RUNS (default 5) sets the runs per figure (Start and the Minutes, whose
// goal is a p95, take at least 20), BENCH_WRITE_COUNT (1000)
// the stickies posted for "Write" in each of its BENCH_WRITE_RUNS (3) runs, BENCH_KEYS (a whole sticky's 63) the keystrokes per run for "Type", BENCH_ONLY
// (e.g. "2" or "1,3") the figures measured (default all), BENCH_DRAG (mouse,touch,keyboard) the ways
// "Drag" carries the sticky. It builds into .bench/dist and, for the
// render counts of "Drag", .bench/dist-profile: never into dist-renderer, which the e2e tests use.
// Not part of `npm test`. What each figure means: docs/performance.md.
import { spawn, spawnSync } from 'node:child_process';
import { HTML_FLOOR, MARKDOWN_FLOOR, MINUTES_OPTIONS, NOW, plainHtml } from './lib/bench-minutes-shared.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { importTypeScript } from './lib/bundle-for-node.mjs';
import { carryAcrossFiveLanes, withTouch } from './lib/bench-drag.mjs';
import { CHROMIUM_PATH, openBenchBrowser } from './lib/bench-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// A p95 goal on a figure cheap enough to repeat is judged over at least 20 samples: with fewer,
// the nearest-rank p95 is the slowest sample, one neighbour's burst on this shared machine.
const P95_RUNS = Math.max(RUNS, 20);
const WRITE_COUNT = Number(process.env.BENCH_WRITE_COUNT ?? 1000);
// Write's posts and bare adds, alternated in blocks (of 200 at the default count).
const WRITE_BLOCKS = 5;
// Write's runs, each on a workshop of its own, freshly imported: its ratio is the median of the
// runs' (one run's ratio moved by ±0.08 from one run to the next, as the machine's load did).
const WRITE_RUNS = Number(process.env.BENCH_WRITE_RUNS ?? 3);
// "Type" types a whole sticky, as a person does: its text wraps to a second and third line in a
// lane, which a few keys never reach (a wrap once cost its key 32 ms, as a field grew a scroller).
const STICKY_TYPED = 'ops holds the release calendar and we wait two weeks for a slot';
const KEYS = Number(process.env.BENCH_KEYS ?? STICKY_TYPED.length);
const FIGURES = [1, 2, 3, 4, 5, 6, 7];
const ONLY = (process.env.BENCH_ONLY ?? FIGURES.join(',')).split(',').map((n) => Number(n.trim()));
if (ONLY.some((n) => !FIGURES.includes(n))) throw new Error(`BENCH_ONLY lists figures by number, 1 to 7, comma-separated (was "${process.env.BENCH_ONLY}")`);
const on = (...numbers) => numbers.some((n) => ONLY.includes(n));
const DRAG_WAYS = ['mouse', 'touch', 'keyboard'];
const DRAG_INPUTS = (process.env.BENCH_DRAG ?? DRAG_WAYS.join(',')).split(',').map((way) => way.trim());
if (DRAG_INPUTS.some((way) => !DRAG_WAYS.includes(way))) throw new Error(`BENCH_DRAG lists ways of carrying, of ${DRAG_WAYS.join(', ')}, comma-separated (was "${process.env.BENCH_DRAG}")`);
const STICKIES = 1000;
// BENCH_HOME (default .bench) and BENCH_PORT (default 4393, the profiling build on the next port)
// let two runs work side by side without sharing a folder or a port.
const HOME = process.env.BENCH_HOME ?? '.bench';
const PORT = Number(process.env.BENCH_PORT ?? 4393);
const PROFILE_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}/`;
const PROFILE_BASE = `http://127.0.0.1:${PROFILE_PORT}/`;
const FLOOR = `${BASE}bench-floor.html`;
const OUT_DIR = join(root, HOME, 'dist');
const PROFILE_OUT_DIR = join(root, HOME, 'dist-profile');
const WAIT = { timeout: 120_000 };

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const stats = (values) => ({ median: percentile(values, 50), p95: percentile(values, 95), samples: values.length });
const log = (line) => console.log(`· ${line}`);
// In the page: resolves once `frames` more frames have been produced, and a task after the last.
const framesPainted = (frames) => new Promise((resolve) => {
  const next = (left) => (left === 0 ? setTimeout(resolve) : requestAnimationFrame(() => next(left - 1)));
  next(frames);
});

// In the page, from its first script: the moment `count` elements of class `cls` exist and the frame
// that shows them has been produced (rAF, then a task after it), in ms since navigation start. And
// the first screen: the first frame produced with an element of `cls` and no part of a lane not
// drawn yet (`.stickies-rest`) on the screen; with the elements of `cls` on the screen then (their
// ids, `data-sticky-id`), to check it against the screen once everything is drawn.
function paintProbe({ cls, count }) {
  const found = document.getElementsByClassName(cls);
  const rests = document.getElementsByClassName('stickies-rest');
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  // The elements of `cls` on the screen now (ids, or places for elements without one); kept on the
  // page for the check once everything is drawn.
  window.__benchScreenIds = () => [...found].filter(onScreen).map((el, i) => el.dataset.stickyId ?? String(i));
  const afterFrame = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  let waiting = false;
  const observer = new MutationObserver(() => {
    if (window.__benchFirstScreen === undefined && !waiting && found.length > 0) {
      waiting = true;
      afterFrame((now) => {
        waiting = false;
        if (window.__benchFirstScreen !== undefined || [...rests].some(onScreen)) return;
        window.__benchFirstScreen = now;
        window.__benchFirstScreenIds = window.__benchScreenIds();
      });
    }
    if (found.length < count) return;
    observer.disconnect();
    afterFrame((now) => (window.__benchPainted = now));
  });
  observer.observe(document, { childList: true, subtree: true });
}

// In the page: for each keydown, the time from the event to the next frame produced (rAF, then
// a task); and the browser's own measure of it, Event Timing: a keydown's duration runs from the
// key to the paint that follows its handling (8 ms steps). The browser reports only keys slower
// than 16 ms (its smallest threshold); a key it does not report took less.
function keyProbe() {
  window.__typeSamples = [];
  window.__keyTimings = [];
  window.__keyObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') window.__keyTimings.push({ start: e.startTime, duration: e.duration });
  });
  window.__keyObserver.observe({ type: 'event', durationThreshold: 16, buffered: false });
  window.__keyStarts = [];
  window.addEventListener(
    'keydown',
    (e) => {
      const start = e.timeStamp;
      window.__keyStarts.push(start);
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
  await page.waitForFunction(() => window.__benchPainted !== undefined && window.__benchFirstScreen !== undefined, null, WAIT);
  const { ms, firstScreen } = await page.evaluate(() => ({ ms: window.__benchPainted, firstScreen: window.__benchFirstScreen }));
  // The first screen counts only if it is the screen as it stays once everything is drawn.
  await page.evaluate(framesPainted, 2);
  const mismatch = await page.evaluate(() => {
    const now = window.__benchScreenIds();
    const then = window.__benchFirstScreenIds;
    return now.length === then.length && now.every((id, i) => id === then[i]) ? null : { then: then.length, now: now.length };
  });
  if (mismatch) throw new Error(`${url}: the first screen measured (${mismatch.then} elements) is not the screen once all is drawn (${mismatch.now})`);
  return { page, ms, firstScreen };
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Each key's Event Timing duration; 16 (the bound) for a key the browser did not report as slower. */
async function keyDurations(page) {
  // Reported after the paint that follows: a few frames on, every report is in.
  await page.evaluate(framesPainted, 3);
  return page.evaluate(() => {
    window.__keyTimings.push(...window.__keyObserver.takeRecords().filter((e) => e.name === 'keydown').map((e) => ({ start: e.startTime, duration: e.duration })));
    window.__keyObserver.disconnect();
    return window.__keyStarts.map((start) => window.__keyTimings.find((t) => Math.abs(t.start - start) < 0.5)?.duration ?? 16);
  });
}

async function typeInto(page, field) {
  // Chromium gives a page behind another one a frame a second: the page typed into is in front.
  await page.bringToFront();
  await field.focus();
  // Focusing a composer far down the board scrolls it into view: the keys are typed once that
  // scroll is painted, as a person types into a field already on the screen.
  await page.evaluate(framesPainted, 2);
  await page.evaluate(keyProbe);
  for (let i = 0; i < KEYS; i++) {
    const letter = STICKY_TYPED[i % STICKY_TYPED.length];
    await page.keyboard.press(letter === ' ' ? 'Space' : letter);
    await page.waitForFunction((n) => window.__typeSamples.length >= n, i + 1, WAIT);
  }
  const frames = await page.evaluate(() => window.__typeSamples);
  const durations = await keyDurations(page);
  await field.fill('');
  return { frames, durations };
}

async function importWorkshop(page, file, stickies, base = BASE) {
  await page.goto(base);
  await page.getByLabel('Import a workshop file or backup…').setInputFiles(file);
  await page.waitForURL(/#\/workshop\//, WAIT);
  await page.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, stickies, WAIT);
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/workshop\//, ''));
}

// In a page of the profiling build: `count` posts through the app's action, each awaited, and as
// many single `add`s on a bare Dexie table with the app's durability (renderer/bench-hooks.ts), in
// `blocks` blocks of each, alternated (app, bare, bare, app, …), so that a change in the machine's
// load during the run falls on both alike (all the bare adds once came after all the posts). After
// a block of posts the bare adds wait until the board has drawn them all, so that none of the
// board's drawing is timed as theirs (`shown`, the stickies the board showed before; null in a
// page with no board).
async function postThroughActions(page, { workshopId, count, blocks, shown }) {
  await page.evaluate(async (workshopId) => {
    const B = window.__outmodelBench;
    const workshop = await B.db.workshops.get(workshopId);
    const groups = await B.db.groups.where('workshopId').equals(workshopId).toArray();
    const lane = B.deriveLanes(groups, workshop.settings).find((l) => l.kind === 'outmodel');
    window.__write = { lane, bare: await B.openBareStickyTable(`bench-floor-${Date.now()}`), app: [], floor: [] };
  }, workshopId);
  const posts = (from, to) =>
    page.evaluate(
      async ({ workshopId, from, to }) => {
        const B = window.__outmodelBench;
        for (let i = from; i < to; i++) {
          const t0 = performance.now();
          const posted = await B.perform(B.postStickiesAction, { workshopId, lane: window.__write.lane, texts: [`Bench sticky ${i}: the release calendar waits for us`], options: {} });
          if (posted !== 1) throw new Error(`post ${i} was not done`);
          window.__write.app.push(performance.now() - t0);
        }
      },
      { workshopId, from, to },
    );
  const adds = (from, to) =>
    page.evaluate(
      async ({ from, to }) => {
        for (let i = from; i < to; i++) {
          const t0 = performance.now();
          await window.__write.bare.add({ id: `sticky:floor-${i}`, workshopId: 'workshop:floor', kind: 'outmodel', text: `Bench sticky ${i}: the release calendar waits for us`, order: String(i), createdAt: new Date().toISOString() });
          window.__write.floor.push(performance.now() - t0);
        }
      },
      { from, to },
    );
  const drawn = async (to) => {
    if (shown === null) return;
    await page.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, shown + to, WAIT);
    await page.evaluate(framesPainted, 2);
  };
  for (let b = 0; b < blocks; b++) {
    const from = Math.floor((count * b) / blocks);
    const to = Math.floor((count * (b + 1)) / blocks);
    if (b % 2 === 0) {
      await posts(from, to);
      await drawn(to);
      await adds(from, to);
    } else {
      await adds(from, to);
      await posts(from, to);
      await drawn(to);
    }
  }
  return page.evaluate(async () => {
    const { bare, app, floor } = window.__write;
    await bare.drop();
    return { app, floor };
  });
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
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  // Every script the page names (the modules and the libraries' classic script) and every module
  // preload, each once (the first read is both a script and a preload).
  const files = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]))];
  const sizes = files.map((f) => ({ file: f, gzipKb: gzipSync(readFileSync(join(OUT_DIR, f))).length / 1024 }));
  return { files: sizes, gzipKb: sizes.reduce((sum, s) => sum + s.gzipKb, 0) };
}

/** Every sample of the Minutes' Markdown and HTML and of their floors, and each one's first run, timed in a Node process of their own. */
function minutesTimes() {
  mkdirSync(HOME, { recursive: true });
  const file = join(HOME, 'minutes-times.json');
  const env = { ...process.env, WARMUP: '2', SAMPLES: String(P95_RUNS), STICKIES: String(STICKIES), ONLY: ['Markdown', 'HTML', MARKDOWN_FLOOR, HTML_FLOOR].join(','), TIMES: file };
  const { status } = spawnSync(process.execPath, ['scripts/bench-minutes.mjs'], { stdio: 'inherit', env });
  if (status !== 0) throw new Error('scripts/bench-minutes.mjs failed');
  return JSON.parse(readFileSync(file, 'utf8'));
}

function runMirror() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/bench-audience.mjs'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, BENCH_DIST: OUT_DIR } });
    child.on('exit', (code) => resolve(code === 0 ? JSON.parse(readFileSync('.bench/audience.json', 'utf8')) : null));
  });
}

const figures = [];
const row = (figure, unit, measured, floor, goal) => figures.push({ figure, unit, ...measured, floor: floor ?? null, goal });
const needsApp = on(1, 2, 3, 4, 5, 7);
const needsBrowser = needsApp || on(6);

// Each build has its own folder under .bench, emptied first; dist-renderer belongs to the e2e tests.
const viteConfig = join(root, 'vite.config.ts');
const buildInto = (outDir, mode) => build({ configFile: viteConfig, configLoader: 'runner', mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
// `preview` serves the client build's outDir (resolved from the config's root): the same override.
const serve = (outDir, port, plugins = []) => preview({ configFile: viteConfig, configLoader: 'runner', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true }, plugins });
const floorHtml = readFileSync('scripts/lib/bench-floor.html');
const floorPage = {
  name: 'bench-floor',
  configurePreviewServer(s) {
    s.middlewares.use((req, res, next) => {
      if (!req.url?.startsWith('/bench-floor.html')) return next();
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(floorHtml);
    });
  },
};
const servers = [];
try {
  if (needsApp) {
    log('building the production renderer into .bench/dist');
    await buildInto(OUT_DIR, 'production');
    servers.push(await serve(OUT_DIR, PORT, [floorPage]));
  }
  if (on(2, 4)) {
    // `countRender` counts only in this mode; everything else is the production build.
    log('building the profiling renderer (--mode profile) into .bench/dist-profile');
    await buildInto(PROFILE_OUT_DIR, 'profile');
    servers.push(await serve(PROFILE_OUT_DIR, PROFILE_PORT));
  }

  if (needsBrowser) {
    const m = await importTypeScript('scripts/lib/bench-minutes-entry.ts');
    const folder = mkdtempSync(join(tmpdir(), 'outmodel-bench-files-'));
    const big = m.bigWorkshop({ stickies: STICKIES });
    const bigFile = join(folder, 'big.outmodel');
    writeFileSync(bigFile, JSON.stringify(m.toWorkshopFile(big, NOW, 'bench')));
    const small = m.bigWorkshop({ stickies: 150, seed: 2 });
    const smallFile = join(folder, 'small.outmodel');
    writeFileSync(smallFile, JSON.stringify(m.toWorkshopFile(small, NOW, 'bench')));

    // 6 Minutes: Markdown and HTML are built in Node, by scripts/bench-minutes.mjs in a process of
    // its own, before the browser starts: this process's two builds and the browser would otherwise
    // share the machine's two cores and this heap with them. Two warm-up runs; what comes after
    // them still includes the JIT warming up. The PDF is printed in the browser, below.
    if (on(6)) {
      log('Minutes: Markdown and HTML (scripts/bench-minutes.mjs)');
      const { times: t, firsts } = minutesTimes();
      row('6 Minutes: Markdown', 'ms', stats(t.Markdown), stats(t[MARKDOWN_FLOOR]), { p95: 50 });
      row('6 Minutes: HTML', 'ms', stats(t.HTML), stats(t[HTML_FLOOR]), { p95: 50 });
      // What a facilitator's first export of a session costs: one sample, the process's first build.
      row('6 Minutes: Markdown, the first in a new process', 'ms', stats([firsts.Markdown]), stats([firsts[MARKDOWN_FLOOR]]), null);
    }

    const { context, close } = await openBenchBrowser();
    try {
      let bigId;
      let smallId;
      if (needsApp) {
        const setup = await context.newPage();
        bigId = await importWorkshop(setup, bigFile, STICKIES);
        smallId = await importWorkshop(setup, smallFile, small.stickies.length);
        await setup.close();
      }
      const board = (id, base = BASE) => `${base}#/workshop/${encodeURIComponent(id)}`;

      // 1 Open, 7 heap, 3 Type: one page per run, the app's and the floor's alternately; a warm-up run first.
      if (on(1, 3, 7)) {
        log(`Open, heap, Type: ${RUNS} runs after a warm-up`);
        const open = { app: [], floor: [], appFirst: [], floorFirst: [], appHeap: [], floorHeap: [], appType: [], floorType: [], appFrame: [], floorFrame: [] };
        for (let i = 0; i <= RUNS; i++) {
          const app = await openAndTime(context, board(bigId), 'sticky', STICKIES);
          const floor = await openAndTime(context, `${FLOOR}?open=${encodeURIComponent(bigId)}`, 'sticky', STICKIES);
          if (i > 0) {
            open.app.push(app.ms);
            open.floor.push(floor.ms);
            open.appFirst.push(app.firstScreen);
            open.floorFirst.push(floor.firstScreen);
            if (on(7)) open.appHeap.push(await heapMb(app.page));
            if (on(7)) open.floorHeap.push(await heapMb(floor.page));
            if (on(3)) {
              const typed = await typeInto(app.page, app.page.getByLabel('New sticky in Dev about Ops'));
              const floorTyped = await typeInto(floor.page, floor.page.getByLabel('Floor composer'));
              open.appType.push(...typed.durations);
              open.floorType.push(...floorTyped.durations);
              open.appFrame.push(...typed.frames);
              open.floorFrame.push(...floorTyped.frames);
            }
          }
          await app.page.close();
          await floor.page.close();
        }
        // A long lane is drawn a page at a time: the board is ready to use once its first screen is
        // painted; the rest is drawn while the window is idle (the second row, no goal).
        if (on(1)) row('1 Open: navigation → first screen of 1,000 stickies painted', 'ms', stats(open.appFirst), stats(open.floorFirst), { ratio: 2.5 });
        if (on(1)) row('1 Open: navigation → all 1,000 stickies in the page', 'ms', stats(open.app), stats(open.floor), null);
        if (on(3)) {
          row('3 Type: keystroke → paint (Event Timing; 16 = under 16), 1,000 on board', 'ms', stats(open.appType), stats(open.floorType), { p95: 16.7 });
          // The earlier probe, kept for comparison: it adds a task after the frame, so even the floor's median is over a frame.
          row('3 Type: keydown → next frame (rAF, then a task)', 'ms', stats(open.appFrame), stats(open.floorFrame), null);
        }

        // 7 Start: the library of this profile, opened in a new page.
        if (on(7)) {
          log(`Start: ${P95_RUNS} runs after a warm-up`);
          const start = { app: [], floor: [] };
          for (let i = 0; i <= P95_RUNS; i++) {
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
        }
      }

      // 4 Write, as the issue defines it: WRITE_COUNT posts through the app's own action
      // (`perform(postStickiesAction)`, reached through the profiling build's `__outmodelBench`),
      // each awaited, with the board of a 150-sticky workshop open as in the room; against as many
      // single `add`s on a bare Dexie table with the same durability. Then, in the production
      // build, what a person waits for: composer → Enter → the sticky painted.
      if (on(4)) {
        log(`Write: ${WRITE_RUNS} runs of ${WRITE_COUNT} posts through the app's action, alternated with ${WRITE_COUNT} bare Dexie adds`);
        const sum = (values) => values.reduce((a, b) => a + b, 0);
        // Each run posts into the board of a 150-sticky workshop imported for it, then (no goal)
        // into the same workshop from a page that shows no board (the new workshop's form): the
        // write alone, without the board drawing each post.
        const shown = [];
        const alone = [];
        for (let r = 0; r < WRITE_RUNS; r++) {
          const setup = await context.newPage();
          const workshopId = await importWorkshop(setup, smallFile, small.stickies.length, PROFILE_BASE);
          await setup.close();
          const actionPage = await context.newPage();
          await actionPage.goto(board(workshopId, PROFILE_BASE));
          await actionPage.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, small.stickies.length, WAIT);
          shown.push(await postThroughActions(actionPage, { workshopId, count: WRITE_COUNT, blocks: WRITE_BLOCKS, shown: small.stickies.length }));
          await actionPage.close();
          const formPage = await context.newPage();
          await formPage.goto(`${PROFILE_BASE}#/new`);
          await formPage.waitForFunction(() => window.__outmodelBench !== undefined && document.querySelector('form') !== null, null, WAIT);
          alone.push(await postThroughActions(formPage, { workshopId, count: WRITE_COUNT, blocks: WRITE_BLOCKS, shown: null }));
          await formPage.close();
        }
        // Per post: every run's posts together. The ratio: each run's totals, the median of the runs.
        const writeRow = (runs) => [
          { ...stats(runs.flatMap((run) => run.app)), total: sum(runs.map((run) => sum(run.app))), runRatios: runs.map((run) => sum(run.app) / sum(run.floor)) },
          { ...stats(runs.flatMap((run) => run.floor)), total: sum(runs.map((run) => sum(run.floor))) },
        ];
        row(`4 Write: one post (of ${WRITE_COUNT}, ${WRITE_RUNS} runs) through the app's action`, 'ms', ...writeRow(shown), { ratio: 1.3, ratioOf: 'runs' });
        const [aloneApp, aloneFloor] = writeRow(alone);
        row(`4 Write: the same, no board shown`, 'ms', { ...aloneApp, ratioOf: 'runs' }, aloneFloor, null);

        const writePage = await context.newPage();
        await writePage.goto(board(smallId));
        await writePage.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, small.stickies.length, WAIT);
        const write = await writeBoth(writePage, 'New sticky in Dev about Ops', Math.min(WRITE_COUNT, 300));
        await writePage.close();
        row(`4 Write: composer → painted (${Math.min(WRITE_COUNT, 300)} posts)`, 'ms', { ...stats(write.app), total: sum(write.app) }, { ...stats(write.floor), total: sum(write.floor) }, null);
      }

      // 6 Minutes, the PDF through Chromium's page.pdf() (Markdown and HTML are timed above).
      if (on(6)) {
        log('Minutes: the PDF');
        const pdfPage = await context.newPage();
        const pdf = { app: [], floor: [] };
        for (let i = 0; i <= P95_RUNS; i++) {
          for (const [kind, html] of [['app', m.minutesToHtml(m.buildMinutes(big, MINUTES_OPTIONS))], ['floor', plainHtml(big.stickies)]]) {
            await pdfPage.setContent(html, { waitUntil: 'load' });
            const t0 = performance.now();
            await pdfPage.pdf({ format: 'A4' });
            if (i > 0) pdf[kind].push(performance.now() - t0);
          }
        }
        await pdfPage.close();
        row('6 Minutes: PDF (page.pdf of the minutes HTML)', 'ms', stats(pdf.app), stats(pdf.floor), { p95: 1500 });
      }

      // 2 Drag: the same carry in the production build (frames, long tasks) and in the profiling
      // build (sticky renders), alternately; one board page of each, kept open across the runs.
      if (on(2)) {
        log(`Drag: ${RUNS} runs after a warm-up for each of ${DRAG_INPUTS.join(', ')}, production and profiling builds alternately`);
        const setup = await context.newPage();
        // The profiling build is another origin, so another IndexedDB: the workshop is imported there too.
        const profileBigId = await importWorkshop(setup, bigFile, STICKIES, PROFILE_BASE);
        await setup.close();
        const boardPage = async (url, touch) => {
          const page = await context.newPage();
          if (touch) await withTouch(page);
          await page.goto(url);
          await page.waitForFunction((n) => document.getElementsByClassName('sticky').length >= n, STICKIES, WAIT);
          return page;
        };
        // Each way of carrying in turn; the touch carry on pages of their own, with a touch screen.
        for (const input of DRAG_INPUTS) {
          const appPage = await boardPage(board(bigId), input === 'touch');
          const profilePage = await boardPage(board(profileBigId, PROFILE_BASE), input === 'touch');
          const drag = { app: [], profile: [] };
          for (let i = 0; i <= RUNS; i++) {
            const app = await carryAcrossFiveLanes(appPage, { profile: false, input });
            const profiled = await carryAcrossFiveLanes(profilePage, { profile: true, input });
            if (i > 0) drag.app.push(app);
            if (i > 0) drag.profile.push(profiled);
          }
          const frames = drag.app.flatMap((r) => r.frames);
          const longest = drag.app.map((r) => r.longestTask);
          const name = { mouse: '2 Drag', touch: '2 Drag, touch', keyboard: '2 Drag, keyboard' }[input];
          const per = input === 'keyboard' ? 'arrow key' : 'hover change';
          // Per run, without the samples: a dropped frame is an interval of two 60 Hz frames or more.
          const summary = (runs) => runs.map(({ frames: f, carryFrames: c, ...rest }) => ({ ...rest, frameSamples: f.length, droppedFrames: f.filter((ms) => ms > 25).length, carryFrameP95: percentile(c, 95) }));
          // rAF times come in steps of 0.1 ms (Chromium coarsens timers): one 60 Hz frame reads 16.6 to 16.8 ms.
          row(`${name}: frame interval, carry and drop`, 'ms', { ...stats(frames), max: Math.max(...frames), detail: summary(drag.app) }, null, { p95: 16.7, slack: 0.1 });
          row(`${name}: longest long task of a run`, 'ms', { ...stats(longest), max: Math.max(...longest) }, null, { max: 50 });
          const perStep = drag.profile.map((r) => r.carryRenders / r.steps);
          row(`${name}: sticky renders per ${per} (profile build)`, 'renders', { ...stats(perStep), detail: summary(drag.profile) }, null, { p95: 3 });
          row(`${name}: sticky renders in one carry (profile build)`, 'renders', stats(drag.profile.map((r) => r.carryRenders)), null, null);
          await appPage.close();
          await profilePage.close();
        }
      }
    } finally {
      await close();
      rmSync(folder, { recursive: true, force: true });
    }
  }
} finally {
  for (const server of servers) await server.close();
}

// 5 Mirror: the existing benchmark, as it is (its own server and browser), once ours are closed.
if (on(5)) {
  log('Mirror: scripts/bench-audience.mjs');
  const mirror = await runMirror();
  row('5 Mirror: facilitator change → painted in the room', 'ms', mirror ? { median: mirror.medianMs, p95: mirror.p95Ms, samples: mirror.samples } : { median: null, p95: null, samples: 0, note: 'bench-audience failed' }, null, { p95: 50 });
}

// A goal with a slack is judged in the measure's own steps (rAF times come in 0.1 ms steps): a
// frame read as 16.800000000000182 ms is a reading of 16.8, which 16.7 ± 0.1 allows.
const withinP95 = (p95, goal) => (goal.slack ? Math.round(p95 / goal.slack) <= Math.round((goal.p95 + goal.slack) / goal.slack) : p95 <= goal.p95);

// In the order of the issue's figures, whatever order they were measured in.
figures.sort((a, b) => parseInt(a.figure, 10) - parseInt(b.figure, 10));
for (const f of figures) {
  // A ratio of totals where the goal (or, with no goal, the row) asks for it; of medians otherwise.
  f.ratioOf = f.goal?.ratioOf ?? f.ratioOf ?? 'median';
  // 'runs': each run's ratio of totals is its own, and the figure is their median.
  f.ratio = f.ratioOf === 'runs' ? percentile(f.runRatios, 50) : f.floor && f[f.ratioOf] != null ? f[f.ratioOf] / f.floor[f.ratioOf] : null;
  f.met = f.median == null || !f.goal ? null : f.goal.ratio != null ? f.ratio <= f.goal.ratio : f.goal.max != null ? f.max <= f.goal.max : withinP95(f.p95, f.goal);
}
const fmt = (v, unit) => (v == null ? '—' : `${v.toFixed(unit === 'ms' && v >= 100 ? 0 : 1)} ${unit}`);
const goalText = (f) => (!f.goal ? '—' : f.goal.ratio != null ? `ratio ≤ ${f.goal.ratio}` : f.goal.max != null ? `max ≤ ${f.goal.max} ${f.unit}` : `p95 ≤ ${f.goal.p95} ${f.unit}${f.goal.slack ? ` (±${f.goal.slack})` : ''}`);
console.log(`\nOutmodel benchmark: ${RUNS} runs per figure, ${STICKIES.toLocaleString('en')} stickies, figures ${ONLY.join(', ')}, Chromium ${CHROMIUM_PATH}`);
console.table(
  figures.map((f) => ({
    figure: f.figure,
    median: fmt(f.median, f.unit),
    p95: fmt(f.p95, f.unit),
    floor: f.floor ? fmt(f.floor.median, f.unit) : '—',
    ratio: f.ratio == null ? '—' : `${f.ratio.toFixed(2)}${f.ratioOf === 'total' ? ' (totals)' : f.ratioOf === 'runs' ? ` (runs: ${f.runRatios.map((r) => r.toFixed(2)).join(', ')})` : ''}`,
    goal: goalText(f),
    'met?': f.met == null ? (f.note ?? (f.goal ? 'not measured' : '—')) : f.met ? 'yes' : 'NO',
  })),
);
mkdirSync(HOME, { recursive: true });
writeFileSync(join(HOME, 'results.json'), JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, figuresMeasured: ONLY, stickies: STICKIES, writeCount: WRITE_COUNT, writeRuns: WRITE_RUNS, keysPerRun: KEYS, initialChunk: needsApp ? initialChunk().files : null, figures }, null, 2));
console.log(`Written to ${join(HOME, 'results.json')}`);
