import type { GroupId, Placement, StickyId, Verdict, Voter, VotingRound, WorkshopId } from '../../shared/model';
import { openRound, presentationItems, react, setPresentation, setScreen, stepSpotlight, withdrawReaction, type RoundSettings } from '../../shared/facilitation';
import { editSticky } from '../../shared/board';
import { message } from '../../shared/i18n';
import { newId } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/time';
import { LIMITS } from '../../shared/model';
import { Refusal } from '../../shared/lib/refusal';
import {
  applyAgendaOp,
  castDotIn,
  placeMarkerIn,
  removeRound,
  restorePlacement,
  saveRound,
  setRoundStatus,
  setTallyIn,
} from '../db';
import { readBundle } from '../db/bundles';
import { useUi } from '../state';
import { defineAction } from './registry';
import { runBoardOp } from './board';

// ---- Presentations and reactions ----

/** The facilitator picks who presents; the spotlight goes to its first item. Navigation, so not undoable. */
export const presentAction = defineAction<{ workshopId: WorkshopId; groupId: GroupId | null; firstStickyId: StickyId | null }>({
  name: 'present',
  label: 'presentation.present',
  perform: async ({ workshopId, groupId, firstStickyId }) => {
    await applyAgendaOp(workshopId, (s) => setPresentation(s, groupId, groupId ? firstStickyId : null));
    return { result: undefined };
  },
});

export const spotlightAction = defineAction<{ workshopId: WorkshopId; stickyId: StickyId | null }>({
  name: 'spotlight',
  label: 'presentation.spotlight',
  perform: async ({ workshopId, stickyId }) => {
    await applyAgendaOp(workshopId, (s) => setPresentation(s, s.facilitation.presentingGroupId, stickyId));
    return { result: undefined };
  },
});

/** The workshop a key press is about: the one open in this window. */
function workshopInScope(): WorkshopId | null {
  const scope = useUi.getState().scope;
  return scope.startsWith('workshop:') && !scope.includes('/') ? (scope as WorkshopId) : null;
}

/** Moves the spotlight along the presenting group's items, read from the database, whichever window or remote asked. */
function step(direction: 1 | -1) {
  return async (args: { workshopId: WorkshopId } | void) => {
    const workshopId = args?.workshopId ?? workshopInScope();
    if (!workshopId) return { result: undefined };
    const bundle = await readBundle(workshopId);
    const presenting = bundle?.workshop.facilitation.presentingGroupId;
    if (!bundle || !presenting) return { result: undefined };
    const items = presentationItems(bundle.groups, bundle.workshop.settings, bundle, presenting);
    await applyAgendaOp(workshopId, (s) => setPresentation(s, presenting, stepSpotlight(items, s.facilitation.spotlightStickyId, direction)));
    return { result: undefined };
  };
}

const presenting = () => workshopInScope() !== null;

// PageDown/PageUp are what presenter remotes send.
export const nextItemAction = defineAction<{ workshopId: WorkshopId } | void>({ name: 'nextItem', label: 'presentation.next', group: 'keyboard.groups.presenting', keys: ['PageDown'], enabled: presenting, perform: step(1) });
export const previousItemAction = defineAction<{ workshopId: WorkshopId } | void>({ name: 'previousItem', label: 'presentation.previous', group: 'keyboard.groups.presenting', keys: ['PageUp'], enabled: presenting, perform: step(-1) });

function screenToggle(which: 'blank' | 'frozen') {
  return async (args: { workshopId: WorkshopId } | void) => {
    const workshopId = args?.workshopId ?? workshopInScope();
    if (!workshopId) return { result: undefined };
    await applyAgendaOp(workshopId, (s) => setScreen(s, { [which]: !s.facilitation.screen[which] }));
    return { result: undefined };
  };
}

/** The room's screen goes black (B), or holds still (F), until pressed again: a view, not an edit. */
export const toggleBlankAction = defineAction<{ workshopId: WorkshopId } | void>({ name: 'toggleBlank', label: 'audience.blank', group: 'keyboard.groups.presenting', keys: ['b'], enabled: presenting, perform: screenToggle('blank') });
export const toggleFreezeAction = defineAction<{ workshopId: WorkshopId } | void>({ name: 'toggleFreeze', label: 'audience.freeze', group: 'keyboard.groups.presenting', keys: ['f'], enabled: presenting, perform: screenToggle('frozen') });

