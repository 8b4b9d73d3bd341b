import { expect, test, type Page } from '@playwright/test';
import { guard, openSample } from './support/board';

// The sample's requirements: what each side requires of the other.
const SIGN_OFF = 'Stop requiring a manual sign-off for low-risk configuration changes.'; // Dev of Ops
const STAGING = 'Give us a self-service staging environment that matches production.'; // Dev of Ops
const PIPELINE = 'Run deployments through the same pipeline, with automated checks we both trust.'; // Ops of Dev
const RUNBOOK = 'Ship a runbook and a tested rollback with every release.'; // Ops of Dev
const FRIDAYS = 'Stop releasing late on Fridays without on-call cover.'; // Ops of Dev

const DRAFT = 'Dev will: Run deployments through the same pipeline, with automated checks we both trust\nOps will: Stop requiring a manual sign-off for low-risk configuration changes';
const SECOND = 'We will ship a runbook and a tested rollback with every release if you give us a self-service staging environment.';

const openOutcomes = async (page: Page) => {
  await page.getByRole('tab', { name: 'Agreements' }).click();
  await expect(page.getByRole('heading', { name: 'Agreements, decisions and actions' })).toBeVisible();
};
const agreement = (page: Page, number: number) => page.getByRole('article', { name: `Agreement ${number}` });
const newAgreement = (page: Page) => page.getByRole('region', { name: 'New agreement' });
const newAction = (page: Page) => page.getByRole('region', { name: 'New action item' });

async function makeAgreement(page: Page, picks: readonly string[], text: string | null) {
  const form = newAgreement(page);
  for (const pick of picks) await form.getByRole('checkbox', { name: pick }).check();
  if (text !== null) await form.getByLabel('We will … if you will …').fill(text);
  await form.getByRole('button', { name: 'Create the agreement' }).click();
}

async function answer(page: Page, number: number, group: string, choice: string, text?: { label: string; value: string }) {
  const form = agreement(page, number).getByRole('group', { name: `${group} answers` });
  await form.getByRole('radio', { name: choice, exact: true }).check();
  if (text) await form.getByLabel(text.label).fill(text.value);
  await form.getByRole('button', { name: 'Record the answer' }).click();
}

async function fillAction(page: Page, action: { text: string; owner: string; due: string; done: string; status?: string; from?: string }) {
  const form = newAction(page);
  await form.getByLabel('What is to be done').fill(action.text);
  await form.getByLabel('Owner').selectOption({ label: action.owner });
  await form.getByLabel('Due date').fill(action.due);
  if (action.status) await form.getByLabel('Status', { exact: true }).selectOption({ label: action.status });
  await form.getByLabel('Definition of done').fill(action.done);
  if (action.from) await form.getByLabel('Comes from').selectOption({ label: action.from });
}

