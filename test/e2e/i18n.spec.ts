import { expect, test, type Page } from '@playwright/test';
import { guard, lane, sticky } from './support/board';

/**
 * Every piece of text on the screen that is not the room's own words must come from a catalog.
 * In the pseudo-locale every catalog string is wrapped in ⟦…⟧, so any letter left outside the
 * brackets (and outside user text, marked dir="auto", and Intl dates, in <time>) is hard-coded.
 */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // Catalog strings may nest (a lane title inside a label): strip the innermost until none is left.
    const strip = (text: string) => {
      let rest = text;
      for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
      return rest;
    };
    const letters = /\p{L}/u;
    const skipped = (el: Element | null) => !!el?.closest('[dir="auto"], time, script, style');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!skipped(node.parentElement) && letters.test(strip(text))) found.push(`text: ${text.trim()}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && !el.matches('[dir="auto"]') && letters.test(strip(value))) found.push(`${attr}: ${value}`);
      }
    }
    return found;
  });
}

test('every view, menu, dialog and message takes its text from the catalog (pseudo-locale crawl)', async ({ page }) => {
  const problems = guard(page);
  const seen: string[] = [];
  const crawl = async (where: string) => {
    for (const text of await untranslated(page)) seen.push(`${where}: ${text}`);
  };
  await page.goto('/?lang=en-XA#/');
  await expect(page.locator('h1')).toHaveText('⟦Óúţɱóďéļ⟧');
  await crawl('library');

  const card = page.locator('li.workshop-card').first();
  await card.getByRole('button').nth(2).click(); // rename
  await page.locator('.rename input').fill('');
  await page.locator('.rename button[type=submit]').click();
  await crawl('library, rename refused');
  await page.locator('.rename input').press('Escape');

  await page.locator('.app-footer button').click(); // reset the sample
  await crawl('library, reset dialog');
  await page.getByRole('alertdialog').getByRole('button').first().click();

  await page.locator('.header-actions button.primary').click(); // new workshop
  await page.locator('#details-title').fill('');
  await page.locator('#details-groups-1-name').fill('Dev');
  await page.locator('#details-date').fill('');
  await page.locator('.group-editor').first().locator('.participants > button').click();
  await page.locator('.details-form button[type=submit]').click();
  await crawl('new workshop, refused');

  await page.goto('/?lang=en-XA#/workshop/workshop%3Asample-nothere/details');
  await expect(page.locator('#details-title')).not.toHaveValue('');
  await crawl('edit details');

  await page.goto('/?lang=en-XA#/workshop/workshop%3Asample-nothere');
  await expect(page.locator('section.lane').first()).toBeVisible();
  await crawl('board');
  await page.keyboard.press('Control+f'); // find, with a match gone to
  await page.locator('.find-bar input[type=search]').fill('a');
  await page.locator('.find-bar input[type=search]').press('Enter');
  await crawl('find bar');
  await page.locator('.find-bar input[type=search]').press('Escape');
  // The keyboard: the "?" overlay, and a carry's announcement.
  await page.locator('section.lane-outmodel li.sticky').first().focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await crawl('shortcuts overlay');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('li.sticky[data-carry="onto"]')).toHaveCount(1);
  await crawl('keyboard carry');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-carry]')).toHaveCount(0);
  const requirement = page.locator('section.lane-requirement li.sticky').first();
  await requirement.locator('.sticky-menu-button').click();
  await crawl('sticky menu');
  for (const page_ of [1, 2, 3]) {
    await page.getByRole('menuitem').nth(page_).click();
    await crawl(`sticky menu page ${page_}`);
    await page.getByRole('menuitem').last().click(); // back
  }
  await page.keyboard.press('Escape');

  const [first, second] = [page.locator('section.lane-outmodel li.sticky').nth(0), page.locator('section.lane-outmodel li.sticky').nth(1)];
  await second.dragTo(first);
  await crawl('cluster title');
  await page.keyboard.press('Escape');
  await page.locator('section.lane-outmodel li.sticky').nth(3).dragTo(page.locator('section.lane-outmodel').nth(1).locator('.lane-header'));
  await crawl('move confirmation');
  await page.getByRole('alertdialog').getByRole('button').first().click();

  const composer = page.locator('section.lane-outmodel textarea').first();
  await composer.fill('x'.repeat(1001));
  await composer.press('Enter');
  await crawl('sticky too long');
  await composer.fill('');
  await page.locator('section.lane-outmodel li.sticky').first().focus();
  await page.keyboard.press('Delete');
  await crawl('deleted, with undo');
  await page.locator('section.lane-outmodel li.sticky').first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await crawl('edit refused');

  // Running the room: the run bar, every tab of the side panel, the agenda editor, a group's view.
  await page.locator('.run-bar button.primary').click();
  await crawl('run bar, running');
  await page.locator('.run-controls button').nth(1).click(); // pause
  await crawl('run bar, paused');
  const sideTab = (n: number) => page.locator('.side-panel [role=tab]').nth(n);
  for (const tab of [1, 2, 3]) {
    await sideTab(tab).click();
    await crawl(`side panel tab ${tab}`);
  }
  // Room join, on: the phones' count, the address, the code and the QR code's name.
  await page.locator('.room-join select').selectOption('127.0.0.1');
  await page.locator('.room-join button.primary').click();
  await expect(page.locator('.room-join-on')).toBeVisible();
  await crawl('room join, on');
  await page.locator('.room-join > button').click();
  await expect(page.locator('.room-join-on')).toHaveCount(0);
  await sideTab(0).click();
  await page.locator('.agenda-item').nth(1).locator('.agenda-buttons button').nth(1).click(); // edit
  await page.locator('.phase-editor input').first().fill('');
  await page.locator('.phase-editor button[type=submit]').click();
  await crawl('agenda editor, refused');
  // The main views: the culture map, a presentation with a reaction refused, voting.
  const mainTab = (n: number) => page.locator('.main-tabs [role=tab]').nth(n);
  await mainTab(1).click();
  await crawl('culture map');
  await page.locator('.culture-map button').first().click().catch(() => undefined);
  await crawl('culture map, placing');
  await mainTab(2).click();
  await crawl('presentation, nobody');
  await page.locator('.presenter-pick button').first().click();
  await crawl('presentation');
  await page.locator('.reaction-form [role=radio]').nth(2).click();
  await page.locator('.reaction-form button.primary').click();
  await crawl('presentation, reaction refused');
  await mainTab(3).click();
  await crawl('voting');
  await page.locator('.voting form button[type=submit], .voting button.primary').first().click();
  await crawl('voting, round open');
  await mainTab(0).click();

  // Files: the export dialog for each kind of export, and the merge dialog.
  await page.keyboard.press('Control+e');
  for (const choice of [0, 2, 7]) {
    await page.locator('.export-choice input').nth(choice).check();
    await crawl(`export dialog, choice ${choice}`);
  }
  await page.keyboard.press('Escape');
  await page.locator('.workshop-header .header-actions button').nth(-2).click(); // merge
  await crawl('merge dialog');
  await page.keyboard.press('Escape');

  await sideTab(3).click();
  await page.locator('.room-panel section').nth(1).locator('button').first().click(); // a group's view
  await expect(page.locator('.group-view')).toBeVisible();
  await crawl('group view');
  await page.locator('.group-view-header .header-actions button').last().click();
  await crawl('group view, leaving');
  await page.getByRole('alertdialog').getByRole('button').last().click();

  // The participants' screen: handing over (a refused PIN), picking, writing, unlocking.
  await expect(page.locator('.side-panel')).toBeVisible();
  await sideTab(3).click();
  await page.locator('.capture-start input').fill('12');
  await page.locator('.capture-start button[type=submit]').click();
  await crawl('capture, PIN refused');
  await page.locator('.capture-start input').fill('2468');
  await page.locator('.capture-start button[type=submit]').click();
  await expect(page.locator('.capture-picker')).toBeVisible();
  await crawl('capture, picking');
  await page.locator('.capture-group').first().click();
  await crawl('capture, writing');
  await page.locator('.capture-header .header-actions button').last().click();
  await page.locator('.dialog input').fill('0000');
  await page.locator('.dialog button[type=submit]').click();
  await crawl('capture, wrong PIN');
  await page.locator('.dialog input').fill('2468');
  await page.locator('.dialog button[type=submit]').click();
  await expect(page.locator('.side-panel')).toBeVisible();

  // The library's snapshots dialog.
  await page.goto('/?lang=en-XA#/');
  await page.locator('.library-files button').last().click();
  await crawl('snapshots dialog');

  expect(seen).toEqual([]);
  expect(problems).toEqual([]);
});

test('in Hebrew the whole app lays out right to left, with mixed text shown correctly', async ({ page }, testInfo) => {
  const problems = guard(page);
  await page.goto('/');
  await page.getByLabel('Language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page.getByRole('button', { name: 'סדנה חדשה' })).toBeVisible();
  // Dates through Intl, in Hebrew.
  await expect(page.locator('li.workshop-card time').first()).toHaveText(/במרץ 2026/);
  // The sample was seeded in English on the first start; reset brings it back in the app's language.
  await page.getByRole('button', { name: 'איפוס הדוגמה' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'איפוס הדוגמה' }).click();
  await expect(page.getByRole('heading', { name: 'NotHere בע״מ: לגרום לחתולים לעבוד עם כלבים' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('library-he.png'), fullPage: true });

  await page.getByRole('button', { name: 'פתיחה' }).click();
  const devAboutOps = lane(page, 'פיתוח על תפעול');
  const opsAboutDev = lane(page, 'תפעול על פיתוח');
  await expect(devAboutOps).toBeVisible();
  // Right to left: the first lane of the mirror stands on the right.
  const [a, b] = [await devAboutOps.boundingBox(), await opsAboutDev.boundingBox()];
  expect(a!.x).toBeGreaterThan(b!.x);

  const mixed = 'ה־CI/CD שלנו רץ 3 פעמים ביום (v2.1)';
  const composer = page.getByLabel('פתק חדש ב־פיתוח על תפעול');
  await composer.fill(mixed);
  await composer.press('Enter');
  const posted = sticky(page, mixed);
  await expect(posted).toBeVisible();
  await expect(posted.locator('.sticky-text')).toHaveAttribute('dir', 'auto');
  expect(await posted.locator('.sticky-text').evaluate((n) => getComputedStyle(n).direction)).toBe('rtl');
  const english = 'Deploys need a CAB ticket';
  await composer.fill(english);
  await composer.press('Enter');
  expect(await sticky(page, english).locator('.sticky-text').evaluate((n) => getComputedStyle(n).direction)).toBe('ltr');

  // Keyboard arrows follow the page: Alt+Left carries a sticky to the lane after it.
  await posted.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(lane(page, 'פיתוח דורשת מ־תפעול')).toContainText(mixed);
  await page.screenshot({ path: testInfo.outputPath('board-he.png'), fullPage: true });
  expect(problems).toEqual([]);
});

test('each workshop keeps the language its minutes are written in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title').fill('Minutes in Hebrew');
  await page.getByLabel('Language of the minutes').selectOption('he');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Minutes in Hebrew' }).getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Language of the minutes')).toHaveValue('he');
  await page.reload();
  await expect(page.getByLabel('Language of the minutes')).toHaveValue('he');
});
