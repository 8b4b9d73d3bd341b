#!/usr/bin/env node
// `npm run pack:check`: proves the packaging offline, on the app `npm run build` made.
//
//  1. electron-builder.yml passes electron-builder's own schema (and a broken copy of it fails,
//     so the validator is known to be alive), and asks for the fuses the app's security needs.
//  2. `electron-builder --linux --dir` packs the app around a placeholder Electron: a small file
//     carrying the fuse sentinel and a wire whose every fuse is the opposite of what the config
//     asks, plus the files electron-builder copies (version, LICENSE, LICENSES.chromium.html,
//     resources/). The real binary cannot be downloaded here; nothing else is skipped.
//  3. The fuses are read back from the packed binary: each must now be what the config asks.
//  4. app.asar holds the built main, preload and renderer, package.json and the notices, and
//     nothing else: no sources, no tests, no source maps, no node_modules.
//  5. docs/third-party-notices.md is up to date with what the bundles contain.
//
// It prints one line per check and a verdict, and exits 1 when anything failed. `--keep` leaves
// the temporary folder (the placeholder and the packed app) for a look.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG_FILE = path.join(ROOT, 'electron-builder.yml');
const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
const asar = require('@electron/asar');

/** @electron/fuses' sentinel: the fuse wire follows it in every Electron binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
/** electron-builder's `electronFuses` keys, in the order of the fuse wire (FuseV1Options). */
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
/** What the app's security depends on, whatever else the config says. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};
/** What app.asar must hold, and the only top-level entries it may have. */
const REQUIRED_FILES = ['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist-renderer/index.html', '/dist-renderer/phone.html', '/docs/third-party-notices.md'];
const ALLOWED_TOP_LEVEL = new Set(['package.json', 'dist-electron', 'dist-renderer', 'docs']);

const results = [];
const keep = process.argv.includes('--keep');

function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  return ok;
}

function fail(name, error) {
  return check(name, false, error instanceof Error ? error.message.split('\n')[0] : String(error));
}

/** A placeholder Electron binary: some bytes, then the sentinel, the wire version, its length and one byte per fuse. */
export function placeholderBinary(wire) {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "Outmodel pack:check placeholder, not Electron" >&2\nexit 1\n'),
    Buffer.alloc(64),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([FUSE_WIRE_VERSION, wire.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.alloc(64),
  ]);
}

/** Reads the fuse wire from a binary: its version and one '0', '1' or 'r' per fuse. */
export function readFuseWire(binary) {
  const at = binary.indexOf(FUSE_SENTINEL, 0, 'ascii');
  if (at === -1) throw new Error('no fuse sentinel in the binary');
  if (binary.indexOf(FUSE_SENTINEL, at + 1, 'ascii') !== -1) throw new Error('more than one fuse sentinel in the binary');
  const start = at + FUSE_SENTINEL.length;
  const version = binary[start];
  const length = binary[start + 1];
  return { version, wire: binary.subarray(start + 2, start + 2 + length).toString('ascii') };
}

