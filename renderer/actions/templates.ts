import type { WorkshopId } from '../../shared/model';
import type { SavedTemplate } from '../../shared/templates';
import { message } from '../../shared/i18n';
import { deleteTemplate, restoreTemplate, saveAsTemplate } from '../db';
import { useUi } from '../state';
import { defineAction } from './registry';

export const saveTemplateAction = defineAction<{ workshopId: WorkshopId; name: string }, SavedTemplate>({
  name: 'saveTemplate',
  label: 'templates.save',
  perform: async ({ workshopId, name }) => {
    const template = await saveAsTemplate(workshopId, name);
    useUi.getState().notify({ tone: 'info', message: message('notices.templateSaved', { name: template.name }) });
    return {
      result: template,
      undo: { label: message('undo.saveTemplate', { name: template.name }), undo: () => deleteTemplate(template.id).then(() => undefined), redo: () => restoreTemplate(template) },
    };
  },
});

export const deleteTemplateAction = defineAction<{ id: SavedTemplate['id'] }>({
  name: 'deleteTemplate',
  label: 'templates.delete',
  perform: async ({ id }) => {
    const template = await deleteTemplate(id);
    if (!template) return { result: undefined };
    return {
      result: undefined,
      undo: { label: message('undo.deleteTemplate', { name: template.name }), undo: () => restoreTemplate(template), redo: () => deleteTemplate(id).then(() => undefined) },
    };
  },
});
