import { useUi } from '../state';
import { useT } from '../i18n';

/**
 * Says at once, and until it is true again, that something was not saved: the storage failed
 * (a full disk, a closed database). What was typed is kept here and tried again every few seconds.
 */
export function SaveBanner() {
  const { t, tm } = useT();
  const unsaved = useUi((s) => s.unsaved);
  const problem = useUi((s) => s.storageProblem);
  if (unsaved.length === 0) return null;
  return (
    <div className="save-banner" role="alert">
      <strong>{t('saving.notSaved', { count: unsaved.length })}</strong>
      <span>{t('saving.explained', { reason: problem ?? '' })}</span>
      <ul>
        {unsaved.map((u) => (
          <li key={u.id}>
            {tm(u.label)}
            {u.preview && (
              <>
                {': '}
                <bdi className="user-text" dir="auto">
                  {u.preview}
                </bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
