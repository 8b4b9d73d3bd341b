import { useEffect, useState } from 'react';
import { useWorkshopSummaries } from '../../db';
import { backupAllAction, perform, redoAction, resetSampleAction, undoAction } from '../../actions';
import { OpenFileButton } from '../exporting/FileIntakeHost';
import { useUi } from '../../state';
import { navigate } from '../../app/route';
import { desktop, storagePersistence } from '../../platform';
import { currentLanguage, useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { AppInfo } from '../../../shared/ipc';
import { WorkshopCard } from './WorkshopCard';
import { SettingsPanel } from './SettingsPanel';
import { UndoRedoButtons } from '../history';

function AboutLine() {
  const { t } = useT();
  const [info, setInfo] = useState<AppInfo>();
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    desktop.getAppInfo().then((i) => live && setInfo(i), () => undefined);
    storagePersistence().then((p) => live && setPersistent(p), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!info) return null;
  return (
    <p className="about">
      {t('app.about', { name: t('app.name'), version: info.version, shell: t(info.shell === 'electron' ? 'app.shellElectron' : 'app.shellBrowser') })}
      {persistent !== null && <> {t(persistent ? 'app.storagePersistent' : 'app.storageBestEffort')}</>}
    </p>
  );
}

/** The licences of everything the app bundles, read only when asked for (they are long). */
function Notices() {
  const { t } = useT();
  const [text, setText] = useState<string>();
  return (
    <details
      className="third-party"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && text === undefined) {
          void import('../../../docs/third-party-notices.md?raw').then((m) => setText(m.default));
        }
      }}
    >
      <summary>{t('app.notices')}</summary>
      {text === undefined ? <p className="loading">{t('app.loading')}</p> : <pre className="notices-text">{text}</pre>}
    </details>
  );
}

/** The first screen: every workshop on this computer, the bundled sample among them. */
export function LibraryScreen() {
  const { t } = useT();
  const summaries = useWorkshopSummaries();
  const [confirmReset, setConfirmReset] = useState(false);
  return (
    <div className="screen library">
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="header-actions">
          <UndoRedoButtons undo={undoAction} redo={redoAction} />
          <button type="button" className="primary big" onClick={() => navigate({ name: 'new' })}>
            {t('library.newWorkshop')}
          </button>
        </div>
      </header>
      <main>
        <h2 className="section-title">{t('library.title')}</h2>
        {summaries === undefined ? (
          <p className="loading">{t('library.loading')}</p>
        ) : summaries.length === 0 ? (
          <p className="empty">{t('library.empty')}</p>
        ) : (
          <ul className="workshop-list" aria-label={t('library.title')}>
            {summaries.map((s) => (
              <WorkshopCard key={s.workshop.id} summary={s} />
            ))}
          </ul>
        )}
        <section className="library-files" aria-labelledby="library-files-title">
          <h2 className="section-title" id="library-files-title">
            {t('exporting.libraryTitle')}
          </h2>
          <p className="field-hint">{t('exporting.libraryIntro')}</p>
          <div className="button-row">
            <OpenFileButton label={t('exporting.importButton')} />
            <button type="button" onClick={() => void perform(backupAllAction, undefined)}>
              {t('exporting.backupAll')}
            </button>
            <button type="button" onClick={() => useUi.getState().setDialog('snapshots')}>
              {t('snapshots.open')}
            </button>
          </div>
        </section>
        <SettingsPanel />
      </main>
      <footer className="app-footer">
        <button type="button" onClick={() => setConfirmReset(true)}>
          {t('library.resetSample')}
        </button>
        <AboutLine />
        <Notices />
      </footer>
      {confirmReset && (
        <ConfirmDialog
          title={t('library.resetSampleQuestion')}
          confirmLabel={t('library.resetSample')}
          cancelLabel={t('library.cancel')}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            void perform(resetSampleAction, { language: currentLanguage() });
          }}
        >
          <p>{t('library.resetSampleExplained')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
