import { useUi } from '../state';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useT } from '../i18n';

/** Shows the question a command is waiting on, whichever command asked. */
export function ConfirmHost() {
  const request = useUi((s) => s.confirmRequest);
  const answer = useUi((s) => s.answer);
  const { t, tm } = useT();
  if (!request) return null;
  return (
    <ConfirmDialog
      title={tm(request.title)}
      confirmLabel={tm(request.confirmLabel)}
      cancelLabel={t('confirm.cancel')}
      danger={request.danger}
      onCancel={() => answer(false)}
      onConfirm={() => answer(true)}
    >
      <p>{tm(request.message)}</p>
    </ConfirmDialog>
  );
}
