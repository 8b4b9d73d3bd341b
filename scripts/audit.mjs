#!/usr/bin/env node
// `npm run audit` (one check of `npm test`): Electronegativity over the main process and the page.
//
// What it scans and why (docs: ARCHITECTURE.md, Tests): the TypeScript sources of electron/ and
// renderer/index.html, copied together into one temporary folder, so the tool's global checks
// (CSP, navigation limits, permission handler) see the page and the main process at once. Built
// output would not do: on ES2022 output the tool silently loses its per-file checks.
//
// It never trusts silence, because the tool always exits 0:
// - a known-bad fixture (test/fixtures/electronegativity/) is scanned alongside and must produce
//   every finding listed in EXPECTED_IN_FIXTURE, or the scan is not working;
// - the CSV is read with a real CSV parser, must start with the tool's header, and must hold as
//   many rows as the tool says it found; a file the tool could not parse fails the audit;
// - a finding of severity MEDIUM or above in our sources fails, unless an entry of
//   security/electronegativity-allowlist.json (check, file, line or a piece of the line, and a
//   written justification) allows exactly that finding; an entry that allows nothing fails too.
//
// Offline: each scan runs in a child process behind scripts/lib/offline-guard.mjs (the tool would
// download translations), and the check that downloads Electron's release list is left out.
// Prints a table and, last, `audit: N findings, N allowed, N failing`; exits 1 when anything fails.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE_DIR = path.join(ROOT, 'test/fixtures/electronegativity');
/** The reviewed allowlist; `--allowlist <file>` reads another (the audit's own test uses it). */
const ALLOWLIST_FILE = path.resolve(ROOT, optionValue('--allowlist') ?? 'security/electronegativity-allowlist.json');
const GUARD = pathToFileURL(path.join(ROOT, 'scripts/lib/offline-guard.mjs')).href;
const SCAN = path.join(ROOT, 'scripts/lib/electronegativity-scan.mjs');

/** What we scan: every TypeScript file of electron/, and the page every window loads. */
const SOURCES = [
  { from: 'electron', filter: (file) => path.extname(file) === '.ts' },
  { from: 'renderer/index.html' },
];

/**
 * Checks left out. AvailableSecurityFixesGlobalCheck downloads Electron's release list on every
 * run (it would also need a package.json in the scan); Electron's version is kept current with
 * the project's dependencies instead.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** What the fixture is written to trip: per-file checks of TypeScript and HTML, and global ones. */
const EXPECTED_IN_FIXTURE = [
  ['CONTEXT_ISOLATION_JS_CHECK', 'main.ts'],
  ['SANDBOX_JS_CHECK', 'main.ts'],
  ['WEB_SECURITY_JS_CHECK', 'main.ts'],
  ['INSECURE_CONTENT_JS_CHECK', 'main.ts'],
  ['NODE_INTEGRATION_JS_CHECK', 'main.ts'],
  ['HTTP_RESOURCES_JS_CHECK', 'main.ts'],
  ['OPEN_EXTERNAL_JS_CHECK', 'main.ts'],
  ['NODE_INTEGRATION_HTML_CHECK', 'index.html'],
  ['WEB_SECURITY_HTML_CHECK', 'index.html'],
  ['CSP_GLOBAL_CHECK', 'index.html'],
  ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A'],
];

const CSV_COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
/** Findings of this severity and above fail unless allowed; an unknown severity fails too. */
const FAILING_FROM = SEVERITIES.indexOf('MEDIUM');
const MIN_JUSTIFICATION = 40;

