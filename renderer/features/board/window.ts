import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { LaneItem } from '../../../shared/board';
import type { Lane } from '../../../shared/model';
import { FIRST_PAGE, drawnItems, useBoardWindow } from '../../state/boardWindow';
import { whenIdle, type IdleHandle } from '../../platform/idle';

/** Items drawn per step after the first page: a step draws in about a frame's time. */
export const PAGE = 40;

/** An item's weight in a lane's drawing: a sticky is one, a cluster its members (it is one item at least). */
const weightOf = (item: LaneItem): number => (item.type === 'sticky' ? 1 : Math.max(1, item.members.length));

export const weightOfAll = (items: readonly LaneItem[]): number => items.reduce((n, i) => n + weightOf(i), 0);

/** The lane's items drawn within `limit` (always the first), their weight, and the weight of the rest. */
export function drawnPart(items: readonly LaneItem[], limit: number): { drawn: readonly LaneItem[]; weight: number; rest: number } {
  let weight = 0;
  let i = 0;
  for (; i < items.length; i++) {
    const next = weight + weightOf(items[i]!);
    // Within the limit; a first item heavier than the limit is drawn all the same, unless it is none.
    if (next > limit && (i > 0 || limit === 0)) break;
    weight = next;
  }
  if (i === items.length) return { drawn: items, weight, rest: 0 };
  return { drawn: items.slice(0, i), weight, rest: weightOfAll(items.slice(i)) };
}

// Sizes in em, to tell what may be on the first screen, each on the small side so that a guess
// draws too much rather than too little: the screen's header above the board, a lane's header, a
// sticky of one line with the gap after it.
const ABOVE_BOARD = 12;
const LANE_HEADER = 4;
const SHORT_STICKY_EM = 3;
/** Stickies on a board drawn whole when it opens: about what one commit draws in a frame or two. */
const DRAWN_WHOLE_UP_TO = 200;

/** Items that fill a screen `screenEm` tall when every sticky is of one line, at any zoom. */
export const screenfulOf = (screenEm: number): number => Math.max(FIRST_PAGE, Math.ceil((screenEm - ABOVE_BOARD) / SHORT_STICKY_EM));

/**
 * The lanes in lines, as the board draws them: `columns` to a line, a lane of another kind
 * starting a new line, the parking lot alone (one lane at least to a line).
 */
export function linesOf(lanes: readonly Lane[], columns: number): Lane[][] {
  const out: Lane[][] = [];
  for (const lane of lanes) {
    const line = out.at(-1);
    if (line && line[0]!.kind === lane.kind && line.length < (lane.kind === 'parking' ? 1 : Math.max(1, columns))) line.push(lane);
    else out.push([lane]);
  }
  return out;
}

/**
 * What each lane draws at first: a first page if the lane may be on the first screen (it then
 * draws more, before the screen is painted, as long as the space under it is on the screen:
 * `useFirstScreenFill`), nothing if it is surely below it (a line of lanes above already fills the
 * screen, even were every sticky of one line). The lanes come in the board's order, in lines
 * (`linesOf`); `screenEm` is the window's height in the board's em.
 */
export function firstPagesOf(lanes: readonly Lane[], items: ReadonlyMap<string, readonly LaneItem[]>, columns: number, screenEm: number): Record<string, number> {
  const out: Record<string, number> = {};
  // A board of a few screens is drawn whole at once.
  if (lanes.reduce((n, l) => n + weightOfAll(items.get(l.key) ?? []), 0) <= DRAWN_WHOLE_UP_TO) {
    for (const lane of lanes) out[lane.key] = Infinity;
    return out;
  }
  const screenful = screenfulOf(screenEm);
  let top = ABOVE_BOARD;
  for (const line of linesOf(lanes, columns)) {
    const onScreen = top < screenEm;
    let tallest = 0;
    for (const lane of line) {
      out[lane.key] = onScreen ? FIRST_PAGE : 0;
      // What is not drawn yet keeps its place (`.stickies-rest`): a lane is as tall as all it holds.
      tallest = Math.max(tallest, Math.min(weightOfAll(items.get(lane.key) ?? []), screenful));
    }
    top += LANE_HEADER + tallest * SHORT_STICKY_EM + 1;
  }
  return out;
}

/** The least height an item is taken to have when a lane fills the screen, in px (a sticky of one line is ~48). */
const LEAST_ITEM_PX = 24;
/**
 * How far down a lane fills the first screen, in window heights: a little past its bottom edge, as
 * the layout measured may still move before the paint (the text faces coming in, for one).
 */
