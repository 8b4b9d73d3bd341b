import { HTML5Backend } from 'react-dnd-html5-backend';
import { TouchBackend } from 'react-dnd-touch-backend';
import { PointerTransition, TouchTransition, usePreview, type MultiBackendOptions } from 'react-dnd-multi-backend';
import type { StickyDragItem } from './dnd';

/** How long a finger rests on a sticky before it lifts: shorter, and scrolling a lane would drag. */
export const LONG_PRESS_MS = 350;

/**
 * Mouse drags use the browser's own drag and drop; fingers and pens use touch events, after a
 * long press, so that a swipe still scrolls a lane. The switch happens at the first touch or
 * pointer, with no setting.
 */
export const BOARD_BACKENDS: MultiBackendOptions = {
  backends: [
    { id: 'html5', backend: HTML5Backend, transition: PointerTransition },
    {
      id: 'touch',
      backend: TouchBackend,
      options: { delayTouchStart: LONG_PRESS_MS, ignoreContextMenu: true },
      preview: true,
      transition: TouchTransition,
    },
  ],
};

/** What follows the finger during a touch drag (the browser draws no drag image for touch). */
export function TouchDragPreview({ textOf }: { textOf: (item: StickyDragItem) => string | undefined }) {
  const preview = usePreview<StickyDragItem, HTMLDivElement>();
  if (!preview.display) return null;
  const { item, style, ref } = preview;
  return (
    <div className="sticky touch-preview" style={style} ref={ref} aria-hidden="true">
      <span className="sticky-text" dir="auto">
        {textOf(item)}
      </span>
    </div>
  );
}
