import type { WorkshopBundle, WorkshopDetails, WorkshopId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  anonymiseWorkshop,
  removeWorkshop,
  removeWorkshopDrafts,
  renameWorkshop,
  resetSample,
  restoreWorkshop,
  updateDetails,
} from '../db';
import { LIBRARY_SCOPE, useHistory, useUi } from '../state';
import { desktop } from '../platform';
import { defineAction } from './registry';
import { message, type Message } from '../../shared/i18n';
import { translate } from '../i18n';
import { undoAction } from './history';

/** The undo entry of a command that created a whole workshop. */
function creation(label: Message, bundle: WorkshopBundle) {
  return { label, undo: () => removeWorkshop(bundle.workshop.id), redo: () => restoreWorkshop(bundle) };
}

export const createWorkshopAction = defineAction<{ details: WorkshopDetails; templateId?: string }, WorkshopBundle>({
  name: 'createWorkshop',
  label: 'library.newWorkshop',
  perform: async ({ details, templateId }) => {
    const bundle = await createWorkshop(details, templateId);
    return { result: bundle, undo: creation(message('undo.createWorkshop', { title: bundle.workshop.title }), bundle) };
  },
});

export const editDetailsAction = defineAction<{ id: WorkshopId; details: WorkshopDetails }, WorkshopBundle>({
  name: 'editDetails',
  label: 'library.editDetails',
  perform: async ({ id, details }) => {
    const { before, after } = await updateDetails(id, details);
    return {
      result: after,
      undo: { label: message('undo.editDetails'), undo: () => restoreWorkshop(before), redo: () => restoreWorkshop(after) },
    };
  },
});

export const renameWorkshopAction = defineAction<{ id: WorkshopId; title: string }>({
  name: 'renameWorkshop',
  label: 'library.rename',
  perform: async ({ id, title }) => {
    const { before, after } = await renameWorkshop(id, title);
    if (before === after) return { result: undefined };
    return {
      result: undefined,
      undo: {
        label: message('undo.renameWorkshop', { title: before }),
        undo: () => renameWorkshop(id, before).then(() => undefined),
        redo: () => renameWorkshop(id, after).then(() => undefined),
      },
    };
  },
});

export const duplicateWorkshopAction = defineAction<{ id: WorkshopId }, WorkshopBundle>({
  name: 'duplicateWorkshop',
  label: 'library.duplicate',
  perform: async ({ id }) => {
    const copy = await duplicateWorkshop(id, (title) => translate('library.copyTitle', { title }));
    return { result: copy, undo: creation(message('undo.duplicateWorkshop', { title: copy.workshop.title }), copy) };
  },
});

export const deleteWorkshopAction = defineAction<{ id: WorkshopId }>({
  name: 'deleteWorkshop',
  label: 'library.delete',
  perform: async ({ id }) => {
    const bundle = await deleteWorkshop(id);
    useUi.getState().notify({
      tone: 'info',
      message: message('notices.workshopDeleted', { title: bundle.workshop.title }),
      actionName: undoAction.name,
      actionLabel: message('notices.undo'),
    });
    return {
      result: undefined,
      undo: { label: message('undo.deleteWorkshop', { title: bundle.workshop.title }), undo: () => restoreWorkshop(bundle), redo: () => removeWorkshop(id) },
    };
  },
});

export const resetSampleAction = defineAction<{ language: string }>({
  name: 'resetSample',
  label: 'library.resetSample',
  perform: async ({ language }) => {
    const before = await resetSample(language);
    return {
      result: undefined,
      undo: {
        label: message('undo.resetSample'),
        undo: () => (before ? restoreWorkshop(before) : removeWorkshop(SAMPLE_WORKSHOP_ID)),
        redo: () => resetSample(language).then(() => undefined),
      },
    };
  },
});

/**
 * Deletes a workshop with every copy the app keeps of it: its snapshots, its drafts and the undo
 * history that holds it. Nothing can bring it back; the person confirmed that first.
 */
export const deleteForGoodAction = defineAction<{ id: WorkshopId }>({
  name: 'deleteForGood',
  label: 'library.deleteForGood',
  perform: async ({ id }) => {
    const bundle = await deleteWorkshop(id);
    await removeWorkshopDrafts(id);
    await desktop.deleteSnapshots(id);
    useHistory.getState().forget([LIBRARY_SCOPE, id]);
    useUi.getState().notify({ tone: 'info', message: message('notices.deletedForGood', { title: bundle.workshop.title }) });
    return { result: undefined };
  },
});

/**
 * Takes every person's name out of a finished workshop, with every copy the app keeps that still
 * holds them (snapshots, drafts, undo history). It cannot be undone; the person confirmed first.
 */
export const anonymiseWorkshopAction = defineAction<{ id: WorkshopId }>({
  name: 'anonymiseWorkshop',
  label: 'library.anonymise',
  perform: async ({ id }) => {
    const bundle = await anonymiseWorkshop(id, (group, number) => translate('library.anonymousParticipant', { group, number }));
    await removeWorkshopDrafts(id);
    await desktop.deleteSnapshots(id);
    useHistory.getState().forget([LIBRARY_SCOPE, id]);
    useUi.getState().notify({ tone: 'info', message: message('notices.anonymised', { title: bundle.workshop.title }) });
    return { result: undefined };
  },
});
