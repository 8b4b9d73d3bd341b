import { useEffect, useState } from 'react';
import { useWorkshopSummaries } from '../../db';
import { perform, redoAction, resetSampleAction, undoAction } from '../../actions';
import { navigate } from '../../app/route';
import { desktop } from '../../platform';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { AppInfo } from '../../../shared/ipc';
import { WorkshopCard } from './WorkshopCard';
import { UndoRedoButtons } from '../history';

function AboutLine() {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    desktop.getAppInfo().then((i) => live && setInfo(i), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!info) return null;
  return (
    <p className="about">
      {info.name} {info.version} · {info.shell === 'electron' ? 'desktop app' : 'browser'} · works offline; your workshops stay on this
      computer.
    </p>
  );
}

/** The first screen: every workshop on this computer, the bundled sample among them. */
export function LibraryScreen() {
  const summaries = useWorkshopSummaries();
  const [confirmReset, setConfirmReset] = useState(false);
  return (
    <div className="screen library">
      <header className="app-header">
        <h1>Outmodel</h1>
        <p className="tagline">Workshops where two departments write down how they see each other, and agree what to change.</p>
        <div className="header-actions">
          <UndoRedoButtons undo={undoAction} redo={redoAction} />
          <button type="button" className="primary big" onClick={() => navigate({ name: 'new' })}>
            New workshop
          </button>
        </div>
      </header>
      <main>
        <h2 className="section-title">Workshops</h2>
        {summaries === undefined ? (
          <p className="loading">Opening your workshops…</p>
        ) : summaries.length === 0 ? (
          <p className="empty">No workshops yet. Start one with “New workshop”, or bring back the sample below.</p>
        ) : (
          <ul className="workshop-list" aria-label="Workshops">
            {summaries.map((s) => (
              <WorkshopCard key={s.workshop.id} summary={s} />
            ))}
          </ul>
        )}
      </main>
      <footer className="app-footer">
        <button type="button" onClick={() => setConfirmReset(true)}>
          Reset the sample
        </button>
        <AboutLine />
      </footer>
      {confirmReset && (
        <ConfirmDialog
          title="Reset the sample?"
          confirmLabel="Reset the sample"
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            void perform(resetSampleAction, { language: 'en' });
          }}
        >
          <p>The NotHere sample workshop goes back to how it was shipped. Any changes made to it are replaced; you can undo this.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
