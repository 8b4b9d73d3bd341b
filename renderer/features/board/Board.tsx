import { useId, useMemo, useState } from 'react';
import { usePaintedOnce } from '../../ui/first-paint';
import { DndProvider } from 'react-dnd-multi-backend';
import { BOARD_BACKENDS, TouchDragPreview } from './backends';
import { usePinchZoom } from './usePinchZoom';
import type { Viewer } from '../../../shared/facilitation';
import { LANE_KINDS, deriveLanes, type Lane } from '../../../shared/model';
import type { WorkshopView } from '../../db';
import { useUi } from '../../state';
import { FIRST_PAGE, drawsWhole, useBoardWindow } from '../../state/boardWindow';
import { BoardContext, type BoardContextValue } from './context';
import { LaneColumn } from './LaneColumn';
import { ROW_KEYS } from './labels';
import { useT } from '../../i18n';
import { sentenceTranslator } from '../../../shared/i18n/sentences';
import { FindBar } from './FindBar';
import { useBoardFind } from './useBoardFind';
import { firstPagesOf, linesOf, restBlockSize, useBoardFill, weightOfAll } from './window';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/**
 * The mirror board: every lane at once, each kind a row, each pair of groups side by side. It
 * shows what its viewer may see (the view comes through the query layer's visibility rule).
 */
export function Board({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const zoom = useUi((s) => s.zoom);
  const { t: translate } = useT();
  const t = useMemo(() => sentenceTranslator(translate), [translate]);
  const boardKey = useId();
  const { workshop, groups, stickies } = view.bundle;
  const groupId = viewer.kind === 'group' ? viewer.groupId : null;
  const context = useMemo<BoardContextValue>(() => {
    const lanes = deriveLanes(groups, workshop.settings);
    const canWrite = (lane: Lane) => viewer.kind === 'facilitator' || (groupId !== null && (lane.kind === 'parking' || lane.authorGroupId === groupId));
    return {
      workshopId: workshop.id,
      boardKey,
      lanes,
      laneByKey: new Map(lanes.map((l) => [l.key, l])),
      groups: new Map(groups.map((g) => [g.id as string, g])),
      viewer,
      revealed: new Set(workshop.facilitation.revealedGroupIds),
      hiddenCounts: view.hiddenCounts,
      canWrite,
      spotlightId: workshop.facilitation.spotlightStickyId,
      reactionsBySticky: groupBy(view.bundle.reactions, (r) => r.stickyId),
      t,
    };
    // The viewer is compared by what it is, not by object identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workshop.id, workshop.settings, workshop.facilitation.revealedGroupIds, workshop.facilitation.spotlightStickyId, view.bundle.reactions, groups, view.hiddenCounts, viewer.kind, groupId, t, boardKey]);
  // A lane whose items did not change keeps its list (the view shares it), so it is not drawn again.
  const items = view.items;
  const find = useBoardFind(view, viewer, context.lanes, items);
  const withFind = useMemo(() => ({ ...context, find }), [context, find]);
  // Each kind of lane a row, in lines of as many lanes as the board has columns (the parking lot
  // alone); the rest of a big board is drawn as the lines are shown.
  const columns = Math.min(groups.length * (groups.length - 1), 4);
  const rows = useMemo(
    () =>
      LANE_KINDS.map((kind) => ({ kind, lanes: context.lanes.filter((l) => l.kind === kind) }))
        .filter((row) => row.lanes.length > 0)
        .map((row) => ({ ...row, lines: linesOf(row.lanes, columns) })),
    [context.lanes, columns],
  );
  const inRowOrder = useMemo(() => rows.flatMap((row) => row.lanes), [rows]);
  // What each lane draws first is settled when the board opens (a narrow window has one lane to a
  // line; the board's em grows with its zoom).
  const [firstPages] = useState(() => firstPagesOf(inRowOrder, items, window.innerWidth <= 900 ? 1 : columns, window.innerHeight / (16 * zoom)));
  useBoardFill(boardKey, inRowOrder, items, firstPages, Boolean(find?.active));
  // Said to assistive technology (and to tests) while a big board is still being drawn.
  const drawing = useBoardWindow((s) => !(s.boards[boardKey]?.whole ?? drawsWhole(firstPages)));
  const pinchRef = usePinchZoom();
  // Until the first screen is painted (`.mirror[data-opening]` in base.css).
  const opening = !usePaintedOnce();

  return (
    <BoardContext.Provider value={withFind}>
      {viewer.kind === 'facilitator' && <FindBar view={view} find={find} />}
      <DndProvider options={BOARD_BACKENDS}>
        <TouchDragPreview textOf={(item) => stickies.find((s) => s.id === item.id)?.text} />
        <div className="mirror" ref={pinchRef} aria-busy={drawing || undefined} data-opening={opening || undefined} style={{ ['--zoom' as string]: String(zoom), ['--columns' as string]: String(columns) }}>
          {rows.map(({ kind, lines }) => (
            <div key={kind} className={`lane-row lane-row-${kind}`} role="group" aria-label={t(ROW_KEYS[kind])}>
              {lines.map((line, at) => (
                <div key={at} className="lane-line">
                  {line.map((lane) =>
                    // A lane surely below the first screen comes a frame after it (at once when the
                    // board is drawn whole): until then, a block of about its height.
                    opening && drawing && firstPages[lane.key] === 0 ? (
                      <section key={lane.key} className="lane lane-coming" aria-hidden="true" style={{ blockSize: `calc(${restBlockSize(weightOfAll(items.get(lane.key) ?? []))} + 6em)` }} />
                    ) : (
                      <LaneColumn key={lane.key} lane={lane} items={items.get(lane.key) ?? []} firstPage={firstPages[lane.key] ?? FIRST_PAGE} />
                    ),
                  )}
                </div>
              ))}
            </div>
          ))}
        </div>
      </DndProvider>
    </BoardContext.Provider>
  );
}
