import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchProfile, newProfileDir } from './support/browser';
import { boardTexts, guard, lane, openSample, sticky } from './support/board';

// Playwright requires a destructuring pattern even when the test takes no fixture.
// eslint-disable-next-line no-empty-pattern
test('a facilitator posts, pastes, drags, clusters, moves, undoes, and the board survives a restart exactly', async ({}, testInfo) => {
  const profile = newProfileDir();
  try {
    let context = await launchProfile(profile);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let page = context.pages()[0] ?? (await context.newPage());
    const problems = guard(page);
    await openSample(page);

    // Ten stickies in two lanes, by keyboard alone: type, Enter, and the field is ready again.
    const devComposer = page.getByLabel('New sticky in Dev about Ops');
    await devComposer.focus();
    for (let i = 1; i <= 5; i++) await page.keyboard.type(`Dev note ${i}`).then(() => page.keyboard.press('Enter'));
    await expect(devComposer).toHaveValue('');
    await expect(devComposer).toBeFocused();
    const opsComposer = page.getByLabel('New sticky in Ops requires of Dev');
    await opsComposer.focus();
    for (let i = 1; i <= 5; i++) await page.keyboard.type(`Ops asks ${i}`).then(() => page.keyboard.press('Enter'));
    await expect(lane(page, 'Dev about Ops').locator('li.sticky')).toHaveCount(9);
    await expect(lane(page, 'Ops requires of Dev').locator('li.sticky')).toHaveCount(8);
    await expect(lane(page, 'Ops requires of Dev').locator('li.sticky').last()).toContainText('Ops asks 5');

    // A paste of five lines asks first, then posts one sticky per line.
    await page.evaluate(() => navigator.clipboard.writeText('Paste one\nPaste two\n\nPaste three\nPaste four\nPaste five\n'));
    await page.getByLabel('New sticky in Parking lot').focus();
    await page.keyboard.press('Control+v');
    const confirm = page.getByRole('alertdialog', { name: 'Post 5 stickies?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Post 5 stickies' }).click();
    await expect(lane(page, 'Parking lot').locator('li.sticky')).toHaveCount(6);

    // Drag a sticky to another of its group's lanes (real HTML5 drag events).
    await sticky(page, 'Dev note 1').dragTo(lane(page, 'Dev requires of Ops').locator('.lane-header'));
    await expect(lane(page, 'Dev requires of Ops').locator('li.sticky').last()).toContainText('Dev note 1');
    await expect(lane(page, 'Dev about Ops')).not.toContainText('Dev note 1');

    // Drop one sticky onto another: they form a cluster, which asks for its title.
    await sticky(page, 'Dev note 3').dragTo(sticky(page, 'Dev note 2'));
    const title = page.getByLabel('Cluster title');
    await expect(title).toBeFocused();
    await title.fill('Release pain');
    await title.press('Enter');
    const cluster = page.getByRole('listitem', { name: 'Cluster: Release pain' });
    await expect(cluster.locator('li.sticky')).toHaveText([/Dev note 2/, /Dev note 3/]);

    // Move without dragging: the sticky's menu.
    await sticky(page, 'Dev note 4').getByRole('button', { name: 'Sticky actions' }).click();
    await page.getByRole('menuitem', { name: 'Move to…' }).click();
    await page.getByRole('menuitem', { name: 'Parking lot' }).click();
    await expect(lane(page, 'Parking lot')).toContainText('Dev note 4');

    // Undo the move and the cluster; redo them.
    const beforeUndo = await boardTexts(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(lane(page, 'Parking lot')).not.toContainText('Dev note 4');
    await page.keyboard.press('Control+z');
    await expect(cluster).toHaveCount(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(cluster).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(lane(page, 'Parking lot')).toContainText('Dev note 4');
    expect(await boardTexts(page)).toEqual(beforeUndo);

    await page.screenshot({ path: testInfo.outputPath('board.png'), fullPage: true });
    await page.reload();
    await expect(cluster).toBeVisible();
    expect(await boardTexts(page)).toEqual(beforeUndo);
    // Opened again on the board, the page reads the workshop from its first script, ahead of the
    // libraries' classic script and the app's own entry, and the board is drawn from that read.
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script')].map((s) => `${s.type || 'classic'} ${s.getAttribute('src') ?? ''}`));
    expect(scripts).toEqual([expect.stringMatching(/^module .*\/early-read-[\w-]+\.js$/), expect.stringMatching(/^classic .*\/vendor-[\w-]+\.js$/), expect.stringMatching(/^module .*\/index-[\w-]+\.js$/)]);
    // That first script asked for the board's own code too, as the build names it in the page.
    const screenCode = await page.evaluate(() => document.querySelector('meta[name="outmodel-screen-code"][data-route="workshop"]')?.getAttribute('content') ?? '');
    expect(screenCode).toMatch(/\.js/);
    for (const href of screenCode.split(' ')) await expect(page.locator(`link[rel="modulepreload"][href="${href}"]`)).toHaveCount(1);
    // The room's window, on the same workshop, asks for the room's screens instead.
    const room = await context.newPage();
    await room.goto(`/?role=audience${new URL(page.url()).hash}`);
    const roomCode = await room.evaluate(() => document.querySelector('meta[name="outmodel-screen-code"][data-route="audience"]')?.getAttribute('content') ?? '');
    expect(roomCode).toMatch(/AudienceApp-[\w-]+\.js/);
    for (const href of roomCode.split(' ')) await expect(room.locator(`link[rel="modulepreload"][href="${href}"]`)).toHaveCount(1);
    await room.close();
    // React, Dexie and i18next come from that classic script (compiled once, then taken from the cache), once.
    expect(await page.evaluate(() => Object.keys((window as unknown as { __outmodelVendor: object }).__outmodelVendor).sort())).toEqual(['dexie', 'i18next', 'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime']);
    expect(await page.evaluate(() => performance.getEntriesByName('outmodel: early read taken').length)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();

    context = await launchProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await openSample(page);
    await expect(page.getByRole('listitem', { name: 'Cluster: Release pain' })).toBeVisible();
    expect(await boardTexts(page)).toEqual(beforeUndo);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('two windows posting into one lane: a post lands after what the other window posted, once this window has shown it', async ({ page }) => {
  await openSample(page);
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(lane(other, 'Dev about Ops')).toBeVisible();
  const texts = (p: typeof page) => lane(p, 'Dev about Ops').locator('li.sticky .sticky-text');
  const post = async (p: typeof page, text: string) => {
    const composer = p.getByLabel('New sticky in Dev about Ops');
    await composer.fill(text);
    await composer.press('Enter');
    await expect(texts(p).last()).toHaveText(text);
  };
  // Two posts from this window: the second is written on this window's memory of the lane's end.
  await post(page, 'Here one');
  await post(page, 'Here two');
  await expect(texts(other).last()).toHaveText('Here two');
  // Two from the other window, which this window shows once it hears of them.
  await post(other, 'There one');
  await post(other, 'There two');
  await expect(texts(page).last()).toHaveText('There two');
  // This window's next post lands after them, not after its own last post.
  await post(page, 'Here three');
  await expect(texts(other).last()).toHaveText('Here three');
  const expected = ['Here one', 'Here two', 'There one', 'There two', 'Here three'];
  expect((await texts(page).allTextContents()).slice(-5)).toEqual(expected);
  expect((await texts(other).allTextContents()).slice(-5)).toEqual(expected);
  await other.close();
});

test('moving a sticky into the other group’s lane asks first, because it changes who wrote it', async ({ page }) => {
  await openSample(page);
  const text = 'Treats every change as a threat to the four nines.';
  await sticky(page, text).dragTo(lane(page, 'Ops about Dev').locator('.lane-header'));
  const dialog = page.getByRole('alertdialog', { name: 'Move into Ops’s lane?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(lane(page, 'Dev about Ops')).toContainText(text);

  await sticky(page, text).dragTo(lane(page, 'Ops about Dev').locator('.lane-header'));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move it to Ops' }).click();
  await expect(lane(page, 'Ops about Dev')).toContainText(text);
});

test('a sticky dropped on the top edge of another goes before it, on the bottom edge after it, and on itself stays put', async ({ page }) => {
  await openSample(page);
  const composer = page.getByLabel('New sticky in Dev about Ops');
  await composer.focus();
  for (const name of ['Order A', 'Order B', 'Order C']) await page.keyboard.type(name).then(() => page.keyboard.press('Enter'));
  const order = lane(page, 'Dev about Ops').locator('li.sticky .sticky-text').filter({ hasText: /^Order / });
  await expect(order).toHaveText(['Order A', 'Order B', 'Order C']);
  const edge = async (text: string, where: 'top' | 'bottom') => {
    const box = (await sticky(page, text).boundingBox())!;
    return { x: box.width / 2, y: where === 'top' ? 3 : box.height - 3 };
  };

  // While carried over the top edge of A, A shows where it would land. The three are in the middle
  // of the screen first: near its edge, Chromium scrolls the page under a drag. (Playwright hands
  // the page one dragover per move, at its first step: the last move is one step, to the edge.)
  await sticky(page, 'Order B').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await sticky(page, 'Order C').hover();
  await page.mouse.down();
  const aBox = (await sticky(page, 'Order A').boundingBox())!;
  await page.mouse.move(aBox.x + aBox.width / 2, aBox.y + aBox.height / 2, { steps: 4 });
  await expect(sticky(page, 'Order A')).toHaveClass(/drop-group/);
  await page.mouse.move(aBox.x + aBox.width / 2, aBox.y + 3);
  await expect(sticky(page, 'Order A')).toHaveClass(/drop-before/);
  await page.mouse.up();
  await expect(order).toHaveText(['Order C', 'Order A', 'Order B']);
  await expect(sticky(page, 'Order A')).not.toHaveClass(/drop-/);

  await sticky(page, 'Order C').dragTo(sticky(page, 'Order B'), { targetPosition: await edge('Order B', 'bottom') });
  await expect(order).toHaveText(['Order A', 'Order B', 'Order C']);

  // Dropped on itself, it stays where it was (not moved to the lane's end).
  await sticky(page, 'Order A').dragTo(sticky(page, 'Order A'), { targetPosition: await edge('Order A', 'top') });
  await sticky(page, 'Order B').dragTo(sticky(page, 'Order B'));
  await expect(order).toHaveText(['Order A', 'Order B', 'Order C']);
});

test('a sticky dropped on a cluster’s header joins the cluster, at its end; the header shows it while carried over', async ({ page }) => {
  await openSample(page);
  const composer = page.getByLabel('New sticky in Dev about Ops');
  await composer.focus();
  for (const name of ['Join A', 'Join B', 'Join C']) await page.keyboard.type(name).then(() => page.keyboard.press('Enter'));
  // B onto the middle of A: a cluster, named at once.
  await sticky(page, 'Join B').dragTo(sticky(page, 'Join A'));
  await page.getByLabel('Cluster title').fill('Joined');
  await page.keyboard.press('Enter');
  const cluster = page.getByRole('listitem', { name: /^Cluster: Joined/ });
  await expect(cluster.locator('li.sticky .sticky-text')).toHaveText(['Join A', 'Join B']);

  // C carried over the cluster's header: the header is outlined, the lane is not.
  const header = cluster.locator('.cluster-header');
  await header.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await sticky(page, 'Join C').hover();
  await page.mouse.down();
  const box = (await header.boundingBox())!;
  // Playwright hands the page one dragover per move, at its first step: the drag starts with a move
  // of a few steps, and a last move of one step lands on the header.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 4, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(header).toHaveClass(/drop-into/);
  await expect(lane(page, 'Dev about Ops')).not.toHaveClass(/drop-into/);
  await page.mouse.up();
  await expect(cluster.locator('li.sticky .sticky-text')).toHaveText(['Join A', 'Join B', 'Join C']);
  await expect(header).not.toHaveClass(/drop-into/);
});

test('keyboard: edit in place, reorder and move between lanes, delete with undo', async ({ page }) => {
  await openSample(page);
  const first = sticky(page, 'Treats every change as a threat to the four nines.');
  await first.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Treats every change as a risk.');
  await page.keyboard.press('Enter');
  const edited = sticky(page, 'Treats every change as a risk.');
  await expect(edited).toBeVisible();

  await edited.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(lane(page, 'Dev about Ops').locator('li.sticky').nth(1)).toContainText('Treats every change as a risk.');
  await expect(edited).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  // The next lane Dev may enter freely is its own requirements lane.
  await expect(lane(page, 'Dev requires of Ops')).toContainText('Treats every change as a risk.');
  await expect(edited).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Treats every change as a risk.')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(lane(page, 'Dev requires of Ops')).toContainText('Treats every change as a risk.');
});

test('bad input: blank stickies are not posted, over 1,000 characters is refused and kept, markup shows as text', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  const composer = page.getByLabel('New sticky in Ops about Dev');
  await composer.fill('    ');
  await composer.press('Enter');
  await expect(lane(page, 'Ops about Dev').locator('li.sticky')).toHaveCount(4);

  const long = 'x'.repeat(1001);
  await composer.fill(long);
  await composer.press('Enter');
  await expect(lane(page, 'Ops about Dev').getByRole('alert')).toContainText('at most 1000 characters');
  await expect(composer).toHaveValue(long);
  await expect(lane(page, 'Ops about Dev').locator('li.sticky')).toHaveCount(4);

  const markup = '<img src=x onerror="document.title=\'owned\'"><script>alert(1)</script> & <b>bold</b>';
  await composer.fill(markup);
  await composer.press('Enter');
  await expect(sticky(page, markup)).toBeVisible();
  await expect(page).not.toHaveTitle('owned');
  expect(await page.locator('section.lane img, section.lane script, section.lane b').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('the composer grows with what is typed, so the whole sticky shows while written, up to eight lines; posting shrinks it back', async ({ page }) => {
  await openSample(page);
  const composer = page.getByLabel('New sticky in Dev about Ops');
  const size = () => composer.evaluate((field: HTMLTextAreaElement) => ({ height: field.clientHeight, content: field.scrollHeight, line: parseFloat(getComputedStyle(field).lineHeight) }));
  const empty = await size();

  await composer.fill('Ops holds the release calendar, and we wait two weeks for a slot; nobody tells us why the slot moved again last week.');
  const three = await size();
  expect(three.height).toBeGreaterThan(empty.height + three.line * 1.5);
  expect(three.content).toBeLessThanOrEqual(three.height + 1);

  await composer.fill('A long sticky that goes on. '.repeat(30));
  const long = await size();
  expect(long.height).toBeLessThanOrEqual(long.line * 9 + 2);
  expect(long.content).toBeGreaterThan(long.height);

  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  await expect.poll(async () => (await size()).height).toBe(empty.height);
});

test('a sticky’s menu at the foot of a line of lanes is drawn whole over the line below, and works there', async ({ page }) => {
  await openSample(page);
  const last = lane(page, 'Dev about Ops').locator('li.sticky').last();
  const text = (await last.locator('.sticky-text').textContent())!;
  await last.hover();
  await last.getByRole('button', { name: 'Sticky actions' }).click();
  const remove = page.getByRole('menuitem', { name: 'Delete' });
  await remove.scrollIntoViewIfNeeded();
  // The item reaches past the line's foot, over the lanes of the line below.
  const lineFoot = await page.locator('.lane-line').first().evaluate((row) => row.getBoundingClientRect().bottom);
  const box = (await remove.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(lineFoot);
  const seen = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="menuitem"]')?.textContent, { x: box.x + box.width / 2, y: box.y + box.height - 4 });
  expect(seen).toBe('Delete');
  await remove.click();
  await expect(lane(page, 'Dev about Ops')).not.toContainText(text);
});

test('zoom makes the board larger for the projector and back', async ({ page }) => {
  await openSample(page);
  const text = sticky(page, 'Treats every change as a threat to the four nines.').locator('.sticky-text');
  const before = await text.evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('button', { name: 'Actual size' })).toHaveText('130%');
  const after = await text.evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
  expect(after).toBeGreaterThan(before * 1.25);
  await page.keyboard.press('Control+0');
  await expect(page.getByRole('button', { name: 'Actual size' })).toHaveText('100%');
});
