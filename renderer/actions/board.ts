import type { ClusterId, Lane, StickyId, WorkshopId } from '../../shared/model';
import { LIMITS, laneKeyOf, moveNeedsConfirmation } from '../../shared/model';
import {
  MoveNeedsConfirmation,
  StickyIsLinked,
  clusterMembers,
  clusterStickies,
  editSticky,
  laneItems,
  moveSticky,
  postStickies,
  removeStickies,
  ungroupCluster,
  updateCluster,
  type BoardChange,
  type BoardState,
  type BoardTable,
  type PostOptions,
  type StickyPatch,
  type Target,
} from '../../shared/board';
import { newId } from '../../shared/lib/ids';
import { Refusal } from '../../shared/lib/refusal';
import { nowIso } from '../../shared/lib/time';
import { appendToLanes, applyBoardChange, applyBoardOp, readLanesAndStickies } from '../db';
import { useUi, type UndoEntry } from '../state';
import { defineAction, type Outcome } from './registry';
import { message, type Message } from '../../shared/i18n';
import { currentDirection, translate } from '../i18n';
import { undoAction } from './history';

type Applied = Awaited<ReturnType<typeof applyBoardOp>>;

function entry(workshopId: WorkshopId, label: Message, applied: NonNullable<Applied>): UndoEntry {
  return {
    label,
    undo: () => applyBoardChange(workshopId, applied.backward),
    redo: () => applyBoardChange(workshopId, applied.forward),
  };
}

/** The result, and with a label an undo entry for what was applied (nothing applied: nothing to undo). */
function outcomeOf<R>(workshopId: WorkshopId, label: Message | null, applied: Applied, result: R): Outcome<R> {
  return applied && label ? { result, undo: entry(workshopId, label, applied) } : { result };
}

/**
 * Runs one operation on the room's work in one transaction; with a label it enters the undo
 * history (a participant's own vote or rating passes none: it is theirs, not the facilitator's).
 */
export async function runBoardOp<R>(workshopId: WorkshopId, label: Message | null, op: (state: BoardState) => BoardChange, result: R, reads?: readonly BoardTable[]): Promise<Outcome<R>> {
  return outcomeOf(workshopId, label, await applyBoardOp(workshopId, op, reads), result);
}
const run = runBoardOp;

/**
 * Runs a post (stickies added at the ends of `lanes`, nothing else) reading only each lane's last
 * item, not the whole board; with a label it enters the undo history, as `runBoardOp`.
 */
export async function runLanePost<R>(workshopId: WorkshopId, label: Message | null, lanes: readonly Lane[], op: (state: BoardState) => BoardChange, result: R): Promise<Outcome<R>> {
  return outcomeOf(workshopId, label, await appendToLanes(workshopId, lanes, op), result);
}
/** What editing a sticky reads: the stickies and the clusters, nothing else. */
const STICKIES_ONLY: readonly BoardTable[] = ['stickies', 'clusters'];

/** Asks before a move that changes who wrote a sticky; runs the move with the answer. */
async function withAuthorConfirmation<R>(attempt: (confirmed: boolean) => Promise<R>, groupName: (id: string) => Promise<string>): Promise<R | undefined> {
  try {
    return await attempt(false);
  } catch (error) {
    if (!(error instanceof MoveNeedsConfirmation)) throw error;
    const name = await groupName(error.newAuthorGroupId);
    const confirmed = await useUi.getState().ask({
      title: message('confirm.moveTitle', { group: name }),
      message: message('confirm.moveExplained', { group: name }),
      confirmLabel: message('confirm.moveConfirm', { group: name }),
    });
    return confirmed ? attempt(true) : undefined;
  }
}

const groupNameIn = (workshopId: WorkshopId) => async (id: string) => (await readLanesAndStickies(workshopId)).groups.find((g) => g.id === id)?.name ?? translate('confirm.otherGroup');

export interface PostArgs {
  workshopId: WorkshopId;
  lane: Lane;
  texts: readonly string[];
  options: PostOptions;
}

export const postStickiesAction = defineAction<PostArgs, number>({
  name: 'postStickies',
  label: 'actions.post',
  preview: ({ texts }) => texts.join(' · '),
  perform: async ({ workshopId, lane, texts, options }) => {
    const clean = texts.map((t) => t.trim()).filter((t) => t.length > 0);
    if (clean.length === 0) return { result: 0 };
    const tooLong = clean.find((t) => t.length > LIMITS.stickyText);
    if (tooLong) throw new Refusal('errors.stickyTooLong', { max: LIMITS.stickyText, count: tooLong.length });
    return runLanePost(workshopId, message('undo.postSticky', { count: clean.length }), [lane], (s) => postStickies(s, workshopId, lane, clean, options, nowIso(), newId), clean.length);
  },
});

