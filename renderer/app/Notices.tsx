import { useEffect } from 'react';
import { useUi, type Notice } from '../state';
import { perform, registeredActions } from '../actions';
import { useT } from '../i18n';

const INFO_MS = 8000;

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useUi((s) => s.dismiss);
  const { t, tm } = useT();
  useEffect(() => {
    if (notice.tone === 'error') return;
    const timer = window.setTimeout(() => dismiss(notice.id), INFO_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  const action = notice.actionName ? registeredActions().find((a) => a.name === notice.actionName) : undefined;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{tm(notice.message)}</span>
      {action && (
        <button
          type="button"
          onClick={() => {
            dismiss(notice.id);
            void perform(action, undefined);
          }}
        >
          {notice.actionLabel ? tm(notice.actionLabel) : t(action.label)}
        </button>
      )}
      <button type="button" className="notice-close" aria-label={t('app.dismiss')} onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

/** Messages to the facilitator: errors stay until dismissed; information fades. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  // While a dialog is open, messages move to the top: they must never cover its buttons.
  const overDialog = useUi((s) => s.dialogsOpen > 0);
  return (
    <div className={overDialog ? 'notices notices-over-dialog' : 'notices'} aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
