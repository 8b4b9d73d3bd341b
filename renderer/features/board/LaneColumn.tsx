import { memo, useCallback } from 'react';
import { useDrop } from 'react-dnd';
import type { LaneItem } from '../../../shared/board';
import type { Lane } from '../../../shared/model';
import { moveStickyAction, perform } from '../../actions';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { ClusterBox } from './ClusterBox';
import { Composer } from './Composer';
import { useBoard } from './context';
import { STICKY, type StickyDragItem } from './dnd';
import { laneTitle } from './laneTitle';
import { StickyCard } from './StickyCard';
import { useT } from '../../i18n';
import { carryMark, useKeyboard } from '../../state/carry';

/** One lane: its header in the author group's colour and mark, its stickies and clusters, and its composer. */
export const LaneColumn = memo(function LaneColumn({ lane, items }: { lane: Lane; items: readonly LaneItem[] }) {
  const { workshopId, groups, viewer, revealed, hiddenCounts, canWrite } = useBoard();
  const writable = canWrite(lane);
  const carry = useKeyboard((s) => carryMark(s, lane.key));
  const { t } = useT();
  const author = lane.authorGroupId ? groups.get(lane.authorGroupId) : undefined;
  const { title, kindLabel } = laneTitle(lane, groups, t);
  // Dropping on the lane itself (not on a sticky or a cluster) puts the sticky at its end, out of any cluster.
  const [{ over }, drop] = useDrop<StickyDragItem, { handled: true } | undefined, { over: boolean }>(
    () => ({
      accept: STICKY,
      canDrop: () => writable,
      drop: (item, monitor) => {
        if (monitor.didDrop()) return undefined;
        void perform(moveStickyAction, { workshopId, id: item.id, target: { lane, clusterId: null, beforeId: null } });
        return { handled: true };
      },
      collect: (m) => ({ over: m.isOver({ shallow: true }) && m.canDrop() }),
    }),
    [lane, workshopId, writable],
  );
  const attach = useCallback((node: HTMLElement | null) => void drop(node), [drop]);
  const hidden = hiddenCounts.get(lane.key) ?? 0;
  const count = hidden + items.reduce((n, i) => n + (i.type === 'sticky' ? 1 : i.members.length), 0);
  // The facilitator sees everything, and is told what the room may not.
  const privateLane = lane.authorGroupId !== null && lane.kind !== 'parking' && !revealed.has(lane.authorGroupId);
  const headingId = `lane-${lane.key}`;
  return (
    <section
      ref={attach}
      className={`lane lane-${lane.kind}${over ? ' drop-into' : ''}`}
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
        <span className="lane-kind">{kindLabel}</span>
        {viewer.kind === 'facilitator' && privateLane && <span className="lane-private">{t('reveal.private')}</span>}
        <span className="lane-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('lanes.count', { count })}</span>
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
        <ul className="stickies">
          {items.map((item, i) =>
            item.type === 'sticky' ? (
              <StickyCard key={item.id} sticky={item.sticky} lane={lane} nextId={items[i + 1]?.id ?? null} showAuthor={lane.kind === 'parking'} />
            ) : (
              <ClusterBox key={item.id} cluster={item.cluster} members={item.members} lane={lane} />
            ),
          )}
        </ul>
      )}
      {writable && <Composer lane={lane} />}
    </section>
  );
});
