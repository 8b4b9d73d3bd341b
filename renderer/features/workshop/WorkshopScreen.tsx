import type { WorkshopId } from '../../../shared/model';
import { useWorkshopBundle } from '../../db';
import { hrefFor } from '../../app/route';
import { perform, redoAction, undoAction, zoomInAction, zoomOutAction, zoomResetAction } from '../../actions';
import { useUi } from '../../state';
import { UndoRedoButtons } from '../history';
import { Board } from '../board';
import { UserText } from '../../ui/UserText';
import { WorkshopDate } from '../../ui/dates';
import { useT } from '../../i18n';

function ZoomControls() {
  const zoom = useUi((s) => s.zoom);
  const { t } = useT();
  return (
    <div className="zoom" role="group" aria-label={t('workshop.zoom')}>
      <button type="button" aria-label={t(zoomOutAction.label)} onClick={() => void perform(zoomOutAction, undefined)}>
        −
      </button>
      <button type="button" aria-label={t(zoomResetAction.label)} className="zoom-level" onClick={() => void perform(zoomResetAction, undefined)}>
        {Math.round(zoom * 100)}%
      </button>
      <button type="button" aria-label={t(zoomInAction.label)} onClick={() => void perform(zoomInAction, undefined)}>
        +
      </button>
    </div>
  );
}

/** An open workshop: its header and the mirror board. */
export function WorkshopScreen({ id }: { id: WorkshopId }) {
  const bundle = useWorkshopBundle(id);
  const { t } = useT();
  if (bundle === null) {
    return (
      <div className="screen">
        <p className="empty">
          {t('workshop.gone')} <a href={hrefFor({ name: 'library' })}>{t('workshop.goToLibrary')}</a>
        </p>
      </div>
    );
  }
  if (!bundle) return <p className="loading">{t('app.loading')}</p>;
  const { workshop } = bundle;
  return (
    <div className="screen workshop">
      <header className="workshop-header">
        <a className="back" href={hrefFor({ name: 'library' })}>
          {t('workshop.backToLibrary')}
        </a>
        <div className="workshop-heading">
          <h1>
            <UserText>{workshop.title}</UserText>
          </h1>
          <p className="workshop-meta">
            <WorkshopDate date={workshop.date} />
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
            {t('workshop.editDetails')}
          </a>
        </div>
      </header>
      <main>
        <Board bundle={bundle} />
      </main>
    </div>
  );
}
