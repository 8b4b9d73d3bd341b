import { useUi } from '../state';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Shows the question a command is waiting on, whichever command asked. */
export function ConfirmHost() {
  const request = useUi((s) => s.confirmRequest);
  const answer = useUi((s) => s.answer);
  if (!request) return null;
  return (
    <ConfirmDialog title={request.title} confirmLabel={request.confirmLabel} danger={request.danger} onCancel={() => answer(false)} onConfirm={() => answer(true)}>
      <p>{request.message}</p>
    </ConfirmDialog>
  );
}