function optionValue(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** @typedef {{ check: string, severity: string, confidence: string, file: string, line: number, column: number, sample: string }} Finding */
/** @typedef {{ check: string, file: string, line?: number, match?: string, justification: string }} AllowEntry */

const problems = [];

function electronVersion() {
  return createRequire(import.meta.url)('electron/package.json').version;
}

/** Copies `SOURCES` into a fresh folder, keeping their paths relative to the repository. */
function stageSources(folder) {
  for (const { from, filter } of SOURCES) {
    const source = path.join(ROOT, from);
    if (!existsSync(source)) throw new Error(`audit: ${from} is missing`);
    cpSync(source, path.join(folder, from), {
      recursive: true,
      filter: (file) => !filter || filter(file) || !path.extname(file),
    });
  }
}

/** Runs one scan in a child process behind the offline guard; resolves with its report and the CSV's text. */
function scan(label, input, folder) {
  const csv = path.join(folder, `${label}.csv`);
  const report = path.join(folder, `${label}.json`);
  const request = { input, csv, report, electronVersion: electronVersion(), excludedChecks: EXCLUDED_CHECKS };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', GUARD, SCAN, JSON.stringify(request)], {
      cwd: ROOT,
      // English messages whatever the machine's language; one thread for the tool's file writes,
      // which it starts without waiting (the CSV's header and rows), so they land in order.
      env: { ...process.env, LANG: 'en-US', UV_THREADPOOL_SIZE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0 || !existsSync(report) || !existsSync(csv)) {
        reject(new Error(`the ${label} scan failed (${signal ?? `exit code ${code}`}):\n${output.trim()}`));
        return;
      }
      const blocked = output.split('\n').filter((line) => line.startsWith('offline-guard:')).length;
      resolve({ report: JSON.parse(readFileSync(report, 'utf8')), csv: readFileSync(csv, 'utf8'), blocked });
    });
  });
}

/** The CSV's rows as findings; anything unexpected in its shape is a problem, never skipped. */
function readFindings(label, text, report) {
  const [header] = text.split(/\r?\n/, 1);
  if (header.split(',').map((name) => name.trim()).join() !== CSV_COLUMNS.join()) {
    problems.push(`${label}: the CSV does not start with Electronegativity's header (${JSON.stringify(header.slice(0, 100))})`);
    return [];
  }
  const rows = parse(text, { columns: (names) => names.map((name) => name.trim()), skip_empty_lines: true, relax_quotes: false });
  if (rows.length !== report.findings) {
    problems.push(`${label}: the CSV holds ${rows.length} findings, the scan reported ${report.findings}`);
  }
  return rows.map((row) => {
    const [line, column] = String(row.location).split(':').map(Number);
    return {
      check: row.issue,
      severity: String(row.severity).toUpperCase(),
      confidence: row.confidence,
      file: row.filename.split(path.sep).join('/'),
      line,
      column,
      sample: row.sample,
    };
  });
}

/** Parse errors mean a file's per-file checks did not run: the audit would pass by not looking. */
function checkParsing(label, input, report) {
  if (!(report.atomicChecks > 0)) problems.push(`${label}: no per-file check ran (${report.atomicChecks})`);
  for (const error of report.errors) {
    const file = path.relative(input, error.file);
    if (error.tolerable) console.log(`audit: ${label}: ${file}: ${error.message} (the tool carried on)`);
    else problems.push(`${label}: ${file} could not be parsed, so it was not checked: ${error.message}`);
  }
}

function checkFixture(findings) {
  for (const [check, file] of EXPECTED_IN_FIXTURE) {
    if (!findings.some((finding) => finding.check === check && finding.file === file)) {
      problems.push(`known-bad fixture: no ${check} in ${file}; the scan is not finding what it must`);
    }
  }
}

