import { RangeSet, type ObservabilitySet } from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_GAP_MS, POSTS_CHANNEL, RUN_GAP_MS, onWrites, tellWrite } from '../../renderer/db/write-notices';

const STICKIES = 'idb://outmodel/stickies/';
const posted = (id: string): ObservabilitySet => ({ [STICKIES]: new RangeSet().addKey(id) });

/** The keys a notice names in the stickies' part, in order. */
function keysOf(parts: ObservabilitySet): string[] {
  const out: string[] = [];
  const walk = (node: { from?: unknown; to?: unknown; l?: unknown; r?: unknown } | undefined | null) => {
    if (!node || !('from' in node)) return;
    walk(node.l as typeof node);
    out.push(String(node.from));
    walk(node.r as typeof node);
  };
  walk(parts[STICKIES] as never);
  return out;
}

/** Another window of the app, on its channel: each notice it receives, in order. */
function otherWindow() {
  const channel = new BroadcastChannel(POSTS_CHANNEL);
  const received: ObservabilitySet[] = [];
  let waiting: ((parts: ObservabilitySet) => void) | null = null;
  channel.onmessage = (event: MessageEvent<ObservabilitySet>) => {
    received.push(event.data);
    waiting?.(event.data);
    waiting = null;
  };
  return {
    received,
    /** The next notice it receives (a channel delivers in order). */
    next: () => new Promise<ObservabilitySet>((resolve) => (waiting = resolve)),
    post: (parts: ObservabilitySet) => channel.postMessage(parts),
    close: () => channel.close(),
  };
}

describe("the notices of this window's posts", () => {
  let other: ReturnType<typeof otherWindow>;
  let heard: string[];
  let stop: () => void;

  // One clock for every test: what was last sent is measured on it.
  beforeAll(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterAll(() => void vi.useRealTimers());

  beforeEach(() => {
    // A quiet moment: nothing sent for a while.
    vi.advanceTimersByTime(NOTICE_GAP_MS * 2);
    other = otherWindow();
    heard = [];
    stop = onWrites((parts) => heard.push(...keysOf(parts)));
  });

  afterEach(() => {
    stop();
    other.close();
  });

  /** A run begun: its first post told to the other window, its second waiting. */
  async function runBegun(first: string, second: string): Promise<void> {
    const told = other.next();
    tellWrite(posted(first));
    await told;
    vi.advanceTimersByTime(RUN_GAP_MS / 2);
    tellWrite(posted(second));
  }

  it('tell this window at once of each, and the other windows of a run in one notice after the first', async () => {
    const first = other.next();
    tellWrite(posted('sticky:1'));
    expect(heard).toEqual(['sticky:1']);
    // The first of a run goes at once.
    expect(keysOf(await first)).toEqual(['sticky:1']);

    // The run's next posts, each within a moment of the one before.
    for (const id of ['sticky:2', 'sticky:3', 'sticky:4']) {
      vi.advanceTimersByTime(RUN_GAP_MS / 2);
      tellWrite(posted(id));
    }
    expect(heard).toEqual(['sticky:1', 'sticky:2', 'sticky:3', 'sticky:4']);
    // They go together, once the run's gap is over: one notice naming every sticky.
    const rest = other.next();
    vi.advanceTimersByTime(NOTICE_GAP_MS);
    expect(keysOf(await rest)).toEqual(['sticky:2', 'sticky:3', 'sticky:4']);
    expect(other.received).toHaveLength(2);
  });

  it('tell the other windows at once of a post after a pause, with what of the run before it is still waiting', async () => {
    await runBegun('sticky:x', 'sticky:y');
    // One change at a time (a person posting, as the room's screen shows it): each goes at once.
    vi.advanceTimersByTime(RUN_GAP_MS);
    const next = other.next();
    tellWrite(posted('sticky:z'));
    expect(keysOf(await next)).toEqual(['sticky:y', 'sticky:z']);
    vi.advanceTimersByTime(RUN_GAP_MS);
    const last = other.next();
    tellWrite(posted('sticky:w'));
    expect(keysOf(await last)).toEqual(['sticky:w']);
    expect(other.received).toHaveLength(3);
  });

  it('tell the other windows of a run that goes on at least once a gap, not only once it stops', async () => {
    const id = (i: number) => `sticky:${String(i).padStart(2, '0')}`;
    tellWrite(posted(id(0)));
    for (let i = 1; i <= 30; i++) {
      vi.advanceTimersByTime(RUN_GAP_MS / 2);
      tellWrite(posted(id(i)));
    }
    const notices: string[][] = [];
    for (let n = 0; n < 3; n++) notices.push(keysOf(await other.next()));
    const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => id(from + k));
    // The first at once; then what came within each gap, once the gap was over.
    expect(notices).toEqual([ids(0, 0), ids(1, 10), ids(11, 20)]);
  });

  it('tell the other windows of every post at once while this window is hidden, and send what waits as it is hidden', async () => {
    await runBegun('sticky:h1', 'sticky:h2');
    // Hidden as a minimised window is (the page's own value, over the document's).
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const waiting = other.next();
      document.dispatchEvent(new Event('visibilitychange'));
      expect(keysOf(await waiting)).toEqual(['sticky:h2']);
      // Hidden, its timers may be held back for a second or more: nothing waits for them.
      const next = other.next();
      vi.advanceTimersByTime(RUN_GAP_MS / 2);
      tellWrite(posted('sticky:h3'));
      expect(keysOf(await next)).toEqual(['sticky:h3']);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).toBe('visible');
  });

  it('are sent at once, whatever is waiting, when the window goes away', async () => {
    await runBegun('sticky:a', 'sticky:b');
    const last = other.next();
    dispatchEvent(new Event('pagehide'));
    expect(keysOf(await last)).toEqual(['sticky:b']);
  });

  it('from another window are heard here as they come', async () => {
    const arrived = new Promise<void>((resolve) => {
      const done = onWrites(() => {
        done();
        resolve();
      });
    });
    other.post(posted('sticky:elsewhere'));
    await arrived;
    expect(heard).toEqual(['sticky:elsewhere']);
  });

  it('keep telling the others when a listener here fails', async () => {
    const reported = vi.fn();
    const reportError = globalThis.reportError;
    globalThis.reportError = reported;
    // The failing listener hears first; the one after it still hears.
    stop();
    const failing = onWrites(() => {
      throw new Error('A listener that fails');
    });
    stop = onWrites((parts) => heard.push(...keysOf(parts)));
    try {
      const sent = other.next();
      tellWrite(posted('sticky:still'));
      expect(keysOf(await sent)).toEqual(['sticky:still']);
      expect(heard).toEqual(['sticky:still']);
      expect(reported).toHaveBeenCalledWith(expect.objectContaining({ message: 'A listener that fails' }));
    } finally {
      failing();
      globalThis.reportError = reportError;
    }
  });
});
