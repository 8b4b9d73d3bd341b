import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laneKeyOf, type Lane } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { perform, postStickiesAction } from '../../renderer/actions';
import { focusDownAction, focusLastAction } from '../../renderer/actions/keyboard';
import { db, ensureSampleSeeded, readWorkshopEarly, useWorkshopView } from '../../renderer/db';
import { Board } from '../../renderer/features/board';
import { SampleFacilitatorBoard, boardWhole, sampleDevAboutOps } from '../support/sample-board';
import { useUi } from '../../renderer/state';
import { FIRST_PAGE, allWhole, useBoardWindow } from '../../renderer/state/boardWindow';
import { drawnPart, firstPagesOf, screenfulOf } from '../../renderer/features/board/window';
import type { LaneItem } from '../../shared/board';

const W = SAMPLE_WORKSHOP_ID;
const LONG = 240;
const ROOM = { kind: 'room' } as const;

const laneEl = (lane: Lane) => document.querySelector<HTMLElement>(`section.lane[data-lane-key="${lane.key}"]`)!;
const drawnIn = (lane: Lane) => laneEl(lane).querySelectorAll('li.sticky').length;
const restOf = (lane: Lane) => laneEl(lane).querySelector('.stickies-rest');

let lane: Lane;
let total: number;

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: W, unsaved: [], storageProblem: null, focusTarget: null });
  lane = await sampleDevAboutOps();
});

afterEach(() => useUi.getState().closeFind());

