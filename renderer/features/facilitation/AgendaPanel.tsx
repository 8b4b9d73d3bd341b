import { memo, useState } from 'react';
import { byOrder } from '../../../shared/lib/order';
import { actualMinutes, timerState } from '../../../shared/facilitation';
import { LIMITS, type Phase, type Workshop } from '../../../shared/model';
import { addPhaseAction, movePhaseAction, perform, removePhaseAction, startPhaseAction, updatePhaseAction } from '../../actions';
import { useT } from '../../i18n';
import { useChangedSince } from '../../ui/changed-since';
import { UserText } from '../../ui/UserText';
import { useNow } from './useNow';
import { sameFacilitation } from './sameFacilitation';
import { countRender } from '../../ui/renderCount';

function PhaseEditor({ workshop, phase, onDone }: { workshop: Workshop; phase: Phase; onDone: () => void }) {
  const { t } = useT();
  const [title, setTitle] = useState(phase.title);
  const [minutes, setMinutes] = useState(String(phase.plannedMinutes));
  const [instructions, setInstructions] = useState(phase.instructions);
  const [error, setError] = useState<string>();
  const id = `phase-${phase.id}`;
  const changes = useChangedSince();
  const save = async () => {
    const planned = Number(minutes);
    if (!title.trim()) return setError(t('validation.phaseTitleRequired'));
    if (!Number.isInteger(planned) || planned < 0 || planned > 600) return setError(t('validation.minutesInvalid'));
    const changedSince = changes.mark();
    await perform(updatePhaseAction, {
      workshopId: workshop.id,
      phaseId: phase.id,
      patch: { title: title.trim().slice(0, LIMITS.title), plannedMinutes: planned, instructions: instructions.slice(0, LIMITS.longText) },
    });
    // Closes once saved, unless it was changed meanwhile (that change is still to save).
    if (!changedSince()) onDone();
  };
  return (
    <form
      className="phase-editor"
      onInput={changes.onInput}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-title`}>{t('agenda.phaseTitle')}</label>
      <input id={`${id}-title`} dir="auto" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-minutes`}>{t('agenda.plannedMinutes')}</label>
      <input id={`${id}-minutes`} type="number" min={0} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      <label htmlFor={`${id}-instructions`}>{t('agenda.instructions')}</label>
      <textarea id={`${id}-instructions`} dir="auto" rows={4} value={instructions} onChange={(e) => setInstructions(e.target.value)} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" onClick={onDone}>
          {t('library.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('library.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * The agenda: every phase with its planned and actual minutes, in order, editable. It reads the
 * workshop's id and facilitation only: a post (which moves the workshop's `updatedAt`) does not
 * draw it again.
 */
export const AgendaPanel = memo(function AgendaPanel({ workshop, phases }: { workshop: Workshop; phases: readonly Phase[] }) {
  countRender('agenda');
  const { t } = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const ordered = byOrder(phases);
  const now = useNow(ordered.some((p) => timerState(p.run) === 'running'));
  const workshopId = workshop.id;
  return (
    <div className="agenda">
      <ol className="agenda-list">
        {ordered.map((phase, i) => {
          const state = timerState(phase.run);
          const current = phase.id === workshop.facilitation.currentPhaseId;
          const actual = actualMinutes(phase.run, now);
          const over = actual !== null && actual > phase.plannedMinutes + phase.run.addedMinutes;
          if (editing === phase.id) {
            return (
              <li key={phase.id} className="agenda-item editing">
                <PhaseEditor workshop={workshop} phase={phase} onDone={() => setEditing((now) => (now === phase.id ? null : now))} />
              </li>
            );
          }
          return (
            <li key={phase.id} className={`agenda-item state-${state}${current ? ' current' : ''}`} aria-current={current ? 'step' : undefined}>
              <div className="agenda-line">
                <span className="agenda-marker" aria-hidden="true">
                  {current ? '▶' : state === 'ended' ? '✓' : '○'}
                </span>
                <UserText className="agenda-title">{phase.title}</UserText>
                <span className={`agenda-minutes${over ? ' over' : ''}`}>
                  {actual === null ? t('agenda.planned', { count: phase.plannedMinutes }) : t('agenda.plannedActual', { planned: phase.plannedMinutes, actual })}
                </span>
              </div>
              <div className="agenda-buttons">
                {!current && (
                  <button type="button" className="subtle" onClick={() => void perform(startPhaseAction, { workshopId, phaseId: phase.id, title: phase.title })}>
                    {t('agenda.goTo')}
                  </button>
                )}
                <button type="button" className="subtle" onClick={() => setEditing(phase.id)}>
                  {t('agenda.edit')}
                </button>
                <button type="button" className="subtle" aria-label={t('agenda.moveUp', { title: phase.title })} disabled={i === 0} onClick={() => void perform(movePhaseAction, { workshopId, phaseId: phase.id, direction: -1 })}>
                  ↑
                </button>
                <button
                  type="button"
                  className="subtle"
                  aria-label={t('agenda.moveDown', { title: phase.title })}
                  disabled={i === ordered.length - 1}
                  onClick={() => void perform(movePhaseAction, { workshopId, phaseId: phase.id, direction: 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="subtle danger"
                  aria-label={t('agenda.removeNamed', { title: phase.title })}
                  onClick={() => void perform(removePhaseAction, { workshopId, phaseId: phase.id, title: phase.title, ran: state !== 'idle' })}
                >
                  {t('agenda.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={async () => {
          const before = editing;
          const id = await perform(addPhaseAction, { workshopId, afterId: null, title: t('agenda.newPhaseTitle') });
          // Opens the new phase's editor, unless another was opened while it was added.
          if (id) setEditing((now) => (now === before ? id : now));
        }}
      >
        {t('agenda.addPhase')}
      </button>
    </div>
  );
}, sameFacilitation);
