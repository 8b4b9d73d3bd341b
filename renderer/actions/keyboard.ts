import { laneKeyOf, type ClusterId, type StickyId, type WorkshopId } from '../../shared/model';
import { currentDirection, translate } from '../i18n';
import { useUi } from '../state';
import { useKeyboard, type CarryTarget } from '../state/carry';
import { drawWholeBoardNow } from '../state/boardWindow';
import { focusAndReveal } from '../ui/reveal';
import { clusterStickiesAction, moveStickyAction } from './board';
import { readLanesAndStickies } from '../db';
import { defineAction, perform } from './registry';

/*
 * The board without a mouse. Focus moves and carry steps follow the board as it is drawn (its
 * visual order, clusters included, and the page's direction), so they read the lanes from the
 * page; the drop itself is the same move or cluster action a drag performs, with the same
 * question before a move into another group's lane. A big board may not be drawn whole yet (it is
 * drawn a page at a time after it opens): it is, before the page is read.
 */

const LANE = 'section.lane[data-lane-key]';
const STICKY = 'li.sticky[data-sticky-id]';

function lanes(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(LANE)];
}

function stickiesIn(lane: Element): HTMLElement[] {
  return [...lane.querySelectorAll<HTMLElement>(STICKY)];
}

/** The sticky that has the keyboard's focus, if any (not a field or a button inside it). */
function focusedSticky(): HTMLElement | null {
  const el = document.activeElement;
  return el instanceof HTMLElement && el.matches(STICKY) ? el : null;
}

const laneOf = (el: Element) => el.closest<HTMLElement>(LANE);
const laneTitle = (lane: Element) => lane.querySelector('h3')?.textContent ?? '';
const stickyText = (el: Element | null) => el?.querySelector('.sticky-text')?.textContent ?? '';
const middle = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.top + r.height / 2;
};

/** Arrows follow the page: in a right-to-left language the lane on the left comes after. */
function laneStep(arrow: 'left' | 'right'): 1 | -1 {
  return (arrow === 'left') === (currentDirection() === 'ltr') ? -1 : 1;
}

/** The lane beside this one in the arrow's direction that `accept`s, if any. */
function laneBeside(from: Element, arrow: 'left' | 'right', accept: (lane: HTMLElement) => boolean): HTMLElement | undefined {
  const all = lanes();
  const step = laneStep(arrow);
  for (let i = all.indexOf(from as HTMLElement) + step; i >= 0 && i < all.length; i += step) if (accept(all[i]!)) return all[i];
  return undefined;
}

function focus(el: HTMLElement | undefined) {
  if (el) focusAndReveal(el);
}

function focusMove(where: 'up' | 'down' | 'left' | 'right' | 'first' | 'last') {
  drawWholeBoardNow();
  const current = focusedSticky();
  const lane = current && laneOf(current);
  if (!current || !lane) return Promise.resolve({ result: undefined });
  if (where === 'left' || where === 'right') {
    const next = laneBeside(lane, where, (l) => stickiesIn(l).length > 0);
    if (next) {
      const y = middle(current);
      focus(stickiesIn(next).reduce((best, s) => (Math.abs(middle(s) - y) < Math.abs(middle(best) - y) ? s : best)));
    }
  } else {
    const list = stickiesIn(lane);
    const at = list.indexOf(current);
    focus(where === 'first' ? list[0] : where === 'last' ? list[list.length - 1] : list[where === 'up' ? at - 1 : at + 1]);
  }
  return Promise.resolve({ result: undefined });
}

const GROUP_FOCUS = 'keyboard.groups.focus';
const GROUP_CARRY = 'keyboard.groups.carry';
const carrying = () => useKeyboard.getState().carry !== null;
const canFocusMove = () => !carrying() && focusedSticky() !== null;

