import { useLayoutEffect, type HTMLAttributes } from 'react';
import { useUi } from '../state';

/**
 * The backdrop of a modal dialog; it counts the dialog as shown while it is, before the screen is
 * painted, so that messages move to the top (`Notices`) and never cover its buttons. (A
 * `body:has(.dialog-backdrop)` rule said so in the style sheet, but Chromium checks a rule on the
 * body again after every change anywhere in the page: on a board of 1,000 stickies, ~1.5 ms of
 * every key typed.)
 */
export function DialogBackdrop({ children, onKeyDown, onClick }: Pick<HTMLAttributes<HTMLDivElement>, 'children' | 'onKeyDown' | 'onClick'>) {
  useLayoutEffect(() => {
    useUi.getState().dialogShown();
    return () => useUi.getState().dialogGone();
  }, []);
  return (
    <div className="dialog-backdrop" onKeyDown={onKeyDown} onClick={onClick}>
      {children}
    </div>
  );
}
