#!/usr/bin/env node
// `npm test`: every check in turn, carrying on after a failure, then one total over all of them.
// The last line printed is always `N passed, N failed` (.ci/run repeats it); the exit status is 1
// when anything failed or did not run.
//
// Counting: typecheck, lint, audit, build and pack:check are one check each. vitest's tests come
// from the summary its reporter writes (test/reporters/ci-summary-reporter.ts) and Playwright's
// from its JSON report; printed summaries are never parsed. A runner that leaves no result file
// counts as one failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, '.test-results');
const VITEST_JSON = join(RESULTS_DIR, 'vitest.json');
const PLAYWRIGHT_JSON = join(RESULTS_DIR, 'playwright.json');

/** @typedef {{ passed: number, failed: number, note?: string }} Counts */
/** @typedef {{ name: string, command: string[], count: (exitCode: number | null) => Counts, needs?: string }} Step */

/** @type {Step[]} */
const STEPS = [
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'], count: asOneCheck },
  { name: 'lint', command: ['npm', 'run', 'lint'], count: asOneCheck },
  // Electronegativity over electron/ and renderer/index.html, offline, with its known-bad fixture
  // and the reviewed allowlist (scripts/audit.mjs); it reads the sources, so it needs no build.
  { name: 'audit', command: ['npm', 'run', 'audit'], count: asOneCheck },
  {
    name: 'vitest',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=./test/reporters/ci-summary-reporter.ts'],
    count: vitestCounts,
  },
  { name: 'build', command: ['npm', 'run', 'build'], count: asOneCheck },
  // Packaging, offline: the config's schema, electron-builder --dir around a placeholder Electron,
  // the fuses read back, app.asar's contents and the notices; it packs what build just made.
  { name: 'pack:check', command: ['npm', 'run', 'pack:check'], count: asOneCheck, needs: 'build' },
  // The end-to-end tests run against the production build, so they need it.
  { name: 'e2e', command: ['npx', 'playwright', 'test'], count: playwrightCounts, needs: 'build' },
];

/** @type {{ name: string, passed: number, failed: number, note: string }[]} */
const results = [];
/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
let interruptedBy = '';
let summaryPrinted = false;

function asOneCheck(exitCode) {
  return exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: exitNote(exitCode) };
}