export const focusUpAction = defineAction({ name: 'focusStickyUp', label: 'keyboard.focusUp', group: GROUP_FOCUS, keys: ['ArrowUp'], enabled: canFocusMove, perform: () => focusMove('up') });
export const focusDownAction = defineAction({ name: 'focusStickyDown', label: 'keyboard.focusDown', group: GROUP_FOCUS, keys: ['ArrowDown'], enabled: canFocusMove, perform: () => focusMove('down') });
export const focusLaneLeftAction = defineAction({ name: 'focusLaneLeft', label: 'keyboard.focusLaneLeft', group: GROUP_FOCUS, keys: ['ArrowLeft'], enabled: canFocusMove, perform: () => focusMove('left') });
export const focusLaneRightAction = defineAction({ name: 'focusLaneRight', label: 'keyboard.focusLaneRight', group: GROUP_FOCUS, keys: ['ArrowRight'], enabled: canFocusMove, perform: () => focusMove('right') });
export const focusFirstAction = defineAction({ name: 'focusFirstSticky', label: 'keyboard.focusFirst', group: GROUP_FOCUS, keys: ['Home'], enabled: canFocusMove, perform: () => focusMove('first') });
export const focusLastAction = defineAction({ name: 'focusLastSticky', label: 'keyboard.focusLast', group: GROUP_FOCUS, keys: ['End'], enabled: canFocusMove, perform: () => focusMove('last') });

// ---- Carrying a sticky ----

interface Slot {
  target: CarryTarget;
  /** The element the slot is drawn on: where it is on the screen. */
  anchor: HTMLElement;
}

/** Every place in a lane a sticky can be dropped, top to bottom: before each item, onto each sticky, at the end of each cluster and of the lane. */
function slotsOf(lane: HTMLElement, carried: string): Slot[] {
  const laneKey = lane.dataset.laneKey!;
  const slots: Slot[] = [];
  const list = lane.querySelector(':scope > ul.stickies');
  for (const item of list ? [...list.children] : []) {
    if (!(item instanceof HTMLElement)) continue;
    if (item.matches(STICKY)) {
      const id = item.dataset.stickyId!;
      slots.push({ target: { kind: 'before', laneKey, clusterId: null, beforeId: id }, anchor: item });
      if (id !== carried) slots.push({ target: { kind: 'onto', laneKey, stickyId: id }, anchor: item });
    } else if (item.dataset.clusterId) {
      const clusterId = item.dataset.clusterId;
      slots.push({ target: { kind: 'before', laneKey, clusterId: null, beforeId: clusterId }, anchor: item });
      const members = stickiesIn(item);
      for (const member of members) {
        const id = member.dataset.stickyId!;
        slots.push({ target: { kind: 'before', laneKey, clusterId, beforeId: id }, anchor: member });
        if (id !== carried) slots.push({ target: { kind: 'onto', laneKey, stickyId: id }, anchor: member });
      }
      if (members.length) slots.push({ target: { kind: 'before', laneKey, clusterId, beforeId: null }, anchor: item });
    }
  }
  slots.push({ target: { kind: 'before', laneKey, clusterId: null, beforeId: null }, anchor: lane });
  // Before itself is where it already is, as is before the one after it: keep one of the two.
  return slots.filter((s) => !(s.target.kind === 'before' && s.target.beforeId === carried));
}

const sameTarget = (a: CarryTarget, b: CarryTarget) => JSON.stringify(a) === JSON.stringify(b);

/** Where the sticky is now, as a slot: before whatever follows it in its list. */
function homeOf(el: HTMLElement, lane: HTMLElement): CarryTarget {
  const next = el.nextElementSibling as HTMLElement | null;
  const clusterId = el.parentElement?.closest<HTMLElement>('li[data-cluster-id]')?.dataset.clusterId ?? null;
  return { kind: 'before', laneKey: lane.dataset.laneKey!, clusterId, beforeId: next?.dataset.stickyId ?? next?.dataset.clusterId ?? null };
}

function slotY(slot: Slot): number {
  const r = slot.anchor.getBoundingClientRect();
  if (slot.target.kind === 'onto') return r.top + r.height / 2;
  return slot.target.beforeId === null ? r.bottom : r.top;
}

