import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { type WorkshopBundle } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { editStickyAction, perform, postStickiesAction, startPhaseAction } from '../../renderer/actions';
import { RunBar, SidePanel } from '../../renderer/features/facilitation';
import { applyBoardOp, db, ensureSampleSeeded, flushWorkshopTouches, readWorkshopEarly, setPresent, useWorkshopBundle, useWorkshopView } from '../../renderer/db';
import { SampleFacilitatorBoard, boardWhole, sampleDevAboutOps } from '../support/sample-board';
import { useUi } from '../../renderer/state';
import { emptyChange } from '../../shared/board';
import { reaction } from '../builders/board';

const W = SAMPLE_WORKSHOP_ID;
const renders = () => (window as unknown as { __renderCounts?: Record<string, number> }).__renderCounts?.sticky ?? 0;

const stickyCount = () => document.querySelectorAll('.sticky').length;

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: W, unsaved: [], storageProblem: null });
});

describe('what a change to the board redraws', () => {
  it('a post draws the new sticky only, not the board', async () => {
    render(<SampleFacilitatorBoard />);
    // Once the board is drawn whole (a lane below the first screen is drawn after it).
    await waitFor(() => expect(boardWhole()).toBe(true));
    const before = stickyCount();
    const drawn = renders();
    const lane = await sampleDevAboutOps();
    await perform(postStickiesAction, { workshopId: W, lane, texts: ['Releases wait for the change board'], options: {} });
    await screen.findByText('Releases wait for the change board');
    expect(stickyCount()).toBe(before + 1);
    // The lane's last sticky is not drawn again: where a drop after it lands is the lane's business.
    expect(renders() - drawn).toBe(1);
  });

  it('an edit redraws the edited sticky only', async () => {
    render(<SampleFacilitatorBoard />);
    await waitFor(() => expect(stickyCount()).toBeGreaterThan(10));
    const sticky = (await db.stickies.where('workshopId').equals(W).first())!;
    const drawn = renders();
    await perform(editStickyAction, { workshopId: W, id: sticky.id, patch: { text: 'Edited on the board' } });
    await screen.findByText('Edited on the board');
    expect(renders() - drawn).toBeGreaterThan(0);
    expect(renders() - drawn).toBeLessThanOrEqual(2);
  });
});

describe('what a post leaves alone', () => {
  const counted = (kind: string) => (window as unknown as { __renderCounts?: Record<string, number> }).__renderCounts?.[kind] ?? 0;
  // As the workshop's screen draws them: from the facilitator's view of the workshop.
  function RunBarAndAgenda() {
    const view = useWorkshopView(W, { kind: 'facilitator' });
    return view ? (
      <>
        <p data-testid="stickies">{view.bundle.stickies.length}</p>
        <p data-testid="updated">{view.bundle.workshop.updatedAt}</p>
        <RunBar workshop={view.bundle.workshop} phases={view.bundle.phases} />
        <SidePanel bundle={view.bundle} />
      </>
    ) : null;
  }

  it('the run bar and the agenda are not drawn again by a post, but are by a change of phase', async () => {
    useUi.getState().setSideTab('agenda');
    render(<RunBarAndAgenda />);
    await waitFor(() => expect(counted('agenda')).toBeGreaterThan(0));
    // The run bar is drawn on mounting, then once more when its settings are read (a live query).
    await waitFor(() => expect(counted('run-bar')).toBeGreaterThanOrEqual(2));
    const lane = await sampleDevAboutOps();
    const before = Number(screen.getByTestId('stickies').textContent);
    const [runBar, agenda] = [counted('run-bar'), counted('agenda')];
    const earlier = (await db.workshops.get(W))!.updatedAt;
    await perform(postStickiesAction, { workshopId: W, lane, texts: ['A post the agenda does not see'], options: {} });
    // The post has reached the view the panels are drawn from, and so has the workshop's
    // updatedAt, written a moment after it...
    await waitFor(() => expect(screen.getByTestId('stickies').textContent).toBe(String(before + 1)));
    await flushWorkshopTouches();
    await waitFor(() => expect(screen.getByTestId('updated').textContent).not.toBe(earlier));
    // ...and neither was drawn again.
    expect([counted('run-bar'), counted('agenda')]).toEqual([runBar, agenda]);
    // A phase started is drawn.
    const phase = (await db.phases.where('workshopId').equals(W).first())!;
    await perform(startPhaseAction, { workshopId: W, phaseId: phase.id, title: phase.title });
    await waitFor(() => expect(counted('agenda')).toBeGreaterThan(agenda));
    expect(counted('run-bar')).toBeGreaterThan(runBar);
  });
});