export const editStickyAction = defineAction<{ workshopId: WorkshopId; id: StickyId; patch: StickyPatch }>({
  name: 'editSticky',
  label: 'menu.edit',
  preview: ({ patch }) => patch.text ?? null,
  perform: async ({ workshopId, id, patch }) => {
    if (patch.text !== undefined) {
      const text = patch.text.trim();
      if (!text) throw new Refusal('errors.stickyEmpty');
      if (text.length > LIMITS.stickyText) throw new Refusal('errors.stickyTooLong', { max: LIMITS.stickyText, count: text.length });
      patch = { ...patch, text };
    }
    return run(workshopId, message('undo.editSticky'), (s) => editSticky(s, id, patch, nowIso()), undefined, STICKIES_ONLY);
  },
});

/** The sticky a key command acts on: the one given, or the selected one. */
function stickyOf(args: { workshopId: WorkshopId; id: StickyId } | void) {
  if (args) return args;
  const sel = useUi.getState().selection;
  return sel ? { workshopId: sel.workshopId as WorkshopId, id: sel.stickyId as StickyId } : undefined;
}

export const deleteStickyAction = defineAction<{ workshopId: WorkshopId; id: StickyId } | void>({
  name: 'deleteSticky',
  label: 'menu.delete',
  keys: ['Delete', 'Backspace'],
  group: 'keyboard.groups.sticky',
  // A menu names its sticky; a key acts on the selected one.
  enabled: (_ctx, args) => args !== undefined || useUi.getState().selection !== null,
  perform: async (args) => {
    const target = stickyOf(args);
    if (!target) return { result: undefined };
    let outcome: Outcome<void>;
    try {
      outcome = await run(target.workshopId, message('undo.deleteSticky'), (s) => removeStickies(s, [target.id]), undefined);
    } catch (error) {
      if (!(error instanceof StickyIsLinked)) throw error;
      // Nothing may dangle: the facilitator decides whether the links go with the sticky.
      const confirmed = await useUi.getState().ask({
        title: message('confirm.deleteLinkedTitle'),
        message: message('confirm.deleteLinkedExplained', { agreements: error.agreements, actions: error.actions }),
        confirmLabel: message('confirm.deleteLinkedConfirm'),
        danger: true,
      });
      if (!confirmed) return { result: undefined };
      outcome = await run(target.workshopId, message('undo.deleteSticky'), (s) => removeStickies(s, [target.id], { unlink: true }), undefined);
    }
    if (outcome.undo) {
      useUi.getState().notify({ tone: 'info', message: message('notices.stickyDeleted'), actionName: undoAction.name, actionLabel: message('notices.undo') });
      if (useUi.getState().selection?.stickyId === target.id) useUi.getState().select(null);
    }
    return outcome;
  },
});

export interface MoveArgs {
  workshopId: WorkshopId;
  id: StickyId;
  target: Target;
}

export const moveStickyAction = defineAction<MoveArgs>({
  name: 'moveSticky',
  label: 'menu.moveToEllipsis',
  perform: async ({ workshopId, id, target }) =>
    (await withAuthorConfirmation(
      (confirmed) => run(workshopId, message('undo.moveSticky'), (s) => moveSticky(s, id, target, nowIso(), { confirmed }), undefined),
      groupNameIn(workshopId),
    )) ?? { result: undefined },
});

export const clusterStickiesAction = defineAction<{ workshopId: WorkshopId; draggedId: StickyId; targetId: StickyId; lane: Lane }, ClusterId | null>({
  name: 'clusterStickies',
  label: 'undo.groupStickies',
  perform: async ({ workshopId, draggedId, targetId, lane }) =>
    (await withAuthorConfirmation(async (confirmed) => {
      let clusterId: ClusterId | null = null;
      const outcome = await run(
        workshopId,
        message('undo.groupStickies'),
        (s) => {
          const made = clusterStickies(s, draggedId, targetId, lane, nowIso(), newId, { confirmed });
          clusterId = made.clusterId;
          return made.change;
        },
        null as ClusterId | null,
      );
      return { ...outcome, result: clusterId };
    }, groupNameIn(workshopId))) ?? { result: null },
});

