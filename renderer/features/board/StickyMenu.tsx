import { useState } from 'react';
import { LENSES, REQUIREMENT_TYPES, laneKeyOf, moveNeedsConfirmation, type Sticky } from '../../../shared/model';
import { deleteStickyAction, editStickyAction, moveStickyAction, perform } from '../../actions';
import { useBoard } from './context';
import { laneTitle } from './laneTitle';
import { LENS_KEYS, TYPE_KEYS } from './labels';
import { useT } from '../../i18n';
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
  const { t } = useT();
  const [page, setPage] = useState<Page>(startPage);
  const here = laneKeyOf(sticky);
  const close = (then: () => unknown) => () => {
    onClose();
    void then();
  };
  const back: MenuItem = { key: 'back', label: t('menu.back'), onSelect: () => setPage('main') };

  let items: MenuItem[];
  if (page === 'move') {
    items = [
      ...lanes
        .filter((l) => l.key !== here)
        .map((lane) => ({
          key: lane.key,
          label: (
            <>
              {laneTitle(lane, groups, t).title}
              {moveNeedsConfirmation(sticky, lane) && <span className="menu-note">{t('menu.changesAuthor')}</span>}
            </>
          ),
          onSelect: close(() => perform(moveStickyAction, { workshopId, id: sticky.id, target: { lane, clusterId: null, beforeId: null } })),
        })),
      back,
    ];
  } else if (page === 'type') {
    items = [
      ...REQUIREMENT_TYPES.map((type) => ({
        key: type,
        label: `${sticky.requirementType === type ? '✓ ' : ''}${t(TYPE_KEYS[type])}`,
        onSelect: close(() => perform(editStickyAction, { workshopId, id: sticky.id, patch: { requirementType: type } })),
      })),
      back,
    ];
  } else if (page === 'lens') {
    items = [
      ...LENSES.map((l) => ({
        key: l,
        label: `${sticky.lens === l ? '✓ ' : ''}${t(LENS_KEYS[l])}`,
        onSelect: close(() => perform(editStickyAction, { workshopId, id: sticky.id, patch: { lens: l } })),
      })),
      { key: 'none', label: `${sticky.lens === null ? '✓ ' : ''}${t('board.noLens')}`, onSelect: close(() => perform(editStickyAction, { workshopId, id: sticky.id, patch: { lens: null } })) },
      back,
    ];
  } else {
    const lane = lanes.find((l) => l.key === here);
    items = [
      { key: 'edit', label: t('menu.edit'), onSelect: close(onEdit) },
      { key: 'move', label: t('menu.moveToEllipsis'), onSelect: () => setPage('move') },
      ...(sticky.kind === 'requirement'
        ? [
            { key: 'type', label: t('menu.type'), onSelect: () => setPage('type') },
            { key: 'lens', label: t('menu.lens'), onSelect: () => setPage('lens') },
          ]
        : []),
      ...(sticky.clusterId && lane
        ? [
            {
              key: 'ungroup',
              label: t('menu.takeOut'),
              onSelect: close(() => perform(moveStickyAction, { workshopId, id: sticky.id, target: { lane, clusterId: null, beforeId: null } })),
            },
          ]
        : []),
      { key: 'delete', label: t('menu.delete'), onSelect: close(() => perform(deleteStickyAction, { workshopId, id: sticky.id })) },
    ];
  }
  return <Menu key={page} label={page === 'move' ? t('menu.moveTo') : t('menu.sticky')} items={items} onClose={onClose} position={position} />;
}
