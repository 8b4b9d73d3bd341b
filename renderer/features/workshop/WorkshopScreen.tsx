import type { WorkshopId } from '../../../shared/model';
import { useWorkshopBundle } from '../../db';
import { hrefFor } from '../../app/route';
import { perform, redoAction, undoAction, zoomInAction, zoomOutAction, zoomResetAction } from '../../actions';
import { useUi } from '../../state';
import { UndoRedoButtons } from '../history';
import { Board } from '../board';
import { UserText } from '../../ui/UserText';
import { formatWorkshopDate } from '../../ui/dates';

function ZoomControls() {
  const zoom = useUi((s) => s.zoom);
  return (
    <div className="zoom" role="group" aria-label="Zoom">
      <button type="button" aria-label={zoomOutAction.label} onClick={() => void perform(zoomOutAction, undefined)}>
        −
      </button>
      <button type="button" aria-label={zoomResetAction.label} className="zoom-level" onClick={() => void perform(zoomResetAction, undefined)}>
        {Math.round(zoom * 100)}%
      </button>
      <button type="button" aria-label={zoomInAction.label} onClick={() => void perform(zoomInAction, undefined)}>
        +
      </button>
    </div>
  );
}

/** An open workshop: its header and the mirror board. */
export function WorkshopScreen({ id }: { id: WorkshopId }) {
  const bundle = useWorkshopBundle(id);
  if (bundle === null) {
    return (
      <div className="screen">
        <p className="empty">
          This workshop no longer exists. <a href={hrefFor({ name: 'library' })}>Back to the library</a>
        </p>
      </div>
    );
  }
  if (!bundle) return <p className="loading">Opening…</p>;
  const { workshop } = bundle;
  return (
    <div className="screen workshop">
      <header className="workshop-header">
        <a className="back" href={hrefFor({ name: 'library' })}>
          ← Library
        </a>
        <div className="workshop-heading">
          <h1>
            <UserText>{workshop.title}</UserText>
          </h1>
          <p className="workshop-meta">
            {formatWorkshopDate(workshop.date)}
            {workshop.location && (
              <>
                {' · '}
                <UserText>{workshop.location}</UserText>
              </>
            )}
          </p>
        </div>
        <div className="header-actions">
          <ZoomControls />
          <UndoRedoButtons undo={undoAction} redo={redoAction} />
          <a className="button" href={hrefFor({ name: 'details', id })}>
            Edit details
          </a>
        </div>
      </header>
      <main>
        <Board bundle={bundle} />
      </main>
    </div>
  );
}
