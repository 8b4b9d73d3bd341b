import type { SnapshotInfo } from '../../shared/ipc';
import type { WorkshopBundle } from '../../shared/model';
import { message } from '../../shared/i18n';
import { Refusal } from '../../shared/lib/refusal';
import { readBundle, readSnapshot, removeWorkshop, restoreFromBackup, restoreWorkshop, snapshotBundle } from '../db';
import { defineAction } from './registry';

/** A kept snapshot put back in place of its workshop (or added, if the workshop is gone); the present state is kept first. */
export const restoreSnapshotAction = defineAction<{ snapshot: SnapshotInfo }, WorkshopBundle>({
  name: 'restoreSnapshot',
  label: 'snapshots.restore',
  perform: async ({ snapshot }) => {
    const read = await readSnapshot(snapshot.id);
    if (!read.ok) throw new Refusal('snapshots.damaged', { title: snapshot.title });
    const current = await readBundle(read.bundle.workshop.id);
    // The state being replaced is itself kept first: a restore can always be taken back.
    if (current) await snapshotBundle(current, 'before-restore');
    const previous = await restoreFromBackup(read.bundle);
    return {
      result: read.bundle,
      undo: {
        label: message('undo.restoreSnapshot', { title: snapshot.title }),
        undo: () => (previous ? restoreWorkshop(previous) : removeWorkshop(read.bundle.workshop.id)),
        redo: () => restoreWorkshop(read.bundle),
      },
    };
  },
});
