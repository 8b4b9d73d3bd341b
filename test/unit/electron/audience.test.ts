import type { BrowserWindow as ElectronWindow, Screen } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { AudienceWindows, audienceUrl } from '../../../electron/main/audience';
import { displaySetKey } from '../../../electron/main/displays';
import { secureWebPreferences } from '../../../electron/main/security';
import type { AudienceEvent, AudienceState } from '../../../shared/ipc';
import { BrowserWindow, app, fakeDisplay, reset, screen } from '../../fakes/electron';
import { englishText } from './menu-text';

const PRELOAD = '/opt/Outmodel/resources/app.asar/dist-electron/preload.cjs';
const WORKSHOP = 'workshop:abc-123';

const laptop = fakeDisplay({ id: 10, width: 1440, height: 900, internal: true });
const projector = fakeDisplay({ id: 20, x: 1440, width: 1920, height: 1080 });
const monitor = fakeDisplay({ id: 30, x: -2560, width: 2560, height: 1440 });

/** An in-memory DisplayMemory that records what it was asked to remember. */
class MemoryDouble {
  readonly choices = new Map<string, number>();
  readonly remembered: Array<[string, number]> = [];
  recall(key: string): number | undefined {
    return this.choices.get(key);
  }
  async remember(key: string, displayId: number): Promise<void> {
    this.choices.set(key, displayId);
    this.remembered.push([key, displayId]);
  }
}

let memory: MemoryDouble;
let events: AudienceEvent[];
let states: AudienceState[];
let loadFailures: unknown[];

function audience(): AudienceWindows {
  return new AudienceWindows({
    screen: screen as unknown as Screen,
    createWindow: (options) => new BrowserWindow(options) as unknown as ElectronWindow,
    preloadPath: PRELOAD,
    memory,
    notify: (event) => events.push(event),
    text: englishText,
    onChange: (state) => states.push(state),
    onLoadFailed: (error) => loadFailures.push(error),
  });
}

function onlyWindow() {
  const windows = BrowserWindow.getAllWindows();
  expect(windows).toHaveLength(1);
  return windows[0]!;
}

beforeEach(() => {
  reset();
  app.markReady();
  memory = new MemoryDouble();
  events = [];
  states = [];
  loadFailures = [];
  screen.setDisplays([laptop, projector]);
});

describe('opening the room’s window', () => {
  it('goes full screen on the first display that is not the primary', async () => {
    const state = await audience().open({ workshopId: WORKSHOP, displayId: null });
    expect(state).toEqual({ open: true, displayId: 20, fullScreen: true });
    const window = onlyWindow();
    expect(window.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true, show: false });
    expect(window.isFullScreen()).toBe(true);
    expect(events).toEqual([{ kind: 'opened', state }]);
    expect(states).toEqual([state]);
  });

  it('is a normal window on the primary when there is a single display', async () => {
    screen.setDisplays([laptop]);
    const state = await audience().open({ workshopId: WORKSHOP, displayId: null });
    expect(state).toEqual({ open: true, displayId: 10, fullScreen: false });
    const window = onlyWindow();
    expect(window.options.fullscreen).toBe(false);
    expect(window.isFullScreen()).toBe(false);
    const { x, y, width, height } = window.getBounds();
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(40);
    expect(x + width).toBeLessThanOrEqual(1440);
    expect(y + height).toBeLessThanOrEqual(900);
  });

  it('loads the audience role of the same renderer, from the app’s origin, with the secure preferences', async () => {
    await audience().open({ workshopId: WORKSHOP, displayId: null });
    const window = onlyWindow();
    expect(audienceUrl(WORKSHOP)).toBe('app://outmodel/index.html?role=audience#/workshop/workshop%3Aabc-123');
    expect(window.loadedUrls).toEqual([audienceUrl(WORKSHOP)]);
    expect(window.options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
    expect(window.options.title).toBe('The room’s screen – Outmodel');
    expect(window.options.autoHideMenuBar).toBe(true);
  });

  it('shows itself once painted, without taking the focus from the facilitator', async () => {
    await audience().open({ workshopId: WORKSHOP, displayId: null });
    const window = onlyWindow();
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
    expect(window.focusCount).toBe(0);
  });

  it('reports a page that does not load', async () => {
    const failure = new Error('ERR_FAILED');
    BrowserWindow.failNextLoad(failure);
    await audience().open({ workshopId: WORKSHOP, displayId: null });
    await onlyWindow().lastLoad?.catch(() => undefined);
    expect(loadFailures).toEqual([failure]);
  });

  it('never opens a second window', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    expect(BrowserWindow.created).toHaveLength(1);
    expect(events.map((event) => event.kind)).toEqual(['opened']);
  });

  it('shows another workshop in the same window', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    await windows.open({ workshopId: 'workshop:other', displayId: null });
    expect(BrowserWindow.created).toHaveLength(1);
    expect(onlyWindow().loadedUrls).toEqual([audienceUrl(WORKSHOP), audienceUrl('workshop:other')]);
  });
});

