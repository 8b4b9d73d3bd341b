export { SnapshotsDialog } from './SnapshotsDialog';
export { RecoveryScreen, type RecoveryCase } from './RecoveryScreen';
export { useSnapshotKeeper } from './useSnapshotKeeper';
