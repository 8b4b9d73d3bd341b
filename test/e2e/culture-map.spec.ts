import { expect, test, type Locator, type Page } from '@playwright/test';
import { guard, openSample } from './support/board';

// The tray above the grid and the whole grid must be on screen together for a real drag.
test.use({ viewport: { width: 1600, height: 1800 } });

const grid = (page: Page) => page.getByRole('group', { name: 'The culture grid' });
const tray = (page: Page) => page.getByRole('region', { name: 'Still to place' });
/** A marker by its label, "Dev (by Ops)": its accessible name starts with it. */
const marker = (page: Page, label: string) => grid(page).locator(`.culture-marker[aria-label^="${label}"]`);
const chip = (page: Page, label: string) => tray(page).locator('.culture-chip').filter({ hasText: label });
const gapLines = (page: Page) => grid(page).locator('.culture-gap-line');
const gapList = (page: Page) => page.locator('.culture-gap-list');

/** The culture map sits in a tab above the board; a reload may bring the board back. */
async function openMap(page: Page) {
  const tab = page.getByRole('tab', { name: 'Culture map' });
  await expect(tab).toBeVisible();
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await expect(grid(page)).toBeVisible();
}

/** Where a grid point (-1…1 on both axes, personal at the top) is on the page. */
async function pointOnGrid(page: Page, x: number, y: number) {
  const plot = await grid(page).locator('.culture-plot').boundingBox();
  if (!plot) throw new Error('the grid is not on screen');
  return { x: plot.x + ((x + 1) / 2) * plot.width, y: plot.y + ((1 - y) / 2) * plot.height };
}

/** A real pointer drag: press on `handle`, move in steps, let go over the grid point. */
async function dragTo(page: Page, handle: Locator, x: number, y: number) {
  const box = await handle.boundingBox();
  if (!box) throw new Error('nothing to drag');
  const target = await pointOnGrid(page, x, y);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move((box.x + target.x) / 2, (box.y + target.y) / 2, { steps: 5 });
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();
}

const place = (page: Page, label: string, x: number, y: number) => dragTo(page, chip(page, label), x, y);
/** Drags a marker already on the grid by its ring's centre, so that it lands exactly where asked. */
const move = (page: Page, label: string, x: number, y: number) => dragTo(page, marker(page, label).locator('.culture-marker-ring'), x, y);

async function placingFor(page: Page, group: string) {
  await page.getByLabel('Placing for').selectOption({ label: group });
  await expect(page.getByLabel('Placing for').locator('option:checked')).toHaveText(group);
}

async function showAs(page: Page, group: string) {
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: `Show the board as ${group} sees it` }).click();
  await expect(page.getByText(`${group}’s view`)).toBeVisible();
  await openMap(page);
}

