import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement, Decision, Workshop } from '../../shared/model';
import { buildSampleWorkshop } from '../../shared/templates';
import { planMerge, toWorkshopFile, type MergePlan } from '../../shared/schema';
import { idCounter } from '../builders/board';
import type { WorkshopView } from '../../renderer/db';

// Each save waits here until the test lets it land, as a slow disk or a busy window would.
const held = vi.hoisted(() => ({ saves: [] as { args: unknown; land: (result: unknown) => void }[], plans: [] as { group: string; land: (plan: unknown) => void }[] }));
vi.mock('../../renderer/actions', async (original) => ({
  ...(await original<typeof import('../../renderer/actions')>()),
  perform: (_action: unknown, args: unknown) => new Promise((resolve) => held.saves.push({ args, land: resolve })),
  performOutcome: (_action: unknown, args: unknown) => new Promise((resolve) => held.saves.push({ args, land: (result) => resolve({ status: 'done', result }) })),
}));
vi.mock('../../renderer/db', async (original) => ({
  ...(await original<typeof import('../../renderer/db')>()),
  planMergeInto: (_target: unknown, _source: unknown, group: string) => new Promise((resolve) => held.plans.push({ group, land: resolve })),
}));

const { NewAgreementForm } = await import('../../renderer/features/outcomes/NewAgreementForm');
const { outcomesData } = await import('../../renderer/features/outcomes/model');
const { FollowUpMeeting } = await import('../../renderer/features/close/FollowUpMeeting');
const { MergeDialog } = await import('../../renderer/features/exporting/MergeDialog');
const { AgreementCard } = await import('../../renderer/features/outcomes/AgreementCard');
const { Decisions } = await import('../../renderer/features/outcomes/Decisions');
const { RoomPanel } = await import('../../renderer/features/facilitation/RoomPanel');
const { TallyInput } = await import('../../renderer/features/voting/TallyInput');
const { NotesPanel } = await import('../../renderer/features/facilitation/NotesPanel');
const { ensureSampleSeeded, readDraft } = await import('../../renderer/db');
const { DetailsScreen } = await import('../../renderer/features/details');

const sample = buildSampleWorkshop();
const view: WorkshopView = { bundle: sample, hiddenCounts: new Map(), items: new Map() };

afterEach(() => {
  held.saves.length = 0;
  held.plans.length = 0;
});

