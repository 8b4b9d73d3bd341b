import type { GroupId, Phase, WorkshopId } from '../../shared/model';
import {
  addPhase,
  addTimeToPhase,
  movePhase,
  nextPhase,
  pausePhase,
  previousPhase,
  removePhase,
  resumePhase,
  setRevealed,
  startPhase,
  updatePhase,
  type AgendaChange,
  type AgendaState,
  type PhasePatch,
} from '../../shared/facilitation';
import { message, type Message } from '../../shared/i18n';
import { newId } from '../../shared/lib/ids';
import { applyAgendaChange, applyAgendaOp, setPresent } from '../db';
import { useUi } from '../state';
import { defineAction, type Outcome } from './registry';

type PhaseId = Phase['id'];

async function run<R>(workshopId: WorkshopId, label: Message, op: (state: AgendaState) => AgendaChange, result: R): Promise<Outcome<R>> {
  const applied = await applyAgendaOp(workshopId, op);
  if (!applied) return { result };
  return {
    result,
    undo: { label, undo: () => applyAgendaChange(workshopId, applied.backward), redo: () => applyAgendaChange(workshopId, applied.forward) },
  };
}

const at = () => Date.now();

export const startPhaseAction = defineAction<{ workshopId: WorkshopId; phaseId: PhaseId; title: string }>({
  name: 'startPhase',
  label: 'agenda.start',
  perform: ({ workshopId, phaseId, title }) => run(workshopId, message('undo.startPhase', { title }), (s) => startPhase(s, phaseId, at()), undefined),
});

export const pausePhaseAction = defineAction<{ workshopId: WorkshopId }>({
  name: 'pausePhase',
  label: 'agenda.pause',
  perform: ({ workshopId }) => run(workshopId, message('undo.pausePhase'), (s) => pausePhase(s, at()), undefined),
});

export const resumePhaseAction = defineAction<{ workshopId: WorkshopId }>({
  name: 'resumePhase',
  label: 'agenda.resume',
  perform: ({ workshopId }) => run(workshopId, message('undo.resumePhase'), (s) => resumePhase(s, at()), undefined),
});

export const addTimeAction = defineAction<{ workshopId: WorkshopId; minutes: number }>({
  name: 'addTime',
  label: 'agenda.addTime',
  perform: ({ workshopId, minutes }) => run(workshopId, message('undo.addTime', { minutes }), (s) => addTimeToPhase(s, minutes), undefined),
});

export const nextPhaseAction = defineAction<{ workshopId: WorkshopId }>({
  name: 'nextPhase',
  label: 'agenda.next',
  perform: ({ workshopId }) => run(workshopId, message('undo.nextPhase'), (s) => nextPhase(s, at()), undefined),
});

export const previousPhaseAction = defineAction<{ workshopId: WorkshopId }>({
  name: 'previousPhase',
  label: 'agenda.previous',
  perform: ({ workshopId }) => run(workshopId, message('undo.previousPhase'), (s) => previousPhase(s, at()), undefined),
});

export const updatePhaseAction = defineAction<{ workshopId: WorkshopId; phaseId: PhaseId; patch: PhasePatch }>({
  name: 'updatePhase',
  label: 'agenda.edit',
  perform: ({ workshopId, phaseId, patch }) => run(workshopId, message('undo.editPhase'), (s) => updatePhase(s, phaseId, patch), undefined),
});

export const addPhaseAction = defineAction<{ workshopId: WorkshopId; afterId: PhaseId | null; title: string }, PhaseId | null>({
  name: 'addPhase',
  label: 'agenda.addPhase',
  perform: async ({ workshopId, afterId, title }) => {
    let id: PhaseId | null = null;
    const outcome = await run(
      workshopId,
      message('undo.addPhase'),
      (s) => {
        const made = addPhase(s, workshopId, afterId, title, newId);
        id = made.id;
        return made.change;
      },
      null as PhaseId | null,
    );
    return { ...outcome, result: id };
  },
});

export const removePhaseAction = defineAction<{ workshopId: WorkshopId; phaseId: PhaseId; title: string; ran: boolean }>({
  name: 'removePhase',
  label: 'agenda.remove',
  perform: async ({ workshopId, phaseId, title, ran }) => {
    // A phase that already ran holds the room's time log: ask before it goes.
    if (ran) {
      const confirmed = await useUi.getState().ask({
        title: message('confirm.removePhaseTitle', { title }),
        message: message('confirm.removePhaseExplained'),
        confirmLabel: message('confirm.removePhaseConfirm'),
        danger: true,
      });
      if (!confirmed) return { result: undefined };
    }
    return run(workshopId, message('undo.removePhase', { title }), (s) => removePhase(s, phaseId), undefined);
  },
});

export const movePhaseAction = defineAction<{ workshopId: WorkshopId; phaseId: PhaseId; direction: -1 | 1 }>({
  name: 'movePhase',
  label: 'agenda.move',
  perform: ({ workshopId, phaseId, direction }) => run(workshopId, message('undo.movePhase'), (s) => movePhase(s, phaseId, direction), undefined),
});

export const revealAction = defineAction<{ workshopId: WorkshopId; groupIds: readonly GroupId[]; revealed: boolean; label: Message }>({
  name: 'reveal',
  label: 'reveal.title',
  perform: ({ workshopId, groupIds, revealed, label }) => run(workshopId, label, (s) => setRevealed(s, groupIds, revealed), undefined),
});

export const setPresentAction = defineAction<{ participantId: string; name: string; present: boolean }>({
  name: 'setPresent',
  label: 'attendance.title',
  perform: async ({ participantId, name, present }) => {
    const before = await setPresent(participantId, present);
    if (before === present) return { result: undefined };
    return {
      result: undefined,
      undo: {
        label: message(present ? 'undo.markPresent' : 'undo.markAbsent', { name }),
        undo: () => setPresent(participantId, before).then(() => undefined),
        redo: () => setPresent(participantId, present).then(() => undefined),
      },
    };
  },
});
