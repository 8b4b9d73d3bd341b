/** Frames a focused element is watched for at most, and how many it must stay put on the screen. */
const WATCH_FRAMES = 30;
const STEADY_FRAMES = 5;

/**
 * Focuses an element of the board and keeps it on the screen. Stickies and rows out of view are
 * laid out only once they come into it (CSS `content-visibility`), at sizes that may differ from
 * the ones held for them, so what comes into view can push the element off the screen a frame or
 * two later: while it keeps the focus, it is brought back into view until it stays put.
 */
export function focusAndReveal(el: HTMLElement): void {
  el.focus();
  el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  let frames = 0;
  let steady = 0;
  let lastTop = NaN;
  const check = () => {
    if (!el.isConnected || document.activeElement !== el || ++frames > WATCH_FRAMES) return;
    const { top, bottom } = el.getBoundingClientRect();
    if (top >= 0 && bottom <= window.innerHeight) steady = top === lastTop ? steady + 1 : 1;
    else {
      steady = 0;
      el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    lastTop = top;
    if (steady < STEADY_FRAMES) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
