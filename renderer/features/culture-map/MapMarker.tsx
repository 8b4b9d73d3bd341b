import type { KeyboardEvent, PointerEvent, Ref } from 'react';
import type { Group } from '../../../shared/model';
import { GroupMark } from '../../ui/GroupMark';
import { toSvg, type Point } from './geometry';

const RING = 30;
const MARK = 38;
const LABEL_WIDTH = 440;
const LABEL_HEIGHT = 84;

export interface MapMarkerProps {
  subject: Group;
  by: Group;
  at: Point;
  /** What a screen reader hears: "Dev (by Ops)" and the quadrant. */
  name: string;
  /** To the facilitator, a marker the room cannot see yet. */
  hidden: boolean;
  /** The placing group's own marker: it can be dragged and moved with the keys. */
  movable: boolean;
  dragging: boolean;
  hintId?: string;
  focusRef?: Ref<SVGGElement>;
  onPointerDown?: (e: PointerEvent<SVGGElement>) => void;
  onKeyDown?: (e: KeyboardEvent<SVGGElement>) => void;
  onBlur?: () => void;
}

/**
 * One placement on the grid: the subject group's shape in its colour, ringed in the colour of
 * the group that placed it. Its label is drawn apart (MarkerLabel), beneath every marker, so that
 * a label never hides a marker close by.
 */
export function MapMarker({ subject, by, at, name, hidden, movable, dragging, hintId, focusRef, onPointerDown, onKeyDown, onBlur }: MapMarkerProps) {
  const { px, py } = toSvg(at);
  const self = subject.id === by.id;
  return (
    <g
      ref={focusRef}
      className={`culture-marker${movable ? ' movable' : ''}${dragging ? ' dragging' : ''}${hidden ? ' private' : ''}${self ? ' self' : ''}`}
      transform={`translate(${px} ${py})`}
      role={movable ? 'button' : 'img'}
      tabIndex={movable ? 0 : undefined}
      aria-label={name}
      aria-describedby={movable ? hintId : undefined}
      data-subject={subject.id}
      data-by={by.id}
      data-x={at.x}
      data-y={at.y}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <circle className="culture-focus-ring" r={RING + 10} />
      <circle className="culture-marker-ring" r={RING} stroke={by.colour} strokeDasharray={hidden ? '9 6' : undefined} />
      <g transform={`translate(${-MARK / 2} ${-MARK / 2})`}>
        <GroupMark mark={subject.mark} colour={subject.colour} size={MARK} />
      </g>
    </g>
  );
}

/** A marker's label: "Dev (by Ops)", HTML on a light box, readable over the quadrants' text. */
export function MarkerLabel({ at, label, privateLabel, dir }: { at: Point; label: string; privateLabel: string | null; dir: 'ltr' | 'rtl' }) {
  const { px, py } = toSvg(at);
  // Near the bottom edge the label goes above the marker, to stay inside the picture.
  const above = at.y < -0.75;
  return (
    <foreignObject x={px - LABEL_WIDTH / 2} y={above ? py - RING - 8 - LABEL_HEIGHT : py + RING + 8} width={LABEL_WIDTH} height={LABEL_HEIGHT} className="culture-marker-label-box">
      <div dir={dir} className={`culture-marker-label${above ? ' above' : ''}`}>
        <span className="culture-marker-tag">
          {label}
          {privateLabel && <span className="culture-marker-private">{privateLabel}</span>}
        </span>
      </div>
    </foreignObject>
  );
}
