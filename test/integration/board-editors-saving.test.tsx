import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { laneKeyOf } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';

// A sticky's edit and a cluster's new title wait here until the test lets them land; every
// other action runs as in the app.
const held = vi.hoisted(() => ({ saves: [] as { args: unknown; land: () => void }[], names: ['editSticky', 'renameCluster'] }));
vi.mock('../../renderer/actions', async (original) => {
  const actions = await original<typeof import('../../renderer/actions')>();
  return {
    ...actions,
    perform: (action: { name: string }, args: unknown) =>
      held.names.includes(action.name) ? new Promise<void>((resolve) => held.saves.push({ args, land: resolve })) : actions.perform(action as never, args as never),
  };
});

const { db, ensureSampleSeeded, readWorkshopEarly } = await import('../../renderer/db');
const { clusterStickiesAction, perform } = await import('../../renderer/actions');
const { useUi } = await import('../../renderer/state');
const { SampleFacilitatorBoard, sampleDevAboutOps } = await import('../support/sample-board');

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: SAMPLE_WORKSHOP_ID, unsaved: [], storageProblem: null, focusTarget: null });
  await readWorkshopEarly(SAMPLE_WORKSHOP_ID);
});

afterEach(() => {
  held.saves.length = 0;
});

describe('an edit on the board, once Enter is pressed', () => {
  it('a sticky’s text takes nothing more while it is saved, then its editor closes', async () => {
    render(<SampleFacilitatorBoard />);
    const sticky = document.querySelector<HTMLElement>('li.sticky')!;
    fireEvent.doubleClick(sticky);
    const field = within(sticky).getByRole('textbox', { name: 'Sticky text' }) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(false);
    fireEvent.change(field, { target: { value: 'Ships on Tuesdays now.' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await act(async () => {});
    expect(held.saves.map((s) => s.args)).toEqual([expect.objectContaining({ patch: { text: 'Ships on Tuesdays now.' } })]);
    // Keys typed now would be dropped as the editor closes: the field takes none.
    expect(field.readOnly).toBe(true);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(within(sticky).getByRole('textbox', { name: 'Sticky text' })).toBe(field);
    await act(async () => held.saves[0]!.land());
    expect(within(sticky).queryByRole('textbox', { name: 'Sticky text' })).toBeNull();
  });

  it('a cluster’s title takes nothing more while it is saved', async () => {
    // Two of Dev's stickies about Ops made a cluster, as the facilitator would by dragging one onto the other.
    const lane = await sampleDevAboutOps();
    const [dragged, target] = await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).filter((s) => laneKeyOf(s) === lane.key).toArray();
    await perform(clusterStickiesAction, { workshopId: SAMPLE_WORKSHOP_ID, draggedId: dragged!.id, targetId: target!.id, lane });
    await readWorkshopEarly(SAMPLE_WORKSHOP_ID);
    render(<SampleFacilitatorBoard />);
    const cluster = screen.getAllByRole('listitem', { name: /^Cluster: / })[0]!;
    fireEvent.click(cluster.querySelector<HTMLButtonElement>('button.cluster-title')!);
    const title = within(cluster).getByRole('textbox', { name: 'Cluster title' }) as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'Release pain, again' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    await act(async () => {});
    expect(held.saves.map((s) => s.args)).toEqual([expect.objectContaining({ title: 'Release pain, again' })]);
    expect(title.readOnly).toBe(true);
    // Escape now would close it before the title is stored: it waits for the save instead.
    fireEvent.keyDown(title, { key: 'Escape' });
    expect(within(cluster).getByRole('textbox', { name: 'Cluster title' })).toBe(title);
    await act(async () => held.saves[0]!.land());
    expect(within(cluster).queryByRole('textbox', { name: 'Cluster title' })).toBeNull();
  });
});
