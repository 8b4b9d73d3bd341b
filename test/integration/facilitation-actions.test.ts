import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { byOrder } from '../../shared/lib/order';
import { message } from '../../shared/i18n';
import {
  addTimeAction,
  nextPhaseAction,
  perform,
  redoAction,
  revealAction,
  saveTemplateAction,
  createWorkshopAction,
  setPresentAction,
  startPhaseAction,
  undoAction,
} from '../../renderer/actions';
import { db, ensureSampleSeeded, useWorkshopView } from '../../renderer/db';
import { readBundle } from '../../renderer/db/bundles';
import { details } from '../builders/details';

const W = SAMPLE_WORKSHOP_ID;
const ctx = { scope: W };
const undo = () => perform(undoAction, undefined, ctx);
const redo = () => perform(redoAction, undefined, ctx);
const agenda = async () => {
  const b = (await readBundle(W))!;
  return { current: b.workshop.facilitation.currentPhaseId, phases: byOrder(b.phases), revealed: b.workshop.facilitation.revealedGroupIds };
};

describe('running the room', () => {
  it('starts, moves on, adds time, and undoes each step back to where it was', async () => {
    await ensureSampleSeeded('en');
    const before = await agenda();
    const [first, second] = before.phases;
    await perform(startPhaseAction, { workshopId: W, phaseId: first!.id, title: first!.title }, ctx);
    const started = await agenda();
    expect(started.current).toBe(first!.id);
    expect(started.phases[0]!.run.startedAt).not.toBeNull();
    await perform(addTimeAction, { workshopId: W, minutes: 5 }, ctx);
    expect((await agenda()).phases[0]!.run.addedMinutes).toBe(5);
    await perform(nextPhaseAction, { workshopId: W }, ctx);
    const moved = await agenda();
    expect(moved.current).toBe(second!.id);
    expect(moved.phases[0]!.run.endedAt).not.toBeNull();

    await undo();
    expect(await agenda()).toEqual({ ...started, phases: started.phases.map((p, i) => (i === 0 ? { ...p, run: { ...p.run, addedMinutes: 5 } } : p)) });
    await undo();
    expect(await agenda()).toEqual(started);
    await undo();
    expect(await agenda()).toEqual(before);
    await redo();
    expect(await agenda()).toEqual(started);
  });

  it('reveals and hides a group, undoably', async () => {
    await ensureSampleSeeded('en');
    const dev = (await readBundle(W))!.groups[0]!;
    await perform(revealAction, { workshopId: W, groupIds: [dev.id], revealed: true, label: message('undo.reveal', { group: dev.name }) }, ctx);
    expect((await agenda()).revealed).toEqual([dev.id]);
    await undo();
    expect((await agenda()).revealed).toEqual([]);
  });

  it('keeps attendance, undoably', async () => {
    await ensureSampleSeeded('en');
    const yoni = (await db.participants.toArray()).find((p) => p.name === 'Yoni')!;
    await perform(setPresentAction, { participantId: yoni.id, name: yoni.name, present: false }, ctx);
    expect((await db.participants.get(yoni.id))!.present).toBe(false);
    await undo();
    expect((await db.participants.get(yoni.id))!.present).toBe(true);
  });
});

describe('the query layer keeps private writing private', () => {
  it('gives a group view only counts of another group’s unrevealed lanes, and the text once revealed', async () => {
    await ensureSampleSeeded('en');
    const [dev, ops] = (await readBundle(W))!.groups;
    const { result } = renderHook(() => useWorkshopView(W, { kind: 'group', groupId: ops!.id }));
    await waitFor(() => expect(result.current).toBeTruthy());
    const hidden = result.current!;
    expect(hidden.bundle.stickies.every((s) => s.kind === 'parking' || s.authorGroupId === ops!.id)).toBe(true);
    expect(JSON.stringify(hidden)).not.toContain('Treats every change as a threat');
    expect([...hidden.hiddenCounts.values()].reduce((a, b) => a + b, 0)).toBe(7);

    await perform(revealAction, { workshopId: W, groupIds: [dev!.id], revealed: true, label: message('undo.revealAll') }, ctx);
    await waitFor(() => expect(result.current!.hiddenCounts.size).toBe(0));
    expect(result.current!.bundle.stickies.some((s) => s.text === 'Treats every change as a threat to the four nines.')).toBe(true);
  });
});

describe('templates of the facilitator’s own', () => {
  it('saves a workshop’s agenda and groups, and starts a new workshop from them', async () => {
    await ensureSampleSeeded('en');
    const template = (await perform(saveTemplateAction, { workshopId: W, name: 'Our day' }, { scope: 'library' }))!;
    expect(await db.templates.count()).toBe(1);
    const created = (await perform(
      createWorkshopAction,
      { details: details({ groups: [0, 1, 2].map((i) => ({ name: ['A', 'B', 'C'][i]!, colour: '#1d4ed8', mark: 'circle', participants: [] })) }), templateId: template.id },
      { scope: 'library' },
    ))!;
    const titles = byOrder(created.phases).map((p) => p.title);
    expect(titles.filter((t) => t.startsWith('Presentation:'))).toEqual(['Presentation: A', 'Presentation: B', 'Presentation: C']);
    expect(created.workshop.templateId).toBe(template.id);
    await perform(undoAction, undefined, { scope: 'library' });
    await perform(undoAction, undefined, { scope: 'library' });
    expect(await db.templates.count()).toBe(0);
  });
});
