import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import {
  createWorkshopAction,
  deleteWorkshopAction,
  duplicateWorkshopAction,
  editDetailsAction,
  perform,
  redoAction,
  renameWorkshopAction,
  resetSampleAction,
  undoAction,
} from '../../renderer/actions';
import { db, ensureSampleSeeded } from '../../renderer/db';
import { readBundle } from '../../renderer/db/bundles';
import { useHistory, useUi } from '../../renderer/state';
import { details } from '../builders/details';
import { expectPlainWords, inEnglish } from '../builders/messages';

const undo = () => perform(undoAction, undefined);
const redo = () => perform(redoAction, undefined);
const titles = async () => (await db.workshops.toArray()).map((w) => w.title).sort();

describe('library commands with undo and redo', () => {
  it('create: undo removes the workshop, redo brings it back whole', async () => {
    const created = (await perform(createWorkshopAction, { details: details() }))!;
    const stored = await readBundle(created.workshop.id);
    await undo();
    expect(await db.workshops.count()).toBe(0);
    expect(await db.groups.count()).toBe(0);
    await redo();
    expect(await readBundle(created.workshop.id)).toEqual(stored);
  });

  it('delete: offers undo, and undo restores every record', async () => {
    await ensureSampleSeeded('en');
    const before = await readBundle(SAMPLE_WORKSHOP_ID);
    await perform(deleteWorkshopAction, { id: SAMPLE_WORKSHOP_ID });
    expect(await db.workshops.count()).toBe(0);
    const notice = useUi.getState().notices.at(-1);
    expect(notice).toMatchObject({
      actionName: 'undo',
      actionLabel: { key: 'notices.undo' },
      message: { key: 'notices.workshopDeleted', values: { title: before!.workshop.title } },
    });
    expect(inEnglish(notice?.actionLabel)).toBe('Undo');
    expect(inEnglish(notice?.message)).toBe('Deleted “NotHere, Inc.: Making Cats Work with Dogs”.');
    await undo();
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(before);
    await redo();
    expect(await db.workshops.count()).toBe(0);
  });

  it('rename and duplicate undo in reverse order', async () => {
    await ensureSampleSeeded('en');
    await perform(renameWorkshopAction, { id: SAMPLE_WORKSHOP_ID, title: 'Cats' });
    await perform(duplicateWorkshopAction, { id: SAMPLE_WORKSHOP_ID });
    expect(await titles()).toEqual(['Cats', 'Cats (copy)']);
    await undo();
    expect(await titles()).toEqual(['Cats']);
    await undo();
    expect(await titles()).toEqual(['NotHere, Inc.: Making Cats Work with Dogs']);
    await redo();
    await redo();
    expect(await titles()).toEqual(['Cats', 'Cats (copy)']);
  });

  it('edit details and reset the sample are undoable', async () => {
    await ensureSampleSeeded('en');
    const shipped = await readBundle(SAMPLE_WORKSHOP_ID);
    const sample = shipped!;
    await perform(editDetailsAction, {
      id: SAMPLE_WORKSHOP_ID,
      details: details({
        title: 'Edited',
        groups: sample.groups.map((g) => ({ id: g.id, name: g.name, colour: g.colour, mark: g.mark, participants: [] })),
      }),
    });
    const edited = await readBundle(SAMPLE_WORKSHOP_ID);
    expect(edited?.workshop.title).toBe('Edited');
    expect(edited?.participants).toHaveLength(0);
    await perform(resetSampleAction, { language: 'en' });
    expect((await readBundle(SAMPLE_WORKSHOP_ID))?.workshop.title).toBe('NotHere, Inc.: Making Cats Work with Dogs');
    await undo();
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(edited);
    await undo();
    expect(await readBundle(SAMPLE_WORKSHOP_ID)).toEqual(shipped);
  });

  it('a refused command shows a plain message and enters no history', async () => {
    await ensureSampleSeeded('en');
    const result = await perform(renameWorkshopAction, { id: SAMPLE_WORKSHOP_ID, title: '' });
    expect(result).toBeUndefined();
    const notice = useUi.getState().notices.at(-1);
    expect(notice).toMatchObject({ tone: 'error' });
    expectPlainWords(notice?.message);
    expect(useHistory.getState().history.library?.past ?? []).toHaveLength(0);
  });

  it('keeps undo per scope: a workshop scope does not undo library commands', async () => {
    await ensureSampleSeeded('en');
    await perform(renameWorkshopAction, { id: SAMPLE_WORKSHOP_ID, title: 'Cats' });
    await perform(undoAction, undefined, { scope: SAMPLE_WORKSHOP_ID });
    expect(await titles()).toEqual(['Cats']);
  });
});