function exitNote(exitCode) {
  return exitCode === null ? 'killed' : `exit code ${exitCode}`;
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A runner that exited non-zero has failed, even when its report shows no failing test. */
function atLeastOneFailureUnlessClean(counts, exitCode) {
  if (exitCode !== 0 && counts.failed === 0) {
    return { ...counts, failed: 1, note: [counts.note, `${exitNote(exitCode)} without a failing test`].filter(Boolean).join('; ') };
  }
  return counts;
}

function vitestCounts(exitCode) {
  const summary = readJson(VITEST_JSON);
  if (!summary || typeof summary.passed !== 'number' || typeof summary.failed !== 'number') {
    return { passed: 0, failed: 1, note: `no .test-results/vitest.json written (${exitNote(exitCode)})` };
  }
  const broken = Array.isArray(summary.brokenModules) && summary.brokenModules.length > 0 ? `${summary.brokenModules.length} file(s) broke outside their tests` : '';
  return atLeastOneFailureUnlessClean({ passed: summary.passed, failed: summary.failed, note: broken }, exitCode);
}

function playwrightCounts(exitCode) {
  const report = readJson(PLAYWRIGHT_JSON);
  const stats = report?.stats;
  if (!stats || typeof stats.expected !== 'number') {
    return { passed: 0, failed: 1, note: `no .test-results/playwright.json written (${exitNote(exitCode)})` };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = stats;
  const errors = Array.isArray(report.errors) ? report.errors.map((e) => String(e?.message ?? e)) : [];
  // No spec files yet: Playwright exits 1, and its report says exactly that and nothing else.
  const ran = expected + unexpected + flaky + skipped;
  if (ran === 0 && errors.length > 0 && errors.every((m) => /No tests found/i.test(m))) {
    return { passed: 0, failed: 0, note: 'no spec files found' };
  }
  // Errors outside any test (config, web server, a spec that does not load) each count as one.
  const counts = { passed: expected + flaky, failed: unexpected + errors.length };
  const notes = [];
  if (flaky) notes.push(`${flaky} flaky`);
  if (skipped) notes.push(`${skipped} skipped`);
  if (errors.length) notes.push(`${errors.length} error(s) outside tests`);
  return atLeastOneFailureUnlessClean({ ...counts, note: notes.join(', ') }, exitCode);
}

const POSIX = process.platform !== 'win32';

/** Signals a step's whole process group (npx, the runner, its workers and servers); false if none is left. */
function signalGroup(child, signal) {
  try {
    if (POSIX) process.kill(-child.pid, signal);
    else child.kill(signal);
    return true;
  } catch {
    return false; // already gone
  }
}

/** Ends whatever the step left running, so nothing outlives it or writes after the summary. */
async function endGroup(child) {
  if (!POSIX || !child.pid) return;
  if (!signalGroup(child, 0)) return;
  signalGroup(child, 'SIGTERM');
  for (let i = 0; i < 50 && signalGroup(child, 0); i++) await new Promise((r) => setTimeout(r, 100));
  signalGroup(child, 'SIGKILL');
}

/** Runs one command with its output streamed straight through; resolves with its exit code (null if killed). */
function run(command) {
  return new Promise((resolve) => {
    const [file, ...args] = command;
    const child = spawn(file, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group, so an interrupt or a leftover server can be ended as a whole.
      detached: POSIX,
      // npm and npx are .cmd scripts on Windows, which Node starts only through a shell.
      shell: !POSIX,
    });
    current = child;
    child.on('error', (error) => {
      console.error(`test-all: could not start ${file}: ${error.message}`);
      current = null;
      resolve(-1);
    });
    child.on('exit', (code) => {
      endGroup(child).finally(() => {
        current = null;
        resolve(code);
      });
    });
  });
}

function record(name, counts) {
  results.push({ name, passed: counts.passed, failed: counts.failed, note: counts.note ?? '' });
}

function printSummary() {
  if (summaryPrinted) return;
  summaryPrinted = true;
  for (const step of STEPS) {
    if (!results.some((r) => r.name === step.name)) {
      record(step.name, { passed: 0, failed: 1, note: interruptedBy ? `not run: interrupted by ${interruptedBy}` : 'not run' });
    }
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const width = Math.max(...results.map((r) => r.name.length), 4);
  const row = (name, p, f, note) => `${String(name).padEnd(width)}  ${String(p).padStart(6)}  ${String(f).padStart(6)}  ${note}`.trimEnd();
  const lines = [
    '',
    row('part', 'passed', 'failed', ''),
    ...results.map((r) => row(r.name, r.passed, r.failed, r.failed ? `FAIL ${r.note}`.trimEnd() : r.note)),
    row('total', passed, failed, ''),
    '',
    `${passed} passed, ${failed} failed`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function onSignal(signal) {
  if (interruptedBy) return;
  interruptedBy = signal;
  console.error(`\ntest-all: ${signal} received, stopping after the current step`);
  // The steps run in their own process groups, so a terminal's Ctrl-C does not reach them: pass it on.
  if (current) signalGroup(current, signal);
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  rmSync(VITEST_JSON, { force: true });
  rmSync(PLAYWRIGHT_JSON, { force: true });

  for (const step of STEPS) {
    if (interruptedBy) break;
    const needed = step.needs ? results.find((r) => r.name === step.needs) : undefined;
    if (needed && needed.failed > 0) {
      console.log(`\n=== ${step.name}: skipped, because ${step.needs} failed`);
      record(step.name, { passed: 0, failed: 1, note: `skipped: ${step.needs} failed` });
      continue;
    }
    console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
    const started = Date.now();
    const exitCode = await run(step.command);
    let counts;
    try {
      counts = step.count(exitCode);
    } catch (error) {
      counts = { passed: 0, failed: 1, note: `could not read its results: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (interruptedBy && counts.failed === 0) counts = { ...counts, failed: 1, note: `interrupted by ${interruptedBy}` };
    record(step.name, counts);
    console.log(`=== ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

process.on('uncaughtException', (error) => {
  console.error('test-all crashed:', error);
  results.push({ name: 'test-all', passed: 0, failed: 1, note: 'the runner itself crashed' });
  printSummary();
  process.exit(1);
});

main()
  .catch((error) => {
    console.error('test-all crashed:', error);
    results.push({ name: 'test-all', passed: 0, failed: 1, note: 'the runner itself crashed' });
  })
  .finally(() => {
    printSummary();
    // Leave nothing running behind: a signal handler is installed, so exit explicitly.
    process.exit(process.exitCode ?? 1);
  });