async function leaveGroupView(page: Page) {
  await page.getByRole('button', { name: 'Facilitator: leave this view' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Back to the facilitator’s board' }).click();
  await expect(page.getByRole('tab', { name: 'Room' })).toBeVisible();
}

const DEV_ON_DEV = 'Dev sees itself as competence; Ops sees Dev as control: far apart.';
const OPS_ON_OPS = 'Ops sees itself as control; Dev sees Ops as control: close.';

test('both groups place themselves and each other; once revealed, the gaps are drawn and stated, and they survive a reload', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  await openMap(page);
  await expect(page.locator('.culture-marker')).toHaveCount(0);
  await expect(page.getByText('When a group has placed itself and another group has placed it too')).toBeVisible();

  // Dev places itself (first in cultivation, then moved to competence) and Ops, by dragging.
  await placingFor(page, 'Dev');
  await expect(chip(page, 'Dev (by Dev)')).toBeVisible();
  await expect(chip(page, 'Ops (by Dev)')).toBeVisible();
  await place(page, 'Dev (by Dev)', 0.3, 0.5);
  await expect(marker(page, 'Dev (by Dev)')).toHaveAttribute('aria-label', /cultivation quadrant/);
  await expect(chip(page, 'Dev (by Dev)')).toHaveCount(0);
  await move(page, 'Dev (by Dev)', 0.7, -0.7);
  await expect(marker(page, 'Dev (by Dev)')).toHaveAttribute('aria-label', /competence quadrant/);
  // A move is one undoable step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(marker(page, 'Dev (by Dev)')).toHaveAttribute('aria-label', /cultivation quadrant/);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(marker(page, 'Dev (by Dev)')).toHaveAttribute('aria-label', /competence quadrant/);
  await place(page, 'Ops (by Dev)', -0.4, -0.3);
  await expect(marker(page, 'Ops (by Dev)')).toHaveAttribute('aria-label', /control quadrant/);
  await expect(tray(page)).toContainText('Every marker is on the grid.');

  // Ops places Dev by dragging, and itself without dragging: in the centre, then the arrow keys.
  await placingFor(page, 'Ops');
  await place(page, 'Dev (by Ops)', -0.7, -0.1);
  await expect(marker(page, 'Dev (by Ops)')).toHaveAttribute('aria-label', /control quadrant/);
  await tray(page).getByRole('listitem').filter({ hasText: 'Ops (by Ops)' }).getByRole('button', { name: 'Place in the centre' }).click();
  const opsSelf = marker(page, 'Ops (by Ops)');
  await expect(opsSelf).toBeFocused();
  await expect(opsSelf).toHaveAttribute('data-x', '0');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  await expect(opsSelf).toHaveAttribute('data-x', '-0.5');
  await expect(opsSelf).toHaveAttribute('data-y', '-0.5');
  await expect(opsSelf).toHaveAttribute('aria-label', /control quadrant/);
  await expect(tray(page)).toContainText('Every marker is on the grid.');

  // The facilitator sees all four, each marked private, and both gaps.
  await expect(page.locator('.culture-marker')).toHaveCount(4);
  await expect(page.locator('.culture-marker.private')).toHaveCount(4);
  await expect(gapLines(page)).toHaveCount(2);
  await expect(gapList(page)).toContainText(DEV_ON_DEV);
  await expect(gapList(page)).toContainText(OPS_ON_OPS);
  await expect(page.getByText('Dev’s markers are private: the room sees them once you reveal Dev.')).toBeVisible();
  await expect(page.getByText('Ops’s markers are private: the room sees them once you reveal Ops.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('culture-map-facilitator-private.png'), fullPage: true });

  // Before the reveal, Ops sees only its own markers, and is told that Dev's are private.
  await showAs(page, 'Ops');
  await expect(marker(page, 'Ops (by Ops)')).toBeVisible();
  await expect(marker(page, 'Dev (by Ops)')).toBeVisible();
  await expect(page.locator('.culture-marker')).toHaveCount(2);
  await expect(marker(page, 'Dev (by Dev)')).toHaveCount(0);
  await expect(marker(page, 'Ops (by Dev)')).toHaveCount(0);
  await expect(gapLines(page)).toHaveCount(0);
  await expect(page.getByText('Dev’s markers are private until revealed.')).toBeVisible();
  await expect(page.getByText('Ops’s markers are private until revealed.')).toHaveCount(0);
  await expect(tray(page)).toContainText('Every marker is on the grid.');
  expect(await page.content()).not.toContain('Dev (by Dev)');
  await page.screenshot({ path: testInfo.outputPath('culture-map-ops-before-reveal.png'), fullPage: true });
  await leaveGroupView(page);

  // The reveal: the room may see everything; the lines are drawn and the gaps put into words.
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal every group' }).click();
  await openMap(page);
  await expect(page.locator('.culture-marker.private')).toHaveCount(0);
  await expect(page.locator('.culture-private-note')).toHaveCount(0);
  await expect(gapLines(page)).toHaveCount(2);
  await expect(gapList(page).getByRole('listitem')).toHaveCount(2);
  await expect(gapList(page)).toContainText(DEV_ON_DEV);
  await expect(gapList(page)).toContainText(OPS_ON_OPS);

  // Now Ops sees Dev's markers too, and both gaps.
  await showAs(page, 'Ops');
  await expect(page.locator('.culture-marker')).toHaveCount(4);
  await expect(gapLines(page)).toHaveCount(2);
  await expect(gapList(page)).toContainText(DEV_ON_DEV);
  await expect(page.locator('.culture-private-note')).toHaveCount(0);
  await leaveGroupView(page);

  // A restart keeps every marker where it was put.
  await page.reload();
  await openMap(page);
  await expect(page.locator('.culture-marker')).toHaveCount(4);
  await expect(marker(page, 'Dev (by Dev)')).toHaveAttribute('aria-label', /competence quadrant/);
  await expect(marker(page, 'Ops (by Dev)')).toHaveAttribute('aria-label', /control quadrant/);
  await expect(marker(page, 'Dev (by Ops)')).toHaveAttribute('aria-label', /control quadrant/);
  await expect(marker(page, 'Ops (by Ops)')).toHaveAttribute('data-x', '-0.5');
  await expect(marker(page, 'Ops (by Ops)')).toHaveAttribute('data-y', '-0.5');
  await expect(gapLines(page)).toHaveCount(2);
  await expect(gapList(page)).toContainText(DEV_ON_DEV);
  await expect(gapList(page)).toContainText(OPS_ON_OPS);
  await page.screenshot({ path: testInfo.outputPath('culture-map-revealed.png'), fullPage: true });
  expect(problems).toEqual([]);
});

test('markers placed one after another with the keys, on a slow processor, each land where they were put', async ({ page, context }) => {
  const problems = guard(page);
  await openSample(page);
  await openMap(page);
  // Four times slower: each write is drawn well after its key, and the group placed before is
  // still being drawn when the next group's first marker is put down.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const plan = [
    ['Dev', 'Dev (by Dev)', 0.6, -0.5],
    ['Dev', 'Ops (by Dev)', -0.6, -0.6],
    ['Ops', 'Ops (by Ops)', -0.6, -0.4],
    ['Ops', 'Dev (by Ops)', 0.5, 0.2],
  ] as const;
  let placing: string | null = null;
  for (const [placer, , x, y] of plan) {
    if (placer !== placing) await page.getByLabel('Placing for').selectOption({ label: placer });
    placing = placer;
    // Straight away, as a quick facilitator does: the first marker still in the tray.
    await tray(page).getByRole('button', { name: 'Place in the centre' }).first().click();
    for (let k = 0; k < Math.abs(x) * 10; k++) await page.keyboard.press(x > 0 ? 'ArrowRight' : 'ArrowLeft');
    for (let k = 0; k < Math.abs(y) * 10; k++) await page.keyboard.press(y > 0 ? 'ArrowUp' : 'ArrowDown');
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  for (const [, label, x, y] of plan) {
    await expect(marker(page, label)).toHaveAttribute('data-x', String(x));
    await expect(marker(page, label)).toHaveAttribute('data-y', String(y));
  }
  expect(problems).toEqual([]);
});
