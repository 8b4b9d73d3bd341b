import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { laneKeyOf } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { db, ensureSampleSeeded, readWorkshopEarly } from '../../renderer/db';
import { dropCarryAction, perform } from '../../renderer/actions';
import { useUi } from '../../renderer/state';
import { useKeyboard } from '../../renderer/state/carry';
import { SampleFacilitatorBoard, sampleDevAboutOps } from '../support/sample-board';

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: SAMPLE_WORKSHOP_ID, unsaved: [], storageProblem: null, focusTarget: null, focusAskedFrom: null });
  await readWorkshopEarly(SAMPLE_WORKSHOP_ID);
});

/** Two loose stickies of Dev about Ops, the first carried onto the second, with the board drawn. */
async function carriedOnto() {
  const lane = await sampleDevAboutOps();
  const [dragged, target] = await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).filter((s) => laneKeyOf(s) === lane.key && s.clusterId === null).toArray();
  render(<SampleFacilitatorBoard />);
  const card = await screen.findByText(dragged!.text, { selector: '.sticky-text' });
  const home = { kind: 'before', laneKey: lane.key, clusterId: null, beforeId: target!.id } as const;
  useKeyboard.getState().setCarry({ workshopId: SAMPLE_WORKSHOP_ID, stickyId: dragged!.id, text: dragged!.text, home, target: { kind: 'onto', laneKey: lane.key, stickyId: target!.id } });
  card.closest<HTMLElement>('li.sticky')!.focus();
  return { composer: screen.getByRole('textbox', { name: 'New sticky in Dev about Ops' }) as HTMLTextAreaElement };
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
    let dropped: Promise<unknown> | undefined;
    act(() => void (dropped = perform(dropCarryAction, undefined)));
    // Before the cluster is saved, the person clicks into the lane's composer and types.
    act(() => composer.focus());
    await act(async () => void (await dropped));
    await screen.findAllByRole('listitem', { name: /^Cluster: / });
    expect(clusters()).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: 'Cluster title' })).toBeNull();
    expect(document.activeElement).toBe(composer);
    expect(useUi.getState().focusTarget).toBeNull();
  });
});
