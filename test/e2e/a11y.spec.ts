import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guard, lane, openSample, sticky } from './support/board';

/**
 * Accessibility: axe-core over every view (WCAG 2.x A and AA rules), screen-reader names for the
 * board's parts, live announcements of the room's time, and the app at 200% zoom.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SAMPLE = '#/workshop/workshop%3Asample-nothere';

/** Runs axe on the page as it stands; returns its serious and critical violations, one readable line each. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${where}: [${v.impact}] ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    );
}

test('axe finds no serious or critical violation in any view, menu or dialog', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = guard(page);
  const found: string[] = [];
  const check = async (where: string) => found.push(...(await seriousViolations(page, where)));

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await check('library');

  await page.getByRole('button', { name: 'Snapshots…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('snapshots dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset the sample' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('confirmation dialog');
  await page.getByRole('alertdialog').getByRole('button').first().click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'New workshop' }).click();
  await expect(page.locator('#details-title')).toBeVisible();
  await check('new workshop form');
  await page.locator('#details-title').fill('');
  await page.locator('.details-form button[type=submit]').click();
  await check('new workshop form, refused');

  await page.goto(`/${SAMPLE}/details`);
  await expect(page.locator('#details-title')).not.toHaveValue('');
  await check('details');

  await page.goto(`/${SAMPLE}`);
  await expect(page.locator('section.lane').first()).toBeVisible();
  await check('board');
  await page.locator('section.lane-requirement li.sticky').first().locator('.sticky-menu-button').click();
  await expect(page.getByRole('menu')).toBeVisible();
  await check('sticky menu');
  await page.keyboard.press('Escape');

  const sideTab = (n: number) => page.locator('.side-panel [role=tab]').nth(n);
  for (const [n, name] of ['agenda', 'guide', 'notes', 'room'].entries()) {
    await sideTab(n).click();
    await expect(sideTab(n)).toHaveAttribute('aria-selected', 'true');
    await check(`side panel: ${name}`);
  }
  await sideTab(0).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('timer')).toContainText('Running');
  await check('board, running');

  const mainTab = (n: number) => page.locator('.main-tabs [role=tab]').nth(n);
  for (const [n, name] of ['board', 'culture map', 'presentation', 'voting', 'agreements', 'close'].entries()) {
    await mainTab(n).click();
    await expect(mainTab(n)).toHaveAttribute('aria-selected', 'true');
    await check(`main tab: ${name}`);
  }
  await mainTab(3).click();
  await page.locator('.voting form button[type=submit], .voting button.primary').first().click();
  await check('voting, round open');
  await mainTab(0).click();

  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('export dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Find, the shortcuts overlay and the merge dialog.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('change');
  await check('find bar with matches');
  await page.keyboard.press('Escape');
  await page.locator('li.sticky').first().focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('shortcuts overlay');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Merge…' }).click();
  await check('merge dialog');
  await page.keyboard.press('Escape');

  await sideTab(3).click();
  await page.locator('.room-panel section').nth(1).locator('button').first().click(); // a group's view
  await expect(page.locator('.group-view')).toBeVisible();
  await check('group view');
  await page.goto(`/${SAMPLE}/capture`);
  await expect(page.getByRole('heading', { name: 'Which group are you in?' })).toBeVisible();
  await check('participants’ screen, picking');
  await page.getByRole('button', { name: 'Dev', exact: true }).click();
  await check('participants’ screen, writing');

  const room = await page.context().newPage();
  await room.goto(`/?role=audience${SAMPLE}`);
  await expect(room.getByRole('timer')).toBeVisible();
  found.push(...(await seriousViolations(room, 'room window')));

  expect(found, found.join('\n')).toEqual([]);
  expect(problems).toEqual([]);
});

test('in Hebrew, right to left, the library and the board pass axe too', async ({ page }) => {
  const found: string[] = [];
  await page.goto('/');
  await page.getByLabel('Language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  found.push(...(await seriousViolations(page, 'library (he)')));
  await page.goto(`/${SAMPLE}`);
  await expect(page.locator('section.lane').first()).toBeVisible();
  found.push(...(await seriousViolations(page, 'board (he)')));
  expect(found, found.join('\n')).toEqual([]);
});

test('screen readers get a name for lanes, stickies, clusters and the timer', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  await expect(page.getByRole('region', { name: 'Dev about Ops', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dev about Ops', exact: true }).locator('.lane-header')).toContainText(/\d+ stick(y|ies)/);

  const composer = lane(page, 'Dev about Ops').getByRole('textbox').last();
  for (const text of ['A11y note 1', 'A11y note 2']) {
    await composer.fill(text);
    await composer.press('Enter');
  }
  await expect(page.getByRole('listitem', { name: 'A11y note 1. Dev', exact: true })).toBeVisible();
  // A requirement is named with its group and its type.
  await expect(lane(page, 'Dev requires of Ops').getByRole('listitem').first()).toHaveAccessibleName(/\. Dev, \S+/);

  await sticky(page, 'A11y note 2').dragTo(sticky(page, 'A11y note 1'));
  await page.getByLabel('Cluster title').fill('Spoken');
  await page.getByLabel('Cluster title').press('Enter');
  await expect(page.getByRole('listitem', { name: 'Cluster: Spoken, 2 stickies', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Start the workshop' }).click();
  // The clock runs on real time here: it may already have ticked.
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^Time left in this phase: (15 minutes|14 minutes \d+ seconds?) left, Running$/);
  expect(problems).toEqual([]);
});

test('phase changes and the timer warning are announced politely, in the facilitator’s window and the room’s', async ({ page }) => {
  const problems = guard(page);
  let now = Date.parse('2026-03-12T09:00:00Z');
  await page.clock.setFixedTime(now);
  await openSample(page);
  const spoken = (p: Page) => p.locator('.live-announcer[aria-live="polite"]');
  await expect(spoken(page)).toHaveText('');

  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(spoken(page)).toHaveText('Now: Set the stage, 15 minutes');

  const room = await page.context().newPage();
  await room.goto(`/?role=audience${SAMPLE}`);
  await expect(spoken(room)).toHaveText('Now: Set the stage, 15 minutes');

  await page.getByRole('button', { name: 'Next phase', exact: true }).click();
  await expect(spoken(page)).toHaveText('Now: Culture map, 15 minutes');
  await expect(spoken(room)).toHaveText('Now: Culture map, 15 minutes');

  // The app's warning setting is a minute before the end: at 1:01 nothing is said yet, at 1:00 the warning is.
  now += 14 * 60_000 - 1_000;
  await page.clock.setFixedTime(now);
  await expect(page.getByRole('timer')).toContainText('1:01');
  await expect(spoken(page)).toHaveText('Now: Culture map, 15 minutes');
  now += 1_000;
  await page.clock.setFixedTime(now);
  await expect(spoken(page)).toHaveText('1 minute left');
  await expect(spoken(room)).toHaveText('1 minute left');
  now += 61_000;
  await page.clock.setFixedTime(now);
  await expect(spoken(page)).toHaveText('Time is up: Culture map');
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^Time left in this phase: 1 second over time, Time is up$/);
  expect(problems).toEqual([]);
});

test('every group colour comes with the group’s mark, so the board reads in greyscale', async ({ page }) => {
  await openSample(page);
  // Each lane a group wrote carries its mark beside the colour of its top border.
  for (const section of await page.locator('section.lane').all()) {
    const coloured = await section.evaluate((n) => n.style.borderTopColor !== '');
    if (coloured) await expect(section.locator('.lane-header .group-mark')).toHaveCount(1);
  }
  await page.locator('.main-tabs [role=tab]').nth(1).click();
  const markers = page.locator('.culture-marker');
  for (const marker of await markers.all()) await expect(marker.locator('.group-mark')).toHaveCount(1);
});

test.describe('at 200% zoom (a 1280×800 window: 640×400 CSS pixels at twice the density)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  /** The page itself never scrolls sideways; the lanes may, inside their own scroller. */
  const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  async function reachable(page: Page, name: string | RegExp) {
    const button = page.getByRole('button', { name, exact: true }).first();
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
  }

  test('the library, the board and the export dialog fit the width and keep their main buttons reachable', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await reachable(page, 'New workshop');
    await reachable(page, 'Open');

    await page.goto(`/${SAMPLE}`);
    await expect(page.locator('section.lane').first()).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await reachable(page, 'Start the workshop');
    await expect(page.locator('.main-tabs [role=tab]').first()).toBeVisible();

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    const buttons = dialog.getByRole('button');
    for (const button of await buttons.all()) {
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
    }
  });
});
