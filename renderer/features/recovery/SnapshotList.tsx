import type { SnapshotInfo, SnapshotReason } from '../../../shared/ipc';
import { useT } from '../../i18n';
import { UserText } from '../../ui/UserText';

const REASON_KEYS: Record<SnapshotReason, string> = {
  interval: 'snapshots.reasons.interval',
  phase: 'snapshots.reasons.phase',
  'before-import': 'snapshots.reasons.beforeImport',
  'before-restore': 'snapshots.reasons.beforeRestore',
  'before-upgrade': 'snapshots.reasons.beforeUpgrade',
  manual: 'snapshots.reasons.manual',
};

/** When a snapshot was taken, in the person's language: "Friday, March 12, 10:42". */
export function SnapshotTime({ takenAt }: { takenAt: string }) {
  const { language } = useT();
  const locale = language === 'en-XA' ? 'en' : language;
  const text = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(takenAt));
  return <time dateTime={takenAt}>{text}</time>;
}

/** The snapshots kept, grouped by workshop, newest first, each with its moment, its reason and a button. */
export function SnapshotList({ snapshots, action, onAction }: { snapshots: readonly SnapshotInfo[]; action: string; onAction: (s: SnapshotInfo) => void }) {
  const { t } = useT();
  const byWorkshop = new Map<string, SnapshotInfo[]>();
  for (const s of [...snapshots].sort((a, b) => b.takenAt.localeCompare(a.takenAt))) byWorkshop.set(s.workshopId, [...(byWorkshop.get(s.workshopId) ?? []), s]);
  return (
    <div className="snapshot-list">
      {[...byWorkshop.entries()].map(([workshopId, list]) => (
        <section key={workshopId} aria-labelledby={`snapshots-of-${workshopId}`}>
          <h3 id={`snapshots-of-${workshopId}`}>
            <UserText>{list[0]!.title}</UserText>
          </h3>
          <ul className="choice-list">
            {list.map((s) => (
              <li key={s.id}>
                <span className="snapshot-when" id={`when-${s.id}`}>
                  <SnapshotTime takenAt={s.takenAt} /> · {t(REASON_KEYS[s.reason])}
                </span>
                <button type="button" onClick={() => onAction(s)} aria-describedby={`when-${s.id}`}>
                  {action}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