export const reactAction = defineAction<{ workshopId: WorkshopId; stickyId: StickyId; groupId: GroupId; groupName: string; verdict: Verdict; text: string }>({
  name: 'react',
  label: 'reactions.react',
  perform: async ({ workshopId, stickyId, groupId, groupName, verdict, text }) => {
    return runBoardOp(workshopId, message('undo.react', { group: groupName }), (s) => react(s, stickyId, groupId, verdict, text, nowIso(), newId), undefined);
  },
});

export const withdrawReactionAction = defineAction<{ workshopId: WorkshopId; stickyId: StickyId; groupId: GroupId; groupName: string }>({
  name: 'withdrawReaction',
  label: 'reactions.withdraw',
  perform: async ({ workshopId, stickyId, groupId, groupName }) => {
    return runBoardOp(workshopId, message('undo.withdrawReaction', { group: groupName }), (s) => withdrawReaction(s, stickyId, groupId), undefined);
  },
});

export const noteQuestionsAction = defineAction<{ workshopId: WorkshopId; stickyId: StickyId; questions: string }>({
  name: 'noteQuestions',
  label: 'presentation.questions',
  perform: async ({ workshopId, stickyId, questions }) => {
    if (questions.length > LIMITS.stickyText) throw new Refusal('errors.questionsTooLong', { max: LIMITS.stickyText });
    return runBoardOp(workshopId, message('undo.noteQuestions'), (s) => editSticky(s, stickyId, { questions }, nowIso()), undefined);
  },
});

// ---- The culture map ----

export const placeMarkerAction = defineAction<{ workshopId: WorkshopId; groupId: GroupId; subjectGroupId: GroupId; x: number; y: number }>({
  name: 'placeMarker',
  label: 'culture.place',
  perform: async ({ workshopId, groupId, subjectGroupId, x, y }) => {
    const { before, after } = await placeMarkerIn(workshopId, groupId, subjectGroupId, x, y);
    return {
      result: undefined,
      undo: { label: message('undo.placeMarker'), undo: () => restorePlacement(before, after.id), redo: () => restorePlacement(after, after.id as Placement['id']) },
    };
  },
});

// ---- Dot voting ----

export const openRoundAction = defineAction<{ workshopId: WorkshopId; settings: RoundSettings; runoff?: { parent: VotingRound; stickyIds: StickyId[] } }, VotingRound>({
  name: 'openRound',
  label: 'voting.open',
  perform: async ({ workshopId, settings, runoff }) => {
    const round = openRound(workshopId, settings, nowIso(), newId, runoff);
    await saveRound(round);
    return { result: round, undo: { label: message('undo.openRound'), undo: () => removeRound(round.id), redo: () => saveRound(round) } };
  },
});

export const closeRoundAction = defineAction<{ roundId: VotingRound['id'] }>({
  name: 'closeRound',
  label: 'voting.close',
  perform: async ({ roundId }) => {
    const before = await setRoundStatus(roundId, 'closed', nowIso());
    return { result: undefined, undo: { label: message('undo.closeRound'), undo: () => saveRound(before), redo: () => setRoundStatus(roundId, 'closed', nowIso()).then(() => undefined) } };
  },
});

/** A voter's own dot: theirs, not the facilitator's, so it is taken back with "−", not with undo. */
export const castDotAction = defineAction<{ roundId: VotingRound['id']; voter: Voter; stickyId: StickyId; delta: 1 | -1 }>({
  name: 'castDot',
  label: 'voting.dot',
  perform: async ({ roundId, voter, stickyId, delta }) => {
    await castDotIn(roundId, voter, stickyId, delta);
    return { result: undefined };
  },
});

export const setTallyAction = defineAction<{ roundId: VotingRound['id']; stickyId: StickyId; total: number }>({
  name: 'setTally',
  label: 'voting.tally',
  perform: async ({ roundId, stickyId, total }) => {
    const before = await setTallyIn(roundId, stickyId, total);
    if (before === total) return { result: undefined };
    return {
      result: undefined,
      undo: {
        label: message('undo.setTally'),
        undo: () => setTallyIn(roundId, stickyId, before).then(() => undefined),
        redo: () => setTallyIn(roundId, stickyId, total).then(() => undefined),
      },
    };
  },
});