test('requirements become two-sided agreements, the chair decides, and every agreement becomes action items that survive a reload', async ({ page }, testInfo) => {
  const problems = guard(page);
  await openSample(page);
  await openOutcomes(page);
  await expect(page.getByText('No agreement yet.')).toBeVisible();

  // One side only is not an agreement: refused in the form.
  const form = newAgreement(page);
  await form.getByRole('checkbox', { name: SIGN_OFF }).check();
  await form.getByRole('button', { name: 'Create the agreement' }).click();
  await expect(form.getByRole('alert')).toHaveText('Pick at least one requirement from each of two groups.');
  // Both sides: the text is drafted from the picks, each side doing what the other required of it.
  await form.getByRole('checkbox', { name: PIPELINE }).check();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.getByLabel('We will … if you will …')).toHaveValue(DRAFT);
  await makeAgreement(page, [], null);
  await expect(agreement(page, 1)).toBeVisible();
  await expect(form.getByRole('checkbox', { name: SIGN_OFF })).not.toBeChecked();

  await makeAgreement(page, [STAGING, RUNBOOK], SECOND);
  await expect(agreement(page, 2).locator('.agreement-text')).toHaveText(SECOND);

  // "Dev said / Ops said", side by side.
  const first = agreement(page, 1);
  await expect(first.locator('.agreement-text')).toHaveText(DRAFT);
  await expect(first.getByRole('region', { name: 'Dev said' })).toContainText(SIGN_OFF);
  await expect(first.getByRole('region', { name: 'Ops said' })).toContainText(PIPELINE);
  await expect(first.locator('.agreement-status')).toHaveText('Waiting for 2 answers');

  // Each side answers: accept, accept with conditions, decline with a reason.
  await answer(page, 1, 'Dev', 'Accept');
  await answer(page, 1, 'Ops', 'Accept with conditions', { label: 'On what conditions', value: 'If the pipeline checks include our change-risk rules.' });
  await expect(first.locator('.agreement-status')).toHaveText('Agreed by both sides');
  await expect(first.getByRole('region', { name: 'Ops said' })).toContainText('Accepts with conditions');
  await expect(first.getByRole('region', { name: 'Ops said' })).toContainText('Conditions: If the pipeline checks include our change-risk rules.');

  await answer(page, 2, 'Dev', 'Accept');
  const opsForm = agreement(page, 2).getByRole('group', { name: 'Ops answers' });
  await opsForm.getByRole('radio', { name: 'Decline', exact: true }).check();
  await opsForm.getByRole('button', { name: 'Record the answer' }).click();
  await expect(opsForm.getByRole('alert')).toHaveText('Say why, so the other side can answer it.');
  await answer(page, 2, 'Ops', 'Decline', { label: 'Why not', value: 'Staging for everyone is not in this year’s budget.' });
  await expect(agreement(page, 2).locator('.agreement-status')).toHaveText('Declined');
  await expect(agreement(page, 2).getByRole('region', { name: 'Ops said' })).toContainText('Reason: Staging for everyone is not in this year’s budget.');

  // The chair's decisions: one now, one deferred.
  const decision = page.getByRole('region', { name: 'New decision' });
  await expect(decision.getByLabel('Decided by')).toHaveValue('The CEO');
  await decision.getByLabel('Decision', { exact: true }).fill('Low-risk configuration changes skip the change board from next month.');
  await decision.getByLabel('Rationale').fill('The pipeline checks carry the risk review.');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await decision.getByLabel('Decision', { exact: true }).fill('A shared staging environment.');
  await decision.getByLabel('Deferred: to be decided later').check();
  await decision.getByLabel('Rationale').fill('Back at the budget review in June.');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  const decisions = page.getByRole('list', { name: 'Decisions' }).getByRole('listitem');
  await expect(decisions).toHaveCount(2);
  await expect(decisions.nth(0).locator('.badge')).toHaveCount(0);
  await expect(decisions.nth(1).locator('.badge')).toHaveText('Deferred');
  await expect(decisions.nth(1)).toContainText('Decided by The CEO');

  // An action from the agreement: the form starts from its text and keeps the link.
  await first.getByRole('button', { name: 'Make an action from this' }).click();
  await expect(newAction(page).getByLabel('What is to be done')).toHaveValue(DRAFT);
  await expect(newAction(page).getByLabel('What is to be done')).toBeFocused();
  await expect(newAction(page).getByLabel('Comes from').locator('option:checked')).toHaveText(/^Agreement 1: Dev will: Run deployments/);
  await fillAction(page, { text: 'Set up the shared deployment pipeline with the checks both sides trust.', owner: 'Yoni, Team lead', due: '2026-04-30', done: 'Every release goes through it; the change board sees the check results.' });
  await newAction(page).getByRole('button', { name: 'Add the action item' }).click();
  const actions = page.getByRole('list', { name: 'Action items' }).getByRole('listitem');
  await expect(actions).toHaveCount(1);

  // An action must start with what to do: "The…" is refused in the form.
  await fillAction(page, { text: 'The runbook template for every release.', owner: 'Ops (the whole group)', due: '2026-04-15', done: 'The template is in the release checklist.', status: 'In progress' });
  await newAction(page).getByRole('button', { name: 'Add the action item' }).click();
  await expect(newAction(page).getByRole('alert')).toHaveText('Start with what to do, a verb such as “Set up” or “Write”, not “The”, “We” or “Our”.');
  await expect(actions).toHaveCount(1);
  await newAction(page).getByLabel('What is to be done').fill('Write a runbook template for every release.');
  await newAction(page).getByRole('button', { name: 'Add the action item' }).click();
  await expect(actions).toHaveCount(2);

  // An action from a sticky.
  await fillAction(page, { text: 'Agree on an on-call rota for Friday releases.', owner: 'Eli, On-call engineer', due: '2026-03-31', done: 'The rota is published and Dev knows who to call.', from: FRIDAYS });
  await newAction(page).getByRole('button', { name: 'Add the action item' }).click();
  await expect(actions).toHaveCount(3);

  await expect(actions.nth(0)).toContainText('From the agreement: Dev will: Run deployments');
  await expect(actions.nth(0)).toContainText('Yoni');
  await expect(actions.nth(0)).toContainText('April 30, 2026');
  await expect(actions.nth(1)).toContainText('Ops (the whole group)');
  await expect(actions.nth(2)).toContainText(`From the sticky: ${FRIDAYS}`);
  // The status changes in the list.
  await actions.nth(0).getByRole('combobox', { name: /^Status of/ }).selectOption({ label: 'Done' });
  await expect(actions.nth(1).getByRole('combobox', { name: /^Status of/ })).toHaveValue('in-progress');

  // Removing is undoable.
  await actions.nth(2).getByRole('button', { name: 'Remove' }).click();
  await expect(actions).toHaveCount(2);
  await page.locator('.notice').filter({ hasText: 'Action item removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(actions).toHaveCount(3);

  await page.screenshot({ path: testInfo.outputPath('outcomes.png'), fullPage: true });

  // After a reload, all of it is there.
  await page.reload();
  await openOutcomes(page);
  await expect(page.locator('article.agreement-card')).toHaveCount(2);
  await expect(agreement(page, 1).locator('.agreement-status')).toHaveText('Agreed by both sides');
  await expect(agreement(page, 1).getByRole('region', { name: 'Ops said' })).toContainText('Conditions: If the pipeline checks include our change-risk rules.');
  await expect(agreement(page, 2).getByRole('region', { name: 'Ops said' })).toContainText('Reason: Staging for everyone is not in this year’s budget.');
  await expect(decisions).toHaveCount(2);
  await expect(decisions.nth(1).locator('.badge')).toHaveText('Deferred');
  await expect(actions).toHaveCount(3);
  await expect(actions.nth(0)).toContainText('From the agreement: Dev will: Run deployments');
  await expect(actions.nth(0).getByRole('combobox', { name: /^Status of/ })).toHaveValue('done');
  await expect(actions.nth(2)).toContainText(`From the sticky: ${FRIDAYS}`);
  expect(problems).toEqual([]);
});

test('in a group’s view, the group answers only for itself and records no decisions or actions', async ({ page }) => {
  const problems = guard(page);
  await openSample(page);
  await openOutcomes(page);
  await makeAgreement(page, [SIGN_OFF, PIPELINE], null);
  await expect(agreement(page, 1)).toBeVisible();

  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByRole('button', { name: 'Reveal every group' }).click();
  await page.getByRole('button', { name: 'Show the board as Ops sees it' }).click();
  await openOutcomes(page);
  const card = agreement(page, 1);
  await expect(card.getByRole('region', { name: 'Dev said' })).toContainText(SIGN_OFF);
  await expect(card.getByRole('group', { name: /answers$/ })).toHaveCount(1);
  await answer(page, 1, 'Ops', 'Decline', { label: 'Why not', value: 'Not before the pipeline exists.' });
  await expect(card.getByRole('region', { name: 'Ops said' })).toContainText('Declines');
  await expect(card.getByRole('region', { name: 'Dev said' })).toContainText('No answer yet');

  await expect(page.getByRole('region', { name: 'New agreement' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'New decision' })).toHaveCount(0);
  await expect(newAction(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Make an action from this' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit the text' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
