// The benchmarks' browser: Debian's Chromium (test/e2e/support/chromium.json) with a profile of
// its own on disk, as the desktop app keeps one (IndexedDB written to disk, compiled code cached),
// in a temporary folder that goes with the browser. An incognito context would hold IndexedDB in
// memory and compile the app's code again at every load: docs/performance.md, "The browser's profile".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const { path: CHROMIUM_PATH, args: CHROMIUM_ARGS } = JSON.parse(readFileSync(new URL('../../test/e2e/support/chromium.json', import.meta.url), 'utf8'));

/** Opens the browser on a fresh profile; `close` ends it and deletes the profile. */
export async function openBenchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'outmodel-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], viewport: { width: 1400, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
