export { ExportDialog } from './ExportDialog';
export { MergeDialog } from './MergeDialog';
export { FileIntakeHost, OpenFileButton } from './FileIntakeHost';
export { CONFIDENTIALITY_KEYS } from './labels';