describe('a form saved while the facilitator goes on typing', () => {
  it('a new agreement: the picks and the text begun for the next one stay once the first is saved', async () => {
    render(<NewAgreementForm data={outcomesData(view, { kind: 'facilitator' })} totals={new Map()} />);
    const lists = screen.getAllByRole('group').filter((g) => g.classList.contains('outcomes-pick'));
    const [devBox, devNext] = within(lists[0]!).getAllByRole('checkbox');
    const [opsBox, opsNext] = within(lists[1]!).getAllByRole('checkbox');
    const text = screen.getByLabelText(/^We will/);
    fireEvent.click(devBox!);
    fireEvent.click(opsBox!);
    fireEvent.change(text, { target: { value: 'We will ship on Tuesdays if you will page us only for outages.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the agreement' }));
    await act(async () => {});
    expect(held.saves).toHaveLength(1);
    expect(held.saves[0]!.args).toEqual(expect.objectContaining({ text: 'We will ship on Tuesdays if you will page us only for outages.' }));

    // While it is saved, the next agreement is begun: two more picks, and its own text.
    fireEvent.click(devNext!);
    fireEvent.click(opsNext!);
    fireEvent.change(text, { target: { value: 'We will share the on-call rota.' } });
    await act(async () => held.saves[0]!.land('agreement:new'));

    // What was submitted is cleared; what was begun meanwhile is kept.
    expect((devBox as HTMLInputElement).checked).toBe(false);
    expect((opsBox as HTMLInputElement).checked).toBe(false);
    expect((devNext as HTMLInputElement).checked).toBe(true);
    expect((opsNext as HTMLInputElement).checked).toBe(true);
    expect((text as HTMLInputElement).value).toBe('We will share the on-call rota.');
  });

  it('a new agreement with nothing typed meanwhile is cleared whole', async () => {
    render(<NewAgreementForm data={outcomesData(view, { kind: 'facilitator' })} totals={new Map()} />);
    const lists = screen.getAllByRole('group').filter((g) => g.classList.contains('outcomes-pick'));
    const devBox = within(lists[0]!).getAllByRole('checkbox')[0]!;
    const opsBox = within(lists[1]!).getAllByRole('checkbox')[0]!;
    fireEvent.click(devBox);
    fireEvent.click(opsBox);
    const drafted = (screen.getByLabelText(/^We will/) as HTMLTextAreaElement).value;
    expect(drafted).not.toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Create the agreement' }));
    await act(async () => {});
    await act(async () => held.saves[0]!.land('agreement:new'));
    expect((devBox as HTMLInputElement).checked).toBe(false);
    expect((opsBox as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/^We will/) as HTMLInputElement).value).toBe('');
  });

  it('the follow-up meeting: a note typed on after Save is not replaced when the saved one comes back', () => {
    const workshop = (followUp: Workshop['followUp']): Workshop => ({ ...sample.workshop, followUp });
    const { rerender } = render(<FollowUpMeeting workshop={workshop(null)} editable />);
    const note = screen.getByLabelText(/^Note/);
    fireEvent.change(note, { target: { value: 'Room 4, bring the rota ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the follow-up meeting' }));
    expect(held.saves[0]!.args).toEqual(expect.objectContaining({ followUp: { date: null, note: 'Room 4, bring the rota' } }));
    fireEvent.change(note, { target: { value: 'Room 4, bring the rota and the budget' } });
    // The saved meeting is drawn: the note typed on stays, and can be saved in its turn.
    rerender(<FollowUpMeeting workshop={workshop({ date: null, note: 'Room 4, bring the rota' })} editable />);
    expect((note as HTMLInputElement).value).toBe('Room 4, bring the rota and the budget');
    expect((screen.getByRole('button', { name: 'Save the follow-up meeting' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('the follow-up meeting still follows an undo or another window when nothing was typed since', () => {
    const workshop = (followUp: Workshop['followUp']): Workshop => ({ ...sample.workshop, followUp });
    const { rerender } = render(<FollowUpMeeting workshop={workshop({ date: '2026-04-02', note: 'Room 4' })} editable />);
    rerender(<FollowUpMeeting workshop={workshop({ date: '2026-04-09', note: 'Room 5' })} editable />);
    expect((screen.getByLabelText(/^Note/) as HTMLInputElement).value).toBe('Room 5');
    expect((screen.getByLabelText('Date of the follow-up meeting') as HTMLInputElement).value).toBe('2026-04-09');
    // Saved with a space at its end: the field shows what was stored.
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'Room 6 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the follow-up meeting' }));
    rerender(<FollowUpMeeting workshop={workshop({ date: '2026-04-09', note: 'Room 6' })} editable />);
    expect((screen.getByLabelText(/^Note/) as HTMLInputElement).value).toBe('Room 6');
    // Typed into but not saved, then another window's meeting comes: what is typed here stays.
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'Room 7' } });
    rerender(<FollowUpMeeting workshop={workshop({ date: '2026-04-16', note: 'Room 6' })} editable />);
    expect((screen.getByLabelText(/^Note/) as HTMLInputElement).value).toBe('Room 7');
    expect((screen.getByLabelText('Date of the follow-up meeting') as HTMLInputElement).value).toBe('2026-04-16');
  });

  it('the follow-up meeting cleared empties both fields, what was typed and not saved too', () => {
    const { rerender } = render(<FollowUpMeeting workshop={{ ...sample.workshop, followUp: { date: '2026-04-02', note: 'Room 4' } }} editable />);
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'Room 4, or 5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(held.saves.at(-1)!.args).toEqual(expect.objectContaining({ followUp: null }));
    rerender(<FollowUpMeeting workshop={{ ...sample.workshop, followUp: null }} editable />);
    expect((screen.getByLabelText(/^Note/) as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Date of the follow-up meeting') as HTMLInputElement).value).toBe('');
  });
});

describe('saving one thing and going straight on to the next', () => {
  it('a template’s name typed while the one before is saved stays in the field', async () => {
    render(<RoomPanel bundle={sample} />);
    const name = screen.getByLabelText('Template name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Dev and Ops, spring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the template' }));
    await act(async () => {});
    expect(held.saves[0]!.args).toEqual(expect.objectContaining({ name: 'Dev and Ops, spring' }));
    fireEvent.change(name, { target: { value: 'Dev and Ops, autumn' } });
    await act(async () => held.saves[0]!.land('template:new'));
    expect(name.value).toBe('Dev and Ops, autumn');
  });

  it('a decision saved closes its own editor, not another one opened while it was saved', async () => {
    const decision = (n: number, text: string): Decision => ({
      id: `decision:t-${n}` as Decision['id'],
      workshopId: sample.workshop.id,
      text,
      decidedBy: 'The CEO',
      rationale: '',
      deferred: false,
      createdAt: `2026-03-12T15:0${n}:00.000Z`,
    });
    const decisions = [decision(1, 'Releases move to Tuesdays.'), decision(2, 'Ops joins the planning meeting.')];
    render(<Decisions data={outcomesData({ ...view, bundle: { ...sample, decisions } }, { kind: 'facilitator' })} />);
    const list = screen.getByRole('list', { name: 'Decisions' });
    fireEvent.click(within(list).getAllByRole('button', { name: 'Edit' })[0]!);
    fireEvent.click(within(list).getByRole('button', { name: 'Save the changes' }));
    await act(async () => {});
    expect(held.saves).toHaveLength(1);
    // While the first is saved, the facilitator opens the second.
    fireEvent.click(within(list).getByRole('button', { name: 'Edit' }));
    await act(async () => held.saves[0]!.land(undefined));
    expect(within(list).getByRole('button', { name: 'Save the changes' })).toBeTruthy();
    expect((within(list).getByDisplayValue('Ops joins the planning meeting.') as HTMLTextAreaElement).tagName).toBe('TEXTAREA');
  });

  it('a phase’s notes typed on after they were saved are still kept as a draft', async () => {
    const phase = { ...sample.phases[0]!, notes: '' };
    render(<NotesPanel workshop={sample.workshop} phase={phase} />);
    const notes = screen.getByRole('textbox') as HTMLTextAreaElement;
    fireEvent.change(notes, { target: { value: 'Ask about the budget' } });
    fireEvent.blur(notes);
    await act(async () => {});
    expect(held.saves[0]!.args).toEqual(expect.objectContaining({ patch: { notes: 'Ask about the budget' } }));
    // Back in the field while it is saved: the facilitator goes on writing.
    fireEvent.change(notes, { target: { value: 'Ask about the budget and the dates' } });
    await act(async () => held.saves[0]!.land(undefined));
    await waitFor(async () => expect(await readDraft(`${sample.workshop.id}/notes/${phase.id}`)).toBe('Ask about the budget and the dates'), { timeout: 3000 });
  });

  it('a decision edited again while its edit is saved stays open with the new text, for it to be saved in turn', async () => {
    const decision: Decision = { id: 'decision:t-1' as Decision['id'], workshopId: sample.workshop.id, text: 'Releases move to Tuesdays.', decidedBy: 'The CEO', rationale: '', deferred: false, createdAt: '2026-03-12T15:01:00.000Z' };
    render(<Decisions data={outcomesData({ ...view, bundle: { ...sample, decisions: [decision] } }, { kind: 'facilitator' })} />);
    const list = screen.getByRole('list', { name: 'Decisions' });
    fireEvent.click(within(list).getByRole('button', { name: 'Edit' }));
    const text = within(list).getByDisplayValue('Releases move to Tuesdays.') as HTMLTextAreaElement;
    fireEvent.input(text, { target: { value: 'Releases move to Wednesdays.' } });
    fireEvent.click(within(list).getByRole('button', { name: 'Save the changes' }));
    await act(async () => {});
    expect(held.saves[0]!.args).toEqual(expect.objectContaining({ input: expect.objectContaining({ text: 'Releases move to Wednesdays.' }) }));
    // The chair corrects it again while it is saved.
    fireEvent.input(text, { target: { value: 'Releases move to Wednesdays, from May.' } });
    await act(async () => held.saves[0]!.land(undefined));
    expect(within(list).getByDisplayValue('Releases move to Wednesdays, from May.')).toBe(text);
    // Saved again with nothing changed meanwhile, it closes.
    fireEvent.click(within(list).getByRole('button', { name: 'Save the changes' }));
    await act(async () => {});
    await act(async () => held.saves[1]!.land(undefined));
    expect(within(list).queryByRole('button', { name: 'Save the changes' })).toBeNull();
  });

  it('a workshop’s details changed again while they are saved stay on the form; saved again, it goes back to the board', async () => {
    await ensureSampleSeeded('en');
    window.location.hash = '#/details/x';
    render(<DetailsScreen id={sample.workshop.id} />);
    const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
    await waitFor(() => expect(title.value).not.toBe(''));
    fireEvent.input(title, { target: { value: 'NotHere, spring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(held.saves).toHaveLength(1));
    expect(held.saves[0]!.args).toEqual(expect.objectContaining({ details: expect.objectContaining({ title: 'NotHere, spring' }) }));
    fireEvent.input(title, { target: { value: 'NotHere, spring 2027' } });
    await act(async () => held.saves[0]!.land(true));
    expect(window.location.hash).toBe('#/details/x');
    expect(title.value).toBe('NotHere, spring 2027');
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(held.saves).toHaveLength(2));
    await act(async () => held.saves[1]!.land(true));
    expect(window.location.hash).toBe(`#/workshop/${encodeURIComponent(sample.workshop.id)}`);
  });

  it('a hand-counted total corrected while the one before is saved keeps the correction', () => {
    const committed: number[] = [];
    const { rerender } = render(<TallyInput stored={0} label="Dots for shared on-call" onCommit={(n) => committed.push(n)} />);
    const field = screen.getByLabelText('Dots for shared on-call') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '5' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(committed).toEqual([5]);
    fireEvent.change(field, { target: { value: '7' } });
    // The 5 is stored and drawn: the 7 typed since stays, to be saved in its turn.
    rerender(<TallyInput stored={5} label="Dots for shared on-call" onCommit={(n) => committed.push(n)} />);
    expect(field.value).toBe('7');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(committed).toEqual([5, 7]);
    // Stored, then undone: the field follows both, as nothing was typed since.
    rerender(<TallyInput stored={7} label="Dots for shared on-call" onCommit={(n) => committed.push(n)} />);
    expect(field.value).toBe('7');
    rerender(<TallyInput stored={5} label="Dots for shared on-call" onCommit={(n) => committed.push(n)} />);
    expect(field.value).toBe('5');
  });

  it('a hand-counted total emptied (none) still follows a total stored elsewhere, and never saves over it', () => {
    const committed: number[] = [];
    const { rerender } = render(<TallyInput stored={0} label="Dots for shared on-call" onCommit={(n) => committed.push(n)} />);
    const field = screen.getByLabelText('Dots for shared on-call') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.blur(field);
    expect(committed).toEqual([]);
    // Another window records 4: the field shows it, and leaving the field again saves nothing.
    rerender(<TallyInput stored={4} label="Dots for shared on-call" onCommit={(n) => committed.push(n)} />);
    expect(field.value).toBe('4');
    fireEvent.blur(field);
    expect(committed).toEqual([]);
  });
});

describe('an agreement whose answers are changed one after the other', () => {
  it('a side’s answer saved closes its own form, not the other side’s, opened while it was saved', async () => {
    const requirement = (author: string) => sample.stickies.find((s) => s.kind === 'requirement' && sample.groups.find((g) => g.id === s.authorGroupId)?.name === author)!;
    const [dev, ops] = ['Dev', 'Ops'].map((name) => sample.groups.find((g) => g.name === name)!);
    const agreement: Agreement = {
      id: 'agreement:t-1' as Agreement['id'],
      workshopId: sample.workshop.id,
      stickyIds: [requirement('Dev').id, requirement('Ops').id],
      text: 'We will ship on Tuesdays if you will page us only for outages.',
      answers: [
        { groupId: dev!.id, answer: 'accept', text: '' },
        { groupId: ops!.id, answer: 'accept', text: '' },
      ],
      order: 'a0',
      createdAt: '2026-03-12T15:00:00.000Z',
    };
    const data = outcomesData({ ...view, bundle: { ...sample, agreements: [agreement] } }, { kind: 'facilitator' });
    render(<AgreementCard agreement={agreement} number={1} data={data} totals={new Map()} onMakeAction={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change Dev’s answer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the answer' }));
    await act(async () => {});
    expect(held.saves).toHaveLength(1);
    // While Dev's answer is saved, the facilitator opens Ops's.
    fireEvent.click(screen.getByRole('button', { name: 'Change Ops’s answer' }));
    expect(screen.getByText('Ops answers')).toBeTruthy();
    await act(async () => held.saves[0]!.land(undefined));
    expect(screen.queryByText('Dev answers')).toBeNull();
    expect(screen.getByText('Ops answers')).toBeTruthy();
  });
});

describe('merging a group from a file, with a quick change of mind', () => {
  it('says so when the file cannot be read, and offers no group to merge', async () => {
    const file = new File(['{}'], 'gone.outmodel');
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new DOMException('The file was moved.', 'NotReadableError')) });
    render(<MergeDialog bundle={sample} onClose={() => undefined} />);
    await act(async () => fireEvent.change(screen.getByLabelText('Workshop file from the other laptop'), { target: { files: [file] } }));
    expect(screen.getByText('The file could not be read.')).toBeTruthy();
    expect(screen.queryByLabelText('Group whose writing to merge')).toBeNull();
  });

  it('shows (and would merge) the plan of the group chosen last, whichever preview answers last', async () => {
    // The other laptop's copy of the workshop, where every group wrote something new.
    const copy = buildSampleWorkshop();
    const source = { ...copy, stickies: copy.stickies.map((s) => ({ ...s, text: `${s.text} (written on the other laptop)` })) };
    const file = new File([JSON.stringify(toWorkshopFile(source, '2026-03-12T18:00:00.000Z', 'test'))], 'dev-laptop.outmodel');
    render(<MergeDialog bundle={sample} onClose={() => undefined} />);
    await act(async () => fireEvent.change(screen.getByLabelText('Workshop file from the other laptop'), { target: { files: [file] } }));
    const pick = screen.getByLabelText('Group whose writing to merge');
    const names = within(pick)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value)
      .filter(Boolean);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const [first, second] = names as [string, string];
    const plan = (group: string) => planMerge(sample, source, group, '2026-03-12T18:00:00.000Z', idCounter('merge'));
    fireEvent.change(pick, { target: { value: first } });
    fireEvent.change(pick, { target: { value: second } });
    expect(held.plans.map((p) => p.group)).toEqual([first, second]);
    // The second preview answers first, the first one after it.
    await act(async () => held.plans[1]!.land(plan(second)));
    await act(async () => held.plans[0]!.land(plan(first)));
    expect((pick as HTMLInputElement).value).toBe(second);
    fireEvent.click(screen.getByRole('button', { name: /^Merge/ }));
    await act(async () => {});
    expect(held.saves.map((s) => (s.args as { plan: MergePlan }).plan.groupName)).toEqual([second]);
  });
});
