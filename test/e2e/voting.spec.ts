import { expect, test, type Locator, type Page } from '@playwright/test';
import { guard, openSample } from './support/board';

const RUNBOOK = 'Ship a runbook and a tested rollback with every release.';
const FRIDAYS = 'Stop releasing late on Fridays without on-call cover.';
const STAGING = 'Give us a self-service staging environment that matches production.';
const NINES = 'Keep the four nines: our customers buy them too.';

const openVoting = async (page: Page) => {
  await page.getByRole('tab', { name: 'Voting' }).click();
  await expect(page.getByRole('heading', { name: 'Dot voting' })).toBeVisible();
};
const ballotItem = (page: Page, text: string) => page.locator('.ballot-item').filter({ hasText: text });
const addDot = (page: Page, text: string) => ballotItem(page, text).getByRole('button', { name: /^Add a dot/ }).click();
const takeDot = (page: Page, text: string) => ballotItem(page, text).getByRole('button', { name: /^Take a dot back/ }).click();
const voteAs = async (page: Page, name: string) => {
  await page.getByRole('group', { name: 'Who is voting' }).getByRole('button', { name, exact: true }).click();
  await expect(page.locator('.ballot-voter')).toContainText(name);
};
const done = (page: Page) => page.getByRole('button', { name: 'Done: hide my dots' }).click();
const dotsLeft = (page: Page) => page.locator('.dots-left');
/** The results of the most recently closed round (earlier rounds are folded away below it). */
const latestResults = (page: Page): Locator => page.locator('section.voting-round.closed .voting-results > li');

/** Everything the voting view says while a round is open: it must hold no totals at all. */
async function expectNoTotals(page: Page) {
  await expect(page.locator('section.voting-round.open .voting-results')).toHaveCount(0);
  await expect(page.locator('section.voting-round.open .result-total')).toHaveCount(0);
  await expect(page.locator('section.voting-round.open .result-tied')).toHaveCount(0);
  // No "N dots" but the round's own rules and the count of dots cast; no tie but "the tied items of round 1".
  const text = await page.locator('section.voting-round.open').innerText();
  expect(text).not.toMatch(/\b\d+ dots?\b(?! (per voter|cast so far|left))/);
  expect(text).not.toMatch(/\btied\b(?! items)/);
}

