import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { toWorkshopFile } from '../../shared/schema';
import { bigWorkshop } from '../support/big-workshop';
import { guard } from './support/board';

const STICKIES = 1000;
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.closest('li.sticky')?.querySelector('.sticky-text')?.textContent ?? null);
const drawnStickies = (page: Page) => page.locator('li.sticky');

interface FirstFrame {
  drawn: number;
  mostInALane: number;
  restOnScreen: number;
}

/** In the page: at the first frame with a sticky in it, how many are drawn (in all, and at most in a lane), and how many parts of lanes not drawn yet are on the screen. */
function recordFirstFrame() {
  const watch = new MutationObserver(() => {
    if (!document.querySelector('li.sticky')) return;
    watch.disconnect();
    // Read in that frame's animation frame, just before it is painted: what the first paint shows
    // (no task of the app's can come in between).
    requestAnimationFrame(() => {
      const onScreen = [...document.querySelectorAll('.stickies-rest')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      });
      const perLane = [...document.querySelectorAll('section.lane')].map((lane) => lane.querySelectorAll('li.sticky').length);
      const first: FirstFrame = { drawn: document.querySelectorAll('li.sticky').length, mostInALane: Math.max(...perLane), restOnScreen: onScreen.length };
      (window as unknown as { __firstFrame: FirstFrame }).__firstFrame = first;
    });
  });
  watch.observe(document, { childList: true, subtree: true });
}

