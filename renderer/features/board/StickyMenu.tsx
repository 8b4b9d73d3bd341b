import { useState } from 'react';
import { LENSES, REQUIREMENT_TYPES, laneKeyOf, moveNeedsConfirmation, type Sticky } from '../../../shared/model';
import { deleteStickyAction, editStickyAction, moveStickyAction, perform } from '../../actions';
import { useBoard } from './context';
import { laneTitle } from './laneTitle';
import { LENS_LABELS, TYPE_LABELS } from './labels';
import { Menu, type MenuItem } from './Menu';

type Page = 'main' | 'move' | 'type' | 'lens';

/** Everything that can be done to a sticky without dragging it. */
export function StickyMenu({
  sticky,
  startPage = 'main',
  position,
  onEdit,
  onClose,
}: {
  sticky: Sticky;
  startPage?: Page;
  position?: { x: number; y: number };
  onEdit: () => void;
  onClose: () => void;
}) {
  const { workshopId, lanes, groups } = useBoard();
  const [page, setPage] = useState<Page>(startPage);
  const here = laneKeyOf(sticky);
  const close = (then: () => unknown) => () => {
    onClose();
    void then();
  };
  const back: MenuItem = { key: 'back', label: '← Back', onSelect: () => setPage('main') };

  let items: MenuItem[];
  if (page === 'move') {
    items = [
      ...lanes
        .filter((l) => l.key !== here)
        .map((lane) => ({
          key: lane.key,
          label: (
            <>
              {laneTitle(lane, groups).title}
              {moveNeedsConfirmation(sticky, lane) && <span className="menu-note"> · changes the author</span>}
            </>
          ),
          onSelect: close(() => perform(moveStickyAction, { workshopId, id: sticky.id, target: { lane, clusterId: null, beforeId: null } })),
        })),
      back,
    ];
  } else if (page === 'type') {
    items = [
      ...REQUIREMENT_TYPES.map((t) => ({
        key: t,
        label: `${sticky.requirementType === t ? '✓ ' : ''}${TYPE_LABELS[t]}`,
        onSelect: close(() => perform(editStickyAction, { workshopId, id: sticky.id, patch: { requirementType: t } })),
      })),
      back,
    ];
  } else if (page === 'lens') {
    items = [
      ...LENSES.map((l) => ({
        key: l,
        label: `${sticky.lens === l ? '✓ ' : ''}${LENS_LABELS[l]}`,
        onSelect: close(() => perform(editStickyAction, { workshopId, id: sticky.id, patch: { lens: l } })),
      })),
      { key: 'none', label: `${sticky.lens === null ? '✓ ' : ''}No lens`, onSelect: close(() => perform(editStickyAction, { workshopId, id: sticky.id, patch: { lens: null } })) },
      back,
    ];
  } else {
    const lane = lanes.find((l) => l.key === here);
    items = [
      { key: 'edit', label: 'Edit', onSelect: close(onEdit) },
      { key: 'move', label: 'Move to…', onSelect: () => setPage('move') },
      ...(sticky.kind === 'requirement'
        ? [
            { key: 'type', label: 'Type…', onSelect: () => setPage('type') },
            { key: 'lens', label: 'Lens…', onSelect: () => setPage('lens') },
          ]
        : []),
      ...(sticky.clusterId && lane
        ? [
            {
              key: 'ungroup',
              label: 'Take out of the cluster',
              onSelect: close(() => perform(moveStickyAction, { workshopId, id: sticky.id, target: { lane, clusterId: null, beforeId: null } })),
            },
          ]
        : []),
      { key: 'delete', label: 'Delete', onSelect: close(() => perform(deleteStickyAction, { workshopId, id: sticky.id })) },
    ];
  }
  return <Menu key={page} label={page === 'move' ? 'Move to' : 'Sticky'} items={items} onClose={onClose} position={position} />;
}