function describe(target: CarryTarget): string {
  const lane = document.querySelector<HTMLElement>(`${LANE}[data-lane-key="${CSS.escape(target.laneKey)}"]`);
  const laneName = lane ? laneTitle(lane) : '';
  const stickyEl = (id: string) => document.querySelector(`${STICKY}[data-sticky-id="${CSS.escape(id)}"]`);
  if (target.kind === 'onto') return translate('keyboard.targetOnto', { lane: laneName, text: stickyText(stickyEl(target.stickyId)) });
  const cluster = target.clusterId ? document.querySelector(`li[data-cluster-id="${CSS.escape(target.clusterId)}"] .cluster-title`)?.textContent ?? '' : null;
  if (target.beforeId === null) {
    if (cluster !== null) return translate('keyboard.targetClusterEnd', { lane: laneName, cluster });
    const count = lane ? stickiesIn(lane).length : 0;
    return count === 0 ? translate('keyboard.targetEmptyLane', { lane: laneName }) : translate('keyboard.targetLaneEnd', { lane: laneName, count });
  }
  const before = stickyEl(target.beforeId);
  const beforeName = before ? stickyText(before) : (document.querySelector(`li[data-cluster-id="${CSS.escape(target.beforeId)}"] .cluster-title`)?.textContent ?? '');
  return cluster !== null
    ? translate('keyboard.targetInCluster', { lane: laneName, cluster, text: beforeName })
    : translate('keyboard.targetBefore', { lane: laneName, text: beforeName });
}

function setTarget(target: CarryTarget) {
  const { carry, setCarry, announce } = useKeyboard.getState();
  if (!carry) return;
  setCarry({ ...carry, target });
  announce(describe(target));
}

function carryStep(where: 'up' | 'down' | 'left' | 'right') {
  drawWholeBoardNow();
  const carry = useKeyboard.getState().carry;
  const lane = carry && document.querySelector<HTMLElement>(`${LANE}[data-lane-key="${CSS.escape(carry.target.laneKey)}"]`);
  if (!carry || !lane) return Promise.resolve({ result: undefined });
  const slots = slotsOf(lane, carry.stickyId);
  const at = slots.findIndex((s) => sameTarget(s.target, carry.target));
  if (where === 'up' || where === 'down') {
    const next = slots[where === 'up' ? at - 1 : at + 1];
    if (next) setTarget(next.target);
  } else {
    const into = laneBeside(lane, where, (l) => l.dataset.writable === 'true');
    if (into) {
      const y = at >= 0 ? slotY(slots[at]!) : middle(lane);
      const places = slotsOf(into, carry.stickyId).filter((s) => s.target.kind === 'before');
      const nearest = places.reduce((best, s) => (Math.abs(slotY(s) - y) < Math.abs(slotY(best) - y) ? s : best));
      setTarget(nearest.target);
    }
  }
  return Promise.resolve({ result: undefined });
}

export const pickUpAction = defineAction({
  name: 'pickUpSticky',
  label: 'keyboard.pickUp',
  group: GROUP_CARRY,
  keys: ['Space'],
  enabled: () => {
    const el = focusedSticky();
    return !carrying() && el !== null && laneOf(el)?.dataset.writable === 'true' && useUi.getState().selection !== null;
  },
  perform: () => {
    drawWholeBoardNow();
    const el = focusedSticky();
    const lane = el && laneOf(el);
    const selection = useUi.getState().selection;
    if (!el || !lane || !selection) return Promise.resolve({ result: undefined });
    const home = homeOf(el, lane);
    const text = stickyText(el);
    useKeyboard.getState().setCarry({ workshopId: selection.workshopId, stickyId: el.dataset.stickyId!, text, home, target: home });
    useKeyboard.getState().announce(translate('keyboard.pickedUp', { text }));
    return Promise.resolve({ result: undefined });
  },
});

