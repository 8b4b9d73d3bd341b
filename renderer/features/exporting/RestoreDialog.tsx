import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { planRestore, readFailureText } from '../../../shared/schema';
import { perform, restoreBackupAction } from '../../actions';
import { useWorkshopSummaries } from '../../db';
import { useT, translateMessage } from '../../i18n';
import { useUi } from '../../state';
import { UserText } from '../../ui/UserText';
import { dismissRestore, type PendingRestore } from './intake';
import { DialogBackdrop } from '../../ui/DialogBackdrop';

const tm = translateMessage;

/**
 * Which workshops of a backup to restore. Each says whether it replaces the workshop of the same
 * id on this computer (named, so nothing is replaced unseen) or is added; damaged ones say why.
 */
export function RestoreDialog({ pending }: { pending: PendingRestore }) {
  const { t } = useT();
  const id = useId();
  const summaries = useWorkshopSummaries();
  const usable = pending.entries.filter((e) => e.usable);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(usable.map((e) => e.id)));
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const here = useMemo(() => (summaries ?? []).map((s) => ({ id: s.workshop.id, title: s.workshop.title })), [summaries]);
  const plan = planRestore(pending.entries, [...chosen], here);
  const replacing = new Map(plan.replace.map((r) => [r.id as string, r.currentTitle]));

  const restore = async () => {
    setBusy(true);
    const done = await perform(restoreBackupAction, { entries: pending.entries, chosenIds: [...chosen] });
    setBusy(false);
    if (!done) return;
    dismissRestore();
    useUi.getState().notify({ tone: 'info', message: { key: 'exporting.restored', values: { count: done.restored.length } } });
  };

  return (
    <DialogBackdrop onKeyDown={(e) => e.key === 'Escape' && !busy && dismissRestore()}>
      <div className="dialog wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('exporting.restoreTitle')}</h2>
        <p>{t('exporting.restoreIntro', { name: pending.fileName, count: pending.entries.length })}</p>
        <ul className="choice-list" aria-label={t('exporting.restoreList')}>
          {pending.entries.map((entry) =>
            entry.usable ? (
              <li key={`${entry.position}`}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.has(entry.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(entry.id);
                      else next.delete(entry.id);
                      setChosen(next);
                    }}
                  />
                  <UserText>{entry.title}</UserText>
                </label>
                <span className="field-hint">
                  {replacing.has(entry.id) ? t('exporting.restoreReplaces', { title: replacing.get(entry.id) }) : chosen.has(entry.id) ? t('exporting.restoreAdds') : ''}
                </span>
              </li>
            ) : (
              <li key={`${entry.position}`} className="damaged">
                <span className="field-error">{readFailureText(entry, tm)}</span>
              </li>
            ),
          )}
        </ul>
        {plan.replace.length > 0 && (
          <p className="export-warning" role="note">
            {t('exporting.restoreWarning', { count: plan.replace.length })}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" ref={cancelRef} onClick={dismissRestore} disabled={busy}>
            {t('exporting.cancel')}
          </button>
          <button type="button" className={plan.replace.length ? 'danger' : 'primary'} disabled={busy || chosen.size === 0} onClick={() => void restore()}>
            {t('exporting.restoreConfirm', { count: chosen.size })}
          </button>
        </div>
      </div>
    </DialogBackdrop>
  );
}
