import { useEffect, useId, useRef, useState } from 'react';
import type { SnapshotInfo } from '../../../shared/ipc';
import { message } from '../../../shared/i18n';
import { perform, reportFailure, restoreSnapshotAction } from '../../actions';
import { listSnapshots } from '../../db';
import { navigate } from '../../app/route';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { SnapshotList } from './SnapshotList';
import { DialogBackdrop } from '../../ui/DialogBackdrop';

/**
 * "Restore a snapshot": every snapshot kept, by workshop and date. Restoring replaces that
 * workshop after a confirmation; its present state is kept as a snapshot first, and Undo brings it back.
 */
export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const id = useId();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    listSnapshots().then(setSnapshots, (error: unknown) => {
      setSnapshots([]);
      reportFailure(error);
    });
  }, []);

  const restore = async (snapshot: SnapshotInfo) => {
    const confirmed = await useUi.getState().ask({
      title: message('snapshots.confirmTitle', { title: snapshot.title }),
      message: message('snapshots.confirmBody', { title: snapshot.title }),
      confirmLabel: message('snapshots.restore'),
      danger: true,
    });
    if (!confirmed) return;
    const restored = await perform(restoreSnapshotAction, { snapshot });
    if (!restored) return;
    onClose();
    useUi.getState().notify({ tone: 'info', message: message('snapshots.restored', { title: restored.workshop.title }) });
    navigate({ name: 'workshop', id: restored.workshop.id });
  };

  return (
    <DialogBackdrop onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('snapshots.title')}</h2>
        <p className="field-hint">{t('snapshots.intro')}</p>
        {snapshots === undefined ? (
          <p className="loading">{t('app.loading')}</p>
        ) : snapshots.length === 0 ? (
          <p className="empty">{t('snapshots.none')}</p>
        ) : (
          <SnapshotList snapshots={snapshots} action={t('snapshots.restore')} onAction={(s) => void restore(s)} />
        )}
        <div className="dialog-buttons">
          <button type="button" ref={closeRef} onClick={onClose}>
            {t('snapshots.close')}
          </button>
        </div>
      </div>
    </DialogBackdrop>
  );
}
