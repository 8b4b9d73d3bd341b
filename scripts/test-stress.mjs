#!/usr/bin/env node
// `npm run test:stress` (not part of `npm test`): builds the renderer, then runs the kill test
// (test/e2e/kill.spec.ts) for 50 rounds instead of 10 and ends with one line:
//   kill test: 50 rounds, 50 passed, 0 failed, N stickies checked
// N is how many distinct stickies the board had shown as saved and that were found intact after
// every later restart. Counts come from Playwright's JSON report (and each round's `kill-round`
// annotation), never from printed output. OUTMODEL_KILL_ROUNDS and OUTMODEL_KILL_SEED, when set,
// are passed on (a seed replays a run's random choices).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, '.test-results');
// Its own report, so a stress run never overwrites the one `npm test` reads.
const REPORT = join(RESULTS_DIR, 'kill-stress.json');
const ROUNDS = process.env.OUTMODEL_KILL_ROUNDS?.trim() || '50';
// PREVIEW_PORT of test/e2e/support/browser.ts, where Playwright's webServer serves the build.
const PREVIEW_PORT = 4317;
const PORT_WAIT_MS = 5 * 60_000;

/** Runs a command with its output streamed through; resolves with its exit code (null if killed by a signal). */
function run(file, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env, shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`test:stress: could not start ${file}: ${error.message}`);
      resolve(-1);
    });
    child.on('exit', (code) => resolve(code));
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Playwright's webServer refuses a busy port; another e2e run may hold it for a while: wait for it. */
async function waitForFreePort(port) {
  const deadline = Date.now() + PORT_WAIT_MS;
  let told = false;
  while (await portInUse(port)) {
    if (Date.now() > deadline) return false;
    if (!told) console.log(`test:stress: port ${port} is in use (another end-to-end run?); waiting up to ${PORT_WAIT_MS / 60_000} min for it`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return true;
}

/** Every test of the report, with the outcome of its last attempt and its annotations. */
function testsOf(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1);
        found.push({ title: spec.title, status: last?.status ?? 'skipped', annotations: last?.annotations ?? test.annotations ?? [] });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return found;
}

function summarise(exitCode) {
  const rounds = Number(ROUNDS);
  let report = null;
  if (existsSync(REPORT)) {
    try {
      report = JSON.parse(readFileSync(REPORT, 'utf8'));
    } catch {
      report = null;
    }
  }
  if (!report) return { line: `kill test: ${rounds} rounds, 0 passed, ${rounds} failed, 0 stickies checked (no report: playwright ${exitCode === null ? 'was killed' : `exited ${exitCode}`})`, ok: false };

  const tests = testsOf(report);
  const passed = tests.filter((t) => t.status === 'passed').length;
  const failed = tests.filter((t) => ['failed', 'timedOut', 'interrupted'].includes(t.status)).length;
  const notRun = Math.max(0, rounds - passed - failed);
  const stats = tests
    .filter((t) => t.status === 'passed')
    .flatMap((t) => t.annotations.filter((a) => a.type === 'kill-round'))
    .map((a) => JSON.parse(a.description));
  const checked = Math.max(0, ...stats.map((s) => s.checked));
  const checks = stats.reduce((n, s) => n + s.checked, 0);
  const typed = stats.reduce((n, s) => n + s.typed, 0);
  const lateFinds = stats.reduce((n, s) => n + s.foundAfterRestart, 0);
  const seed = stats[0]?.seed ?? tests.flatMap((t) => t.annotations).find((a) => a.type === 'seed')?.description;
  const outside = Array.isArray(report.errors) ? report.errors.length : 0;
  const roundMs = stats.map((s) => s.roundMs).sort((a, b) => a - b);

  const details = [
    `seed ${seed ?? '?'}; ${typed} stickies typed; ${lateFinds} saved just before a kill and first shown after the restart; ${checks} sticky checks over ${stats.length} restarts`,
  ];
  if (roundMs.length) details.push(`round time: median ${(roundMs[Math.floor(roundMs.length / 2)] / 1000).toFixed(1)} s, longest ${(roundMs.at(-1) / 1000).toFixed(1)} s`);
  if (outside) details.push(`${outside} error(s) outside the rounds: ${report.errors.map((e) => String(e?.message ?? e).split('\n')[0]).join('; ')}`);

  if (exitCode !== 0 && failed === 0) details.push(`playwright ${exitCode === null ? 'was killed' : `exited ${exitCode}`}`);
  const parts = [`${rounds} rounds`, `${passed} passed`, `${failed} failed`];
  if (notRun) parts.push(`${notRun} not run`);
  parts.push(`${checked} stickies checked`);
  const ok = passed === rounds && failed === 0 && outside === 0 && exitCode === 0;
  return { details, line: `kill test: ${parts.join(', ')}`, ok };
}

async function main() {
  if (!/^[1-9]\d*$/.test(ROUNDS)) {
    console.error(`test:stress: OUTMODEL_KILL_ROUNDS must be a whole number ≥ 1, not “${ROUNDS}”`);
    return 1;
  }
  console.log('\n=== test:stress: npm run build:renderer');
  if ((await run('npm', ['run', 'build:renderer'])) !== 0) {
    console.log(`\nkill test: ${ROUNDS} rounds, 0 passed, ${ROUNDS} failed, 0 stickies checked (the renderer did not build)`);
    return 1;
  }
  if (!(await waitForFreePort(PREVIEW_PORT))) {
    console.log(`\nkill test: ${ROUNDS} rounds, 0 passed, ${ROUNDS} failed, 0 stickies checked (port ${PREVIEW_PORT} stayed in use)`);
    return 1;
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  rmSync(REPORT, { force: true });
  console.log(`\n=== test:stress: playwright test test/e2e/kill.spec.ts, ${ROUNDS} rounds`);
  const exitCode = await run('npx', ['playwright', 'test', 'test/e2e/kill.spec.ts', '--reporter=list,json'], {
    ...process.env,
    OUTMODEL_KILL_ROUNDS: ROUNDS,
    PLAYWRIGHT_JSON_OUTPUT_FILE: REPORT,
  });
  const { details = [], line, ok } = summarise(exitCode);
  console.log('');
  for (const detail of details) console.log(detail);
  console.log(line);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('test:stress crashed:', error);
    process.exit(1);
  },
);
