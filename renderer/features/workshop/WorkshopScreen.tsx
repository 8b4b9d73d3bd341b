import { memo, useEffect, type ReactNode } from 'react';
import { FACILITATOR } from '../../../shared/facilitation';
import type { WorkshopId } from '../../../shared/model';
import { useWorkshopView, type WorkshopView } from '../../db';
import { hrefFor } from '../../app/route';
import { openExportAction, openMergeAction, perform, redoAction, undoAction, zoomInAction, zoomOutAction, zoomResetAction } from '../../actions';
import { ExportDialog, MergeDialog } from '../exporting';
import { useSnapshotKeeper } from '../recovery';
import { useUi } from '../../state';
import { UndoRedoButtons } from '../history';
import { MainViews } from './MainViews';
import { RunBar, SidePanel } from '../facilitation';
import { UserText } from '../../ui/UserText';
import { WorkshopDate } from '../../ui/dates';
import { useT } from '../../i18n';

export const ZoomControls = memo(function ZoomControls() {
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
});

/** Loading, gone, or the workshop: the frame every view of one workshop shares. */
export function WorkshopFrame({ view, children }: { view: WorkshopView | null | undefined; children: (view: WorkshopView) => ReactNode }) {
  const { t } = useT();
  if (view === null) {
    return (
      <div className="screen">
        <p className="empty">
          {t('workshop.gone')} <a href={hrefFor({ name: 'library' })}>{t('workshop.goToLibrary')}</a>
        </p>
      </div>
    );
  }
  if (!view) return <p className="loading">{t('app.loading')}</p>;
  return <>{children(view)}</>;
}

/** The workshop's title, date and place, and what acts on the whole workshop: drawn again only when those change. */
const WorkshopHeader = memo(function WorkshopHeader({ id, title, date, location }: { id: WorkshopId; title: string; date: string; location: string }) {
  const { t } = useT();
  return (
    <header className="workshop-header">
      <a className="back" href={hrefFor({ name: 'library' })}>
        {t('workshop.backToLibrary')}
      </a>
      <div className="workshop-heading">
        <h1>
          <UserText>{title}</UserText>
        </h1>
        <p className="workshop-meta">
          <WorkshopDate date={date} />
          {location && (
            <>
              {' · '}
              <UserText>{location}</UserText>
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
        <button type="button" onClick={() => void perform(openMergeAction, undefined)}>
          {t('exporting.mergeButton')}
        </button>
        <button type="button" className="primary" aria-keyshortcuts="Control+E" onClick={() => void perform(openExportAction, undefined)}>
          {t('exporting.open')}
        </button>
      </div>
    </header>
  );
});

/** An open workshop, for the facilitator: the run bar, the mirror board, and the side panel. */
export function WorkshopScreen({ id }: { id: WorkshopId }) {
  const view = useWorkshopView(id, FACILITATOR);
  const dialog = useUi((s) => s.dialog);
  useSnapshotKeeper(id, view ? view.bundle.workshop.facilitation.currentPhaseId : undefined);
  const closeDialog = () => useUi.getState().setDialog(null);
  // Each workshop opens on its agenda.
  useEffect(() => {
    useUi.getState().setSideTab('agenda');
    return () => useUi.getState().setDialog(null);
  }, [id]);
  return (
    <WorkshopFrame view={view}>
      {(v) => (
        <div className="screen workshop">
          <WorkshopHeader id={id} title={v.bundle.workshop.title} date={v.bundle.workshop.date} location={v.bundle.workshop.location} />
          <RunBar workshop={v.bundle.workshop} phases={v.bundle.phases} />
          <div className="workshop-body">
            <main>
              <MainViews view={v} viewer={FACILITATOR} />
            </main>
            <SidePanel bundle={v.bundle} />
          </div>
          {dialog === 'export' && <ExportDialog bundle={v.bundle} onClose={closeDialog} />}
          {dialog === 'merge' && <MergeDialog bundle={v.bundle} onClose={closeDialog} />}
        </div>
      )}
    </WorkshopFrame>
  );
}
