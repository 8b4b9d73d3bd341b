import { expect, test, type CDPSession, type Locator } from '@playwright/test';
import { guard, lane, openSample, sticky } from './support/board';

const TEXT = 'Our finished releases wait a week for the change board.';

async function centre(target: Locator) {
  const box = (await target.boundingBox())!;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** One finger, through the DevTools protocol: real touch events, as a touch screen sends them. */
function finger(cdp: CDPSession) {
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, radiusX: 8, radiusY: 8, force: 1 }] });
  return {
    down: (p: { x: number; y: number }) => send('touchStart', p.x, p.y),
    /** Moves in small steps, as a finger does. */
    async moveTo(from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) {
      for (let i = 1; i <= steps; i++) await send('touchMove', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    },
    up: (p: { x: number; y: number }) => send('touchEnd', p.x, p.y),
  };
}

// Tall enough that the lane it leaves and the lane it joins are both on screen.
test.use({ hasTouch: true, viewport: { width: 1280, height: 1400 } });

test('a finger long-presses a sticky, carries it to another lane and drops it there', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = finger(cdp);
  const from = await centre(sticky(page, TEXT));
  const to = await centre(lane(page, 'Dev requires of Ops').locator('.lane-header'));

  await touch.down(from);
  // A long press is a gesture of a given length: the finger rests past LONG_PRESS_MS (350 ms).
  // This wait is the input itself, not a guess at when the app is ready.
  await page.waitForTimeout(600);
  await touch.moveTo(from, { x: from.x + 12, y: from.y + 12 }, 2);
  await expect(sticky(page, TEXT)).toHaveClass(/dragging/);
  await expect(page.locator('.touch-preview')).toContainText(TEXT);
  await touch.moveTo({ x: from.x + 12, y: from.y + 12 }, to);
  await touch.up(to);

  await expect(lane(page, 'Dev requires of Ops').getByText(TEXT, { exact: true })).toBeVisible();
  await expect(lane(page, 'Dev about Ops').getByText(TEXT, { exact: true })).toHaveCount(0);
  await expect(page.locator('.touch-preview')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a quick swipe over a sticky does not lift it', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = finger(cdp);
  const from = await centre(sticky(page, TEXT));
  const to = await centre(lane(page, 'Dev requires of Ops').locator('.lane-header'));
  await touch.down(from);
  await touch.moveTo(from, to);
  await touch.up(to);
  await expect(lane(page, 'Dev about Ops').getByText(TEXT, { exact: true })).toBeVisible();
  await expect(lane(page, 'Dev requires of Ops').getByText(TEXT, { exact: true })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('two fingers pinching the board zoom it in and out', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const cdp = await page.context().newCDPSession(page);
  const box = (await page.locator('.mirror').boundingBox())!;
  // A point of the board well inside the screen (the board itself is taller than the screen).
  const board = { x: Math.round(box.x + box.width / 2), y: Math.round(Math.max(box.y, 0) + 200) };
  const pinch = async (startGap: number, endGap: number) => {
    const points = (gap: number) => [
      { x: board.x - gap / 2, y: board.y, id: 1 },
      { x: board.x + gap / 2, y: board.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(startGap) });
    for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(startGap + ((endGap - startGap) * i) / 8) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const level = page.locator('.zoom-level');
  await expect(level).toHaveText('100%');
  await pinch(100, 200);
  await expect(level).not.toHaveText('100%');
  const zoomed = Number((await level.textContent())!.replace('%', ''));
  expect(zoomed).toBeGreaterThan(100);
  await pinch(300, 100);
  await expect(level).not.toHaveText(`${zoomed}%`);
  expect(Number((await level.textContent())!.replace('%', ''))).toBeLessThan(zoomed);
  expect(problems).toEqual([]);
});