function run(file, args, options) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('error', (error) => resolve({ code: -1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function validateConfig() {
  const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config');
  const quiet = { isEnabled: false, add() {} };
  const config = await getConfig(ROOT, CONFIG_FILE, null);
  try {
    await validateConfiguration(config, quiet);
    check('electron-builder.yml passes electron-builder’s schema', true);
  } catch (error) {
    fail('electron-builder.yml passes electron-builder’s schema', error);
  }
  try {
    await validateConfiguration({ ...structuredClone(config), linuxx: {} }, quiet);
    check('the schema rejects an unknown key (the validator is alive)', false, 'a config with "linuxx" passed');
  } catch {
    check('the schema rejects an unknown key (the validator is alive)', true);
  }
  const fuses = config.electronFuses ?? {};
  const wrong = Object.entries(REQUIRED_FUSES).filter(([name, value]) => fuses[name] !== value);
  check('the config asks for the fuses the app’s security needs', wrong.length === 0, wrong.map(([name, value]) => `${name} must be ${value}`).join(', '));
  const unknown = Object.keys(fuses).filter((name) => !FUSE_ORDER.includes(name) && name !== 'resetAdHocDarwinSignature');
  check('every fuse in the config is one pack:check can read back', unknown.length === 0, unknown.join(', '));
  return config;
}

function builtFilesPresent() {
  const missing = ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist-renderer/index.html'].filter((file) => !existsSync(path.join(ROOT, file)));
  return check('the app is built', missing.length === 0, missing.length ? `missing ${missing.join(', ')}: run \`npm run build\` first` : '');
}

function makePlaceholder(dir, startWire) {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), placeholderBinary(startWire), { mode: 0o755 });
  writeFileSync(path.join(dir, 'version'), `${electronVersion}\n`);
  writeFileSync(path.join(dir, 'LICENSE'), 'Placeholder for Electron’s LICENSE (pack:check).\n');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Placeholder for Chromium’s licences (pack:check)</title>\n');
  return electronVersion;
}

async function pack(config, work) {
  const fuses = config.electronFuses ?? {};
  // Every fuse starts as the opposite of what the config asks, so an unflipped one shows.
  const startWire = FUSE_ORDER.map((name) => (name in fuses ? (fuses[name] ? '0' : '1') : '0')).join('');
  const placeholder = path.join(work, 'electron-dist');
  makePlaceholder(placeholder, startWire);
  const before = readFuseWire(readFileSync(path.join(placeholder, 'electron')));
  check('the placeholder carries the fuse sentinel and wire', before.version === FUSE_WIRE_VERSION && before.wire === startWire, `wire ${before.wire}`);

  const output = path.join(work, 'out');
  const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  const started = Date.now();
  const { code, output: log } = await run(
    process.execPath,
    [cli, '--linux', '--x64', '--dir', '--publish', 'never', '--config', CONFIG_FILE, `-c.electronDist=${placeholder}`, `-c.directories.output=${output}`],
    { cwd: ROOT, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!check('electron-builder --linux --dir packs the app', code === 0, code === 0 ? `${seconds} s` : `exit code ${code}`)) {
    console.log(log.split('\n').map((line) => `        ${line}`).join('\n'));
    return null;
  }
  return { appDir: path.join(output, 'linux-unpacked'), startWire };
}

function checkFuses(config, appDir) {
  const executable = path.join(appDir, config.linux?.executableName ?? 'outmodel');
  if (!check('the packed app has its executable', existsSync(executable), path.relative(ROOT, executable))) return;
  let read;
  try {
    read = readFuseWire(readFileSync(executable));
  } catch (error) {
    fail('the fuses can be read back from the packed binary', error);
    return;
  }
  check('the fuse wire keeps its version', read.version === FUSE_WIRE_VERSION, `version ${read.version}`);
  const fuses = config.electronFuses ?? {};
  for (const [index, name] of FUSE_ORDER.entries()) {
    if (!(name in fuses)) continue;
    const expected = fuses[name] ? '1' : '0';
    const actual = read.wire[index];
    check(`fuse ${name} is ${fuses[name] ? 'on' : 'off'}`, actual === expected, actual === expected ? '' : `the binary has '${actual}'`);
  }
}

function checkAsar(appDir) {
  const archive = path.join(appDir, 'resources', 'app.asar');
  if (!check('the packed app has resources/app.asar', existsSync(archive))) return;
  check('nothing is unpacked beside app.asar', !existsSync(`${archive}.unpacked`));
  for (const file of ['LICENSE.electron.txt', 'LICENSES.chromium.html']) {
    check(`Electron’s ${file} ships beside the app`, existsSync(path.join(appDir, file)));
  }

  const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
  const files = new Set(entries);
  const missing = REQUIRED_FILES.filter((file) => !files.has(file));
  check('app.asar holds main, preload, the renderer, package.json and the notices', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : '');
  const scripts = entries.filter((entry) => /^\/dist-renderer\/assets\/[^/]+\.js$/.test(entry));
  check('app.asar holds the renderer’s script bundle', scripts.length > 0);

  const sameAsBuilt = ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist-renderer/index.html'].filter(
    (file) => !files.has(`/${file}`) || !asar.extractFile(archive, file).equals(readFileSync(path.join(ROOT, file))),
  );
  check('the packed bundles are the ones just built', sameAsBuilt.length === 0, sameAsBuilt.join(', '));

  const topLevel = [...new Set(entries.map((entry) => entry.split('/')[1]).filter(Boolean))];
  const stray = topLevel.filter((name) => !ALLOWED_TOP_LEVEL.has(name));
  check('app.asar holds nothing outside the allowlist', stray.length === 0, stray.join(', '));
  const sources = entries.filter((entry) => /\.(tsx?|mts|cts)$/.test(entry));
  check('no sources (*.ts, *.tsx) in app.asar', sources.length === 0, sources.slice(0, 5).join(', '));
  const maps = entries.filter((entry) => entry.endsWith('.map'));
  check('no source maps in app.asar', maps.length === 0, maps.slice(0, 5).join(', '));
  const tests = entries.filter((entry) => /(^|\/)(test|tests|__tests__|e2e|fixtures)(\/|$)|\.(test|spec)\.[cm]?[jt]sx?$/.test(entry));
  check('no tests in app.asar', tests.length === 0, tests.slice(0, 5).join(', '));

  const ownPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const runtime = new Set(Object.keys(ownPackage.dependencies ?? {}));
  const modules = entries.filter((entry) => entry.includes('/node_modules/'));
  const devOnly = modules.filter((entry) => {
    const name = entry.split('/node_modules/')[1]?.split('/').slice(0, entry.split('/node_modules/')[1]?.startsWith('@') ? 2 : 1).join('/');
    return !runtime.has(name ?? '');
  });
  check('no node_modules of dev-only packages in app.asar', devOnly.length === 0, devOnly.slice(0, 5).join(', '));

  const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  check('the packed package.json starts the built main', packed.main === ownPackage.main && files.has(`/${packed.main}`), String(packed.main));
}

async function checkNotices() {
  const { code, output } = await run(process.execPath, [path.join(ROOT, 'scripts', 'notices.mjs'), '--check'], { cwd: ROOT, env: process.env });
  check('docs/third-party-notices.md lists what the bundles contain', code === 0, code === 0 ? '' : output.trim().split('\n').at(-1));
}

async function main() {
  const started = Date.now();
  console.log('pack:check: packaging checks (offline, with a placeholder Electron)');
  const work = mkdtempSync(path.join(tmpdir(), 'outmodel-pack-check-'));
  try {
    const config = await validateConfig();
    if (builtFilesPresent()) {
      const packed = await pack(config, work);
      if (packed) {
        checkFuses(config, packed.appDir);
        checkAsar(packed.appDir);
      }
    }
    await checkNotices();
  } catch (error) {
    fail('pack:check ran to the end', error);
    console.error(error);
  } finally {
    if (keep) console.log(`pack:check: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed === 0) console.log(`pack:check: PASSED, ${results.length} checks (${seconds} s)`);
  else console.log(`pack:check: FAILED, ${failed} of ${results.length} checks failed (${seconds} s)`);
  process.exitCode = failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
