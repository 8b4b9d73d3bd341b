import { expect, test, type Page } from '@playwright/test';
import { guard, openSample } from './support/board';

async function openRoomWindow(page: Page): Promise<Page> {
  await page.getByRole('tab', { name: 'Room' }).click();
  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the room’s window' }).click()]);
  await expect(audience.locator('.audience')).toBeVisible();
  return audience;
}

test('the room’s window shows only what the room may see, follows the facilitator, and passes remote keys back', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  const room = await openRoomWindow(page);
  const roomProblems = guard(room);

  // Private writing is counts only; nothing to edit; the facilitator's notes never appear.
  await expect(room.locator('section.lane').filter({ hasText: 'Dev about Ops' })).toContainText('Dev has written 4 stickies.');
  expect(await room.content()).not.toContain('Treats every change as a threat');
  await expect(room.locator('textarea, input, .sticky-menu-button')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByLabel(/^Your notes on/).fill('Watch Avi: he has not spoken yet.');
  await page.getByLabel(/^Your notes on/).blur();
  await page.getByRole('tab', { name: 'Room' }).click();

  // The reveal reaches the room's window through the shared database.
  await page.getByRole('button', { name: 'Reveal Dev' }).click();
  await expect(room.locator('section.lane').filter({ hasText: 'Dev about Ops' })).toContainText('Treats every change as a threat to the four nines.');
  expect(await room.content()).not.toContain('Watch Avi');
  // The preview shows the same.
  await expect(page.locator('.screen-preview')).toContainText('Treats every change as a threat to the four nines.');

  // A presentation: the spotlight is on the room's screen, and the remote's Page Down, pressed there, moves it.
  await page.getByRole('tab', { name: 'Presentation' }).click();
  await page.getByRole('button', { name: 'Dev presents' }).click();
  await expect(room.locator('.spotlight-text')).toHaveText('Treats every change as a threat to the four nines.');
  await room.keyboard.press('PageDown');
  await expect(room.locator('.spotlight-text')).toHaveText('Decides by ITIL process and checklist, not by talking to us.');
  await expect(page.locator('#main-tab-panel .spotlight-text')).toHaveText('Decides by ITIL process and checklist, not by talking to us.');
  await room.screenshot({ path: testInfo.outputPath('room-spotlight.png') });

  // B blanks the screen, from either window; F freezes it on what it shows.
  await room.keyboard.press('b');
  await expect(room.locator('.audience-blank')).toBeVisible();
  await page.getByRole('button', { name: 'Blank the screen (B)' }).click();
  await expect(room.locator('.audience-blank')).toHaveCount(0);
  await page.getByRole('button', { name: 'Freeze the screen (F)' }).click();
  await expect(room.getByText('Frozen')).toBeVisible();
  await page.getByRole('button', { name: 'Next item', exact: true }).click();
  await expect(page.locator('#main-tab-panel .spotlight-text')).toHaveText('Is rewarded for uptime, never for how fast retailers get what we built.');
  await expect(room.locator('.spotlight-text')).toHaveText('Decides by ITIL process and checklist, not by talking to us.');
  await page.getByRole('button', { name: 'Freeze the screen (F)' }).click();
  await expect(room.locator('.spotlight-text')).toHaveText('Is rewarded for uptime, never for how fast retailers get what we built.');

  // Closing it from the facilitator's window.
  await page.getByRole('button', { name: 'Close the room’s window' }).click();
  await expect.poll(() => room.isClosed()).toBe(true);
  expect(problems).toEqual([]);
  expect(roomProblems).toEqual([]);
});

test('while a vote is open the room’s window shows no dots; after it closes, the totals', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal every group' }).click();
  const room = await openRoomWindow(page);
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.locator('.agenda-item').filter({ hasText: 'Agreement' }).getByRole('button', { name: 'Go to this phase' }).click();
  await page.getByRole('tab', { name: 'Voting' }).click();
  await page.getByRole('radio', { name: 'Each group, as one voter' }).check();
  await page.getByRole('radio', { name: 'Everyone on every lane chosen' }).check();
  await page.getByRole('button', { name: 'Open the round', exact: true }).click();
  await page.getByRole('group', { name: 'Who is voting' }).getByRole('button', { name: 'Dev', exact: true }).click();
  await page.locator('.ballot-item').filter({ hasText: 'Ship a runbook' }).getByRole('button', { name: /^Add a dot/ }).click();
  await expect(room.locator('.result-total')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close the round' }).click();
  await expect(room.locator('section.voting-round.closed .voting-results > li').first()).toContainText('Ship a runbook');
  await expect(room.locator('.result-total').first()).toContainText('1');
});
