export { UndoRedoButtons } from './UndoRedoButtons';
