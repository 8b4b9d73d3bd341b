import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOSTILE_TEXTS, TOO_LONG } from '../fixtures/hostile-text';
import { boardTexts, guard, lane, openSample } from './support/board';

/** As the board keeps it: trimmed, and a textarea's line breaks are plain newlines. */
const asKept = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** Nothing a payload could have done: no flag set, no element it could have smuggled in. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll(
          'script:not([type="module"]), iframe:not(.print-frame), object, embed, marquee, base, form[action], meta[http-equiv="refresh"], link[rel="stylesheet"][href^="http"], [onerror], [onload], [onfocus], [ontoggle], [onclick], a[href^="javascript:"]',
        ).length,
    ),
  ).toBe(0);
}

test('hostile text typed into the board, the details and the room’s screen comes back as text, and nothing runs or leaves', async ({ page, context }) => {
  test.setTimeout(120_000);
  const problems = guard(page);
  await openSample(page);

  const composer = page.getByLabel('New sticky in Dev about Ops');
  for (const text of HOSTILE_TEXTS) {
    await composer.fill(text);
    await composer.press('Enter');
    await expect(composer).toHaveValue('');
  }
  // The documented limit: over 1,000 characters is refused with a message, and nothing is posted.
  await composer.fill(TOO_LONG);
  await composer.press('Enter');
  await expect(lane(page, 'Dev about Ops').getByRole('alert')).toContainText('at most 1000 characters');
  await composer.fill('');

  const texts = (await boardTexts(page))['Dev about Ops']!;
  for (const text of HOSTILE_TEXTS) expect(texts, JSON.stringify(text.slice(0, 60))).toContain(asKept(text));
  expect(texts).not.toContain(TOO_LONG);
  await expectNothingRan(page);

  // The room's screen shows the same words once Dev is revealed.
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal Dev' }).click();
  const room = await context.newPage();
  const roomProblems = guard(room);
  await room.goto('/?role=audience#/workshop/workshop%3Asample-nothere');
  await expect(room.locator('.audience')).toBeVisible();
  for (const text of HOSTILE_TEXTS.slice(0, 12)) await expect(room.getByText(asKept(text), { exact: true }).first()).toBeAttached();
  await expectNothingRan(room);
  expect(roomProblems).toEqual([]);
  await room.close();

  // The details: every field a person fills takes such text as text.
  await page.getByRole('link', { name: 'Edit details' }).click();
  const details = {
    Title: '<img src=x onerror="window.__pwned=1"> & “quotes”',
    Location: '<script>window.__pwned = "location"</script>',
    'Goal of the day': '[agree](javascript:window.__pwned=1) =HYPERLINK("x")',
    Chair: '\u202Eevil\u202C chair',
    Facilitator: '{{constructor.constructor("window.__pwned=1")()}}',
  };
  for (const [label, value] of Object.entries(details)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.locator('#details-groups-0-name').fill('<b>Dev</b>');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(details.Title);
  await expect(lane(page, '<b>Dev</b> about Ops')).toBeVisible();
  await expectNothingRan(page);
  await page.getByRole('link', { name: /Library/ }).click();
  await expect(page.getByRole('heading', { name: details.Title })).toBeVisible();
  await page.getByRole('listitem').filter({ hasText: details.Title }).getByRole('button', { name: 'Edit details' }).click();
  for (const [label, value] of Object.entries(details)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  await expectNothingRan(page);

  // The minutes as a web page, opened with script allowed: still nothing runs, nothing loads.
  await page.goto('/');
  await page.getByRole('listitem').filter({ hasText: details.Title }).getByRole('button', { name: 'Open' }).click();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Minutes as a web page' }).check();
  await dialog.getByLabel('Raw remarks').selectOption('full');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const html = readFileSync((await download.path())!, 'utf8');
  const minutes = await context.newPage();
  const minutesRequests: string[] = [];
  minutes.on('request', (r) => !r.url().startsWith('data:') && !r.url().startsWith('about:') && minutesRequests.push(r.url()));
  await minutes.setContent(html, { waitUntil: 'load' });
  const shown = await minutes.locator('body').innerText();
  for (const text of HOSTILE_TEXTS.filter((t) => !/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF\t]/.test(t) && !t.includes('\n'))) {
    expect(shown, JSON.stringify(text.slice(0, 60))).toContain(text.trim());
  }
  await expectNothingRan(minutes);
  expect(minutesRequests).toEqual([]);
  await minutes.close();

  expect(problems).toEqual([]);
});