const FILL_TO = 1.25;

/**
 * For a lane that draws a first page on the first screen: draws more (`setMore`, a count in the
 * lane's own state, `more` being what it drew more so far), while its part not drawn yet (the
 * element this returns a ref for) still begins above the window's bottom edge, or a little below
 * it (`FILL_TO`): as many items as the space left holds at the height of those drawn (stickies are
 * of any height: a line, or ten). It measures in a layout effect and the lane counts in its own
 * state, so that each step is drawn before the screen is painted; it measures again after each
 * step (a step too small for the next item, a cluster of many, is followed by another), and stops
 * at the first measure that finds the rest far enough down (or none). A page that is not laid out
 * (no layout, as in a unit test) is left as it is.
 */
export function useFirstScreenFill(
  active: boolean,
  drawnWeight: number,
  rest: number,
  more: number,
  setMore: (more: (n: number) => number) => void,
): (node: HTMLElement | null) => void {
  const node = useRef<HTMLElement | null>(null);
  const done = useRef(!active);
  useLayoutEffect(() => {
    if (done.current) return;
    const restEl = node.current;
    const list = restEl?.parentElement;
    if (rest === 0 || !restEl || !list) return void (done.current = true);
    const box = restEl.getBoundingClientRect();
    const short = window.innerHeight * FILL_TO - box.top;
    if (box.height === 0 || short <= 0) return void (done.current = true);
    const each = drawnWeight > 0 ? (box.top - list.getBoundingClientRect().top) / drawnWeight : 0;
    setMore((n) => n + Math.ceil(short / Math.max(each, LEAST_ITEM_PX)));
  }, [drawnWeight, rest, more, setMore]);
  return useCallback((el: HTMLElement | null) => void (node.current = el), []);
}

/** The height held for a lane's items not drawn yet (`.stickies-rest`), about what they will take. */
export const restBlockSize = (weight: number): string => `calc(${weight} * 6em)`;

/** A busy window still draws the rest: after 200 ms at the latest. */
const IDLE_TIMEOUT_MS = 200;

/**
 * Draws the rest of a big board while the window is idle: a page of the first lane (in the
 * board's order) that has more to draw, then the next, until every lane is whole. Keeps the
 * window's drawing state for this board (`board`, its own key) while it is shown. Each step is
 * one render of a page (the store's updates are drawn at once, not as a transition), short
 * enough not to be a long task.
 */
export function useBoardFill(board: string, lanes: readonly Lane[], items: ReadonlyMap<string, readonly LaneItem[]>, firstPages: Readonly<Record<string, number>>, wholeNow: boolean): void {
  // Opened before any lane's own effects run (every layout effect runs before the first passive
  // one), so a lane can grow at once: a focus asked for before the board was shown lands at once.
  // It draws nothing new: what the lanes drew first is what the state says they draw.
  useLayoutEffect(() => {
    useBoardWindow.getState().open(board, firstPages);
    return () => useBoardWindow.getState().close(board);
    // What the lanes drew first, when the board opened; not what they would draw now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board]);
  useEffect(() => {
    const state = useBoardWindow.getState();
    if (wholeNow) return state.drawWhole(board);
    let handle: IdleHandle | null = null;
    const step = () => {
      const s = useBoardWindow.getState();
      const entry = s.boards[board];
      if (!entry || entry.whole) return;
      const next = lanes.find((l) => drawnPart(items.get(l.key) ?? [], drawnItems(s, board, l.key, firstPages[l.key] ?? FIRST_PAGE)).rest > 0);
      if (!next) return s.drawWhole(board);
      s.grow(board, next.key, PAGE);
      handle = whenIdle(step, IDLE_TIMEOUT_MS);
    };
    handle = whenIdle(step, IDLE_TIMEOUT_MS);
    return () => handle?.cancel();
  }, [board, lanes, items, firstPages, wholeNow]);
}

/**
 * A ref for the part of a lane not drawn yet: `onNear` runs when it comes within a screen of the
 * window (and again for each new element, so a lane drawn a page at a time goes on while it is near).
 */
export function useNearView(onNear: () => void): (node: Element | null) => void {
  const observer = useRef<IntersectionObserver | null>(null);
  const latest = useRef(onNear);
  useEffect(() => {
    latest.current = onNear;
  });
  useEffect(() => () => observer.current?.disconnect(), []);
  return useCallback((node: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof IntersectionObserver !== 'function') return;
    observer.current = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { rootMargin: '100% 0px' });
    observer.current.observe(node);
  }, []);
}