test('dot voting: secret dots within a budget, results in vote order, a second round breaks the tie, and it all survives a reload', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  await openVoting(page);

  // Open a round over both requirement lanes (the default): everyone votes, each group as one voter, 2 dots, at most 2 per item.
  await expect(page.getByRole('checkbox', { name: /^Dev requires of Ops/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Ops requires of Dev/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Dev about Ops/ })).not.toBeChecked();
  // The budget follows the chosen lanes (six items: two dots) until it is typed.
  await expect(page.getByLabel('Dots per voter')).toHaveValue('2');
  await page.getByRole('checkbox', { name: /^Dev about Ops/ }).check();
  await expect(page.getByLabel('Dots per voter')).toHaveValue('3');
  await page.getByRole('checkbox', { name: /^Dev about Ops/ }).uncheck();
  await expect(page.getByLabel('Dots per voter')).toHaveValue('2');
  // No lane, no round: refused in plain words.
  await page.getByRole('checkbox', { name: /^Dev requires of Ops/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Ops requires of Dev/ }).uncheck();
  await page.getByRole('button', { name: 'Open the round', exact: true }).click();
  await expect(page.locator('.voting-form .field-error')).toHaveText('Choose at least one lane to vote on.');
  await page.getByRole('checkbox', { name: /^Dev requires of Ops/ }).check();
  await page.getByRole('checkbox', { name: /^Ops requires of Dev/ }).check();

  await page.getByRole('radio', { name: 'Everyone on every lane chosen' }).check();
  await page.getByRole('radio', { name: 'Each group, as one voter' }).check();
  await page.getByRole('radio', { name: 'Dots, placed on this screen' }).check();
  await page.getByLabel('Dots per voter').fill('2');
  await page.getByLabel('Most dots on one item').fill('2');
  await page.getByRole('button', { name: 'Open the round', exact: true }).click();

  const round1 = page.locator('section.voting-round.open');
  await expect(round1.getByRole('heading', { name: 'Round 1' })).toBeVisible();
  await expect(round1).toContainText('2 dots per voter, at most 2 on one item');
  await expect(page.getByText('0 dots cast so far')).toBeVisible();

  // Dev: one dot on each of two Ops items; a slip on its own item is taken back with −; a third dot is refused.
  await voteAs(page, 'Dev');
  await expect(page.locator('.ballot-item')).toHaveCount(6);
  await expect(dotsLeft(page)).toHaveText('2 of 2 dots left');
  await addDot(page, NINES);
  await expect(dotsLeft(page)).toHaveText('1 of 2 dots left');
  await takeDot(page, NINES);
  await expect(dotsLeft(page)).toHaveText('2 of 2 dots left');
  await addDot(page, RUNBOOK);
  await addDot(page, FRIDAYS);
  await expect(dotsLeft(page)).toHaveText('0 of 2 dots left');
  await expect(ballotItem(page, RUNBOOK)).toContainText('Your dots here: 1');
  await addDot(page, STAGING);
  await expect(page.locator('.notice-error')).toContainText('All 2 dots are placed');
  await page.locator('.notice-error').getByRole('button', { name: 'Dismiss' }).click();
  await expect(ballotItem(page, STAGING)).toContainText('Your dots here: 0');
  await page.screenshot({ path: testInfo.outputPath('voting-ballot.png'), fullPage: true });
  await done(page);
  await expect(page.locator('.ballot')).toHaveCount(0);

  // Ops sees none of Dev's dots: only its own, all still to place. Then one on its own item, one on Dev's.
  await voteAs(page, 'Ops');
  await expect(dotsLeft(page)).toHaveText('2 of 2 dots left');
  await expect(page.locator('.ballot-item.dotted')).toHaveCount(0);
  await expect(ballotItem(page, RUNBOOK)).toContainText('Your dots here: 0');
  await addDot(page, RUNBOOK);
  await addDot(page, STAGING);
  await expect(dotsLeft(page)).toHaveText('0 of 2 dots left');
  await done(page);

  // While the round is open nobody sees a total: only how many dots are in.
  await expect(page.getByText('4 dots cast so far')).toBeVisible();
  await expect(page.locator('.voting-results')).toHaveCount(0);
  await expectNoTotals(page);

  // Close: the results in vote order, the tie marked.
  await page.getByRole('button', { name: 'Close the round', exact: true }).click();
  await expect(page.locator('section.voting-round.open')).toHaveCount(0);
  await expect(latestResults(page)).toHaveCount(6);
  await expect(latestResults(page).nth(0)).toContainText(RUNBOOK);
  await expect(latestResults(page).nth(0).locator('.result-total')).toHaveText('2 dots');
  await expect(latestResults(page).nth(1)).toContainText(STAGING);
  await expect(latestResults(page).nth(1).locator('.result-total')).toHaveText('1 dot');
  await expect(latestResults(page).nth(1).locator('.result-tied')).toHaveText('tied');
  await expect(latestResults(page).nth(2)).toContainText(FRIDAYS);
  await expect(latestResults(page).nth(2).locator('.result-tied')).toHaveText('tied');
  await expect(page.locator('section.voting-round.closed .result-tied')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('voting-round-1.png'), fullPage: true });

  // A second round over the two tied items only, with the same settings.
  await page.getByRole('button', { name: 'Second round for the tied items' }).click();
  const round2 = page.locator('section.voting-round.open');
  await expect(round2.getByRole('heading', { name: 'Round 2: second round for the ties of round 1' })).toBeVisible();
  await expect(round2).toContainText('The tied items of round 1');
  await voteAs(page, 'Dev');
  await expect(page.locator('.ballot-item')).toHaveCount(2);
  await expect(ballotItem(page, RUNBOOK)).toHaveCount(0);
  await addDot(page, FRIDAYS);
  await done(page);
  await voteAs(page, 'Ops');
  await expect(page.locator('.ballot-item.dotted')).toHaveCount(0);
  await addDot(page, FRIDAYS);
  await done(page);
  await expect(page.getByText('2 dots cast so far')).toBeVisible();
  await expectNoTotals(page);
  await page.getByRole('button', { name: 'Close the round', exact: true }).click();

  // The tie is broken.
  const checkRound2 = async () => {
    await expect(page.locator('section.voting-round.closed').getByRole('heading', { name: 'Round 2: second round for the ties of round 1' })).toBeVisible();
    await expect(latestResults(page)).toHaveCount(2);
    await expect(latestResults(page).nth(0)).toContainText(FRIDAYS);
    await expect(latestResults(page).nth(0).locator('.result-total')).toHaveText('2 dots');
    await expect(latestResults(page).nth(1)).toContainText(STAGING);
    await expect(latestResults(page).nth(1).locator('.result-total')).toHaveText('0 dots');
    await expect(page.locator('section.voting-round.closed .result-tied')).toHaveCount(0);
  };
  await checkRound2();
  await page.screenshot({ path: testInfo.outputPath('voting-round-2.png'), fullPage: true });

  // A reload: every round and its results are still there; the first round is folded among the earlier ones.
  await page.reload();
  await openVoting(page);
  await checkRound2();
  const earlier = page.locator('details.voting-round');
  await expect(earlier).toHaveCount(1);
  await expect(earlier.locator('summary')).toHaveText('Round 1');
  await earlier.locator('summary').click();
  const results1 = earlier.locator('.voting-results > li');
  await expect(results1).toHaveCount(6);
  await expect(results1.nth(0)).toContainText(RUNBOOK);
  await expect(results1.nth(1)).toContainText(STAGING);
  await expect(results1.nth(2)).toContainText(FRIDAYS);
  await expect(earlier.locator('.result-tied')).toHaveCount(2);
  await expect(earlier).toContainText('Its ties went to a second round: round 2.');
  await expect(earlier.getByRole('button', { name: 'Second round for the tied items' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('voting-after-reload.png'), fullPage: true });
  expect(problems).toEqual([]);
});
