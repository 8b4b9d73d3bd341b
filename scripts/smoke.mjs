#!/usr/bin/env node
// `npm run smoke`: the real desktop app, driven by Playwright's Electron support. It builds the
// app, launches it with a fresh profile, opens the NotHere sample, opens the room's window,
// posts a sticky in the facilitator's window, reveals it, sees it in the room's window, exports
// the minutes as Markdown and as PDF through the main process, and quits.
//
// It needs the Electron binary, which `npm install` does not download here (allowScripts keeps
// Electron's postinstall from running): the script downloads it first where there is internet.
// Where the binary cannot be had it says so and exits with code 2; it is not part of `npm test`.
// Options: --no-build (use the existing dist-electron/ and dist-renderer/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const SAMPLE_TITLE = 'NotHere, Inc.: Making Cats Work with Dogs';
const STICKY = `Smoke test sticky ${Date.now()}`;
const TIMEOUT = 30_000;
/** A request the app must refuse. */
const PROBE_URL = 'https://example.com/';

const ELECTRON_DIR = path.dirname(require.resolve('electron/package.json'));

/** The path of the downloaded Electron binary, or null (found as the electron package finds it, without downloading). */
function electronBinary() {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = dist ? path.join(dist, name || 'electron') : name ? path.join(ELECTRON_DIR, 'dist', name) : null;
  return binary && existsSync(binary) ? binary : null;
}

function step(text) {
  console.log(`smoke: ${text}`);
}

let binary = electronBinary();
if (!binary) {
  // npm install leaves the binary out (allowScripts, ELECTRON_SKIP_BINARY_DOWNLOAD): fetch it now, where there is internet.
  step('the Electron binary is not downloaded yet: trying to download it');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const download = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], { encoding: 'utf8', env, timeout: 600_000 });
  binary = electronBinary();
  if (!binary) {
    const reason = `${download.stderr ?? ''}${download.stdout ?? ''}`.trim().split('\n').find((line) => /error|fail|ENOTFOUND|EAI_AGAIN/i.test(line)) ?? `exit code ${download.status}`;
    console.error(
      [
        'smoke: Electron binary not available, so the desktop app cannot be launched on this machine.',
        `       Downloading it failed (${reason.trim()}).`,
        '       On a machine with internet, `node node_modules/electron/install.js` fetches it; then run `npm run smoke` again.',
        '       Nothing was tested.',
      ].join('\n'),
    );
    process.exit(2);
  }
}

// Electron needs a display: on Linux without one, run again inside a virtual one.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.OUTMODEL_SMOKE_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (!xvfb) {
    console.error('smoke: no display, and xvfb-run is not installed (apt-get install xvfb).');
    process.exit(2);
  }
  step('no display: running inside xvfb-run');
  const again = spawnSync(xvfb, ['-a', '-s', '-screen 0 1920x1080x24', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, OUTMODEL_SMOKE_XVFB: '1' },
  });
  process.exit(again.status ?? 1);
}

if (!process.argv.includes('--no-build')) {
  step('building the app');
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) {
    console.error('smoke: FAILED: npm run build failed');
    process.exit(1);
  }
}

const { _electron } = await import('@playwright/test');
const profile = mkdtempSync(path.join(tmpdir(), 'outmodel-smoke-'));
let app;
let failed = false;
try {
  step(`launching ${binary}`);
  app = await _electron.launch({
    executablePath: binary,
    args: [ROOT, `--user-data-dir=${profile}`],
    cwd: ROOT,
    timeout: 60_000,
  });
  const problems = [];
  const watch = (page, name) => {
    page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
    page.on('console', (message) => {
      // The refusal of the deliberate request below is expected.
      if (message.type() === 'error' && !message.text().includes(PROBE_URL)) problems.push(`${name}: console error: ${message.text()}`);
    });
  };

  const board = await app.firstWindow({ timeout: 60_000 });
  watch(board, 'facilitator');
  await board.waitForLoadState('domcontentloaded');
  if (!board.url().startsWith('app://outmodel/')) throw new Error(`the facilitator's window loaded ${board.url()}, not the app`);
  step(`facilitator's window at ${board.url()}`);

  // Nothing leaves the app, whatever the page tries.
  const escaped = await board.evaluate((url) =>
    fetch(url).then(
      () => 'loaded',
      () => 'blocked',
    ),
  PROBE_URL);
  if (escaped !== 'blocked') throw new Error(`a request to ${PROBE_URL} was not blocked`);

  step('opening the sample workshop');
  await board.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Open' }).click({ timeout: TIMEOUT });
  await board.getByRole('region', { name: 'Dev about Ops', exact: true }).waitFor({ timeout: TIMEOUT });

  step('opening the room’s window');
  await board.getByRole('tab', { name: 'Room' }).click({ timeout: TIMEOUT });
  const [room] = await Promise.all([
    app.waitForEvent('window', { timeout: TIMEOUT }),
    board.getByRole('button', { name: 'Open the room’s window' }).click({ timeout: TIMEOUT }),
  ]);
  watch(room, 'room');
  await room.waitForLoadState('domcontentloaded');
  if (new URL(room.url()).searchParams.get('role') !== 'audience') throw new Error(`the room's window loaded ${room.url()}, not the audience role`);
  await room.locator('.audience').waitFor({ timeout: TIMEOUT });
  const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  if (windows !== 2) throw new Error(`expected the facilitator's and the room's windows, found ${windows}`);

  step('posting a sticky and revealing it');
  await board.getByLabel('New sticky in Dev about Ops').fill(STICKY, { timeout: TIMEOUT });
  await board.getByLabel('New sticky in Dev about Ops').press('Enter');
  await board.getByRole('button', { name: 'Reveal Dev' }).click({ timeout: TIMEOUT });

  step('looking for it in the room’s window');
  await room.locator('section.lane').filter({ hasText: 'Dev about Ops' }).getByText(STICKY).waitFor({ timeout: TIMEOUT });

  step('closing the room’s window from the facilitator’s');
  await board.getByRole('button', { name: 'Close the room’s window' }).click({ timeout: TIMEOUT });
  await room.waitForEvent('close', { timeout: TIMEOUT }).catch(() => undefined);
  if (!room.isClosed()) throw new Error('the room’s window did not close');

  // The save dialog is the operating system's: the smoke run answers it with a path of its own,
  // then checks the files the main process wrote (atomically) and the PDF it printed.
  for (const [choice, name, check] of [
    ['Minutes as Markdown', 'minutes.md', (bytes) => bytes.toString('utf8').includes(`# ${SAMPLE_TITLE}`)],
    ['Minutes as PDF', 'minutes.pdf', (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-'],
  ]) {
    step(`exporting ${choice}`);
    const target = path.join(profile, name);
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath });
    }, target);
    await board.keyboard.press(process.platform === 'darwin' ? 'Meta+E' : 'Control+E');
    const exportDialog = board.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('radio', { name: choice }).check({ timeout: TIMEOUT });
    await exportDialog.getByRole('button', { name: 'Export', exact: true }).click({ timeout: TIMEOUT });
    await board.getByText(`Saved to ${target}`).waitFor({ timeout: TIMEOUT });
    if (!existsSync(target) || !check(readFileSync(target))) throw new Error(`the export ${target} is missing or not what was exported`);
  }

  if (problems.length) throw new Error(`the pages reported problems:\n  ${problems.join('\n  ')}`);
} catch (error) {
  failed = true;
  console.error(`smoke: FAILED: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  step('quitting');
  await app?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}
console.log(failed ? 'smoke: FAILED' : 'smoke: PASSED');
process.exit(failed ? 1 : 0);
