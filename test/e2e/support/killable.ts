// Debian's Chromium started by the test itself rather than by Playwright, so the test holds the
// real browser process and can SIGKILL it (and every helper process it started) at any moment,
// as a power cut or `kill -9` would. Playwright then only connects to it over CDP.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

const MARKER_VARIABLE = 'OUTMODEL_KILLABLE_BROWSER';
const WS_TIMEOUT_MS = 20_000;
const GONE_TIMEOUT_MS = 10_000;
const POSIX = process.platform !== 'win32';

/** Browsers started here and not yet known to be gone; ended if the test process exits first. */
const launched = new Set<KillableBrowser>();

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(POSIX ? -pgid : pgid, signal);
    return true;
  } catch {
    return false; // no such group left
  }
}

// A crashed or timed-out test worker must not leave a browser behind holding the profile.
process.on('exit', () => {
  for (const browser of launched) browser.killNowSync();
});

/**
 * The live (not zombie) processes started by one launch, found by a marker in their environment:
 * the browser's process group, and the crash handlers Chromium starts in sessions of their own.
 * Linux only; elsewhere it finds nothing and only the process group is relied on.
 */
export function liveProcessesOf(marker: string): { pid: number; command: string }[] {
  if (!existsSync('/proc/self/environ')) return [];
  const needle = `${MARKER_VARIABLE}=${marker}\0`;
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').includes(needle)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      // The state follows the command name, which is in parentheses and may itself hold any character.
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      // A zombie has already died; it only waits for whichever process adopted it to reap it.
      if (state === 'Z' || state === 'X') continue;
      found.push({ pid: Number(entry), command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export class KillableBrowser {
  /** Exit code or signal of the browser process, once it has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly exited: Promise<void>;
  browser!: Browser;

  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly marker: string,
    private readonly stderr: { text: string },
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.exit = { code: child.exitCode, signal: child.signalCode };
        resolve();
        return;
      }
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve();
      });
    });
  }

  /**
   * Starts Chromium headless on `userDataDir`, waits for the DevTools address it prints on stderr
   * and connects to it. A launch that does not come up is ended and tried again, once.
   */
  static async launch(userDataDir: string, extraArgs: readonly string[] = []): Promise<KillableBrowser> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= 2; attempt++) {
      const launched = KillableBrowser.spawn(userDataDir, extraArgs);
      try {
        const wsUrl = await launched.devToolsUrl();
        launched.browser = await connectWithRetry(wsUrl);
        return launched;
      } catch (error) {
        lastError = error;
        await launched.kill().catch(() => undefined);
      }
    }
    throw lastError;
  }

  private static spawn(userDataDir: string, extraArgs: readonly string[]): KillableBrowser {
    const marker = randomUUID();
    const args = [...CHROMIUM_ARGS];
    if (!args.some((a) => a === '--headless' || a.startsWith('--headless='))) args.push('--headless');
    args.push(`--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', ...extraArgs, 'about:blank');
    const stderr = { text: '' };
    const child = spawn(CHROMIUM_PATH, args, {
      // Its own process group, so one kill reaches the browser and every process it forked.
      detached: POSIX,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, [MARKER_VARIABLE]: marker },
    });
    // Without a listener a failed spawn (no such file) would crash the test process.
    child.on('error', (error) => {
      stderr.text += `\n[could not run ${CHROMIUM_PATH}: ${error.message}]\n`;
    });
    if (child.pid === undefined) throw new Error(`could not start ${CHROMIUM_PATH}`);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      // Keep the start (the DevTools line) and the latest output, not everything.
      stderr.text = stderr.text.length > 64_000 ? stderr.text.slice(0, 16_000) + '\n[…]\n' + stderr.text.slice(-32_000) + chunk : stderr.text + chunk;
    });
    const browser = new KillableBrowser(child, child.pid, marker, stderr);
    launched.add(browser);
    return browser;
  }

  /** The last lines Chromium wrote to stderr, for failure messages. */
  stderrTail(lines = 20): string {
    return this.stderr.text.split('\n').slice(-lines).join('\n');
  }

  private devToolsUrl(): Promise<string> {
    return new Promise((resolve, reject) => {
      const find = () => /DevTools listening on (ws:\/\/\S+)/.exec(this.stderr.text)?.[1];
      const done = (error?: Error, url?: string) => {
        clearTimeout(timer);
        this.child.stderr?.off('data', onData);
        this.child.off('exit', onExit);
        if (url) resolve(url);
        else reject(error);
      };
      const onData = () => {
        const url = find();
        if (url) done(undefined, url);
      };
      const onExit = () => done(new Error(`Chromium exited before it listened for DevTools (${this.exit?.signal ?? this.exit?.code ?? this.child.exitCode})\n${this.stderrTail()}`));
      const timer = setTimeout(() => done(new Error(`Chromium gave no DevTools address within ${WS_TIMEOUT_MS} ms\n${this.stderrTail()}`)), WS_TIMEOUT_MS);
      this.child.stderr?.on('data', onData);
      this.child.once('exit', onExit);
      onData();
    });
  }

  /**
   * SIGKILL to the whole process group at once (browser, zygotes, renderers, GPU, network and
   * storage services), then to the crash handlers outside it; resolves once none of them lives.
   */
  async kill(): Promise<void> {
    this.killNowSync();
    await this.whenGone();
  }

  /** Sends the SIGKILLs and returns at once. */
  killNowSync(): void {
    // Once the browser has exited and been reaped its group id may be reused: only signal a group
    // whose leader is still ours; whatever outlived the leader is found by its marker.
    if (!this.hasExited()) signalGroup(this.pid, 'SIGKILL');
    for (const { pid } of liveProcessesOf(this.marker)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  private hasExited(): boolean {
    return this.exit !== undefined || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Asks the browser to shut down normally; kills it if it has not gone within a few seconds. */
  async close(): Promise<void> {
    if (!this.hasExited()) {
      try {
        const session = await this.browser.newBrowserCDPSession();
        await session.send('Browser.close');
      } catch {
        // The connection may drop before the answer arrives; the exit below is what counts.
      }
      const timedOut = await Promise.race([this.exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), GONE_TIMEOUT_MS).unref())]);
      if (timedOut) this.killNowSync();
    }
    // Processes outside the group (crash handlers) end on their own once the browser is gone.
    await this.kill();
  }

  private async whenGone(): Promise<void> {
    await Promise.race([
      this.exited,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`browser ${this.pid} did not exit after SIGKILL`)), GONE_TIMEOUT_MS).unref()),
    ]);
    try {
      await until(() => liveProcessesOf(this.marker).length === 0, GONE_TIMEOUT_MS, 'every process of the browser to end');
    } catch {
      const left = liveProcessesOf(this.marker);
      throw new Error(`processes of browser ${this.pid} outlived it: ${left.map((p) => `${p.pid} ${p.command}`).join(', ')}`);
    }
    launched.delete(this);
  }
}

async function connectWithRetry(wsUrl: string): Promise<Browser> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await chromium.connectOverCDP(wsUrl, { timeout: 10_000 });
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
