/** Frames a focused element is watched for at most, and how many it must stay put on the screen. */
const WATCH_FRAMES = 30;
const STEADY_FRAMES = 5;
/** What a person does to scroll or move on: the watch stops, and the page is theirs. */
const TAKEN_BACK_BY = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * Focuses an element of the board and keeps it on the screen. Rows of lanes out of view are laid
 * out only once they come into it (CSS `content-visibility`), at sizes that may differ from the
 * ones held for them, and the rest of a long lane is drawn as it comes near, so what comes into
 * view can push the element off the screen a frame or two later: while it keeps the focus, and
 * until the person scrolls or presses a key, it is brought back into view until it stays put.
 */
export function focusAndReveal(el: HTMLElement): void {
  el.focus();
  el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  let frames = 0;
  let steady = 0;
  let lastTop = NaN;
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const type of TAKEN_BACK_BY) window.removeEventListener(type, stop, true);
  };
  for (const type of TAKEN_BACK_BY) window.addEventListener(type, stop, { capture: true, passive: true });
  const check = () => {
    if (stopped) return;
    if (!el.isConnected || document.activeElement !== el || ++frames > WATCH_FRAMES) return stop();
    const { top, bottom } = el.getBoundingClientRect();
    if (top >= 0 && bottom <= window.innerHeight) steady = top === lastTop ? steady + 1 : 1;
    else {
      steady = 0;
      el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    lastTop = top;
    if (steady < STEADY_FRAMES) requestAnimationFrame(check);
    else stop();
  };
  requestAnimationFrame(check);
}
