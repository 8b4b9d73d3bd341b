import { LIMITS, type Phase, type Workshop } from '../../../shared/model';
import { performOutcome, updatePhaseAction } from '../../actions';
import { useT } from '../../i18n';
import { useDraft } from '../board/useDraft';

/**
 * The facilitator's private notes for a phase: never on the shared screen, nor in the minutes
 * unless asked. Kept as a draft while typed (a crash or a reload takes nothing), saved to the
 * phase when the field is left.
 */
export function NotesPanel({ workshop, phase }: { workshop: Workshop; phase: Phase }) {
  const { t } = useT();
  const { text: notes, setText: setNotes, status, settle } = useDraft(`${workshop.id}/notes/${phase.id}`, phase.notes);
  const id = `notes-${phase.id}`;
  const save = async () => {
    if (notes === phase.notes) return settle();
    const sent = notes;
    const outcome = await performOutcome(updatePhaseAction, { workshopId: workshop.id, phaseId: phase.id, patch: { notes: sent.slice(0, LIMITS.longText) } });
    // Kept in the phase now: the draft is no longer needed (refused or waiting, it stays), unless
    // more was typed while it was saved.
    if (outcome.status === 'done') settle(sent);
  };
  return (
    <div className="notes-panel">
      <label htmlFor={id}>{t('notes.label', { phase: phase.title })}</label>
      <p className="field-hint">{t('notes.private')}</p>
      <textarea id={id} dir="auto" rows={8} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => void save()} />
      {notes !== phase.notes && status === 'saved' && <p className="composer-saved">{t('board.draftKept')}</p>}
      {status === 'failed' && (
        <p className="field-error" role="alert">
          {t('board.draftNotKept')}
        </p>
      )}
    </div>
  );
}
