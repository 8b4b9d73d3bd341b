import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { guard, lane, openSample } from './support/board';

// Room join: the app in Chromium, three phones (mobile viewports, each its own browser context)
// on the room server's address; the server listens on 127.0.0.1 here ("This computer only").

/** axe's serious and critical findings (WCAG 2.x A and AA) on the page as it stands. */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const phaseTitle = (page: Page) => page.locator('.run-phase h2').first();

async function next(page: Page, title: string) {
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseTitle(page)).toHaveText(title);
}

async function phone(browser: Browser, link: string, name: string, group: string) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  const problems = guard(page);
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('group', { name: 'Which group are you in?' }).getByRole('button', { name: group, exact: true }).click();
  await expect(page.getByText(`Posting as ${name}`)).toBeVisible();
  return { page, problems, close: () => context.close() };
}

async function post(page: Page, laneTitle: string, text: string) {
  const field = page.getByRole('textbox', { name: `New sticky in ${laneTitle}` });
  await field.fill(text);
  await page.getByRole('region', { name: laneTitle }).getByRole('button', { name: 'Post' }).click();
  await expect(page.getByRole('region', { name: laneTitle }).getByText('Posted.')).toBeVisible();
  await expect(field).toHaveValue('');
}

test('three phones join over the room network and post, react and vote through a whole phase cycle', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const problems = guard(page);
  await openSample(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(phaseTitle(page)).toHaveText('Set the stage');

  // The facilitator turns room join on: nothing listened before.
  await page.getByRole('tab', { name: 'Room' }).click();
  const panel = page.getByRole('region', { name: 'Room join' });
  await panel.getByLabel('Network').selectOption('127.0.0.1');
  await panel.getByRole('checkbox', { name: 'Ask each phone for a name' }).check();
  await panel.getByRole('button', { name: 'Turn room join on' }).click();
  await expect(panel.getByText('Room join is on: 0 phones have joined.')).toBeVisible();
  const url = (await panel.locator('.room-url').textContent())!;
  const code = (await panel.locator('.room-code').textContent())!;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(panel.getByRole('img', { name: `QR code for ${url}` })).toBeVisible();

  // The room's screen shows the QR code, the address and the code.
  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the room’s window' }).click()]);
  const card = audience.getByRole('complementary', { name: 'Join from your phone' });
  await expect(card).toContainText(code);
  await expect(card.getByRole('img', { name: `QR code for ${url}` })).toBeVisible();
  // The room's content keeps clear of the card.
  const cardBox = (await card.boundingBox())!;
  const contentBox = (await audience.locator('.audience-main').boundingBox())!;
  expect(contentBox.x + contentBox.width).toBeLessThanOrEqual(cardBox.x);

  // Three phones follow the QR code's link: two of Dev, one of Ops, each with a name.
  const noa = await phone(browser, `${url}#${code}`, 'Noa', 'Dev');
  const avi = await phone(browser, `${url}#${code}`, 'Avi', 'Ops');
  const dana = await phone(browser, `${url}#${code}`, 'Dana', 'Dev');
  await expect(panel.getByText('Room join is on: 3 phones have joined.')).toBeVisible();
  // The panel, the room's card and a phone's page, each read by axe.
  expect(await axe(page)).toEqual([]);
  expect(await axe(audience)).toEqual([]);
  expect(await axe(noa.page)).toEqual([]);

  // Setting the stage: only the parking lot is open.
  await expect(noa.page.getByRole('textbox', { name: 'New sticky in Dev about Ops' })).toHaveCount(0);
  await post(noa.page, 'Parking lot', 'Who carries the pager at night?');
  await page.getByRole('tab', { name: 'Board' }).click();
  await expect(lane(page, 'Parking lot')).toContainText('Who carries the pager at night?');

  // Outmodels: each phone writes into its own group's lane, and sees only its own group's.
  await next(page, 'Culture map');
  await next(page, 'Outmodel');
  await post(noa.page, 'Dev about Ops', 'Treats every change as a risk to be stopped.');
  await noa.page.screenshot({ path: test.info().outputPath('phone-outmodel.png') });
  await post(avi.page, 'Ops about Dev', 'Ships on Friday afternoons and goes home.');
  await expect(lane(page, 'Dev about Ops')).toContainText('Treats every change as a risk to be stopped.');
  // Attributed to the group's lane, and to the name the phone gave.
  await expect(lane(page, 'Dev about Ops').locator('li.sticky').filter({ hasText: 'Treats every change as a risk to be stopped.' })).toContainText('by Noa');
  await expect(lane(page, 'Ops about Dev')).toContainText('Ships on Friday afternoons and goes home.');
  await expect(dana.page.getByRole('region', { name: 'Dev about Ops' })).toContainText('Treats every change as a risk to be stopped.');
  await expect(dana.page.getByRole('region', { name: 'Dev about Ops' })).toContainText('by Noa');
  expect(await avi.page.content()).not.toContain('Treats every change as a risk');
  expect(await noa.page.content()).not.toContain('Ships on Friday afternoons');
  // The room's screen shows the counts of private writing only, as ever.
  await expect(audience.locator('body')).not.toContainText('Treats every change as a risk');

  // Requirements: a typed requirement from a phone.
  await next(page, 'Requirements');
  await expect(noa.page.getByRole('textbox', { name: 'New sticky in Dev about Ops' })).toHaveCount(0);
  const devRequires = noa.page.getByRole('region', { name: 'Dev requires of Ops' });
  await devRequires.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Keep doing' });
  await post(noa.page, 'Dev requires of Ops', 'Keep the weekly release window open to us.');
  const posted = lane(page, 'Dev requires of Ops').locator('li.sticky').filter({ hasText: 'Keep the weekly release window open to us.' });
  await expect(posted).toContainText('Keep doing');

  // Everything revealed; Dev presents; Ops reacts from a phone to the item in the spotlight.
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal every group' }).click();
  await next(page, 'Presentation: Dev');
  const spotlight = page.getByRole('region', { name: 'In the spotlight' });
  await spotlight.getByRole('button', { name: 'Next item', exact: true }).click();
  const react = avi.page.getByRole('region', { name: 'React to this item' });
  await expect(react).toBeVisible();
  await avi.page.screenshot({ path: test.info().outputPath('phone-react.png') });
  await audience.screenshot({ path: test.info().outputPath('room-screen.png') });
  await expect(noa.page.getByRole('region', { name: 'React to this item' })).toHaveCount(0);
  await react.getByRole('button', { name: 'Accept if…' }).click();
  await react.getByRole('textbox', { name: 'On what condition' }).fill('If we review the first three together.');
  await react.getByRole('button', { name: 'Send the reaction' }).click();
  await expect(react.getByText('Reaction sent.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'What Dev presents' }).getByRole('listitem').first().locator('.badge').first()).toHaveText('Accept if…');

  // A round of dots, each person with their own: the phones vote, the facilitator closes it.
  await page.getByRole('tab', { name: 'Voting' }).click();
  await page.getByRole('radio', { name: 'Everyone on every lane chosen' }).check();
  await page.getByRole('radio', { name: 'Each participant present' }).check();
  await page.getByLabel('Dots per voter').fill('2');
  await page.getByLabel('Most dots on one item').fill('2');
  await page.getByRole('button', { name: 'Open the round', exact: true }).click();
  const item = 'Keep the weekly release window open to us.';
  for (const p of [noa, dana, avi]) {
    const ballot = p.page.getByRole('region', { name: 'Vote with your dots' });
    await expect(ballot).toContainText('2 dots left of 2');
    await ballot.getByRole('button', { name: `Add a dot to “${item}”` }).click();
    await expect(ballot).toContainText('1 dot left of 2');
  }
  // No phone sees anyone else's dots: Dana's ballot counts only her own.
  await expect(dana.page.getByRole('region', { name: 'Vote with your dots' }).getByRole('listitem').filter({ hasText: item })).toContainText('1 dot on this item');
  await page.getByRole('button', { name: 'Close the round' }).click();
  const results = page.locator('section.voting-round.closed .voting-results > li');
  await expect(results.first()).toContainText(item);
  await expect(results.first()).toContainText('3');

  // Off: every phone's session ends at once, and the room's screen drops the code.
  await page.getByRole('tab', { name: 'Room' }).click();
  await panel.getByRole('button', { name: 'Turn room join off' }).click();
  for (const p of [noa, avi, dana]) await expect(p.page.getByRole('heading', { name: 'Room join is off' })).toBeVisible();
  await expect(card).toHaveCount(0);
  const refused = await noa.page.evaluate(async (address) => (await fetch(`${address}api/lobby`, { method: 'POST', body: '{}' }).catch(() => null))?.status ?? 'unreachable', url);
  expect(refused).toBe('unreachable');

  expect(problems).toEqual([]);
  for (const p of [noa, avi, dana]) {
    expect(p.problems.filter((x) => !/ERR_CONNECTION_REFUSED|Failed to fetch|net::/.test(x))).toEqual([]);
    await p.close();
  }
});
