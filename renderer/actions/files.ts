import type { ExportResult } from '../../shared/ipc';
import type { WorkshopBundle, WorkshopId } from '../../shared/model';
import { toBackupFile, type BackupEntry, type MergePlan } from '../../shared/schema';
import { message } from '../../shared/i18n';
import { Refusal } from '../../shared/lib/refusal';
import { importWorkshop, mergeIntoWorkshop, readAllBundles, removeWorkshop, restoreBackup, restoreWorkshop, snapshotWorkshop, type BackupRestore } from '../db';
import { desktop } from '../platform';
import { translate } from '../i18n';
import { useUi } from '../state';
import { defineAction } from './registry';

/** A workshop file, imported as a new workshop (new ids; the file is never changed). */
export const importWorkshopAction = defineAction<{ bundle: WorkshopBundle }, WorkshopBundle>({
  name: 'importWorkshop',
  label: 'exporting.import',
  perform: async ({ bundle }) => {
    const imported = await importWorkshop(bundle);
    return {
      result: imported,
      undo: {
        label: message('undo.importWorkshop', { title: imported.workshop.title }),
        undo: () => removeWorkshop(imported.workshop.id),
        redo: () => restoreWorkshop(imported),
      },
    };
  },
});

/** The chosen workshops of a backup, each replacing the workshop of the same id or added. */
export const restoreBackupAction = defineAction<{ entries: readonly BackupEntry[]; chosenIds: readonly string[] }, BackupRestore>({
  name: 'restoreBackup',
  label: 'exporting.restore',
  perform: async ({ entries, chosenIds }) => {
    // What the backup will replace is kept as it is now, first.
    for (const id of chosenIds) await snapshotWorkshop(id as WorkshopId, 'before-restore');
    const done = await restoreBackup({ entries }, chosenIds);
    const replaced = new Map(done.replaced.map((b) => [b.workshop.id, b]));
    return {
      result: done,
      undo: {
        label: message('undo.restoreBackup', { count: done.restored.length }),
        undo: async () => {
          for (const b of done.restored) {
            const previous = replaced.get(b.workshop.id);
            await (previous ? restoreWorkshop(previous) : removeWorkshop(b.workshop.id));
          }
        },
        redo: async () => {
          for (const b of done.restored) await restoreWorkshop(b);
        },
      },
    };
  },
});

/** One group's writing from another laptop's file, merged into this workshop after a preview. */
export const mergeGroupAction = defineAction<{ targetId: WorkshopId; plan: MergePlan }, WorkshopBundle>({
  name: 'mergeGroup',
  label: 'exporting.merge',
  perform: async ({ targetId, plan }) => {
    await snapshotWorkshop(targetId, 'before-import');
    const { before, after } = await mergeIntoWorkshop(targetId, plan);
    return {
      result: after,
      undo: { label: message('undo.mergeGroup', { name: plan.groupName }), undo: () => restoreWorkshop(before), redo: () => restoreWorkshop(after) },
    };
  },
});

/** Every workshop on this computer in one file, saved where the facilitator chooses. */
export const backupAllAction = defineAction<void, ExportResult>({
  name: 'backupAll',
  label: 'exporting.backupAll',
  perform: async () => {
    const [bundles, info] = await Promise.all([readAllBundles(), desktop.getAppInfo()]);
    const now = new Date();
    const content = JSON.stringify(toBackupFile(bundles, now.toISOString(), info.version));
    const suggestedName = translate('exporting.fileNames.backup', { date: now.toISOString().slice(0, 10) });
    const result = await desktop.exportFile({ format: 'workshop', suggestedName, content });
    if (result.status === 'failed') throw new Refusal('exporting.failed', { reason: result.reason });
    if (result.status === 'saved') {
      useUi.getState().notify({
        tone: 'info',
        message: result.path ? message('exporting.backupSavedTo', { count: bundles.length, path: result.path }) : message('exporting.backupDownloaded', { count: bundles.length }),
      });
    }
    return { result };
  },
});
