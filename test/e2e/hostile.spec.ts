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
          // The page's own scripts are its modules and the libraries' classic script (named in its head).
          'script:not([type="module"]):not(head > script[defer][src^="./assets/vendor-"]), iframe:not(.print-frame), object, embed, marquee, base, form[action], meta[http-equiv="refresh"], link[rel="stylesheet"][href^="http"], [onerror], [onload], [onfocus], [ontoggle], [onclick], a[href^="javascript:"]',
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

  // The composer is ready again at once; the last posts may still be on their way to the board.
  await expect.poll(async () => (await boardTexts(page))['Dev about Ops']!.filter((t) => HOSTILE_TEXTS.some((h) => asKept(h) === t)).length).toBe(HOSTILE_TEXTS.length);
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

test('hostile text in agreements, answers, decisions, actions and notes comes back as text, and nothing runs', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const [agreementText, answerText, decisionText, rationale, actionText, done, notes] = [
    '<img src=x onerror="window.__pwned=\'agreement\'"> we will',
    '"><script>window.__pwned="answer"</script>',
    '=HYPERLINK("http://evil.invalid/","decide")',
    '[rationale](javascript:window.__pwned=1) \u202Eevil\u202C',
    'Write <b>runbooks</b> ${window.__pwned = "action"}',
    '<svg onload="window.__pwned=\'done\'"></svg>',
    '{{constructor.constructor("window.__pwned=1")()}} <iframe srcdoc="x">',
  ];
  await page.getByRole('tab', { name: 'Agreements' }).click();
  const form = page.getByRole('region', { name: 'New agreement' });
  await form.getByRole('checkbox', { name: 'Stop requiring a manual sign-off for low-risk configuration changes.' }).check();
  await form.getByRole('checkbox', { name: 'Ship a runbook and a tested rollback with every release.' }).check();
  await form.getByLabel('We will … if you will …').fill(agreementText);
  await form.getByRole('button', { name: 'Create the agreement' }).click();
  const agreement = page.getByRole('article', { name: 'Agreement 1' });
  await expect(agreement.locator('.agreement-text')).toHaveText(agreementText);
  const answer = agreement.getByRole('group', { name: 'Ops answers' });
  await answer.getByRole('radio', { name: 'Decline', exact: true }).check();
  await answer.getByLabel('Why not').fill(answerText);
  await answer.getByRole('button', { name: 'Record the answer' }).click();
  await expect(agreement.getByRole('region', { name: 'Ops said' })).toContainText(answerText);

  const decision = page.getByRole('region', { name: 'New decision' });
  await decision.getByLabel('Decision', { exact: true }).fill(decisionText);
  await decision.getByLabel('Rationale').fill(rationale);
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('list', { name: 'Decisions' })).toContainText(decisionText);
  await expect(page.getByRole('list', { name: 'Decisions' })).toContainText(rationale);

  const action = page.getByRole('region', { name: 'New action item' });
  await action.getByLabel('What is to be done').fill(actionText);
  await action.getByLabel('Owner').selectOption({ index: 1 });
  await action.getByLabel('Definition of done').fill(done);
  await action.getByRole('button', { name: /Add the action/ }).click();
  await expect(page.getByText(actionText, { exact: true })).toBeVisible();
  await expect(page.getByText(done, { exact: false })).toBeVisible();

  await page.getByRole('tab', { name: 'Notes' }).click();
  const notesField = page.getByLabel(/^Your notes on/);
  await notesField.fill(notes);
  await notesField.blur();
  // Saved when the field loses focus: wait until the note is in the database, then reload.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('outmodel');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('phases').objectStore('phases').getAll();
              request.onsuccess = () => {
                resolve((request.result as { notes: string }[]).map((p) => p.notes));
                open.result.close();
              };
            };
          }),
      ),
    )
    .toContain(notes);
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(page.getByLabel(/^Your notes on/)).toHaveValue(notes);
  await page.getByRole('tab', { name: 'Agreements' }).click();
  await expect(page.getByRole('article', { name: 'Agreement 1' }).locator('.agreement-text')).toHaveText(agreementText);
  await expectNothingRan(page);
  expect(problems).toEqual([]);
});
