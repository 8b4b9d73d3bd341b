import { expect, test } from '@playwright/test';
import { guard, lane, openSample } from './support/board';

test('participants pick their group on the shared screen and post anonymously; the locked screen opens only with the PIN', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByLabel('PIN to lock it (4 to 8 digits, optional)').fill('12');
  await page.getByRole('button', { name: 'Hand over the screen' }).click();
  await expect(page.getByRole('alert')).toHaveText('A PIN is 4 to 8 digits.');
  await page.getByLabel('PIN to lock it (4 to 8 digits, optional)').fill('2468');
  await page.getByRole('button', { name: 'Hand over the screen' }).click();

  // A participant of Ops: big buttons by group, then only Ops's lanes take writing.
  await expect(page.getByRole('heading', { name: 'Which group are you in?' })).toBeVisible();
  await page.getByRole('button', { name: 'Ops', exact: true }).click();
  await expect(page.getByText('Writing for Ops')).toBeVisible();
  await page.getByLabel('New sticky in Ops about Dev').fill('Deploys arrive without a rollback plan');
  await page.getByLabel('New sticky in Ops about Dev').press('Enter');
  await expect(lane(page, 'Ops about Dev').getByText('Deploys arrive without a rollback plan', { exact: true })).toBeVisible();
  // Dev's private writing shows as a count only; nothing names who wrote what.
  await expect(lane(page, 'Dev about Ops')).toContainText('Dev has written 4 stickies.');
  await expect(page.getByText('Treats every change as a threat to the four nines.')).toHaveCount(0);
  await expect(page.getByLabel('New sticky in Dev about Ops')).toHaveCount(0);
  await expect(page.locator('.sticky-author')).toHaveCount(0);

  // The next person starts from the groups again.
  await page.getByRole('button', { name: 'Done: next person' }).click();
  await expect(page.getByRole('heading', { name: 'Which group are you in?' })).toBeVisible();

  // The facilitator's controls are out of reach: no export, no way back by address.
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);
  await page.evaluate(() => (window.location.hash = '#/workshop/workshop%3Asample-nothere'));
  await expect(page.getByRole('heading', { name: 'Which group are you in?' })).toBeVisible();
  expect(page.url()).toContain('/capture');

  // Only the PIN leads out.
  await page.getByRole('button', { name: 'Facilitator: unlock' }).click();
  const unlock = page.getByRole('dialog', { name: 'Facilitator’s PIN' });
  await unlock.getByLabel('PIN').fill('1111');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByRole('alert')).toContainText('That is not the PIN.');
  await expect(page.getByRole('heading', { name: 'Which group are you in?' })).toBeVisible();
  await unlock.getByLabel('PIN').fill('2468');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Start the workshop' })).toBeVisible();
  await expect(lane(page, 'Dev about Ops')).toContainText('Treats every change as a threat to the four nines.');
  expect(problems).toEqual([]);
});
