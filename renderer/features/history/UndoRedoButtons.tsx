import { perform, type Action } from '../../actions';
import { topEntry, useUi } from '../../state';

/** Undo and redo for the current scope, naming what they would take back. */
export function UndoRedoButtons({ undo, redo }: { undo: Action<void, void>; redo: Action<void, void> }) {
  const stacks = useUi((s) => s.history[s.scope]);
  const past = topEntry(stacks, 'past');
  const future = topEntry(stacks, 'future');
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button type="button" disabled={!past} title={past ? `${undo.label}: ${past.label}` : undo.label} onClick={() => void perform(undo, undefined)}>
        {undo.label}
      </button>
      <button type="button" disabled={!future} title={future ? `${redo.label}: ${future.label}` : redo.label} onClick={() => void perform(redo, undefined)}>
        {redo.label}
      </button>
    </div>
  );
}