describe('a board of a few screens', () => {
  it('is drawn whole at once', async () => {
    await readWorkshopEarly(W);
    render(<SampleFacilitatorBoard />);
    const all = await db.stickies.where('workshopId').equals(W).count();
    expect(document.querySelectorAll('li.sticky').length).toBe(all);
    expect(document.querySelector('.stickies-rest')).toBeNull();
    expect(document.querySelector('.mirror')!.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('a lane longer than a screen', () => {
beforeEach(async () => {
  // A lane far longer than a screen, on a board too big to draw at once: the sample's stickies there, then 240 more.
  await perform(postStickiesAction, { workshopId: W, lane, texts: Array.from({ length: LONG }, (_, i) => `Long lane sticky ${i + 1}`), options: {} });
  total = await db.stickies.where('workshopId').equals(W).filter((s) => laneKeyOf(s) === lane.key).count();
  await readWorkshopEarly(W);
});

  it('draws its first page at once, with the rest as one hidden block, and says the whole count', async () => {
    render(<SampleFacilitatorBoard />);
    expect(drawnIn(lane)).toBeLessThanOrEqual(FIRST_PAGE);
    expect(drawnIn(lane)).toBeGreaterThan(0);
    const rest = restOf(lane)!;
    expect(rest.getAttribute('aria-hidden')).toBe('true');
    expect(rest.closest('ul')!.getAttribute('aria-busy')).toBe('true');
    // The count is of every sticky in the lane, drawn or not.
    expect(laneEl(lane).querySelector('.lane-count')!.textContent).toContain(String(total));
    // The board says it is still being drawn.
    expect(document.querySelector('.mirror')!.getAttribute('aria-busy')).toBe('true');
    // A lane below the first screen comes a frame after it (a hidden block of about its height
    // until then), and draws nothing yet, not even its composer.
    expect(document.querySelector('section.lane.lane-requirement')).toBeNull();
    expect(document.querySelector('section.lane-coming')!.getAttribute('aria-hidden')).toBe('true');
    const below = await waitFor(() => {
      const lane = document.querySelector<HTMLElement>('section.lane.lane-requirement');
      expect(lane).not.toBeNull();
      return lane!;
    });
    expect(below.querySelectorAll('li.sticky')).toHaveLength(0);
    expect(below.querySelector('textarea')).toBeNull();
    expect(document.querySelector('section.lane-coming')).toBeNull();
  });

  it('draws the rest while the window is idle, until the board is whole', async () => {
    render(<SampleFacilitatorBoard />);
    await waitFor(() => expect(drawnIn(lane)).toBe(total));
    expect(restOf(lane)).toBeNull();
    expect(laneEl(lane).querySelector('ul.stickies')!.hasAttribute('aria-busy')).toBe(false);
    // Then the board is whole: nothing is held back any more.
    await waitFor(() => expect(boardWhole()).toBe(true));
    expect(allWhole(useBoardWindow.getState())).toBe(true);
    expect(screen.getByLabelText('New sticky in Dev requires of Ops')).toBeTruthy();
    expect(screen.getByText(`Long lane sticky ${LONG}`)).toBeTruthy();
    // Once whole, a new sticky is drawn at once, at the end.
    await perform(postStickiesAction, { workshopId: W, lane, texts: ['Posted to a whole board'], options: {} });
    await screen.findByText('Posted to a whole board');
    expect(drawnIn(lane)).toBe(total + 1);
  });

  it('is drawn on its own beside another board of the same workshop (the room\'s preview), which may come and go', async () => {
    function RoomBoard() {
      const view = useWorkshopView(W, ROOM);
      return view ? <Board view={view} viewer={ROOM} /> : null;
    }
    const { rerender } = render(
      <>
        <SampleFacilitatorBoard />
        <RoomBoard />
      </>,
    );
    const facilitatorLane = () => document.querySelectorAll<HTMLElement>(`section.lane[data-lane-key="${lane.key}"]`)[0]!;
    // The preview goes before the facilitator's board is whole: its board still is drawn whole.
    rerender(<SampleFacilitatorBoard />);
    await waitFor(() => expect(facilitatorLane().querySelectorAll('li.sticky')).toHaveLength(total));
    await waitFor(() => expect(boardWhole()).toBe(true));
    // The preview comes back and goes again: the facilitator's board stays whole.
    rerender(
      <>
        <SampleFacilitatorBoard />
        <RoomBoard />
      </>,
    );
    rerender(<SampleFacilitatorBoard />);
    expect(facilitatorLane().querySelectorAll('li.sticky')).toHaveLength(total);
    expect(restOf(lane)).toBeNull();
    expect(document.querySelector('.mirror')!.hasAttribute('aria-busy')).toBe(false);
  });

  it('draws a sticky not drawn yet when focus is asked for it', async () => {
    render(<SampleFacilitatorBoard />);
    const last = (await db.stickies.where('workshopId').equals(W).filter((s) => s.text === `Long lane sticky ${LONG}`).first())!;
    act(() => useUi.getState().requestFocus(`${lane.key}#${last.id}`));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-sticky-id')).toBe(last.id));
  });

  it('draws a sticky at once when focus was asked for it before the board was shown', async () => {
    const last = (await db.stickies.where('workshopId').equals(W).filter((s) => s.text === `Long lane sticky ${LONG}`).first())!;
    useUi.getState().requestFocus(`${lane.key}#${last.id}`);
    render(<SampleFacilitatorBoard />);
    // Not a second later, once the idle drawing reaches it: in the board's first effects.
    expect(document.activeElement?.getAttribute('data-sticky-id')).toBe(last.id);
    expect(boardWhole()).toBe(false);
  });

  it('draws every lane whole while find is open', async () => {
    render(<SampleFacilitatorBoard />);
    expect(drawnIn(lane)).toBeLessThan(total);
    act(() => {
      useUi.getState().setFindHost(W);
      useUi.getState().summonFind();
      useUi.getState().setFindQuery({ text: `sticky ${LONG}` });
    });
    expect(drawnIn(lane)).toBe(total);
  });

  it('is drawn whole before the keyboard reads it: End goes to the lane\'s last sticky', async () => {
    render(<SampleFacilitatorBoard />);
    const first = laneEl(lane).querySelector<HTMLElement>('li.sticky')!;
    act(() => first.focus());
    expect(drawnIn(lane)).toBeLessThan(total);
    await act(() => perform(focusLastAction, undefined));
    expect(document.activeElement?.textContent).toContain(`Long lane sticky ${LONG}`);
    await act(() => perform(focusDownAction, undefined));
    expect(drawnIn(lane)).toBe(total);
  });
});

describe('what a lane draws', () => {
  const sticky = (id: string) => ({ type: 'sticky', id, sticky: { id } }) as unknown as LaneItem;
  const cluster = (id: string, members: number) => ({ type: 'cluster', id, cluster: { id }, members: Array.from({ length: members }, (_, i) => ({ id: `${id}-${i}` })) }) as unknown as LaneItem;
  const laneOfKind = (key: string, kind: Lane['kind']) => ({ key, kind }) as Lane;

  it('draws within its limit, a cluster weighing its members, and at least the first item unless the limit is none', () => {
    const items = [sticky('a'), cluster('c', 5), sticky('b'), sticky('d')];
    expect(drawnPart(items, 6)).toEqual({ drawn: items.slice(0, 2), weight: 6, rest: 2 });
    expect(drawnPart(items, 7)).toEqual({ drawn: items.slice(0, 3), weight: 7, rest: 1 });
    expect(drawnPart([cluster('big', 30), sticky('x')], 12)).toEqual({ drawn: [expect.objectContaining({ id: 'big' })], weight: 30, rest: 1 });
    expect(drawnPart(items, 0)).toEqual({ drawn: [], weight: 0, rest: 8 });
    expect(drawnPart(items, Infinity)).toEqual({ drawn: items, weight: 8, rest: 0 });
  });

  it('draws a first page where the first screen may reach, nothing where a line of long lanes above fills it', () => {
    const long = Array.from({ length: 120 }, (_, i) => sticky(`s${i}`));
    const lanes = ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => laneOfKind(k, 'outmodel'));
    const items = new Map(lanes.map((l) => [l.key, long]));
    const page = FIRST_PAGE;
    // A lane's first page is smaller than a screen of stickies of one line: the lane fills the rest of the screen as measured.
    expect(screenfulOf(56)).toBeGreaterThan(page);
    expect(firstPagesOf(lanes, items, 4, 56)).toEqual({ a: page, b: page, c: page, d: page, e: 0, f: 0 });
    // Short lanes above leave the next line on the screen.
    const short = new Map([...items].map(([k, v]) => [k, k < 'e' ? v.slice(0, 2) : v]));
    expect(firstPagesOf(lanes, short, 4, 56)).toMatchObject({ e: page, f: page });
    // One lane to a line (a narrow window): only the first is on the first screen.
    expect(firstPagesOf(lanes, items, 1, 56)).toMatchObject({ a: page, b: 0 });
    // A taller screen (or a smaller zoom) holds more stickies of one line, and reaches the next line.
    expect(screenfulOf(120)).toBeGreaterThan(screenfulOf(56));
    const forty = new Map(lanes.map((l) => [l.key, long.slice(0, 40)]));
    expect(firstPagesOf(lanes, forty, 4, 56)).toMatchObject({ a: page, e: 0 });
    expect(firstPagesOf(lanes, forty, 4, 150)).toMatchObject({ a: page, e: page });
    // A small board is drawn whole.
    const few = new Map(lanes.map((l) => [l.key, long.slice(0, 20)]));
    expect(Object.values(firstPagesOf(lanes, few, 4, 56))).toEqual(lanes.map(() => Infinity));
  });
});
