import { expect, test, type Page } from '@playwright/test';
import { guard, openSample, sticky } from './support/board';

const HANDS = 'Hands releases over with thin notes and no rollback plan.';
const SHIP = 'Ship a runbook and a tested rollback with every release.';
const VELOCITY = 'Is measured on velocity and time to code, not on what reaches retailers.';

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.closest('li.sticky')?.querySelector('.sticky-text')?.textContent ?? null);

test('find on the facilitator’s board: words and filters, marked matches, the keyboard from one to the next', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  // One reaction, recorded the way the room does it, so "has reactions" has something to find.
  await page.getByRole('tab', { name: 'Presentation' }).click();
  await page.getByRole('button', { name: 'Ops presents' }).click();
  const spotlight = page.getByRole('region', { name: 'In the spotlight' });
  await expect(spotlight.locator('.spotlight-text')).toHaveText(VELOCITY);
  const form = spotlight.getByRole('group', { name: /Dev reacts/ });
  await form.getByRole('radio', { name: 'Accept', exact: true }).click();
  await form.getByRole('button', { name: 'Record the reaction' }).click();
  await page.getByRole('tab', { name: 'Board' }).click();

  const findButton = page.getByRole('button', { name: 'Find', exact: true });
  await expect(findButton).toHaveAttribute('aria-expanded', 'false');
  await findButton.click();
  const bar = page.getByRole('search', { name: 'Find on the board' });
  const field = bar.getByRole('searchbox', { name: 'Words' });
  await expect(field).toBeFocused();
  const status = bar.getByRole('status');
  await expect(status).toHaveText('15 of 15 stickies match');
  // Nothing asked yet: nothing marked, nothing dimmed.
  await expect(page.locator('li.sticky.find-match, li.sticky.find-miss')).toHaveCount(0);

  // Case and accents do not matter.
  await field.fill('RÓLLBACK');
  await expect(status).toHaveText('2 of 15 stickies match');
  await expect(page.locator('li.sticky.find-match')).toHaveCount(2);
  await expect(page.locator('li.sticky.find-miss')).toHaveCount(13);
  await expect(sticky(page, HANDS)).toHaveClass(/find-match/);
  await expect(sticky(page, HANDS).locator('mark')).toHaveText('rollback');
  await expect(sticky(page, HANDS).locator('svg.find-badge')).toBeVisible();
  await expect(sticky(page, HANDS)).toHaveAccessibleDescription('Matches the search');
  await expect(sticky(page, VELOCITY)).toHaveClass(/find-miss/);
  await expect(sticky(page, VELOCITY)).toBeVisible(); // dimmed, not hidden

  // Enter goes to the first match and focuses it; F3 and Ctrl+G go on, Shift+F3 goes back.
  await field.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(HANDS);
  await expect(status).toHaveText('Match 1 of 2 · 2 of 15 stickies match');
  await page.keyboard.press('F3');
  await expect.poll(() => focusedText(page)).toBe(SHIP);
  await expect(status).toContainText('Match 2 of 2');
  await page.keyboard.press('Control+g');
  await expect.poll(() => focusedText(page)).toBe(HANDS);
  await page.keyboard.press('Shift+F3');
  await expect.poll(() => focusedText(page)).toBe(SHIP);
  // Ctrl+F brings the cursor back to the field, and Enter steps on from the current match.
  await page.keyboard.press('Control+f');
  await expect(field).toBeFocused();
  await field.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(HANDS);
  await page.keyboard.press('Control+f');
  await field.press('Shift+Enter');
  await expect.poll(() => focusedText(page)).toBe(SHIP);

  // "Show only matches" hides the rest.
  await bar.getByRole('checkbox', { name: 'Show only matches' }).check();
  await expect(sticky(page, VELOCITY)).toBeHidden();
  await bar.getByRole('checkbox', { name: 'Show only matches' }).uncheck();
  await expect(sticky(page, VELOCITY)).toBeVisible();

  // The filters, alone and together.
  await field.fill('');
  await bar.getByLabel('Written by').selectOption({ label: 'Dev' });
  await expect(status).toHaveText('7 of 15 stickies match');
  await bar.getByLabel('Lane').selectOption({ label: 'Dev requires of Ops' });
  await expect(status).toHaveText('3 of 15 stickies match');
  await bar.getByLabel('Type').selectOption({ label: 'Do more' });
  await expect(status).toHaveText('1 of 15 stickies matches');
  await bar.getByLabel('Written by').selectOption({ label: 'Any group' });
  await bar.getByLabel('Lane').selectOption({ label: 'Any lane' });
  await bar.getByLabel('Lens').selectOption({ label: 'Automation' });
  await expect(status).toHaveText('2 of 15 stickies match');
  await bar.getByLabel('Type').selectOption({ label: 'Any type' });
  await bar.getByLabel('Lens').selectOption({ label: 'Any lens' });
  await bar.getByRole('checkbox', { name: 'Has reactions' }).check();
  await expect(status).toHaveText('1 of 15 stickies matches');
  await expect(sticky(page, VELOCITY)).toHaveClass(/find-match/);
  // No round has closed: no votes to find.
  await bar.getByRole('checkbox', { name: 'Has votes' }).check();
  await expect(status).toHaveText('0 of 15 stickies match');

  // Escape clears, closes, and gives the focus back to where it was (the last match visited).
  await field.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(page.locator('li.sticky.find-match, li.sticky.find-miss')).toHaveCount(0);
  await expect(page.locator('li.sticky mark')).toHaveCount(0);
  await expect.poll(() => focusedText(page)).toBe(SHIP);
  // Opened again, it starts empty; Escape now returns to the Find button that opened it.
  await findButton.click();
  await expect(field).toHaveValue('');
  await expect(status).toHaveText('15 of 15 stickies match');
  await field.press('Escape');
  await expect(findButton).toBeFocused();
  // Ctrl+F from anywhere opens it; Ctrl+F in its own field closes it.
  await page.keyboard.press('Control+f');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+f');
  await expect(bar).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a group’s view has no find', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await expect(page.locator('.group-view')).toBeVisible();
  await expect(page.locator('section.lane').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Find', exact: true })).toHaveCount(0);
  await page.locator('section.lane').first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(page.locator('li.sticky.find-match, li.sticky.find-miss')).toHaveCount(0);
  expect(problems).toEqual([]);
});