test('a board of 1,000 stickies: drawn a screen first, then whole; find and the keyboard reach what is not drawn yet', async ({ page }, testInfo) => {
  test.slow();
  const problems = guard(page);
  const bundle = bigWorkshop({ stickies: STICKIES });
  // A sticky in the requirements row, far below the first screen, whose words no other sticky has.
  const deep = bundle.stickies.filter((s) => s.kind === 'requirement' && bundle.stickies.filter((o) => o.text.includes(s.text)).length === 1).at(-1)!;
  const file = testInfo.outputPath('big.outmodel');
  writeFileSync(file, JSON.stringify(toWorkshopFile(bundle, '2026-03-12T18:00:00.000Z', 'e2e')));

  await page.goto('/');
  await page.getByLabel('Import a workshop file or backup…').setInputFiles(file);
  await page.waitForURL(/#\/workshop\//);
  await expect(drawnStickies(page)).toHaveCount(STICKIES, { timeout: 30_000 });
  await expect(page.locator('.mirror')).not.toHaveAttribute('aria-busy', 'true');

  // Opened again, in a window of any size: the first screen painted is whole (no part of a lane
  // not drawn yet is on it), though the board is not yet. In a big window, where a wide lane's
  // stickies are short, lanes draw more than their first page (6), as measured under them.
  await page.addInitScript(recordFirstFrame);
  const firstFrames: FirstFrame[] = [];
  for (const [width, height] of [
    [1280, 720],
    [2560, 1600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.reload();
    const first = (await (await page.waitForFunction(() => (window as unknown as { __firstFrame?: FirstFrame }).__firstFrame)).jsonValue())!;
    expect(first.restOnScreen, `a part not drawn yet on the first screen, ${width} × ${height}`).toBe(0);
    expect(first.drawn).toBeLessThan(STICKIES);
    firstFrames.push(first);
  }
  expect(firstFrames[1]!.mostInALane).toBeGreaterThan(6);
  expect(firstFrames[1]!.drawn).toBeGreaterThan(firstFrames[0]!.drawn);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Opened again: find goes to a sticky far down the board, drawn or not yet.
  await page.reload();
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  const field = page.getByRole('search', { name: 'Find on the board' }).getByRole('searchbox', { name: 'Words' });
  await field.fill(deep.text);
  await field.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(deep.text);
  await expect(page.locator('li.sticky:focus')).toBeInViewport();
  await page.keyboard.press('Escape');

  // Opened again: End from a lane's first sticky goes to its last one, as the whole board shows it.
  await page.reload();
  const first = page.locator('section.lane li.sticky').first();
  await first.focus();
  await page.keyboard.press('End');
  await expect(drawnStickies(page)).toHaveCount(STICKIES);
  const last = await page.evaluate(() => {
    const lane = document.querySelector('section.lane')!;
    const all = lane.querySelectorAll('li.sticky .sticky-text');
    return all[all.length - 1]!.textContent;
  });
  // Had End read a lane drawn in part, the focus would have stopped short, and stayed there.
  await expect.poll(() => focusedText(page)).toBe(last);

  // Once whole, nothing on the board is left undrawn, wherever it is scrolled to.
  await expect(page.locator('.mirror')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.stickies-rest')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByText(deep.text, { exact: true })).toHaveCount(1);

  // The room's preview in the side panel is a second board of the workshop: it comes and goes,
  // and the facilitator's board stays whole.
  await page.getByRole('tab', { name: 'Room' }).click();
  await expect(page.locator('.side-panel li.sticky').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.locator('.side-panel li.sticky')).toHaveCount(0);
  await expect(drawnStickies(page)).toHaveCount(STICKIES);
  await expect(page.locator('.stickies-rest')).toHaveCount(0);
  await expect(page.locator('.mirror')).not.toHaveAttribute('aria-busy', 'true');
  expect(problems).toEqual([]);
});

test('four groups side by side: nothing in a lane reaches past its edges, clusters, counts and long words included', async ({ page }, testInfo) => {
  const problems = guard(page);
  const file = testInfo.outputPath('four.outmodel');
  const bundle = bigWorkshop({ stickies: 120 });
  // Words longer than a lane is wide: a group's name (in its lanes' titles) and a cluster's title.
  bundle.groups[1]!.name = 'Infrastructureoperationsandreliabilityengineering';
  bundle.clusters[0]!.title = 'Changeadvisoryboardsignoffsandtheirwaitingtimes';
  writeFileSync(file, JSON.stringify(toWorkshopFile(bundle, '2026-03-12T18:00:00.000Z', 'e2e')));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await page.getByLabel('Import a workshop file or backup…').setInputFiles(file);
  await page.waitForURL(/#\/workshop\//);
  await expect(page.locator('.mirror')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('section.lane .cluster').first()).toBeVisible();
  // Every lane of the board (four side by side, the side panel open) inside the board, and every
  // box drawn inside a lane inside it.
  const overflowing = () =>
    page.evaluate(() => {
      const out: string[] = [];
      const board = document.querySelector('.mirror')!.getBoundingClientRect();
      const lanes = [...document.querySelectorAll<HTMLElement>('.mirror section.lane')];
      const outside = (box: DOMRect, edge: DOMRect) => box.width > 0 && (box.left < edge.left - 0.5 || box.right > edge.right + 0.5);
      for (const lane of lanes) {
        const edge = lane.getBoundingClientRect();
        if (outside(edge, board)) out.push(`lane "${lane.querySelector('h3')?.textContent}" outside the board`);
        for (const el of lane.querySelectorAll<HTMLElement>('.lane-header > *, .cluster, .cluster-header > *, li.sticky, .sticky-tags > *')) {
          if (outside(el.getBoundingClientRect(), edge)) out.push(`${el.className} "${el.textContent?.slice(0, 30)}"`);
        }
      }
      const top = lanes[0]!.getBoundingClientRect().top;
      return { sideBySide: lanes.filter((l) => l.getBoundingClientRect().top === top).length, out };
    });
  expect(await overflowing()).toEqual({ sideBySide: 4, out: [] });
  await page.screenshot({ path: testInfo.outputPath('four-groups-1400.png') });

  // The window made narrower (a laptop's 1,280 px): the lanes narrow with it. And a sticky's menu
  // in the first lane opens whole inside the window, with room to spare at its side (8 px).
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(overflowing).toEqual({ sideBySide: 4, out: [] });
  await page.locator('section.lane').first().locator('.sticky-menu-button').first().click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(7.5);
  expect(box.x + box.width).toBeLessThanOrEqual(1280 - 7.5);
  await page.screenshot({ path: testInfo.outputPath('menu-1280.png') });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  expect(problems).toEqual([]);
});
