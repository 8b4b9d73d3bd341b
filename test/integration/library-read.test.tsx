import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { db, ensureSampleSeeded, readLibraryEarly, useWorkshopSummaries } from '../../renderer/db';
import { deriveLanes, type WorkshopId } from '../../shared/model';
import { perform, postStickiesAction } from '../../renderer/actions';

function Library() {
  const summaries = useWorkshopSummaries();
  if (!summaries) return <p>loading</p>;
  return (
    <ul>
      {summaries.map((s) => (
        <li key={s.workshop.id}>
          {s.workshop.title}: {s.stickyCount === null ? 'counting' : `${s.stickyCount} stickies`}
        </li>
      ))}
    </ul>
  );
}

beforeEach(async () => {
  await ensureSampleSeeded('en');
});

describe('the library', () => {
  it('opened with the read made while the app started, lists the workshops in its first drawing; the counts follow', async () => {
    await readLibraryEarly();
    const sample = (await db.workshops.get(SAMPLE_WORKSHOP_ID))!;
    const stickies = await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).count();
    render(<Library />);
    expect(screen.getByRole('listitem').textContent).toBe(`${sample.title}: counting`);
    await screen.findByText(`${sample.title}: ${stickies} stickies`);
  });

  it('without that read, lists them once its own read is done, and counts what changes', async () => {
    render(<Library />);
    expect(screen.getByText('loading')).toBeTruthy();
    const sample = (await db.workshops.get(SAMPLE_WORKSHOP_ID))!;
    const stickies = await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).count();
    await screen.findByText(`${sample.title}: ${stickies} stickies`);
    const one = (await db.stickies.where('workshopId').equals(SAMPLE_WORKSHOP_ID).first())!;
    await db.stickies.delete(one.id);
    await waitFor(() => expect(screen.getByRole('listitem').textContent).toBe(`${sample.title}: ${stickies - 1} stickies`));
  });
  it('shown just after a post, lists its workshop as changed then, not a moment later', async () => {
    const W = SAMPLE_WORKSHOP_ID as WorkshopId;
    const workshop = (await db.workshops.get(W))!;
    const lane = deriveLanes(await db.groups.where('workshopId').equals(W).toArray(), workshop.settings).find((l) => l.kind === 'outmodel')!;
    // The moment's own timer never ends here: only the library can have the time written.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const started = new Date().toISOString();
      await perform(postStickiesAction, { workshopId: W, lane, texts: ['Posted before the library'], options: {} });
      expect((await db.workshops.get(W))!.updatedAt < started).toBe(true);
      render(<Library />);
      // Waited for on IndexedDB's own ticks (setImmediate), so that no timer is moved on.
      let updatedAt = '';
      for (let tick = 0; tick < 200 && !(updatedAt >= started); tick++) {
        updatedAt = (await db.workshops.get(W))!.updatedAt;
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(updatedAt >= started).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
