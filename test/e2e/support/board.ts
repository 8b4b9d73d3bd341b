import { expect, type Locator, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'NotHere, Inc.: Making Cats Work with Dogs';

export function lane(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

export function sticky(page: Page, text: string): Locator {
  return page.locator('li.sticky').filter({ has: page.getByText(text, { exact: true }) });
}

/** Every lane's sticky texts in order, as the board shows them. */
export async function boardTexts(page: Page): Promise<Record<string, string[]>> {
  // A big board is drawn a page at a time after it opens: read once it is whole.
  await page.locator('.mirror[aria-busy="true"]').waitFor({ state: 'detached' });
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const section of document.querySelectorAll<HTMLElement>('section.lane')) {
      const title = section.querySelector('h3')?.textContent ?? '?';
      out[title] = [...section.querySelectorAll('li.sticky .sticky-text')].map((n) => n.textContent ?? '');
    }
    return out;
  });
}

/** Opens the sample from the library; `libraryUrl` is for pages without a baseURL (a browser reached over CDP). */
export async function openSample(page: Page, libraryUrl = '/') {
  await page.goto(libraryUrl);
  await page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Open' }).click();
  await expect(lane(page, 'Dev about Ops')).toBeVisible();
}

/** Fails the test on any script error, and on any request that leaves this machine. */
export function guard(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) problems.push(`request left the app: ${r.url()}`);
  });
  return problems;
}