describe('a window that opens on a board', () => {
  it('draws the board from the read made while the app started, then follows changes', async () => {
    await readWorkshopEarly(W);
    const lane = await sampleDevAboutOps();
    render(<SampleFacilitatorBoard />);
    // In the first drawing: no empty frame while the board's own read runs.
    expect(stickyCount()).toBeGreaterThan(10);
    // The lanes below the first screen are drawn next, while the window is idle.
    await waitFor(() => expect(boardWhole()).toBe(true));
    const shown = stickyCount();
    await perform(postStickiesAction, { workshopId: W, lane, texts: ['Posted after the start'], options: {} });
    await screen.findByText('Posted after the start');
    expect(stickyCount()).toBe(shown + 1);
  });

  it('without that read, draws the board once its own read is done', async () => {
    render(<SampleFacilitatorBoard />);
    expect(stickyCount()).toBe(0);
    await waitFor(() => expect(stickyCount()).toBeGreaterThan(10));
  });
});

describe('the live read of a workshop', () => {
  function reader(reads: WorkshopBundle[]) {
    return function Reader() {
      const bundle = useWorkshopBundle(W);
      if (bundle && reads.at(-1) !== bundle) reads.push(bundle);
      return null;
    };
  }

  it('sees an edit of a field no index holds, made by a transaction that read the record first', async () => {
    const reads: WorkshopBundle[] = [];
    const Reader = reader(reads);
    render(<Reader />);
    await waitFor(() => expect(reads.length).toBeGreaterThan(0));
    const lane = await sampleDevAboutOps();
    await perform(postStickiesAction, { workshopId: W, lane, texts: ['Before the roll call'], options: {} });
    await waitFor(() => expect(reads.at(-1)!.stickies.some((s) => s.text === 'Before the roll call')).toBe(true));
    const person = reads.at(-1)!.participants[0]!;
    await setPresent(person.id, !person.present);
    await waitFor(() => expect(reads.at(-1)!.participants.find((p) => p.id === person.id)!.present).toBe(!person.present));
    // A write to another table is seen too.
    await db.reactions.add(reaction(reads.at(-1)!.stickies[0]!, reads.at(-1)!.groups[0]!.id, 'reaction:live-read'));
    await waitFor(() => expect(reads.at(-1)!.reactions.map((r) => r.id)).toContain('reaction:live-read'));
  });
});

describe('a board operation that reads only some tables', () => {
  it('may not write a table it did not read, and reads stickies with their clusters', async () => {
    const sticky = (await db.stickies.where('workshopId').equals(W).first())!;
    const writesReactions = () => {
      const change = emptyChange();
      change.reactions.remove.push('reaction:any');
      change.stickies.put.push({ ...sticky, text: 'not written' });
      return change;
    };
    await expect(applyBoardOp(W, writesReactions, ['stickies', 'clusters'])).rejects.toThrow('wrote reactions, which it did not read');
    expect((await db.stickies.get(sticky.id))!.text).toBe(sticky.text);
    await expect(applyBoardOp(W, () => emptyChange(), ['stickies'])).rejects.toThrow('stickies and clusters together');
  });
});
