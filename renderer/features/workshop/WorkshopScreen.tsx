import { useMemo } from 'react';
import { LANE_KINDS, deriveLanes, laneKeyOf, type Sticky, type WorkshopId } from '../../../shared/model';
import { byOrder } from '../../../shared/lib/order';
import { useWorkshopBundle } from '../../db';
import { hrefFor } from '../../app/route';
import { redoAction, undoAction } from '../../actions';
import { UndoRedoButtons } from '../history';
import { UserText } from '../../ui/UserText';
import { formatWorkshopDate } from '../../ui/dates';
import { LaneView } from './LaneView';

/** An open workshop: its lanes, derived from its groups, with their stickies. */
export function WorkshopScreen({ id }: { id: WorkshopId }) {
  const bundle = useWorkshopBundle(id);
  const view = useMemo(() => {
    if (!bundle) return undefined;
    const lanes = deriveLanes(bundle.groups, bundle.workshop.settings);
    const byLane = new Map<string, Sticky[]>();
    for (const s of byOrder(bundle.stickies)) byLane.set(laneKeyOf(s), [...(byLane.get(laneKeyOf(s)) ?? []), s]);
    return { lanes, byLane, groups: new Map(bundle.groups.map((g) => [g.id as string, g])) };
  }, [bundle]);

  if (bundle === null) {
    return (
      <div className="screen">
        <p className="empty">
          This workshop no longer exists. <a href={hrefFor({ name: 'library' })}>Back to the library</a>
        </p>
      </div>
    );
  }
  if (!bundle || !view) return <p className="loading">Opening…</p>;
  const { workshop } = bundle;
  return (
    <div className="screen workshop">
      <header className="app-header">
        <a className="back" href={hrefFor({ name: 'library' })}>
          ← Library
        </a>
        <h1>
          <UserText>{workshop.title}</UserText>
        </h1>
        <p className="workshop-meta">
          {formatWorkshopDate(workshop.date)}
          {workshop.location && (
            <>
              {' · '}
              <UserText>{workshop.location}</UserText>
            </>
          )}
        </p>
        <div className="header-actions">
          <UndoRedoButtons undo={undoAction} redo={redoAction} />
          <a className="button" href={hrefFor({ name: 'details', id })}>
            Edit details
          </a>
        </div>
      </header>
      <main className="mirror">
        {LANE_KINDS.map((kind) => {
          const lanes = view.lanes.filter((l) => l.kind === kind);
          if (lanes.length === 0) return null;
          // The mirror: each kind is one row, its lanes side by side (Dev about Ops beside Ops about Dev).
          return (
            <div key={kind} className={`lane-row lane-row-${kind}`} style={{ gridTemplateColumns: `repeat(${Math.min(lanes.length, 4)}, minmax(0, 1fr))` }}>
              {lanes.map((lane) => (
                <LaneView key={lane.key} lane={lane} stickies={view.byLane.get(lane.key) ?? []} groups={view.groups} />
              ))}
            </div>
          );
        })}
      </main>
    </div>
  );
}
