import { useId, useState } from 'react';
import type { SnapshotInfo } from '../../../shared/ipc';
import { useT } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { SnapshotTime } from './SnapshotList';

export type RecoveryCase = { kind: 'missing' } | { kind: 'unreadable'; reason: string };

/**
 * Shown before anything else when the workshops cannot be what they were: the database cannot be
 * read, or it is empty although nobody emptied it, while snapshots of workshops exist. Never an
 * empty library in silence: the facilitator chooses what to restore, or to go on without.
 */
export function RecoveryScreen({
  problem,
  latest,
  onRestore,
  onSkip,
}: {
  problem: RecoveryCase;
  /** The newest snapshot of each workshop. */
  latest: readonly SnapshotInfo[];
  onRestore: (chosen: SnapshotInfo[]) => Promise<void>;
  onSkip: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const [chosen, setChosen] = useState(() => new Set(latest.map((s) => s.id)));
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const picked = latest.filter((s) => chosen.has(s.id));

  return (
    <main className="screen recovery" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t(problem.kind === 'missing' ? 'snapshots.missingTitle' : 'snapshots.unreadableTitle')}</h1>
      <p>{problem.kind === 'missing' ? t('snapshots.missingBody') : t('snapshots.unreadableBody', { reason: problem.reason })}</p>
      <ul className="choice-list" aria-label={t('snapshots.recoveryList')}>
        {latest.map((s) => (
          <li key={s.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(s.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(s.id);
                  else next.delete(s.id);
                  setChosen(next);
                }}
              />
              <UserText>{s.title}</UserText>
            </label>
            <span className="field-hint">
              {t('snapshots.keptAt')} <SnapshotTime takenAt={s.takenAt} />
            </span>
          </li>
        ))}
      </ul>
      {problem.kind === 'unreadable' && <p className="export-warning">{t('snapshots.unreadableWarning')}</p>}
      {failed && (
        <p className="field-error" role="alert">
          {failed}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary big"
          disabled={busy || picked.length === 0}
          onClick={() => {
            setBusy(true);
            setFailed(null);
            onRestore(picked).catch((error: unknown) => {
              setBusy(false);
              setFailed(t('snapshots.recoveryFailed', { reason: error instanceof Error ? error.message : String(error) }));
            });
          }}
        >
          {t('snapshots.recoveryRestore', { count: picked.length })}
        </button>
        <button type="button" disabled={busy} onClick={onSkip}>
          {t(problem.kind === 'missing' ? 'snapshots.recoverySkip' : 'snapshots.recoveryQuit')}
        </button>
      </div>
    </main>
  );
}
