import type { ActionItem, AgreementId, Decision, GroupId, Owner, ParticipantId, PulseRating, StickyId, Workshop, WorkshopId } from '../../shared/model';
import {
  answerAgreement,
  createAgreement,
  editAgreementText,
  ratePulse,
  removeAction,
  removeAgreement,
  removeDecision,
  saveAction,
  saveDecision,
  setActionStatus,
  setParkingFollowUp,
  type ActionInput,
  type AgreementAnswer,
  type DecisionInput,
} from '../../shared/facilitation';
import { message } from '../../shared/i18n';
import { newId } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/time';
import { setFollowUpMeeting } from '../db';
import { runBoardOp } from './board';
import { defineAction } from './registry';

const run = runBoardOp;

export const createAgreementAction = defineAction<{ workshopId: WorkshopId; stickyIds: StickyId[]; text: string }, AgreementId | null>({
  name: 'createAgreement',
  label: 'outcomes.createAgreement',
  perform: async ({ workshopId, stickyIds, text }) => {
    let id: AgreementId | null = null;
    const outcome = await run(
      workshopId,
      message('undo.createAgreement'),
      (s) => {
        const made = createAgreement(s, workshopId, stickyIds, text, nowIso(), newId);
        id = made.id;
        return made.change;
      },
      null as AgreementId | null,
    );
    return { ...outcome, result: id };
  },
});

export const editAgreementAction = defineAction<{ workshopId: WorkshopId; id: AgreementId; text: string }>({
  name: 'editAgreement',
  label: 'outcomes.editAgreement',
  perform: ({ workshopId, id, text }) => run(workshopId, message('undo.editAgreement'), (s) => editAgreementText(s, id, text), undefined),
});

export const answerAgreementAction = defineAction<{ workshopId: WorkshopId; id: AgreementId; groupId: GroupId; groupName: string; answer: AgreementAnswer; text: string }>({
  name: 'answerAgreement',
  label: 'outcomes.answer',
  perform: ({ workshopId, id, groupId, groupName, answer, text }) =>
    run(workshopId, message('undo.answerAgreement', { group: groupName }), (s) => answerAgreement(s, id, groupId, answer, text), undefined),
});

export const removeAgreementAction = defineAction<{ workshopId: WorkshopId; id: AgreementId }>({
  name: 'removeAgreement',
  label: 'outcomes.removeAgreement',
  perform: ({ workshopId, id }) => run(workshopId, message('undo.removeAgreement'), (s) => removeAgreement(s, id), undefined),
});

export const saveDecisionAction = defineAction<{ workshopId: WorkshopId; id: Decision['id'] | null; input: DecisionInput }>({
  name: 'saveDecision',
  label: 'outcomes.saveDecision',
  perform: ({ workshopId, id, input }) =>
    run(workshopId, message(id ? 'undo.editDecision' : 'undo.addDecision'), (s) => saveDecision(s, workshopId, id, input, nowIso(), newId), undefined),
});

export const removeDecisionAction = defineAction<{ workshopId: WorkshopId; id: Decision['id'] }>({
  name: 'removeDecision',
  label: 'outcomes.removeDecision',
  perform: ({ workshopId, id }) => run(workshopId, message('undo.removeDecision'), (s) => removeDecision(s, id), undefined),
});

export const saveActionItemAction = defineAction<{ workshopId: WorkshopId; id: ActionItem['id'] | null; input: ActionInput; language: string }>({
  name: 'saveActionItem',
  label: 'outcomes.saveAction',
  perform: ({ workshopId, id, input, language }) =>
    run(workshopId, message(id ? 'undo.editAction' : 'undo.addAction'), (s) => saveAction(s, workshopId, id, input, language, nowIso(), newId), undefined),
});

export const setActionStatusAction = defineAction<{ workshopId: WorkshopId; id: ActionItem['id']; status: ActionItem['status'] }>({
  name: 'setActionStatus',
  label: 'outcomes.status',
  perform: ({ workshopId, id, status }) => run(workshopId, message('undo.actionStatus'), (s) => setActionStatus(s, id, status), undefined),
});

export const removeActionItemAction = defineAction<{ workshopId: WorkshopId; id: ActionItem['id'] }>({
  name: 'removeActionItem',
  label: 'outcomes.removeAction',
  perform: ({ workshopId, id }) => run(workshopId, message('undo.removeAction'), (s) => removeAction(s, id), undefined),
});

export const setParkingFollowUpAction = defineAction<{ workshopId: WorkshopId; stickyId: StickyId; owner: Owner | null; followUpDate: string | null }>({
  name: 'setParkingFollowUp',
  label: 'close.parkingOwner',
  perform: ({ workshopId, stickyId, owner, followUpDate }) =>
    run(workshopId, message('undo.parkingFollowUp'), (s) => setParkingFollowUp(s, stickyId, owner, followUpDate, nowIso()), undefined),
});

/** A participant's own rating: theirs, not the facilitator's, so not in the undo history. */
export const ratePulseAction = defineAction<{ workshopId: WorkshopId; participantId: ParticipantId; when: PulseRating['when']; statement: number; rating: number | null }>({
  name: 'ratePulse',
  label: 'close.pulse',
  perform: ({ workshopId, participantId, when, statement, rating }) => run(workshopId, null, (s) => ratePulse(s, workshopId, participantId, when, statement, rating, newId), undefined),
});

export const setFollowUpMeetingAction = defineAction<{ workshopId: WorkshopId; followUp: Workshop['followUp'] }>({
  name: 'setFollowUpMeeting',
  label: 'close.followUp',
  perform: async ({ workshopId, followUp }) => {
    const before = await setFollowUpMeeting(workshopId, followUp);
    return {
      result: undefined,
      undo: {
        label: message('undo.followUp'),
        undo: () => setFollowUpMeeting(workshopId, before).then(() => undefined),
        redo: () => setFollowUpMeeting(workshopId, followUp).then(() => undefined),
      },
    };
  },
});