export const renameClusterAction = defineAction<{ workshopId: WorkshopId; id: ClusterId; title: string }>({
  name: 'renameCluster',
  label: 'board.clusterRename',
  perform: async ({ workshopId, id, title }) => {
    if (title.trim().length > LIMITS.line) throw new Refusal('errors.clusterTitleTooLong', { max: LIMITS.line });
    return run(workshopId, message('undo.renameCluster'), (s) => updateCluster(s, id, { title: title.trim() }), undefined);
  },
});

export const collapseClusterAction = defineAction<{ workshopId: WorkshopId; id: ClusterId; collapsed: boolean }>({
  name: 'collapseCluster',
  label: 'undo.collapseCluster',
  perform: ({ workshopId, id, collapsed }) =>
    run(workshopId, message(collapsed ? 'undo.collapseCluster' : 'undo.expandCluster'), (s) => updateCluster(s, id, { collapsed }), undefined),
});

export const ungroupClusterAction = defineAction<{ workshopId: WorkshopId; id: ClusterId }>({
  name: 'ungroupCluster',
  label: 'board.ungroup',
  perform: ({ workshopId, id }) => run(workshopId, message('undo.ungroupCluster'), (s) => ungroupCluster(s, id, nowIso()), undefined),
});

/** Keyboard moves of the selected sticky: within its list, or to the neighbouring lane it may enter freely. */
async function keyMove(direction: 'up' | 'down' | 'previous-lane' | 'next-lane') {
  // What has the focus now, before the reads: the focus follows the sticky only if the person has
  // not gone on to type elsewhere meanwhile.
  const askedFrom = document.activeElement;
  const sel = stickyOf();
  if (!sel) return { result: undefined };
  const { lanes, stickies, clusters } = await readLanesAndStickies(sel.workshopId);
  const sticky = stickies.find((s) => s.id === sel.id);
  if (!sticky) return { result: undefined };
  const lane = lanes.find((l) => l.key === laneKeyOf(sticky))!;
  let target: Target;
  if (direction === 'up' || direction === 'down') {
    const state = { stickies, clusters };
    const list = sticky.clusterId ? clusterMembers(state, sticky.clusterId) : laneItems(state, lane.key);
    const at = list.findIndex((i) => i.id === sticky.id);
    const beforeIndex = direction === 'up' ? at - 1 : at + 2;
    if ((direction === 'up' && at <= 0) || (direction === 'down' && at >= list.length - 1)) return { result: undefined };
    target = { lane, clusterId: sticky.clusterId, beforeId: list[beforeIndex]?.id ?? null };
  } else {
    const free = lanes.filter((l) => l.key === lane.key || !moveNeedsConfirmation(sticky, l));
    const at = free.findIndex((l) => l.key === lane.key);
    const next = free[direction === 'previous-lane' ? at - 1 : at + 1];
    if (!next) return { result: undefined };
    target = { lane: next, clusterId: null, beforeId: null };
  }
  // The sticky is drawn anew in its new place: focus follows it there.
  useUi.getState().requestFocus(`${target.lane.key}#${sel.id}`, askedFrom);
  return moveStickyAction.perform({ workshopId: sel.workshopId, id: sel.id, target }, { scope: sel.workshopId });
}

const hasSelection = () => useUi.getState().selection !== null;

export const moveUpAction = defineAction({ name: 'moveStickyUp', label: 'keys.moveUp', group: 'keyboard.groups.sticky', keys: ['Alt+ArrowUp'], enabled: hasSelection, perform: () => keyMove('up') });
export const moveDownAction = defineAction({ name: 'moveStickyDown', label: 'keys.moveDown', group: 'keyboard.groups.sticky', keys: ['Alt+ArrowDown'], enabled: hasSelection, perform: () => keyMove('down') });
// Arrows follow the page: in a right-to-left language the lane before is on the right.
const towards = (arrow: 'left' | 'right') => ((arrow === 'left') === (currentDirection() === 'ltr') ? 'previous-lane' : 'next-lane');

export const moveLaneLeftAction = defineAction({
  name: 'moveStickyLaneLeft',
  label: 'keys.moveLaneLeft',
  keys: ['Alt+ArrowLeft'],
  group: 'keyboard.groups.sticky',
  enabled: hasSelection,
  perform: () => keyMove(towards('left')),
});
export const moveLaneRightAction = defineAction({
  name: 'moveStickyLaneRight',
  label: 'keys.moveLaneRight',
  keys: ['Alt+ArrowRight'],
  group: 'keyboard.groups.sticky',
  enabled: hasSelection,
  perform: () => keyMove(towards('right')),
});
