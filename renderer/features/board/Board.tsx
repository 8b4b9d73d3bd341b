import { useMemo } from 'react';
import { DndProvider } from 'react-dnd';
import { HTML5Backend } from 'react-dnd-html5-backend';
import { itemsByLane } from '../../../shared/board';
import { LANE_KINDS, deriveLanes, type WorkshopBundle } from '../../../shared/model';
import { useUi } from '../../state';
import { BoardContext, type BoardContextValue } from './context';
import { LaneColumn } from './LaneColumn';
import { ROW_KEYS } from './labels';
import { useT } from '../../i18n';


/** The mirror board: every lane at once, each kind a row, each pair of groups side by side. */
export function Board({ bundle }: { bundle: WorkshopBundle }) {
  const zoom = useUi((s) => s.zoom);
  const { t } = useT();
  const { workshop, groups, stickies, clusters } = bundle;
  const context = useMemo<BoardContextValue>(() => {
    const lanes = deriveLanes(groups, workshop.settings);
    return { workshopId: workshop.id, lanes, laneByKey: new Map(lanes.map((l) => [l.key, l])), groups: new Map(groups.map((g) => [g.id as string, g])) };
  }, [workshop.id, workshop.settings, groups]);
  const items = useMemo(() => itemsByLane({ stickies, clusters }), [stickies, clusters]);
  const columns = Math.min(groups.length * (groups.length - 1), 4);

  return (
    <BoardContext.Provider value={context}>
      <DndProvider backend={HTML5Backend}>
        <div className="mirror" style={{ ['--zoom' as string]: String(zoom), ['--columns' as string]: String(columns) }}>
          {LANE_KINDS.map((kind) => {
            const lanes = context.lanes.filter((l) => l.kind === kind);
            if (lanes.length === 0) return null;
            return (
              <div key={kind} className={`lane-row lane-row-${kind}`} role="group" aria-label={t(ROW_KEYS[kind])}>
                {lanes.map((lane) => (
                  <LaneColumn key={lane.key} lane={lane} items={items.get(lane.key) ?? []} />
                ))}
              </div>
            );
          })}
        </div>
      </DndProvider>
    </BoardContext.Provider>
  );
}
