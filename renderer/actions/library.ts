import type { WorkshopBundle, WorkshopDetails, WorkshopId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  removeWorkshop,
  renameWorkshop,
  resetSample,
  restoreWorkshop,
  updateDetails,
} from '../db';
import { useUi } from '../state';
import { defineAction } from './registry';
import { undoAction } from './history';

/** The undo entry of a command that created a whole workshop. */
function creation(label: string, bundle: WorkshopBundle) {
  return { label, undo: () => removeWorkshop(bundle.workshop.id), redo: () => restoreWorkshop(bundle) };
}

export const createWorkshopAction = defineAction<{ details: WorkshopDetails; language: string }, WorkshopBundle>({
  name: 'createWorkshop',
  label: 'New workshop',
  perform: async ({ details, language }) => {
    const bundle = await createWorkshop(details, language);
    return { result: bundle, undo: creation(`Create “${bundle.workshop.title}”`, bundle) };
  },
});

export const editDetailsAction = defineAction<{ id: WorkshopId; details: WorkshopDetails }, WorkshopBundle>({
  name: 'editDetails',
  label: 'Edit details',
  perform: async ({ id, details }) => {
    const { before, after } = await updateDetails(id, details);
    return {
      result: after,
      undo: { label: 'Edit details', undo: () => restoreWorkshop(before), redo: () => restoreWorkshop(after) },
    };
  },
});

export const renameWorkshopAction = defineAction<{ id: WorkshopId; title: string }>({
  name: 'renameWorkshop',
  label: 'Rename',
  perform: async ({ id, title }) => {
    const { before, after } = await renameWorkshop(id, title);
    if (before === after) return { result: undefined };
    return {
      result: undefined,
      undo: {
        label: `Rename “${before}”`,
        undo: () => renameWorkshop(id, before).then(() => undefined),
        redo: () => renameWorkshop(id, after).then(() => undefined),
      },
    };
  },
});

export const duplicateWorkshopAction = defineAction<{ id: WorkshopId }, WorkshopBundle>({
  name: 'duplicateWorkshop',
  label: 'Duplicate',
  perform: async ({ id }) => {
    const copy = await duplicateWorkshop(id, (title) => `${title} (copy)`);
    return { result: copy, undo: creation(`Duplicate “${copy.workshop.title}”`, copy) };
  },
});

export const deleteWorkshopAction = defineAction<{ id: WorkshopId }>({
  name: 'deleteWorkshop',
  label: 'Delete',
  perform: async ({ id }) => {
    const bundle = await deleteWorkshop(id);
    useUi.getState().notify({ tone: 'info', message: `Deleted “${bundle.workshop.title}”.`, actionName: undoAction.name, actionLabel: 'Undo' });
    return {
      result: undefined,
      undo: { label: `Delete “${bundle.workshop.title}”`, undo: () => restoreWorkshop(bundle), redo: () => removeWorkshop(id) },
    };
  },
});

export const resetSampleAction = defineAction<{ language: string }>({
  name: 'resetSample',
  label: 'Reset the sample',
  perform: async ({ language }) => {
    const before = await resetSample(language);
    return {
      result: undefined,
      undo: {
        label: 'Reset the sample',
        undo: () => (before ? restoreWorkshop(before) : removeWorkshop(SAMPLE_WORKSHOP_ID)),
        redo: () => resetSample(language).then(() => undefined),
      },
    };
  },
});
