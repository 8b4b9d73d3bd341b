import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchProfile, newProfileDir } from './support/browser';
import { guard, lane, openSample } from './support/board';

/**
 * The NotHere workshop run as a facilitator would, from the library to the close, on one laptop:
 * with a restart of the browser in the middle and at the end.
 */
test.use({ viewport: { width: 1600, height: 1200 } });
test.setTimeout(180_000);

const T0 = Date.parse('2026-03-12T07:00:00Z');
const phaseTitle = (page: Page) => page.locator('.run-phase h2').first();
const agendaMinutes = (page: Page, title: string) => page.locator('.agenda-item').filter({ hasText: title }).locator('.agenda-minutes');

function clock(page: Page, start: number) {
  let now = start;
  return {
    set: () => page.clock.setFixedTime(now),
    advance: async (minutes: number) => {
      now += minutes * 60_000;
      await page.clock.setFixedTime(now);
    },
    get now() {
      return now;
    },
  };
}

async function next(page: Page, title: string) {
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseTitle(page)).toHaveText(title);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

async function leaveGroupView(page: Page) {
  await page.getByRole('button', { name: 'Facilitator: leave this view' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Back to the facilitator’s board' }).click();
  await expect(page.getByRole('tab', { name: 'Room' })).toBeVisible();
}

async function showAs(page: Page, group: string) {
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: `Show the board as ${group} sees it` }).click();
  await expect(page.getByText(`${group}’s view`)).toBeVisible();
}

async function reactToEverything(page: Page, presenter: string, listener: string, count: number) {
  const spotlight = page.getByRole('region', { name: 'In the spotlight' });
  await expect(page.getByRole('list', { name: `What ${presenter} presents` }).getByRole('listitem')).toHaveCount(count);
  // The phase put the group on stage; the first "Next item" brings its first item into the spotlight.
  await expect(spotlight).toContainText('Pick an item to put in the spotlight');
  await spotlight.getByRole('button', { name: 'Next item', exact: true }).click();
  for (let i = 0; i < count; i++) {
    await expect(spotlight).toContainText(`Item ${i + 1} of ${count}`);
    const form = spotlight.getByRole('group', { name: `${listener} reacts` });
    const verdict = i % 3 === 1 ? 'Accept if…' : 'Accept';
    await form.getByRole('radio', { name: verdict, exact: true }).click();
    if (verdict === 'Accept if…') await form.getByLabel('On what condition').fill('If we agree the details together.');
    await form.getByRole('button', { name: 'Record the reaction' }).click();
    await expect(page.getByRole('list', { name: `What ${presenter} presents` }).getByRole('listitem').nth(i).locator('.badge').first()).toHaveText(verdict);
    if (i < count - 1) await spotlight.getByRole('button', { name: 'Next item', exact: true }).click();
  }
  await expect(spotlight).toContainText('0 items still without a reaction');
}

