// Debian's Chromium, shared by playwright.config.ts and the specs that restart the browser.
// Playwright never downloads a browser here: every launch names this executable.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PREVIEW_PORT = 4317;
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;

/**
 * Opens Chromium on a profile directory that outlives the browser, so a test can close it and
 * launch again on the same directory to check what survived (IndexedDB, localStorage).
 */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
    baseURL: BASE_URL,
  });
}

/** A fresh, empty profile directory under the system temp dir. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'outmodel-e2e-profile-'));
}
