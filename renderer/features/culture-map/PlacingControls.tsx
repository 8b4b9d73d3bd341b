import { useId, type PointerEvent } from 'react';
import type { Group, GroupId } from '../../../shared/model';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';

export interface PlacingControlsProps {
  groups: readonly Group[];
  placer: Group;
  /** The facilitator chooses whose markers to place; a group places its own. */
  choosable: boolean;
  onChoose: (id: GroupId) => void;
  /** The placing group's markers not yet on the grid, the group itself first. */
  unplaced: readonly Group[];
  labelOf: (subject: Group) => string;
  draggingId: GroupId | null;
  onDragStart: (subjectId: GroupId, e: PointerEvent<HTMLElement>) => void;
  onPlaceCentre: (subjectId: GroupId) => void;
  hintId: string;
}

/** Whose markers are being placed, and the tray of those still to place. */
export function PlacingControls({ groups, placer, choosable, onChoose, unplaced, labelOf, draggingId, onDragStart, onPlaceCentre, hintId }: PlacingControlsProps) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="culture-controls">
      <div className="culture-placer">
        {choosable ? (
          <>
            <label htmlFor={`${id}-placer`}>{t('culture.placingFor')}</label>
            <GroupMark mark={placer.mark} colour={placer.colour} size={24} />
            <select id={`${id}-placer`} value={placer.id} onChange={(e) => onChoose(e.target.value as GroupId)}>
              {groups.map((g) => (
                <option key={g.id} value={g.id} dir="auto">
                  {g.name}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p>
            <GroupMark mark={placer.mark} colour={placer.colour} size={24} /> {t('culture.placingOwn', { group: placer.name })}
          </p>
        )}
      </div>
      <section className="culture-tray" aria-labelledby={`${id}-tray`}>
        <h3 id={`${id}-tray`}>{t('culture.trayTitle')}</h3>
        {unplaced.length === 0 ? (
          <p className="field-hint">{t('culture.trayDone')}</p>
        ) : (
          <ul className="culture-tray-list">
            {unplaced.map((g) => (
              <li key={g.id} className="culture-tray-item">
                <span
                  id={`${id}-chip-${g.id}`}
                  className={`culture-chip${draggingId === g.id ? ' dragging' : ''}`}
                  style={{ borderColor: placer.colour }}
                  data-subject={g.id}
                  onPointerDown={(e) => onDragStart(g.id, e)}
                >
                  <GroupMark mark={g.mark} colour={g.colour} size={28} />
                  <span>{labelOf(g)}</span>
                </span>
                <button type="button" aria-describedby={`${id}-chip-${g.id}`} onClick={() => onPlaceCentre(g.id)}>
                  {t('culture.placeCentre')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {unplaced.length > 0 && <p className="field-hint">{t('culture.trayHint')}</p>}
        <p className="field-hint" id={hintId}>
          {t('culture.moveHint')}
        </p>
      </section>
    </div>
  );
}
