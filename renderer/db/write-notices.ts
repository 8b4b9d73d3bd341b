import Dexie, { type ObservabilitySet } from 'dexie';

/*
 * Every write this window hears of, in Dexie's words (the keys written, per table and index), for
 * the app's own listeners: the live workshop, the reads kept live by their tables, the lanes' memory.
 * - Dexie's: this window's writes through Dexie, and every other window's (Dexie sends them over
 *   its own channel, one message a write).
 * - The posts written in IndexedDB itself (`appendToLanes`): this window's at once (`tellWrite`),
 *   another window's over the app's channel below.
 *
 * The other windows (the room's screen, a group's window) are told of a run of this window's posts
 * (each within `RUN_GAP_MS` of the one before: a room of phones posting at once)
 * together: its first post at once, then whatever followed it at most once every `NOTICE_GAP_MS`,
 * in one notice. A post after a pause is told at once (with what of a run before it is not sent
 * yet), so one change at a time reaches the room's screen as soon as it did. A hidden window (its
 * timers held back, a second or more) tells every post at once, and what waits is sent as the
 * window is hidden, frozen or goes away. One message a post cost both this page and the browser,
 * which passes every message on, ~0.1 ms a post of a run (docs/performance.md, Write); each window
 * reads again the records a notice names, so one notice naming a run's stickies serves as well as
 * one a sticky.
 */

/** A post within this many ms of the one before is one of a run. */
export const RUN_GAP_MS = 10;
/** How long the posts of a run wait to be told to the other windows, at most, in ms. */
export const NOTICE_GAP_MS = 50;
/** The app's channel between its windows for the posts each writes in IndexedDB itself. */
export const POSTS_CHANNEL = 'outmodel-posts';

type Listener = (parts: ObservabilitySet) => void;
const listeners = new Set<Listener>();

/** Calls `listener` with every write this window hears of; returns what stops it. */
export function onWrites(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tells every listener; one that fails does not keep the others from hearing (it is reported as an uncaught error is). */
function hear(parts: ObservabilitySet): void {
  for (const listener of [...listeners]) {
    try {
      listener(parts);
    } catch (error) {
      globalThis.reportError?.(error);
    }
  }
}

Dexie.on.storagemutated.subscribe(hear);

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(POSTS_CHANNEL) : null;
if (channel) {
  // Only the app's own windows share its channel; what they send is a write report, or nothing to hear.
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'object' && event.data !== null) hear(event.data as ObservabilitySet);
  };
  // A channel does not keep a process alive on its own (Node's, in the tests).
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
}

/** What this window wrote and has not sent to the others yet, merged. */
let unsent: ObservabilitySet | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
/** When the last post was told (`performance.now()`). */
let toldAt = -Infinity;

function sendUnsent(): void {
  clearTimeout(timer);
  timer = undefined;
  const parts = unsent;
  unsent = null;
  if (parts) channel?.postMessage(parts);
}

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Tells of a write this window made in IndexedDB itself: this window's listeners at once, the
 * other windows at once, or within `NOTICE_GAP_MS` for a post of a run (above).
 */
export function tellWrite(parts: ObservabilitySet): void {
  hear(parts);
  if (!channel) return;
  const now = performance.now();
  const ofRun = now - toldAt < RUN_GAP_MS;
  toldAt = now;
  if (ofRun && !hidden()) {
    // Merged into a copy: the listeners here may keep the object they heard.
    unsent = Dexie.extendObservabilitySet(unsent ?? {}, parts);
    timer ??= setTimeout(sendUnsent, NOTICE_GAP_MS);
  } else if (unsent) {
    Dexie.extendObservabilitySet(unsent, parts);
    sendUnsent();
  } else channel.postMessage(parts);
}

if (typeof document !== 'undefined') {
  addEventListener('pagehide', sendUnsent);
  document.addEventListener('visibilitychange', () => hidden() && sendUnsent());
  document.addEventListener('freeze', sendUnsent);
}
