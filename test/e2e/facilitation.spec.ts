import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchProfile, newProfileDir } from './support/browser';
import { guard, lane, openSample } from './support/board';

const T0 = Date.parse('2026-03-12T09:00:00Z');

/**
 * The page's clock stands still at a chosen time (its timers keep running, so the app works as
 * usual); `advance` moves it on by "mm:ss".
 */
function fakeTime(page: Page, start: number) {
  let now = start;
  return {
    start: () => page.clock.setFixedTime(now),
    advance: async (mmss: string) => {
      const [m, s] = mmss.split(':').map(Number) as [number, number];
      now += (m * 60 + s) * 1000;
      await page.clock.setFixedTime(now);
    },
    get now() {
      return now;
    },
  };
}
const clock = (page: Page) => page.getByRole('timer');
const agendaItem = (page: Page, title: string) => page.locator('.agenda-item').filter({ hasText: title });

/** Counts the chimes the page tries to play. */
async function countChimes(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { chimes: number };
    w.chimes = 0;
    HTMLMediaElement.prototype.play = function play() {
      w.chimes += 1;
      return Promise.resolve();
    };
  });
}
const chimes = (page: Page) => page.evaluate(() => (window as unknown as { chimes: number }).chimes);

// Playwright requires a destructuring pattern even when the test takes no fixture.
// eslint-disable-next-line no-empty-pattern
test('the facilitator runs the agenda through four phases with the timer; a restart resumes it exactly', async ({}, testInfo) => {
  const profile = newProfileDir();
  try {
    let context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    const problems = guard(page);
    await countChimes(page);
    const time = fakeTime(page, T0);
    await time.start();
    await openSample(page);

    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await expect(page.getByText('Phase 1 of 9')).toBeVisible();
    await expect(clock(page)).toContainText('15:00');
    await expect(clock(page)).toContainText('Running');

    // Five minutes pass; a pause stops the clock however long it lasts.
    await time.advance('05:00');
    await expect(clock(page)).toContainText('10:00');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(clock(page)).toContainText('Paused');
    await time.advance('03:00');
    await expect(clock(page)).toContainText('10:00');
    await expect(clock(page)).toContainText('Paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(clock(page)).toContainText('Running');
    await page.getByRole('button', { name: '+1 min' }).click();
    await expect(clock(page)).toContainText('11:00');

    // The warning a minute before the end, then time up with a chime; the phase does not move on by itself.
    await time.advance('10:01');
    await expect(clock(page)).toContainText('Almost time');
    expect(await chimes(page)).toBe(0);
    await time.advance('01:30');
    await expect(clock(page)).toContainText('Time is up');
    await expect(clock(page)).toContainText('−0:31');
    await expect.poll(() => chimes(page)).toBe(1);
    await time.advance('00:10');
    expect(await chimes(page)).toBe(1);
    await expect(page.getByText('Phase 1 of 9')).toBeVisible();

    // Next, next, next: the culture map, the Outmodel, the requirements.
    // (Each step is seen on screen before the clock moves on, as a facilitator would see it.)
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.getByText('Phase 2 of 9')).toBeVisible();
    await time.advance('12:00');
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.getByText('Phase 3 of 9')).toBeVisible();
    await time.advance('20:00');
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.getByText('Phase 4 of 9')).toBeVisible();
    await expect(page.locator('.run-phase h2').first()).toHaveText('Requirements');
    // Back to the Outmodel: it continues where it stopped; then on again.
    await page.getByRole('button', { name: 'Previous phase' }).click();
    await expect(page.locator('.run-phase h2').first()).toHaveText('Outmodel');
    await expect(clock(page)).toContainText('5:00');
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.locator('.run-phase h2').first()).toHaveText('Requirements');
    await time.advance('07:00');
    await expect(clock(page)).toContainText('18:00');

    // The phase log: planned and actual minutes, overruns marked.
    await expect(agendaItem(page, 'Set the stage').locator('.agenda-minutes')).toHaveText('17 of 15 min');
    await expect(agendaItem(page, 'Set the stage').locator('.agenda-minutes')).toHaveClass(/over/);
    await expect(agendaItem(page, 'Culture map').locator('.agenda-minutes')).toHaveText('12 of 15 min');
    await expect(agendaItem(page, 'Outmodel').locator('.agenda-minutes')).toHaveText('20 of 25 min');
    await page.screenshot({ path: testInfo.outputPath('running.png') });
    expect(problems).toEqual([]);
    await context.close();

    // The laptop restarts: two minutes later the clock stands where the stored run says.
    context = await launchProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    const restarted = fakeTime(page, time.now);
    await restarted.advance('02:00');
    await openSample(page);
    await expect(page.locator('.run-phase h2').first()).toHaveText('Requirements');
    await expect(clock(page)).toContainText('16:00');
    await expect(agendaItem(page, 'Set the stage').locator('.agenda-minutes')).toHaveText('17 of 15 min');
    await expect(agendaItem(page, 'Outmodel').locator('.agenda-minutes')).toHaveText('20 of 25 min');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('private writing: a group sees only counts of the other group’s lanes until the facilitator reveals them', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await expect(page.getByText('Ops’s view')).toBeVisible();
  // Ops's own lanes in full; Dev's only as a count, and the text is nowhere on the page.
  await expect(lane(page, 'Ops about Dev').locator('li.sticky')).toHaveCount(4);
  await expect(lane(page, 'Dev about Ops')).toContainText('Dev has written 4 stickies.');
  await expect(lane(page, 'Dev about Ops').locator('li.sticky')).toHaveCount(0);
  expect(await page.content()).not.toContain('Treats every change as a threat');
  // A group writes only in its own lanes and the parking lot.
  await expect(page.getByLabel('New sticky in Dev about Ops')).toHaveCount(0);
  await expect(page.getByLabel('New sticky in Ops about Dev')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('group-view-private.png'), fullPage: true });

  // The view stays on a reload: it leaves only through the facilitator's action.
  await page.reload();
  await expect(page.getByText('Ops’s view')).toBeVisible();
  await expect(page.getByRole('link', { name: '← Library' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Facilitator: leave this view' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Ops’s view')).toBeVisible();
  await page.getByRole('button', { name: 'Facilitator: leave this view' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Back to the facilitator’s board' }).click();

  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal Dev' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await expect(lane(page, 'Dev about Ops').locator('li.sticky')).toHaveCount(4);
  await expect(lane(page, 'Dev about Ops')).toContainText('Treats every change as a threat to the four nines.');
  // Revealed to read, still Dev's to write.
  await expect(page.getByLabel('New sticky in Dev about Ops')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('group-view-revealed.png'), fullPage: true });

  await page.getByRole('button', { name: 'Facilitator: leave this view' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Back to the facilitator’s board' }).click();
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Hide Dev' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await expect(lane(page, 'Dev about Ops')).toContainText('Dev has written 4 stickies.');
  expect(problems).toEqual([]);
});

test('the agenda is the facilitator’s: add, retime, reorder, remove, notes and guide, attendance, and a saved template', async ({ page }) => {
  await openSample(page);
  // Retime and reword a phase; the room sees its instructions.
  await agendaItem(page, 'Culture map').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Planned minutes').fill('10');
  await page.getByLabel('Instructions the room sees').fill('Place both groups on the grid, then compare.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(agendaItem(page, 'Culture map')).toContainText('10 min planned');

  await page.getByRole('button', { name: 'Add a phase' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Coffee break');
  await page.getByLabel('Planned minutes').fill('10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.agenda-item').last()).toContainText('Coffee break');
  await page.getByRole('button', { name: 'Move “Coffee break” earlier' }).click();
  await expect(page.locator('.agenda-item').nth(-2)).toContainText('Coffee break');
  await page.getByRole('button', { name: 'Remove “Coffee break”' }).click();
  await expect(page.locator('.agenda-item').filter({ hasText: 'Coffee break' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.agenda-item').filter({ hasText: 'Coffee break' })).toHaveCount(1);

  await agendaItem(page, 'Culture map').getByRole('button', { name: 'Go to this phase' }).click();
  await expect(page.locator('.run-instructions').first()).toHaveText('Place both groups on the grid, then compare.');
  await page.getByRole('tab', { name: 'Guide' }).click();
  await expect(page.getByText('What it is for')).toBeVisible();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByLabel('Your notes on “Culture map”').fill('Ops placed itself far from where Dev put it.');
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(page.getByLabel('Your notes on “Culture map”')).toHaveValue('Ops placed itself far from where Dev put it.');
  // Notes are kept while typed: a reload before the field is left takes nothing away.
  await page.getByLabel('Your notes on “Culture map”').press('Control+End');
  await page.getByLabel('Your notes on “Culture map”').pressSequentially(' Ask why.');
  await expect(page.locator('.notes-panel')).toContainText('Draft kept');
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(page.getByLabel('Your notes on “Culture map”')).toHaveValue('Ops placed itself far from where Dev put it. Ask why.');

  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('checkbox', { name: /Yoni/ }).click();
  await expect(page.getByRole('checkbox', { name: /Yoni/ })).not.toBeChecked();
  await expect(page.locator('.attendance-person').filter({ hasText: 'Yoni' })).toContainText('absent');
  await page.reload();
  await page.getByRole('tab', { name: 'Room' }).click();
  await expect(page.getByRole('checkbox', { name: /Yoni/ })).not.toBeChecked();

  await page.getByLabel('Template name').fill('Our Dev/Ops day');
  await page.getByRole('button', { name: 'Save the template' }).click();
  await expect(page.getByRole('status')).toContainText('Saved the template “Our Dev/Ops day”');
  await page.getByRole('link', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Template').selectOption({ label: 'Our Dev/Ops day' });
  await page.getByLabel('Title').fill('Second day');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Second day' }).getByRole('button', { name: 'Open' }).click();
  await expect(agendaItem(page, 'Coffee break')).toBeVisible();
  await expect(agendaItem(page, 'Culture map')).toContainText('10 min planned');
  await expect(agendaItem(page, 'Presentation: Ops')).toBeVisible();
});