describe('choosing the display', () => {
  it('moves the open window to the display asked for', async () => {
    screen.setDisplays([laptop, projector, monitor]);
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    const state = await windows.open({ workshopId: WORKSHOP, displayId: 30 });
    expect(state).toEqual({ open: true, displayId: 30, fullScreen: true });
    const window = onlyWindow();
    expect(window.getBounds()).toEqual(monitor.bounds);
    expect(window.isFullScreen()).toBe(true);
    expect(events).toEqual([
      { kind: 'opened', state: { open: true, displayId: 20, fullScreen: true } },
      { kind: 'moved', state },
    ]);
  });

  it('moves to the primary as a normal window', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    const state = await windows.open({ workshopId: WORKSHOP, displayId: 10 });
    expect(state).toEqual({ open: true, displayId: 10, fullScreen: false });
    const window = onlyWindow();
    expect(window.isFullScreen()).toBe(false);
    expect(window.getBounds().x + window.getBounds().width).toBeLessThanOrEqual(1440);
  });

  it('remembers the display chosen for this set of displays, and only a chosen one', async () => {
    screen.setDisplays([laptop, projector, monitor]);
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    expect(memory.remembered).toEqual([]);
    await windows.open({ workshopId: WORKSHOP, displayId: 30 });
    expect(memory.remembered).toEqual([[displaySetKey([laptop, projector, monitor]), 30]]);
  });

  it('opens on the remembered display the next time the same displays are connected', async () => {
    screen.setDisplays([laptop, projector, monitor]);
    const first = audience();
    await first.open({ workshopId: WORKSHOP, displayId: 30 });
    first.close();
    first.dispose();

    const state = await audience().open({ workshopId: WORKSHOP, displayId: null });
    expect(state.displayId).toBe(30);
  });

  it('falls back to the default with another set of displays', async () => {
    screen.setDisplays([laptop, projector, monitor]);
    const first = audience();
    await first.open({ workshopId: WORKSHOP, displayId: 30 });
    first.close();
    first.dispose();

    screen.setDisplays([laptop, projector]);
    expect((await audience().open({ workshopId: WORKSHOP, displayId: null })).displayId).toBe(20);
  });

  it('follows the window when the person leaves full screen and drags it elsewhere', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    const window = onlyWindow();
    window.setFullScreen(false);
    window.setBounds({ x: 100, y: 100, width: 800, height: 600 });
    expect(windows.state()).toEqual({ open: true, displayId: 10, fullScreen: false });
    // Unplugging the projector now leaves it alone: it is on the laptop's screen.
    screen.removeDisplay(20);
    expect(windows.isOpen()).toBe(true);
  });

  it('follows a normal window the facilitator drags to another display', async () => {
    screen.setDisplays([laptop]);
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    screen.setDisplays([laptop, projector], 10);
    onlyWindow().setBounds({ x: 1600, y: 100 });
    expect(windows.state()).toEqual({ open: true, displayId: 20, fullScreen: false });
    expect(events.at(-1)).toEqual({ kind: 'moved', state: windows.state() });
  });
});

describe('displays coming and going', () => {
  it('closes the window and tells the facilitator when its display is unplugged', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    const window = onlyWindow();
    screen.removeDisplay(20);
    expect(window.isDestroyed()).toBe(true);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
    expect(windows.state()).toEqual({ open: false, displayId: null, fullScreen: false });
    expect(events.at(-1)).toEqual({ kind: 'closed', reason: 'display-removed' });
    expect(states.at(-1)).toEqual({ open: false, displayId: null, fullScreen: false });
  });

  it('stays open when another display is unplugged', async () => {
    screen.setDisplays([laptop, projector, monitor]);
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    screen.removeDisplay(30);
    expect(windows.isOpen()).toBe(true);
    expect(events.map((event) => event.kind)).toEqual(['opened']);
  });

  it('opens nothing when a display is plugged in', async () => {
    screen.setDisplays([laptop]);
    audience();
    screen.addDisplay(projector);
    expect(BrowserWindow.created).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it('opens on a display plugged in since, when asked again', async () => {
    screen.setDisplays([laptop]);
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    screen.addDisplay(projector);
    expect(windows.listDisplays().map((display) => display.id)).toEqual([10, 20]);
    expect(await windows.open({ workshopId: WORKSHOP, displayId: 20 })).toEqual({ open: true, displayId: 20, fullScreen: true });
  });

  it('can be opened again after its display came back', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    screen.removeDisplay(20);
    screen.addDisplay(projector);
    expect(await windows.open({ workshopId: WORKSHOP, displayId: null })).toEqual({ open: true, displayId: 20, fullScreen: true });
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('stops listening once disposed', () => {
    const windows = audience();
    expect(screen.listenerCount('display-removed')).toBe(1);
    windows.dispose();
    expect(screen.listenerCount('display-removed')).toBe(0);
  });
});

describe('closing the room’s window', () => {
  it('closes it and says it was closed', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    windows.close();
    expect(BrowserWindow.getAllWindows()).toEqual([]);
    expect(events.at(-1)).toEqual({ kind: 'closed', reason: 'closed' });
    expect(windows.isOpen()).toBe(false);
  });

  it('says so when the person closes it themselves', async () => {
    const windows = audience();
    await windows.open({ workshopId: WORKSHOP, displayId: null });
    onlyWindow().close();
    expect(events.at(-1)).toEqual({ kind: 'closed', reason: 'closed' });
    expect(windows.isOpen()).toBe(false);
  });

  it('does nothing when none is open', () => {
    audience().close();
    expect(events).toEqual([]);
  });
});

describe('listing the displays', () => {
  it('lists them with the primary first and English labels', () => {
    screen.setDisplays([projector, laptop], 10);
    expect(audience().listDisplays()).toEqual([
      { id: 10, label: 'Display 1 (1440 × 900)', primary: true, width: 1440, height: 900 },
      { id: 20, label: 'Display 2 (1920 × 1080)', primary: false, width: 1920, height: 1080 },
    ]);
  });
});
