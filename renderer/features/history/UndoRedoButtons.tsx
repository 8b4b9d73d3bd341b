import { perform, type Action } from '../../actions';
import { useT } from '../../i18n';
import { topEntry, useUi } from '../../state';

/** Undo and redo for the current scope, naming what they would take back. */
export function UndoRedoButtons({ undo, redo }: { undo: Action<void, void>; redo: Action<void, void> }) {
  const { t, tm } = useT();
  const stacks = useUi((s) => s.history[s.scope]);
  const past = topEntry(stacks, 'past');
  const future = topEntry(stacks, 'future');
  return (
    <div className="undo-redo" role="group" aria-label={t('actions.history')}>
      <button type="button" disabled={!past} title={past ? t('actions.undoWhat', { what: tm(past.label) }) : undefined} onClick={() => void perform(undo, undefined)}>
        {t(undo.label)}
      </button>
      <button type="button" disabled={!future} title={future ? t('actions.redoWhat', { what: tm(future.label) }) : undefined} onClick={() => void perform(redo, undefined)}>
        {t(redo.label)}
      </button>
    </div>
  );
}
