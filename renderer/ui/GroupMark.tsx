import type { GroupMark as Mark } from '../../shared/model';
import { MARK_SHAPES as SHAPES } from '../../shared/model/mark-shapes';


/** A group's shape in its colour: the group stays recognisable without colour vision. */
export function GroupMark({ mark, colour, size = 16 }: { mark: Mark; colour: string; size?: number }) {
  return (
    <svg className="group-mark" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={SHAPES[mark]} fill={colour} stroke="#111827" strokeWidth="1" strokeLinejoin="round" />
    </svg>
  );
}
