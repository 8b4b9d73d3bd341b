import { expect, test } from '@playwright/test';
import { guard, openSample } from './support/board';

test('a group presents item by item, the other reacts to each, and nothing is left without a reaction', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  await page.getByRole('tab', { name: 'Presentation' }).click();
  await page.getByRole('button', { name: 'Ops presents' }).click();
  const items = page.getByRole('list', { name: 'What Ops presents' }).getByRole('listitem');
  await expect(items).toHaveCount(7);
  const spotlight = page.getByRole('region', { name: 'In the spotlight' });
  await expect(spotlight).toContainText('Item 1 of 7');
  await expect(spotlight.locator('.spotlight-text')).toHaveText('Is measured on velocity and time to code, not on what reaches retailers.');
  await expect(spotlight).toContainText('7 items still without a reaction');

  // A clarifying question, noted on the item.
  await page.getByLabel('Clarifying questions asked (your note)').fill('Which velocity figure do you mean?');
  await page.getByLabel('Clarifying questions asked (your note)').blur();

  // Dev reacts to each item; a rejection needs a reason, a conditional acceptance its condition.
  const verdicts = ['Accept', 'Reject', 'Accept if…', 'Needs clarification', 'Accept', 'Accept', 'Reject'] as const;
  for (const [i, verdict] of verdicts.entries()) {
    await expect(spotlight).toContainText(`Item ${i + 1} of 7`);
    const form = spotlight.getByRole('group', { name: /Dev reacts/ });
    await form.getByRole('radio', { name: verdict, exact: true }).click();
    if (verdict === 'Reject' && i === 1) {
      await form.getByRole('button', { name: 'Record the reaction' }).click();
      await expect(form.getByRole('alert')).toHaveText('Say why this is rejected, so the other group can answer it.');
    }
    if (verdict === 'Reject') await form.getByLabel('Why not').fill('Our notes are reviewed by your on-call lead.');
    if (verdict === 'Accept if…') await form.getByLabel('On what condition').fill('If the pipeline runs the checks for us.');
    await form.getByRole('button', { name: 'Record the reaction' }).click();
    await expect(items.nth(i).locator('.badge').first()).toHaveText(verdict);
    // Presenter-remote keys move the spotlight on.
    if (i < verdicts.length - 1) {
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('PageDown');
    }
  }
  await expect(spotlight).toContainText('0 items still without a reaction');
  await page.keyboard.press('PageUp');
  await expect(spotlight).toContainText('Item 6 of 7');
  await page.screenshot({ path: testInfo.outputPath('presentation.png'), fullPage: true });

  // On the board, each item carries its reactions; after a reload all of it is there.
  await page.reload();
  await page.getByRole('tab', { name: 'Presentation' }).click();
  await expect(page.getByRole('region', { name: 'In the spotlight' })).toContainText('0 items still without a reaction');
  await items.first().click();
  await expect(page.getByLabel('Clarifying questions asked (your note)')).toHaveValue('Which velocity figure do you mean?');
  await page.getByRole('tab', { name: 'Board' }).click();
  await expect(page.locator('li.sticky').filter({ hasText: 'Hands releases over' }).locator('.badge')).toHaveText('Dev: Reject');
  expect(problems).toEqual([]);
});

test('in a group’s view, only that group reacts, and it cannot react to its own items', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Presentation' }).click();
  await page.getByRole('button', { name: 'Dev presents' }).click();
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal every group' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await page.getByRole('tab', { name: 'Presentation' }).click();
  const spotlight = page.getByRole('region', { name: 'In the spotlight' });
  await expect(spotlight.locator('.spotlight-text')).toHaveText('Treats every change as a threat to the four nines.');
  await expect(spotlight.getByRole('group', { name: /reacts/ })).toHaveCount(1);
  await spotlight.getByRole('radio', { name: 'Needs clarification' }).click();
  await spotlight.getByRole('button', { name: 'Record the reaction' }).click();
  await expect(page.getByRole('list', { name: 'What Dev presents' }).getByRole('listitem').first().locator('.badge').first()).toHaveText('Needs clarification');
  // The group cannot move the spotlight: that is the facilitator's.
  await expect(page.getByRole('button', { name: 'Next item' })).toHaveCount(0);
});
