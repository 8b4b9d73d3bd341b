import type { WorkshopId } from '../../shared/model';
import { SavedTemplateSchema, templateFromWorkshop, type SavedTemplate } from '../../shared/templates';
import { newId } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/time';
import { Refusal } from '../../shared/lib/refusal';
import { db } from './db';
import { useTablesRead } from './table-read';
import { readBundle } from './bundles';

/** Saves a workshop's groups and agenda as a template of the facilitator's own. */
export function saveAsTemplate(workshopId: WorkshopId, name: string): Promise<SavedTemplate> {
  return db.transaction('rw', db.allTables(), async () => {
    const bundle = await readBundle(workshopId);
    if (!bundle) throw new Refusal('errors.workshopGone');
    const trimmed = name.trim();
    if (!trimmed) throw new Refusal('validation.templateNameRequired');
    const template = templateFromWorkshop(bundle, trimmed, newId('template'), nowIso());
    await db.templates.put(template);
    return template;
  });
}

export async function deleteTemplate(id: SavedTemplate['id']): Promise<SavedTemplate | undefined> {
  return db.transaction('rw', db.templates, async () => {
    const template = await db.templates.get(id);
    await db.templates.delete(id);
    return template;
  });
}

export async function restoreTemplate(template: SavedTemplate): Promise<void> {
  await db.templates.put(SavedTemplateSchema.parse(template));
}

export function useSavedTemplates(): SavedTemplate[] | undefined {
  return useTablesRead(['templates'], () => db.templates.orderBy('createdAt').reverse().toArray(), []);
}