async function reopen(profile: string, context: BrowserContext, now: number) {
  await context.close();
  const again = await launchProfile(profile);
  const page = again.pages()[0] ?? (await again.newPage());
  const time = clock(page, now);
  await time.set();
  await page.goto('/');
  await page.getByRole('listitem').filter({ hasText: 'NotHere, Inc.' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('region', { name: 'Current phase' })).toBeVisible();
  return { context: again, page, time };
}

test('the NotHere workshop, from the library to the close, survives two restarts', async () => {
  const profile = newProfileDir();
  try {
    let context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1600, height: 1200 });
    const problems = guard(page);
    let time = clock(page, T0);
    await time.set();
    await openSample(page);
    await shoot(page, '00-library-to-board');

    // 1. Set the stage.
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await expect(phaseTitle(page)).toHaveText('Set the stage');
    await page.getByRole('tab', { name: 'Guide' }).click();
    await expect(page.getByText('What to say')).toBeVisible();
    await shoot(page, '01-stage');
    await time.advance(14);

    // 2. The culture map: both groups place themselves and each other.
    await next(page, 'Culture map');
    await expect(page.getByRole('tab', { name: 'Culture map', selected: true })).toBeVisible();
    for (const [placer, positions] of [
      ['Dev', [0.6, -0.5, -0.6, -0.6]],
      ['Ops', [-0.6, -0.4, 0.5, 0.2]],
    ] as const) {
      await page.getByLabel('Placing for').selectOption({ label: placer });
      const tray = page.getByRole('region', { name: 'Still to place' });
      for (let m = 0; m < 2; m++) {
        await tray.getByRole('button', { name: /Place in the centre/ }).first().click();
        const [x, y] = [positions[m * 2]!, positions[m * 2 + 1]!];
        for (let k = 0; k < Math.abs(x) * 10; k++) await page.keyboard.press(x > 0 ? 'ArrowRight' : 'ArrowLeft');
        for (let k = 0; k < Math.abs(y) * 10; k++) await page.keyboard.press(y > 0 ? 'ArrowUp' : 'ArrowDown');
      }
    }
    await shoot(page, '02-culture-map-private');
    await time.advance(16);

    // 3. Outmodels, written privately: each group at the screen sees only counts of the other's.
    await next(page, 'Outmodel');
    await showAs(page, 'Dev');
    await page.getByRole('tab', { name: 'Board' }).click();
    await expect(lane(page, 'Ops about Dev')).toContainText('Ops has written 4 stickies.');
    await page.getByLabel('New sticky in Dev about Ops').fill('Would rather be safe than fast, even when retailers wait.');
    await page.getByLabel('New sticky in Dev about Ops').press('Enter');
    await expect(lane(page, 'Dev about Ops').locator('li.sticky')).toHaveCount(5);
    await shoot(page, '03-outmodel-dev-view');
    await leaveGroupView(page);
    await showAs(page, 'Ops');
    await page.getByRole('tab', { name: 'Board' }).click();
    await expect(lane(page, 'Dev about Ops')).toContainText('Dev has written 5 stickies.');
    expect(await page.content()).not.toContain('Would rather be safe than fast');
    await page.getByLabel('New sticky in Ops about Dev').fill('Sees the change board as a wall, not a safety net.');
    await page.getByLabel('New sticky in Ops about Dev').press('Enter');
    await expect(lane(page, 'Ops about Dev').locator('li.sticky')).toHaveCount(5);
    await leaveGroupView(page);
    await time.advance(27);

    // 4. Requirements, then the reveal.
    await next(page, 'Requirements');
    await time.advance(22);
    await page.getByRole('tab', { name: 'Room' }).click();
    await page.getByRole('button', { name: 'Reveal every group' }).click();
    await page.getByRole('tab', { name: 'Culture map' }).click();
    await expect(page.locator('.culture-gap-list')).toContainText('Dev sees itself as competence');
    await shoot(page, '04-culture-map-revealed');

    // 5. Presentations, with a reaction on every item.
    await next(page, 'Presentation: Dev');
    await expect(page.getByRole('tab', { name: 'Presentation', selected: true })).toBeVisible();
    await reactToEverything(page, 'Dev', 'Ops', 8);
    await shoot(page, '05-presentation-dev');
    await time.advance(21);
    await next(page, 'Presentation: Ops');
    await reactToEverything(page, 'Ops', 'Dev', 8);
    await shoot(page, '06-presentation-ops');
    await time.advance(19);

    // The laptop restarts in the middle: everything is there.
    ({ context, page, time } = await reopen(profile, context, time.now + 60_000));
    await expect(phaseTitle(page)).toHaveText('Presentation: Ops');
    await page.getByRole('tab', { name: 'Presentation' }).click();
    await expect(page.getByRole('region', { name: 'In the spotlight' })).toContainText('0 items still without a reaction');

    // 6. Reactions, and a vote on the requirements.
    await next(page, 'Reflections and reactions');
    await page.getByRole('tab', { name: 'Voting' }).click();
    await page.getByRole('radio', { name: 'Everyone on every lane chosen' }).check();
    await page.getByRole('radio', { name: 'Each group, as one voter' }).check();
    await page.getByLabel('Dots per voter').fill('2');
    await page.getByLabel('Most dots on one item').fill('2');
    await page.getByRole('button', { name: 'Open the round', exact: true }).click();
    for (const [group, items] of [
      ['Dev', ['Run deployments through the same pipeline', 'Stop requiring a manual sign-off']],
      ['Ops', ['Run deployments through the same pipeline', 'Ship a runbook']],
    ] as const) {
      await page.getByRole('group', { name: 'Who is voting' }).getByRole('button', { name: group, exact: true }).click();
      for (const item of items) await page.locator('.ballot-item').filter({ hasText: item }).getByRole('button', { name: /^Add a dot/ }).click();
      await expect(page.locator('.dots-left')).toContainText('0');
      await page.getByRole('button', { name: 'Done: hide my dots' }).click();
    }
    await page.getByRole('button', { name: 'Close the round' }).click();
    const results = page.locator('section.voting-round.closed .voting-results > li');
    await expect(results.first()).toContainText('Run deployments through the same pipeline');
    await shoot(page, '07-voting');
    await time.advance(28);

    // 7. Agreement: two agreements answered by both sides, a decision, three actions.
    await next(page, 'Agreement');
    await expect(page.getByRole('tab', { name: 'Agreements', selected: true })).toBeVisible();
    const newAgreement = page.getByRole('region', { name: 'New agreement' });
    for (const [i, picks] of [
      ['Stop requiring a manual sign-off for low-risk configuration changes.', 'Run deployments through the same pipeline, with automated checks we both trust.'],
      ['Give us a self-service staging environment that matches production.', 'Ship a runbook and a tested rollback with every release.'],
    ].entries()) {
      for (const pick of picks) await newAgreement.getByRole('checkbox', { name: pick }).check();
      await newAgreement.getByRole('button', { name: 'Create the agreement' }).click();
      await expect(page.locator('article.agreement-card')).toHaveCount(i + 1);
    }
    const agreement = (n: number) => page.getByRole('article', { name: `Agreement ${n}` });
    for (const n of [1, 2]) {
      for (const group of ['Dev', 'Ops']) {
        const form = agreement(n).getByRole('group', { name: `${group} answers` });
        await form.getByRole('radio', { name: 'Accept', exact: true }).check();
        await form.getByRole('button', { name: 'Record the answer' }).click();
      }
      await expect(agreement(n).locator('.agreement-status')).toHaveText('Agreed by both sides');
    }
    const decision = page.getByRole('region', { name: 'New decision' });
    await decision.getByLabel('Decision', { exact: true }).fill('Low-risk configuration changes skip the change board from April.');
    await decision.getByLabel('Rationale').fill('The shared pipeline carries the risk checks.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    const newAction = page.getByRole('region', { name: 'New action item' });
    const actions = [
      { text: 'Set up the shared deployment pipeline.', owner: 'Yoni, Team lead', due: '2026-04-30', done: 'Every release goes through it.' },
      { text: 'Write a runbook template for every release.', owner: 'Noa, Change manager', due: '2026-04-15', done: 'The template is in the release checklist.' },
      { text: 'Agree which configuration changes count as low risk.', owner: 'Ops (the whole group)', due: '2026-03-31', done: 'The list is published.' },
    ];
    for (const [i, action] of actions.entries()) {
      await newAction.getByLabel('What is to be done').fill(action.text);
      await newAction.getByLabel('Owner').selectOption({ label: action.owner });
      await newAction.getByLabel('Due date').fill(action.due);
      await newAction.getByLabel('Definition of done').fill(action.done);
      await newAction.getByRole('button', { name: 'Add the action item' }).click();
      // The form empties once the action is saved; the next one is written after that.
      await expect(page.getByRole('list', { name: 'Action items' }).getByRole('listitem')).toHaveCount(i + 1);
      await expect(newAction.getByLabel('What is to be done')).toHaveValue('');
    }
    await expect(page.getByRole('list', { name: 'Action items' }).getByRole('listitem')).toHaveCount(3);
    await shoot(page, '08-agreements');
    await time.advance(33);

    // 8. Close: the parking lot has an owner and a date, and the follow-up meeting is set.
    await next(page, 'Close');
    await expect(page.getByRole('tab', { name: 'Close', selected: true })).toBeVisible();
    const parked = page.getByRole('list', { name: 'Parking-lot items' }).getByRole('listitem').first();
    await parked.getByLabel('Owner').selectOption({ label: 'Noa' });
    await parked.getByLabel('Follow-up date').fill('2026-04-16');
    await parked.getByLabel('Follow-up date').blur();
    const meeting = page.getByRole('region', { name: 'Follow-up meeting' });
    await meeting.getByLabel('Date of the follow-up meeting').fill('2026-04-23');
    await meeting.getByRole('button', { name: 'Save the follow-up meeting' }).click();
    await expect(meeting.getByRole('status')).toHaveText('Follow-up meeting set for April 23, 2026.');
    await time.advance(12);
    await page.getByRole('button', { name: 'End the last phase' }).click();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await expect(agendaMinutes(page, 'Close')).toHaveText('12 of 15 min');
    await shoot(page, '09-close');
    expect(problems).toEqual([]);

    // The laptop restarts at the end: the whole workshop is there, with the phase log.
    ({ context, page, time } = await reopen(profile, context, time.now + 5 * 60_000));
    await page.getByRole('tab', { name: 'Agenda' }).click();
    const log: [string, string][] = [
      ['Set the stage', '14 of 15 min'],
      ['Culture map', '16 of 15 min'],
      ['Outmodel', '27 of 25 min'],
      ['Requirements', '22 of 25 min'],
      ['Presentation: Dev', '21 of 20 min'],
      ['Presentation: Ops', '20 of 20 min'],
      ['Reflections and reactions', '28 of 30 min'],
      ['Agreement', '33 of 30 min'],
      ['Close', '12 of 15 min'],
    ];
    for (const [title, minutes] of log) await expect(agendaMinutes(page, title), title).toHaveText(minutes);
    await expect(agendaMinutes(page, 'Agreement')).toHaveClass(/over/);
    await page.getByRole('tab', { name: 'Agreements' }).click();
    await expect(page.locator('article.agreement-card')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'Action items' }).getByRole('listitem')).toHaveCount(3);
    await page.getByRole('tab', { name: 'Close' }).click();
    await expect(page.getByRole('region', { name: 'Follow-up meeting' }).getByRole('status')).toHaveText('Follow-up meeting set for April 23, 2026.');
    await page.getByRole('tab', { name: 'Board' }).click();
    await expect(lane(page, 'Dev about Ops').locator('li.sticky')).toHaveCount(5);
    await shoot(page, '10-after-restart');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
