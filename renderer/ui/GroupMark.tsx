import type { GroupMark as Mark } from '../../shared/model';

const SHAPES: Record<Mark, string> = {
  circle: 'M10 2a8 8 0 1 0 0 16a8 8 0 1 0 0-16z',
  square: 'M3 3h14v14H3z',
  triangle: 'M10 2l8.5 15h-17z',
  diamond: 'M10 1.5l8.5 8.5l-8.5 8.5l-8.5-8.5z',
  star: 'M10 1.5l2.5 5.6l6.1.6l-4.6 4.1l1.3 6l-5.3-3.1l-5.3 3.1l1.3-6l-4.6-4.1l6.1-.6z',
  hexagon: 'M5.5 2.2h9l4.5 7.8l-4.5 7.8h-9l-4.5-7.8z',
};

/** A group's shape in its colour: the group stays recognisable without colour vision. */
export function GroupMark({ mark, colour, size = 16 }: { mark: Mark; colour: string; size?: number }) {
  return (
    <svg className="group-mark" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={SHAPES[mark]} fill={colour} stroke="#111827" strokeWidth="1" strokeLinejoin="round" />
    </svg>
  );
}
