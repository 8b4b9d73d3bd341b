import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchProfile, newProfileDir } from './support/browser';
import { SAMPLE_TITLE, guard } from './support/board';

async function createThreeGroupWorkshop(page: Page) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  await expect(page.getByRole('heading', { name: 'New workshop' })).toBeVisible();
  await page.getByLabel('Title').fill('Dev, Ops and Security: release week');
  await page.getByLabel('Date').fill('2026-06-18');
  await page.getByLabel('Location').fill('Haifa office, room 2');
  await page.getByLabel('Goal of the day').fill('Halve the time from merge to customer.');
  await page.getByLabel('Chair').fill('Rivka (CEO)');
  await page.getByLabel('Facilitator').fill('Tom');
  await page.locator('#details-groups-1-name').fill('Operations');
  await page.getByRole('button', { name: 'Add a group' }).click();
  await page.locator('#details-groups-2-name').fill('Security');
  await page.getByRole('button', { name: 'Add a participant to group 3' }).click();
  await page.locator('#details-groups-2-participants-0-name').fill('Lior');
  await page.locator('#details-groups-2-participants-0-role').fill('CISO');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
}

async function expectBothWorkshops(page: Page) {
  const list = page.getByRole('list', { name: 'Workshops' });
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(2);
  const created = list.getByRole('listitem').filter({ hasText: 'Dev, Ops and Security: release week' });
  await expect(created).toContainText('June 18, 2026');
  await expect(created).toContainText('Haifa office, room 2');
  await expect(created.getByRole('list', { name: 'Groups' })).toHaveText(/Dev\s*Operations\s*Security/);
  await expect(list.getByRole('listitem').filter({ hasText: SAMPLE_TITLE })).toContainText('15 stickies');
}

// Playwright requires a destructuring pattern even when the test takes no fixture.
// eslint-disable-next-line no-empty-pattern
test('the library opens on the sample, creates a workshop, and keeps both across a reload and a browser restart', async ({}, testInfo) => {
  const profile = newProfileDir();
  try {
    let context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    const problems = guard(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
    await expect(page.getByText('15 stickies')).toBeVisible();

    await createThreeGroupWorkshop(page);
    await expectBothWorkshops(page);
    await page.screenshot({ path: testInfo.outputPath('library.png'), fullPage: true });

    await page.reload();
    await expectBothWorkshops(page);
    expect(problems).toEqual([]);
    await context.close();

    context = await launchProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expectBothWorkshops(page);
    // Every detail survived, not only the title.
    await page.getByRole('listitem').filter({ hasText: 'release week' }).getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByLabel('Goal of the day')).toHaveValue('Halve the time from merge to customer.');
    await expect(page.getByLabel('Chair')).toHaveValue('Rivka (CEO)');
    await expect(page.getByLabel('Facilitator')).toHaveValue('Tom');
    await expect(page.locator('#details-groups-2-participants-0-name')).toHaveValue('Lior');
    await expect(page.locator('#details-groups-2-participants-0-role')).toHaveValue('CISO');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('bad details are refused at the field in plain words, and nothing is saved', async ({ page }) => {
  const problems = guard(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'New workshop' }).click();

  await page.locator('#details-groups-1-name').fill(' dev ');
  await page.getByLabel('Date').fill('');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByText('Give the workshop a title')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a real date, for example 2026-03-14')).toBeVisible();
  await expect(page.getByText('Another group is already called “dev”')).toBeVisible();
  // Fewer than two groups cannot even be asked for; more than four neither.
  await expect(page.getByRole('button', { name: 'Remove group 1' })).toBeDisabled();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Add a group' }).click();
  await expect(page.getByRole('button', { name: 'Add a group' })).toBeDisabled();

  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('opening a workshop shows its lanes; rename, duplicate, delete and undo work from the library', async ({ page }, testInfo) => {
  const problems = guard(page);
  await page.goto('/');
  await page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Open' }).click();
  for (const lane of ['Dev about Ops', 'Ops about Dev', 'Dev requires of Ops', 'Ops requires of Dev', 'Parking lot']) {
    await expect(page.getByRole('region', { name: lane })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Dev about Ops' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Ops requires of Dev' })).toContainText('Ship a runbook and a tested rollback with every release.');
  await page.screenshot({ path: testInfo.outputPath('workshop.png'), fullPage: true });

  await page.getByRole('link', { name: '← Library' }).click();
  const card = page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
  await card.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title').fill('Cats and Dogs, <b>take two</b>');
  await page.getByLabel('New title').press('Enter');
  // Text that looks like markup is shown as written.
  await expect(page.getByRole('heading', { name: 'Cats and Dogs, <b>take two</b>' })).toBeVisible();

  await page.getByRole('listitem').filter({ hasText: 'take two' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: 'Cats and Dogs, <b>take two</b> (copy)' })).toBeVisible();

  await page.getByRole('listitem').filter({ hasText: '(copy)' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: /\(copy\)/ })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: /\(copy\)/ })).toBeVisible();

  // Keyboard undo and redo reach the same commands.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: /\(copy\)/ })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('heading', { name: /\(copy\)/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('reset the sample brings it back as shipped, after a confirmation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await page.getByRole('button', { name: 'Reset the sample' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset the sample?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset the sample' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
  await expect(page.getByText('15 stickies')).toBeVisible();
});

test('the about line leads to the licences of everything Outmodel includes', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Third-party notices: the licences of what Outmodel includes').click();
  await expect(page.locator('.notices-text')).toContainText('@fontsource/noto-sans-hebrew');
  await expect(page.locator('.notices-text')).toContainText('OFL-1.1');
  await expect(page.locator('.notices-text')).toContainText('react');
});
