import { expect, test, type Page } from '@playwright/test';
import { guard, openSample } from './support/board';

const PARKED = 'Who owns the audit trail once deployments are automated?';
const FIRST_STATEMENT = /^1 We go looking for the information we need/;

function closeView(page: Page) {
  return page.getByRole('region', { name: 'Close', exact: true });
}

async function openClose(page: Page) {
  await page.getByRole('tab', { name: 'Close' }).click();
  await expect(closeView(page)).toBeVisible();
}

test('parking-lot items get an owner and a date, the follow-up meeting is set, and the pulse shows group averages', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  await openClose(page);
  const view = closeView(page);

  // The sample's one parking-lot item has neither an owner nor a date, and is listed as such.
  const parking = view.getByRole('region', { name: 'Parking lot' });
  const check = parking.getByRole('status');
  await expect(check).toContainText('1 parking-lot item still needs an owner and a follow-up date');
  await expect(check.getByRole('listitem')).toHaveText(`${PARKED}: needs an owner and a follow-up date`);
  const item = parking.getByRole('list', { name: 'Parking-lot items' }).getByRole('listitem').filter({ hasText: PARKED });
  await expect(item).toContainText('Set aside by Ops');

  // An owner: still a date to go.
  await expect(item.getByLabel('Owner').locator('option')).toHaveText(['No owner yet', 'Dev (the whole group)', 'Dana', 'Yoni', 'Maya', 'Ops (the whole group)', 'Avi', 'Noa', 'Eli']);
  await item.getByLabel('Owner').selectOption({ label: 'Noa' });
  await expect(check.getByRole('listitem')).toHaveText(`${PARKED}: needs a follow-up date`);
  // A date, saved when the field is left: the warning gives way to a confirmation.
  await item.getByLabel('Follow-up date').fill('2031-03-14');
  await item.getByLabel('Follow-up date').blur();
  await expect(check).toHaveText('✓ Every parking-lot item has an owner and a follow-up date.');

  // The follow-up meeting.
  const meeting = view.getByRole('region', { name: 'Follow-up meeting' });
  await expect(meeting.getByRole('status')).toHaveText('No follow-up meeting set yet.');
  await meeting.getByLabel('Date of the follow-up meeting').fill('2031-03-28');
  await meeting.getByLabel('Note: where, who comes, what to bring').fill('Main conference room. Bring the pipeline pilot figures.');
  await meeting.getByRole('button', { name: 'Save the follow-up meeting' }).click();
  await expect(meeting.getByRole('status')).toHaveText('Follow-up meeting set for March 28, 2031.');
  await expect(meeting.getByRole('button', { name: 'Save the follow-up meeting' })).toBeDisabled();

  // The culture pulse, before: two Dev participants rate; Dev's averages appear, Ops has none yet.
  const pulse = view.getByRole('region', { name: 'Culture pulse (optional)' });
  await expect(pulse.getByRole('radio', { name: 'Before' })).toBeChecked();
  const grid = pulse.getByRole('table', { name: 'Ratings before the workshop' });
  await expect(grid.getByRole('combobox')).toHaveCount(6 * 7);
  await grid.getByRole('combobox', { name: 'Dana, statement 1' }).selectOption('5');
  await grid.getByRole('combobox', { name: 'Yoni, statement 1' }).selectOption('6');
  await grid.getByRole('combobox', { name: 'Dana, statement 2' }).selectOption('3');
  await grid.getByRole('combobox', { name: 'Yoni, statement 2' }).selectOption('4');
  const averages = pulse.getByRole('table', { name: 'Averages per group' });
  await expect(averages.getByRole('columnheader')).toHaveText(['Statement', 'Dev', 'Before']);
  await expect(averages.getByRole('row', { name: FIRST_STATEMENT })).toContainText('5.5');
  await expect(averages.getByRole('row').filter({ hasText: /^2 Whoever brings bad news/ })).toContainText('3.5');
  await expect(averages.getByRole('row', { name: /^People who rated/ })).toHaveText('People who rated2');
  await expect(pulse).toContainText('No ratings yet from Ops.');

  // After the workshop, Dana rates again: before and after side by side, with the change.
  await pulse.getByRole('radio', { name: 'After' }).check();
  await pulse.getByRole('table', { name: 'Ratings after the workshop' }).getByRole('combobox', { name: 'Dana, statement 1' }).selectOption('7');
  await expect(averages.getByRole('columnheader')).toHaveText(['Statement', 'Dev', 'Before', 'After', 'Change']);
  await expect(averages.getByRole('row', { name: FIRST_STATEMENT }).getByRole('cell')).toHaveText(['5.5', '7.0', '+1.5']);
  await page.screenshot({ path: testInfo.outputPath('close.png'), fullPage: true });

  // After a reload, all of it is there.
  await page.reload();
  await openClose(page);
  await expect(parking.getByRole('status')).toHaveText('✓ Every parking-lot item has an owner and a follow-up date.');
  await expect(item.getByLabel('Owner').locator('option:checked')).toHaveText('Noa');
  await expect(item.getByLabel('Follow-up date')).toHaveValue('2031-03-14');
  await expect(meeting.getByRole('status')).toHaveText('Follow-up meeting set for March 28, 2031.');
  await expect(meeting.getByLabel('Date of the follow-up meeting')).toHaveValue('2031-03-28');
  await expect(meeting.getByLabel('Note: where, who comes, what to bring')).toHaveValue('Main conference room. Bring the pipeline pilot figures.');
  await expect(averages.getByRole('row', { name: FIRST_STATEMENT }).getByRole('cell')).toHaveText(['5.5', '7.0', '+1.5']);
  await pulse.getByRole('radio', { name: 'Before' }).check();
  await expect(grid.getByRole('combobox', { name: 'Yoni, statement 1' })).toHaveValue('6');
  expect(problems).toEqual([]);
});

test('the pulse is rated with the keyboard, and clearing a rating takes it out of the average', async ({ page }) => {
  await openSample(page);
  await openClose(page);
  const pulse = closeView(page).getByRole('region', { name: 'Culture pulse (optional)' });
  const rating = pulse.getByRole('table', { name: 'Ratings before the workshop' }).getByRole('combobox', { name: 'Avi, statement 3' });
  await rating.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rating).toHaveValue('2');
  const averages = pulse.getByRole('table', { name: 'Averages per group' });
  await expect(averages.getByRole('row').filter({ hasText: /^3 Responsibility/ })).toContainText('2.0');
  await rating.selectOption({ label: 'Not rated' });
  await expect(pulse).toContainText('No ratings yet.');
});

test('in a group’s view the parking lot is read-only and only that group’s people rate the pulse', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await openClose(page);
  const view = closeView(page);
  const parking = view.getByRole('region', { name: 'Parking lot' });
  await expect(parking.getByRole('list', { name: 'Parking-lot items' }).getByRole('listitem')).toContainText('OwnerNo owner yet');
  await expect(parking.getByRole('combobox')).toHaveCount(0);
  await expect(view.getByRole('button', { name: 'Save the follow-up meeting' })).toHaveCount(0);
  const grid = view.getByRole('table', { name: 'Ratings before the workshop' });
  await expect(grid.getByRole('rowheader')).toHaveText(['Ops', 'Avi', 'Noa', 'Eli']);
  await grid.getByRole('combobox', { name: 'Noa, statement 7' }).selectOption('4');
  await expect(view.getByRole('table', { name: 'Averages per group' }).getByRole('columnheader')).toHaveText(['Statement', 'Ops', 'Before']);
});