/** The allowlist's entries; a malformed one is a problem (and allows nothing). */
function readAllowlist() {
  let entries;
  try {
    entries = JSON.parse(readFileSync(ALLOWLIST_FILE, 'utf8')).entries;
  } catch (error) {
    problems.push(`the allowlist ${path.relative(ROOT, ALLOWLIST_FILE)} cannot be read: ${error.message}`);
    return [];
  }
  if (!Array.isArray(entries)) {
    problems.push('the allowlist has no "entries" list');
    return [];
  }
  return entries.filter((entry, index) => {
    const where = `allowlist entry ${index + 1}`;
    const hasLine = Number.isInteger(entry?.line);
    const hasMatch = typeof entry?.match === 'string' && entry.match.trim().length > 0;
    if (typeof entry?.check !== 'string' || typeof entry?.file !== 'string') problems.push(`${where}: needs "check" and "file"`);
    else if (hasLine === hasMatch) problems.push(`${where} (${entry.check}): needs either "line" or "match", not both`);
    else if (typeof entry.justification !== 'string' || entry.justification.trim().length < MIN_JUSTIFICATION) {
      problems.push(`${where} (${entry.check}): needs a written "justification" of ${MIN_JUSTIFICATION} characters or more`);
    } else return true;
    return false;
  });
}

function allows(entry, finding) {
  if (entry.check !== finding.check || entry.file !== finding.file) return false;
  return entry.line !== undefined ? entry.line === finding.line : finding.sample.includes(entry.match);
}

function isFailingSeverity(severity) {
  const rank = SEVERITIES.indexOf(severity);
  return rank === -1 || rank >= FAILING_FROM;
}

/** Each finding's verdict: allowed, failing, or below the bar; each entry must allow exactly one. */
function judge(findings, entries) {
  const allowedBy = new Map();
  for (const entry of entries) {
    const matched = findings.filter((finding) => allows(entry, finding));
    const where = `${entry.check} in ${entry.file} at ${entry.line ?? JSON.stringify(entry.match)}`;
    if (matched.length === 0) problems.push(`stale allowlist entry: ${where} matches no finding; remove it, or fix where it points`);
    else if (matched.length > 1) problems.push(`ambiguous allowlist entry: ${where} matches ${matched.length} findings; make it name one`);
    else allowedBy.set(matched[0], entry);
  }
  return findings.map((finding) => ({
    finding,
    verdict: allowedBy.has(finding) ? 'allowed' : isFailingSeverity(finding.severity) ? 'FAIL' : 'below',
  }));
}

function printTable(judged) {
  const rows = judged.map(({ finding, verdict }) => [
    verdict,
    finding.severity,
    finding.check,
    `${finding.file}:${finding.line}`,
    finding.sample.replace(/\s+/g, ' ').slice(0, 60),
  ]);
  const head = ['verdict', 'severity', 'check', 'where', 'source'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(['', line(head), ...rows.map(line), ''].join('\n'));
}

async function main() {
  const started = Date.now();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'outmodel-audit-'));
  try {
    const staged = path.join(folder, 'sources');
    stageSources(staged);
    const [ours, fixture] = await Promise.all([scan('sources', staged, folder), scan('fixture', FIXTURE_DIR, folder)]);

    checkParsing('known-bad fixture', FIXTURE_DIR, fixture.report);
    checkFixture(readFindings('known-bad fixture', fixture.csv, fixture.report));
    checkParsing('sources', staged, ours.report);
    const findings = readFindings('sources', ours.csv, ours.report);
    const judged = judge(findings, readAllowlist());

    printTable(judged);
    for (const problem of problems) console.log(`FAIL ${problem}`);
    const allowed = judged.filter((j) => j.verdict === 'allowed').length;
    const failing = judged.filter((j) => j.verdict === 'FAIL').length + problems.length;
    const blocked = ours.blocked + fixture.blocked;
    console.log(
      `audit: Electronegativity over electron/**/*.ts, renderer/index.html and the known-bad fixture ` +
        `(${ours.report.atomicChecks} file checks, ${ours.report.globalChecks} global; ` +
        `${blocked} network attempt(s) refused; ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(`audit: ${findings.length} findings, ${allowed} allowed, ${failing} failing`);
    process.exitCode = failing > 0 ? 1 : 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('audit: 0 findings, 0 allowed, 1 failing');
  process.exitCode = 1;
});
