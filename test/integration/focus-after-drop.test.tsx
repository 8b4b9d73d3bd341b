import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { laneKeyOf } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { db, ensureSampleSeeded, readWorkshopEarly } from '../../renderer/db';
import { clusterStickiesAction, dropCarryAction, moveDownAction, perform } from '../../renderer/actions';
import { useUi } from '../../renderer/state';
import { useKeyboard } from '../../renderer/state/carry';
import { SampleFacilitatorBoard, sampleDevAboutOps } from '../support/sample-board';

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: SAMPLE_WORKSHOP_ID, unsaved: [], storageProblem: null, focusTarget: null, focusAskedFrom: null });
  await readWorkshopEarly(SAMPLE_WORKSHOP_ID);
});

/** The board drawn, with the first of two loose stickies of Dev about Ops focused. */
async function withStickyFocused() {
  const lane = await sampleDevAboutOps();
  const [first, second] = await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).filter((s) => laneKeyOf(s) === lane.key && s.clusterId === null).toArray();
  render(<SampleFacilitatorBoard />);
  const card = (await screen.findByText(first!.text, { selector: '.sticky-text' })).closest<HTMLElement>('li.sticky')!;
  act(() => card.focus());
  useUi.getState().select({ workshopId: SAMPLE_WORKSHOP_ID, stickyId: first!.id });
  const composer = screen.getByRole('textbox', { name: 'New sticky in Dev about Ops' }) as HTMLTextAreaElement;
  return { lane, first: first!, second: second!, card, composer };
}

/** Two loose stickies of Dev about Ops, the first carried onto the second, with the board drawn. */
async function carriedOnto() {
  const { lane, first, second, composer } = await withStickyFocused();
  const home = { kind: 'before', laneKey: lane.key, clusterId: null, beforeId: second.id } as const;
  useKeyboard.getState().setCarry({ workshopId: SAMPLE_WORKSHOP_ID, stickyId: first.id, text: first.text, home, target: { kind: 'onto', laneKey: lane.key, stickyId: second.id } });
  return { composer };
}

/** Starts a command, and while it is on its way the person goes into `field`; resolves once it is done. */
async function typingElsewhereWhile(command: () => Promise<unknown>, field: HTMLElement) {
  let done: Promise<unknown> | undefined;
  act(() => void (done = command()));
  act(() => field.focus());
  await act(async () => void (await done));
}

const clusters = () => screen.queryAllByRole('listitem', { name: /^Cluster: / });

describe('a new cluster made by a drop', () => {
  it('asks for its title at once', async () => {
    await carriedOnto();
    await act(() => perform(dropCarryAction, undefined));
    const title = await screen.findByRole('textbox', { name: 'Cluster title' });
    expect(document.activeElement).toBe(title);
    expect(clusters()).toHaveLength(1);
  });

  it('leaves the focus where the person went on typing while it was saved', async () => {
    const { composer } = await carriedOnto();
    // Before the cluster is saved, the person clicks into the lane's composer and types.
    await typingElsewhereWhile(() => perform(dropCarryAction, undefined), composer);
    await screen.findAllByRole('listitem', { name: /^Cluster: / });
    expect(clusters()).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: 'Cluster title' })).toBeNull();
    expect(document.activeElement).toBe(composer);
    expect(useUi.getState().focusTarget).toBeNull();
  });

  it('leaves the focus where the person went on typing after it was asked for and before it was drawn', async () => {
    const { lane, first, second, card, composer } = await withStickyFocused();
    const clusterId = await act(() => perform(clusterStickiesAction, { workshopId: SAMPLE_WORKSHOP_ID, draggedId: first.id, targetId: second.id, lane }));
    // Asked from the sticky as the drop saved; the person is in the composer by the time it is drawn.
    act(() => {
      useUi.getState().requestFocus(clusterId!, card);
      composer.focus();
    });
    await screen.findAllByRole('listitem', { name: /^Cluster: / });
    await act(async () => {});
    expect(screen.queryByRole('textbox', { name: 'Cluster title' })).toBeNull();
    expect(document.activeElement).toBe(composer);
    expect(useUi.getState().focusTarget).toBeNull();
  });
});

describe('a sticky moved by keys', () => {
  it('takes the focus along to its new place', async () => {
    const { first } = await withStickyFocused();
    await act(() => perform(moveDownAction, undefined));
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.stickyId).toBe(first.id));
  });

  it('leaves the focus where the person went on typing while it moved', async () => {
    const { composer } = await withStickyFocused();
    await typingElsewhereWhile(() => perform(moveDownAction, undefined), composer);
    await act(async () => {});
    expect(document.activeElement).toBe(composer);
    expect(useUi.getState().focusTarget).toBeNull();
  });
});
