// Debian's Chromium, shared by playwright.config.ts and the specs that restart the browser.
// Playwright never downloads a browser here: every launch names this executable.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import chromiumSettings from './chromium.json' with { type: 'json' };

// Debian's Chromium and the flags it needs on a closed network; shared with the benchmark scripts.
export const CHROMIUM_PATH: string = chromiumSettings.path;

export const CHROMIUM_ARGS: readonly string[] = chromiumSettings.args;

// Another port lets a second run go on beside one already running (OUTMODEL_E2E_PORT).
export const PREVIEW_PORT = Number(process.env.OUTMODEL_E2E_PORT ?? 4317);
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
