import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE, guard, lane, openSample } from './support/board';

/** Deletes the app's database from the page, as a browser clearing site data would. */
async function deleteDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('outmodel');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Starts the first phase (a change of phase keeps a snapshot) and waits until the snapshot is listed. */
async function startWorkshopAndSeeSnapshot(page: Page) {
  await openSample(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('button', { name: 'Snapshots…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a snapshot' });
  await expect(dialog.getByRole('region', { name: SAMPLE_TITLE })).toContainText('at a change of phase');
  await dialog.getByRole('button', { name: 'Close' }).click();
}

test('what is typed in a composer is kept as a draft, and comes back after a reload', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const composer = page.getByLabel('New sticky in Dev about Ops');
  await composer.fill('Half a thought about the change board');
  await expect(lane(page, 'Dev about Ops').getByText('Draft kept')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('New sticky in Dev about Ops')).toHaveValue('Half a thought about the change board');
  await page.getByLabel('New sticky in Dev about Ops').press('Enter');
  await expect(lane(page, 'Dev about Ops').getByText('Half a thought about the change board', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('New sticky in Dev about Ops')).toHaveValue('');
  expect(problems).toEqual([]);
});

test('a database wiped under the app is never shown as an empty library: the snapshots are offered and restore it', async ({ page }) => {
  const problems = guard(page);
  await startWorkshopAndSeeSnapshot(page);
  await deleteDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your workshops are not here' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Workshops with snapshots' });
  await expect(list.getByRole('checkbox', { name: SAMPLE_TITLE })).toBeChecked();
  await page.getByRole('button', { name: 'Restore one workshop' }).click();
  const card = page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
  await expect(card).toContainText('15 stickies');
  // As it was when the phase changed: the workshop is running.
  await card.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an unreadable database is replaced by the snapshots only when the facilitator says so', async ({ page }) => {
  const problems = guard(page);
  await startWorkshopAndSeeSnapshot(page);
  await deleteDatabase(page);
  // A database this app cannot open: its workshops are keyed differently from any shape Outmodel wrote.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('outmodel', 99990);
        request.onupgradeneeded = () => request.result.createObjectStore('workshops', { keyPath: 'uuid' });
        request.onsuccess = () => (request.result.close(), resolve());
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Outmodel cannot read its storage' })).toBeVisible();
  await expect(page.getByText('Restoring replaces the unreadable storage')).toBeVisible();
  await page.getByRole('button', { name: 'Restore one workshop' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE })).toContainText('15 stickies');
  // Dexie reports the failed open once; nothing else may be reported.
  expect(problems.filter((p) => !/UpgradeError|primary key/i.test(p))).toEqual([]);
});

test('a snapshot restores a workshop to an earlier moment after a confirmation, and undo takes it back', async ({ page }) => {
  const problems = guard(page);
  await startWorkshopAndSeeSnapshot(page);
  await page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Open' }).click();
  const composer = page.getByLabel('New sticky in Dev about Ops');
  await composer.fill('Written after the snapshot');
  await composer.press('Enter');
  await expect(lane(page, 'Dev about Ops').getByText('Written after the snapshot', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('button', { name: 'Snapshots…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a snapshot' });
  // The snapshot kept at the change of phase, before the sticky was written (leaving the workshop kept a newer one).
  await dialog.getByRole('region', { name: SAMPLE_TITLE }).getByRole('listitem').filter({ hasText: 'at a change of phase' }).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(`“${SAMPLE_TITLE}” was restored from the snapshot.`)).toBeVisible();
  await expect(lane(page, 'Dev about Ops')).toBeVisible();
  await expect(lane(page, 'Dev about Ops').getByText('Written after the snapshot', { exact: true })).toHaveCount(0);
  // The restore is the library's command: undone there.
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Open' }).click();
  await expect(lane(page, 'Dev about Ops').getByText('Written after the snapshot', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
