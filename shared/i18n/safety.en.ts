/**
 * Never losing a sticky, in English: snapshots, recovery at start, and the "not saved" banner.
 * Merged into the catalog as `snapshots: snapshotsEn` and `saving: savingEn`.
 */
export const snapshotsEn = {
  open: 'Snapshots…',
  title: 'Restore a snapshot',
  intro: 'Outmodel keeps snapshots of each workshop: every few minutes while it changes, at every change of phase, and before an import, a restore or an upgrade. Restoring one replaces that workshop; its present state is kept as a snapshot first, and Undo brings it back.',
  none: 'No snapshots have been kept yet.',
  close: 'Close',
  restore: 'Restore',
  confirmTitle: 'Restore “{{title}}” from this snapshot?',
  confirmBody: 'The workshop “{{title}}” goes back to how it was then. What it holds now is kept as a snapshot first, and Undo brings it back.',
  restored: '“{{title}}” was restored from the snapshot.',
  damaged: 'The snapshot of “{{title}}” is damaged and cannot be restored. Choose an earlier one.',
  writeFailed: 'A snapshot could not be kept: {{reason}}. Your work is saved as usual; export a workshop file to be safe.',
  reasons: {
    interval: 'while working',
    phase: 'at a change of phase',
    beforeImport: 'before a merge',
    beforeRestore: 'before a restore',
    beforeUpgrade: 'before an upgrade',
    manual: 'kept by hand',
  },
  missingTitle: 'Your workshops are not here',
  missingBody: 'Outmodel’s storage is empty, but nobody deleted the workshops: the browser or the system may have cleared it. Snapshots of these workshops were kept. Choose which to restore.',
  unreadableTitle: 'Outmodel cannot read its storage',
  unreadableBody: 'The storage could not be opened ({{reason}}). Snapshots of these workshops were kept; they can take its place.',
  unreadableWarning: 'Restoring replaces the unreadable storage with the chosen snapshots. Whatever it held since the last snapshot cannot be read and is lost.',
  recoveryList: 'Workshops with snapshots',
  keptAt: 'Last snapshot:',
  recoveryRestore_one: 'Restore one workshop',
  recoveryRestore_other: 'Restore {{count}} workshops',
  recoverySkip: 'Go on without them',
  recoveryQuit: 'Do not restore',
  recoveryFailed: 'The restore did not finish: {{reason}}. Nothing was lost: the snapshots are still there.',
};

export const savingEn = {
  notSaved_one: 'Not saved: one change is waiting.',
  notSaved_other: 'Not saved: {{count}} changes are waiting.',
  explained: 'Outmodel cannot write to its storage ({{reason}}). What you did is kept here and saved as soon as it can be, tried again every few seconds. Do not close the window; free some disk space if it is full.',
  recovered: 'Saved: everything that was waiting is stored now.',
};
