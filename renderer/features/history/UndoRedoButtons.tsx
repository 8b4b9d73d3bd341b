import { perform, type Action } from '../../actions';
import { useT } from '../../i18n';
import { topEntry, useHistory, useUi, type UndoEntry } from '../../state';
import type { Message } from '../../../shared/i18n';

const labelOf = (entry: UndoEntry | undefined) => (entry ? JSON.stringify(entry.label) : null);

/** Undo and redo for the current scope, naming what they would take back. */
export function UndoRedoButtons({ undo, redo }: { undo: Action<void, void>; redo: Action<void, void> }) {
  const { t, tm } = useT();
  // What the entries are, as text, not the stacks: a run of posts, each "Post a sticky", draws the buttons once.
  const scope = useUi((s) => s.scope);
  const past = useHistory((s) => labelOf(topEntry(s.history[scope], 'past')));
  const future = useHistory((s) => labelOf(topEntry(s.history[scope], 'future')));
  return (
    <div className="undo-redo" role="group" aria-label={t('actions.history')}>
      <button type="button" disabled={!past} title={past ? t('actions.undoWhat', { what: tm(JSON.parse(past) as Message) }) : undefined} onClick={() => void perform(undo, undefined)}>
        {t(undo.label)}
      </button>
      <button type="button" disabled={!future} title={future ? t('actions.redoWhat', { what: tm(JSON.parse(future) as Message) }) : undefined} onClick={() => void perform(redo, undefined)}>
        {t(redo.label)}
      </button>
    </div>
  );
}
