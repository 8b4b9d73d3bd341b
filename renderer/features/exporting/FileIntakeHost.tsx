import { useEffect, useState } from 'react';
import { desktop } from '../../platform';
import { reportFailure } from '../../actions';
import { useT } from '../../i18n';
import { takeBrowserFiles, takeFile, usePendingRestore } from './intake';
import { RestoreDialog } from './RestoreDialog';

function carriesFiles(event: DragEvent): boolean {
  return !!event.dataTransfer && [...event.dataTransfer.types].includes('Files');
}

/**
 * Where workshop files come in: those the system opened the app with (double-click), those
 * dropped on the window, and the backup whose workshops the facilitator is choosing. `enabled`
 * is false where files must not change the screen (a group's view of the board).
 */
export function FileIntakeHost({ enabled }: { enabled: boolean }) {
  const { t } = useT();
  const pending = usePendingRestore();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let live = true;
    const unsubscribe = desktop.onFileOpened((file) => void takeFile(file).catch(reportFailure));
    void desktop.takeOpenedFiles().then(async (files) => {
      for (const file of files) if (live) await takeFile(file).catch(reportFailure);
    }, reportFailure);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void takeBrowserFiles([...(e.dataTransfer?.files ?? [])]).catch(reportFailure);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);

  return (
    <>
      {dragging && (
        <div className="drop-hint" role="status">
          {t('exporting.dropHere')}
        </div>
      )}
      {pending && <RestoreDialog pending={pending} />}
    </>
  );
}

/** A button that asks for a workshop file or backup and takes it in. */
export function OpenFileButton({ label, className }: { label: string; className?: string }) {
  return (
    <label className={`button file-button ${className ?? ''}`}>
      {label}
      <input
        type="file"
        accept=".outmodel,.json,application/json"
        className="visually-hidden"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          void takeBrowserFiles(files).catch(reportFailure);
        }}
      />
    </label>
  );
}
