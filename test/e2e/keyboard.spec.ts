import { expect, test, type Page } from '@playwright/test';
import { boardTexts, guard, lane, openSample, sticky } from './support/board';

const DEV_ABOUT_OPS = ['Treats every change as a threat to the four nines.', 'Decides by ITIL process and checklist, not by talking to us.', 'Is rewarded for uptime, never for how fast retailers get what we built.', 'Our finished releases wait a week for the change board.'];
const DEV_REQUIRES = ['Give us a self-service staging environment that matches production.', 'Stop requiring a manual sign-off for low-risk configuration changes.', 'Keep the four nines: our customers buy them too.'];

/** The sticky text of whatever has the keyboard's focus. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.closest('li.sticky')?.querySelector('.sticky-text')?.textContent ?? null);

test('the board drag scenario with the keyboard alone: focus, carry to a lane, reorder, group, cancel, delete and undo', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const announcer = page.getByTestId('keyboard-announcer');
  const start = await boardTexts(page);
  expect(start['Dev about Ops']).toEqual(DEV_ABOUT_OPS);

  // Tab reaches the first sticky; the arrows walk the lane and cross to the next one.
  for (let i = 0; i < 80 && !(await focusedText(page)); i++) await page.keyboard.press('Tab');
  await expect.poll(() => focusedText(page)).toBe(DEV_ABOUT_OPS[0]);
  await page.keyboard.press('ArrowDown');
  await expect(sticky(page, DEV_ABOUT_OPS[1]!)).toBeFocused();
  await page.keyboard.press('End');
  await expect(sticky(page, DEV_ABOUT_OPS[3]!)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(sticky(page, DEV_ABOUT_OPS[0]!)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section.lane')?.querySelector('h3')?.textContent)).toBe('Ops about Dev');
  await page.keyboard.press('ArrowLeft');
  await expect(sticky(page, DEV_ABOUT_OPS[0]!)).toBeFocused();
  // The focus ring shows.
  expect(await sticky(page, DEV_ABOUT_OPS[0]!).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  // Carry it to Dev's own requirements lane (past Ops's lane), at its end; one drop, one move.
  await page.keyboard.press('Space');
  await expect(announcer).toContainText(`Picked up “${DEV_ABOUT_OPS[0]}”`);
  await expect(sticky(page, DEV_ABOUT_OPS[0]!)).toHaveAttribute('data-carry', 'lifted');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText('Ops about Dev');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText('Dev requires of Ops');
  // Down until the target is the lane's end.
  for (let i = 0; i < 10 && !(await lane(page, 'Dev requires of Ops').getAttribute('data-carry')); i++) await page.keyboard.press('ArrowDown');
  await expect(announcer).toContainText('Dev requires of Ops: at the end, after its 3 stickies.');
  await page.keyboard.press('Space');
  await expect(lane(page, 'Dev requires of Ops').locator('li.sticky')).toHaveCount(4);
  let texts = await boardTexts(page);
  expect(texts['Dev requires of Ops']).toEqual([...DEV_REQUIRES, DEV_ABOUT_OPS[0]]);
  expect(texts['Dev about Ops']).toEqual(DEV_ABOUT_OPS.slice(1));
  await expect(sticky(page, DEV_ABOUT_OPS[0]!)).toBeFocused();

  // Reorder within the lane: up past one sticky.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp'); // onto the sticky above (to group)
  await expect(announcer).toContainText(`onto “${DEV_REQUIRES[2]}”`);
  await page.keyboard.press('ArrowUp'); // before it
  await expect(announcer).toContainText(`before “${DEV_REQUIRES[2]}”`);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await boardTexts(page))['Dev requires of Ops']).toEqual([DEV_REQUIRES[0], DEV_REQUIRES[1], DEV_ABOUT_OPS[0], DEV_REQUIRES[2]]);

  // Group two stickies: carry one onto another; the new cluster asks for its title, as after a drag.
  await sticky(page, DEV_ABOUT_OPS[1]!).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(announcer).toContainText(`onto “${DEV_ABOUT_OPS[2]}”`);
  await expect(sticky(page, DEV_ABOUT_OPS[2]!)).toHaveAttribute('data-carry', 'onto');
  await page.keyboard.press('Space');
  const title = page.getByLabel('Cluster title');
  await expect(title).toBeFocused();
  await page.keyboard.type('Rules not people');
  await page.keyboard.press('Enter');
  const cluster = page.getByRole('listitem', { name: 'Cluster: Rules not people' });
  await expect(cluster.locator('li.sticky')).toHaveText([new RegExp(DEV_ABOUT_OPS[2]!.slice(0, 20)), new RegExp(DEV_ABOUT_OPS[1]!.slice(0, 20))]);

  // A carry into the other group's lane asks first, as a drag does; declining changes nothing.
  texts = await boardTexts(page);
  await sticky(page, DEV_ABOUT_OPS[3]!).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Move into Ops’s lane?' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(announcer).toContainText('was not moved');
  expect(await boardTexts(page)).toEqual(texts);

  // Escape cancels a carry: nothing changes.
  await sticky(page, DEV_ABOUT_OPS[3]!).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(announcer).toContainText('Cancelled');
  await expect(page.locator('[data-carry]')).toHaveCount(0);
  expect(await boardTexts(page)).toEqual(texts);
  await expect(sticky(page, DEV_ABOUT_OPS[3]!)).toBeFocused();

  // Delete removes it; Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await expect(sticky(page, DEV_ABOUT_OPS[3]!)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(sticky(page, DEV_ABOUT_OPS[3]!)).toHaveCount(1);
  expect(await boardTexts(page)).toEqual(texts);

  // The moves and the grouping were each one undoable step.
  await page.keyboard.press('Control+z'); // the cluster's title
  await page.keyboard.press('Control+z'); // the cluster
  await expect(cluster).toHaveCount(0);
  await page.keyboard.press('Control+z'); // the reorder
  await page.keyboard.press('Control+z'); // the move to another lane
  await expect.poll(() => boardTexts(page)).toEqual(start);
  expect(problems).toEqual([]);
});

test('"?" lists every shortcut from the action registry, and Escape gives focus back', async ({ page }) => {
  await openSample(page);
  const first = sticky(page, DEV_ABOUT_OPS[0]!);
  await first.focus();
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  const row = (name: string) => overlay.locator(`[data-action="${name}"]`);
  await expect(row('deleteSticky')).toContainText('Delete');
  await expect(row('deleteSticky')).toContainText('Backspace');
  await expect(row('undo')).toContainText('Undo');
  await expect(row('undo')).toContainText('Ctrl');
  await expect(row('pickUpSticky')).toContainText('Space');
  await expect(row('dropCarry')).toContainText('Enter');
  await expect(row('cancelCarry')).toContainText('Esc');
  await expect(overlay.getByRole('group', { name: 'Carrying a sticky' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(first).toBeFocused();

  // Not while typing: "?" goes into the field.
  const composer = page.getByLabel('New sticky in Dev about Ops');
  await composer.focus();
  await page.keyboard.press('?');
  await expect(composer).toHaveValue('?');
  await expect(overlay).toHaveCount(0);
});

test('in a right-to-left language the arrows follow the page: ← focuses the lane drawn on the left', async ({ page }) => {
  await page.goto('/?lang=he#/workshop/workshop%3Asample-nothere');
  const lanes = page.locator('section.lane-outmodel');
  await expect(lanes.nth(1).locator('li.sticky').first()).toBeVisible();
  const [start, beside] = [lanes.nth(0), lanes.nth(1)];
  // The first lane in reading order is drawn on the right in Hebrew.
  expect((await beside.boundingBox())!.x).toBeLessThan((await start.boundingBox())!.x);
  await start.locator('li.sticky').first().focus();
  await page.keyboard.press('ArrowLeft');
  await expect(beside.locator('li.sticky').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(start.locator('li.sticky').first()).toBeFocused();
});
