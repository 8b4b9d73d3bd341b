import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDrop } from 'react-dnd';
import type { LaneItem } from '../../../shared/board';
import type { Lane } from '../../../shared/model';
import { clusterStickiesAction, moveStickyAction, perform } from '../../actions';
import { focusRequestHolds, useUi } from '../../state';
import { GroupMark } from '../../ui/GroupMark';
import { focusAndReveal } from '../../ui/reveal';
import { UserText } from '../../ui/UserText';
import { ClusterBox } from './ClusterBox';
import { Composer } from './Composer';
import { useBoard } from './context';
import { STICKY, placesOf, sameTarget, targetUnder, type StickyDragItem, type StickyTarget } from './dnd';
import { laneTitle } from './laneTitle';
import { StickyCard } from './StickyCard';
import { carryMark, useKeyboard } from '../../state/carry';
import { drawnItems, useBoardWindow } from '../../state/boardWindow';
import { PAGE, drawnPart, restBlockSize, useFirstScreenFill, useNearView } from './window';

/** One lane: its header in the author group's colour and mark, its stickies and clusters, and its composer. */
export const LaneColumn = memo(function LaneColumn({ lane, items, firstPage }: { lane: Lane; items: readonly LaneItem[]; firstPage: number }) {
  const { workshopId, boardKey, groups, viewer, revealed, hiddenCounts, canWrite, find, t } = useBoard();
  const writable = canWrite(lane);
  const carry = useKeyboard((s) => carryMark(s, lane.key));
  const author = lane.authorGroupId ? groups.get(lane.authorGroupId) : undefined;
  const { title, kindLabel } = laneTitle(lane, groups, t);
  const section = useRef<HTMLElement | null>(null);
  // The lane's stickies by id, with what a drop on one needs: its cluster and the item after it.
  const places = useMemo(() => placesOf(items), [items]);
  const [target, setTarget] = useState<StickyTarget | null>(null);
  // The one drop target of the lane, its stickies and its clusters' headers. Over a sticky, its top
  // quarter inserts before it, its bottom quarter after, its middle groups; over a cluster's header
  // the sticky joins the cluster, at its end; anywhere else it goes to the lane's end, out of any cluster.
  const [{ over }, drop] = useDrop<StickyDragItem, { handled: true } | undefined, { over: boolean }>(
    () => ({
      accept: STICKY,
      canDrop: () => writable,
      // react-dnd calls `hover` before it records the move: where the pointer is, and whether it
      // is over this lane, are read once the move is recorded.
      hover: (item, monitor) =>
        queueMicrotask(() => {
          const next = monitor.isOver({ shallow: true }) ? targetUnder(monitor.getClientOffset(), item.id, section.current) : null;
          setTarget((prev) => (sameTarget(prev, next) ? prev : next));
        }),
      drop: (item, monitor) => {
        if (monitor.didDrop()) return undefined;
        const at = targetUnder(monitor.getClientOffset(), item.id, section.current);
        // Dropped where it was: nothing moves.
        if (at === 'self') return { handled: true };
        if (at && 'clusterId' in at) {
          void perform(moveStickyAction, { workshopId, id: item.id, target: { lane, clusterId: at.clusterId, beforeId: null } });
          return { handled: true };
        }
        const place = at ? places.get(at.id) : undefined;
        if (at && place && at.zone === 'group') {
          // A new cluster asks for its title at once (unless the person has gone on to type elsewhere meanwhile).
          const askedFrom = document.activeElement;
          void perform(clusterStickiesAction, { workshopId, draggedId: item.id, targetId: at.id, lane }).then(
            (clusterId) => clusterId && place.sticky.clusterId === null && useUi.getState().requestFocus(clusterId, askedFrom),
          );
        } else {
          const into = at && place ? { clusterId: place.sticky.clusterId, beforeId: at.zone === 'before' ? at.id : place.nextId } : { clusterId: null, beforeId: null };
          void perform(moveStickyAction, { workshopId, id: item.id, target: { lane, ...into } });
        }
        return { handled: true };
      },
      collect: (m) => ({ over: m.isOver({ shallow: true }) && m.canDrop() }),
    }),
    [lane, workshopId, writable, places],
  );
  const attach = useCallback(
    (node: HTMLElement | null) => {
      section.current = node;
      drop(node);
    },
    [drop],
  );
  const shown = over ? target : null;
  const dropAt = shown === 'self' || (shown && 'clusterId' in shown) ? null : shown;
  const headerAt = shown && shown !== 'self' && 'clusterId' in shown ? shown.clusterId : null;

  // A lane longer than a screen is drawn a page at a time (`useBoardFill`); while find is open,
  // whole. A lane that drew a first page on the first screen draws `more`, to fill that screen.
  const [more, setMore] = useState(0);
  const limit = useBoardWindow((s) => drawnItems(s, boardKey, lane.key, firstPage)) + more;
  const { drawn, weight, rest } = useMemo(() => drawnPart(items, find?.active ? Infinity : limit), [items, limit, find?.active]);
  const nearRest = useNearView(() => useBoardWindow.getState().grow(boardKey, lane.key, PAGE));
  const fillRest = useFirstScreenFill(firstPage > 0 && firstPage !== Infinity, weight, rest, more, setMore);
  const restRef = useCallback(
    (node: HTMLLIElement | null) => {
      nearRest(node);
      fillRest(node);
    },
    [nearRest, fillRest],
  );

  // Focus asked for a sticky of this lane (after a move, or by find) lands once the sticky is drawn here.
  const focusWanted = useUi((s) => (s.focusTarget?.startsWith(`${lane.key}#`) ? s.focusTarget.slice(lane.key.length + 1) : null));
  useEffect(() => {
    if (!focusWanted) return;
    // The person has gone on to type elsewhere since: the focus stays with them.
    if (!focusRequestHolds()) return void useUi.getState().requestFocus(null);
    const card = section.current?.querySelector<HTMLElement>(`[data-sticky-id="${CSS.escape(focusWanted)}"]`);
    if (!card) {
      // Not drawn yet: the rest of the lane is drawn, and this runs again.
      if (rest > 0) useBoardWindow.getState().grow(boardKey, lane.key, rest);
      return;
    }
    focusAndReveal(card);
    useUi.getState().requestFocus(null);
  }, [focusWanted, drawn, rest, boardKey, lane.key]);

  const hidden = hiddenCounts.get(lane.key) ?? 0;
  const count = hidden + items.reduce((n, i) => n + (i.type === 'sticky' ? 1 : i.members.length), 0);
  // The facilitator sees everything, and is told what the room may not.
  const privateLane = lane.authorGroupId !== null && lane.kind !== 'parking' && !revealed.has(lane.authorGroupId);
  const headingId = `lane-${lane.key}`;
  return (
    <section
      ref={attach}
      className={`lane lane-${lane.kind}${over && shown === null ? ' drop-into' : ''}`}
      aria-labelledby={headingId}
      data-lane-key={lane.key}
      data-writable={writable}
      data-carry={carry}
      style={author ? { borderTopColor: author.colour } : undefined}
    >
      <header className="lane-header">
        {author && <GroupMark mark={author.mark} colour={author.colour} size={22} />}
        <h3 id={headingId}>
          <UserText>{title}</UserText>
        </h3>
        {/* Kept together: in a narrow lane they go under the title as one line. */}
        <span className="lane-facts">
          <span className="lane-kind">{kindLabel}</span>
          {viewer.kind === 'facilitator' && privateLane && <span className="lane-private">{t('reveal.private')}</span>}
          <span className="lane-count">
            <span aria-hidden="true">{count}</span>
            <span className="visually-hidden">{t('lanes.count', { count })}</span>
          </span>
        </span>
      </header>
      {hidden > 0 && (
        <p className="lane-hidden" role="note">
          {t('reveal.hiddenCount', { group: author?.name ?? '', count: hidden })}
        </p>
      )}
      {items.length === 0 ? (
        hidden === 0 && <p className="lane-empty">{t('lanes.empty')}</p>
      ) : (
        <ul className="stickies" aria-busy={rest > 0 || undefined}>
          {drawn.map((item) =>
            item.type === 'sticky' ? (
              <StickyCard key={item.id} sticky={item.sticky} lane={lane} showAuthor={lane.kind === 'parking'} dropZone={dropAt?.id === item.id ? dropAt.zone : null} />
            ) : (
              <ClusterBox key={item.id} cluster={item.cluster} members={item.members} lane={lane} headerOver={headerAt === item.id} dropAt={dropAt && places.get(dropAt.id)?.sticky.clusterId === item.id ? dropAt : null} />
            ),
          )}
          {/* The rest, not drawn yet: as tall as it will be, about; drawn when it comes near. */}
          {rest > 0 && <li key={`rest-${drawn.length}`} ref={restRef} className="stickies-rest" aria-hidden="true" style={{ blockSize: restBlockSize(rest) }} />}
        </ul>
      )}
      {/* A lane that draws nothing yet is below the first screen: its composer comes with its stickies. */}
      {writable && (drawn.length > 0 || rest === 0) && <Composer lane={lane} />}
    </section>
  );
});