export const carryUpAction = defineAction({ name: 'carryUp', label: 'keyboard.carryUp', group: GROUP_CARRY, keys: ['ArrowUp'], enabled: carrying, perform: () => carryStep('up') });
export const carryDownAction = defineAction({ name: 'carryDown', label: 'keyboard.carryDown', group: GROUP_CARRY, keys: ['ArrowDown'], enabled: carrying, perform: () => carryStep('down') });
export const carryLaneLeftAction = defineAction({ name: 'carryLaneLeft', label: 'keyboard.carryLaneLeft', group: GROUP_CARRY, keys: ['ArrowLeft'], enabled: carrying, perform: () => carryStep('left') });
export const carryLaneRightAction = defineAction({ name: 'carryLaneRight', label: 'keyboard.carryLaneRight', group: GROUP_CARRY, keys: ['ArrowRight'], enabled: carrying, perform: () => carryStep('right') });

/** Ends the carry without changing anything. */
export const cancelCarryAction = defineAction({
  name: 'cancelCarry',
  label: 'keyboard.cancelCarry',
  group: GROUP_CARRY,
  keys: ['Escape'],
  enabled: carrying,
  perform: () => {
    const { carry, setCarry, announce } = useKeyboard.getState();
    setCarry(null);
    if (carry) announce(translate('keyboard.cancelled', { text: carry.text }));
    return Promise.resolve({ result: undefined });
  },
});

/** Drops the carried sticky where the target is: one move, or one grouping, each undoable. */
export const dropCarryAction = defineAction({
  name: 'dropCarry',
  label: 'keyboard.drop',
  group: GROUP_CARRY,
  keys: ['Space', 'Enter'],
  enabled: carrying,
  perform: async () => {
    const { carry, setCarry, announce } = useKeyboard.getState();
    if (!carry) return { result: undefined };
    setCarry(null);
    const askedFrom = document.activeElement;
    if (sameTarget(carry.target, carry.home)) {
      announce(translate('keyboard.droppedInPlace', { text: carry.text }));
      return { result: undefined };
    }
    const workshopId = carry.workshopId as WorkshopId;
    const id = carry.stickyId as StickyId;
    const { lanes: all, stickies } = await readLanesAndStickies(workshopId);
    const lane = all.find((l) => l.key === carry.target.laneKey);
    if (!lane) return { result: undefined };
    const ui = useUi.getState();
    if (carry.target.kind === 'onto') {
      const targetId = carry.target.stickyId as StickyId;
      const wasLoose = stickies.find((s) => s.id === targetId)?.clusterId === null;
      ui.requestFocus(`${lane.key}#${id}`, askedFrom);
      const clusterId = await perform(clusterStickiesAction, { workshopId, draggedId: id, targetId, lane });
      // As after a drop with the mouse, a new cluster asks for its title at once.
      if (clusterId && wasLoose) useUi.getState().requestFocus(clusterId, askedFrom);
    } else {
      // The sticky is drawn anew in its new place: focus follows it there.
      ui.requestFocus(`${lane.key}#${id}`, askedFrom);
      await perform(moveStickyAction, { workshopId, id, target: { lane, clusterId: carry.target.clusterId as ClusterId | null, beforeId: carry.target.beforeId } });
    }
    // A move the person declined (another group's lane) or that was refused leaves it where it was.
    const now = (await readLanesAndStickies(workshopId)).stickies.find((s) => s.id === id);
    const landed = !!now && laneKeyOf(now) === lane.key && (carry.target.kind === 'before' || now.clusterId !== null);
    if (!landed && useUi.getState().focusTarget === `${lane.key}#${id}`) useUi.getState().requestFocus(null);
    announce(translate(landed ? 'keyboard.dropped' : 'keyboard.notMoved', { text: carry.text }));
    return { result: undefined };
  },
});

/** Opens the list of every shortcut (drawn from this registry). */
export const showShortcutsAction = defineAction({
  name: 'showShortcuts',
  label: 'keyboard.showShortcuts',
  keys: ['?'],
  enabled: () => !useKeyboard.getState().shortcutsOpen,
  perform: () => {
    useKeyboard.getState().setShortcutsOpen(true);
    return Promise.resolve({ result: undefined });
  },
});
