import { useState } from 'react';
import { LIMITS, type Phase, type Workshop } from '../../../shared/model';
import { perform, updatePhaseAction } from '../../actions';
import { useT } from '../../i18n';

/** The facilitator's private notes for a phase: never on the shared screen, nor in the minutes unless asked. */
export function NotesPanel({ workshop, phase }: { workshop: Workshop; phase: Phase }) {
  const { t } = useT();
  const [notes, setNotes] = useState(phase.notes);
  const id = `notes-${phase.id}`;
  const save = () => {
    if (notes !== phase.notes) void perform(updatePhaseAction, { workshopId: workshop.id, phaseId: phase.id, patch: { notes: notes.slice(0, LIMITS.longText) } });
  };
  return (
    <div className="notes-panel">
      <label htmlFor={id}>{t('notes.label', { phase: phase.title })}</label>
      <p className="field-hint">{t('notes.private')}</p>
      <textarea id={id} dir="auto" rows={8} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={save} />
    </div>
  );
}
