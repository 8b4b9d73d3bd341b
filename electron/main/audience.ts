import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Screen } from 'electron';
import { audiencePath, type AudienceEvent, type AudienceState, type DisplayInfo, type OpenAudience } from '../../shared/ipc';
import { APP_ORIGIN } from './app-origin';
import type { DisplayMemory } from './display-memory';
import { chooseAudienceDisplay, describeDisplays, displaySetKey, windowedBounds, type Translate } from './displays';
import { secureWebPreferences } from './security';
import { APP_BACKGROUND } from './windows';

/** The room's view of a workshop, in the app's own origin (the same IndexedDB as the facilitator's). */
export function audienceUrl(workshopId: string): string {
  return `${APP_ORIGIN}/${audiencePath(workshopId)}`;
}

type AudienceScreen = Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'getDisplayMatching' | 'on' | 'removeListener'>;

export interface AudienceDependencies {
  screen: AudienceScreen;
  /** `new BrowserWindow(options)`; injected so tests can use the fake. */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  memory: Pick<DisplayMemory, 'recall' | 'remember'>;
  /** Tells the facilitator's window (validated and sent by the caller). */
  notify: (event: AudienceEvent) => void;
  text: Translate;
  /** Called with the new state whenever the window opens, moves or closes (the menu's check mark). */
  onChange?: (state: AudienceState) => void;
  onLoadFailed?: (error: unknown) => void;
}

interface Current {
  window: BrowserWindow;
  workshopId: string;
  displayId: number;
  fullScreen: boolean;
  /** Set just before main closes the window itself, so `closed` reports why. */
  closing: 'closed' | 'display-removed' | null;
}

/**
 * The room's window: at most one, full screen on a display that is not the primary, a normal
 * window on the primary. It follows displays being unplugged (closes and says so) and
 * remembers the display chosen for each set of displays.
 */
export class AudienceWindows {
  readonly #deps: AudienceDependencies;
  #current: Current | null = null;
  readonly #onDisplayRemoved = (_event: unknown, display: Display): void => {
    if (this.#current && this.#current.displayId === display.id) this.#close('display-removed');
  };

  constructor(deps: AudienceDependencies) {
    this.#deps = deps;
    // A display plugged in opens nothing by itself: the facilitator chooses when the room sees the board.
    deps.screen.on('display-removed', this.#onDisplayRemoved);
  }

  /** Stops following the displays (when the app quits). */
  dispose(): void {
    this.#deps.screen.removeListener('display-removed', this.#onDisplayRemoved);
  }

  listDisplays(): DisplayInfo[] {
    const { screen, text } = this.#deps;
    return describeDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay().id, text);
  }

  state(): AudienceState {
    const current = this.#current;
    return current
      ? { open: true, displayId: current.displayId, fullScreen: current.fullScreen }
      : { open: false, displayId: null, fullScreen: false };
  }

  isOpen(): boolean {
    return this.#current !== null;
  }

  /**
   * Opens the room's window on the display asked for (or the remembered, or the default one),
   * or moves the open one there and shows the workshop asked for. Resolves once an explicit
   * choice is remembered on disk.
   */
  async open({ workshopId, displayId }: OpenAudience): Promise<AudienceState> {
    const { screen, memory } = this.#deps;
    const displays = screen.getAllDisplays();
    const setKey = displaySetKey(displays);
    const choice = chooseAudienceDisplay({
      displays,
      primaryId: screen.getPrimaryDisplay().id,
      requested: displayId,
      remembered: memory.recall(setKey),
    });

    const current = this.#current;
    if (!current) {
      this.#create(workshopId, choice.display, choice.fullScreen);
      this.#changed({ kind: 'opened', state: this.state() });
    } else {
      if (current.workshopId !== workshopId) {
        current.workshopId = workshopId;
        current.window.loadURL(audienceUrl(workshopId)).catch((error: unknown) => this.#deps.onLoadFailed?.(error));
      }
      if (current.displayId !== choice.display.id || current.fullScreen !== choice.fullScreen) {
        this.#place(current, choice.display, choice.fullScreen);
        this.#changed({ kind: 'moved', state: this.state() });
      }
    }
    const state = this.state();
    if (choice.source === 'requested') await memory.remember(setKey, choice.display.id);
    return state;
  }

  /** Closes the room's window, if it is open. */
  close(): void {
    this.#close('closed');
  }

  #close(reason: 'closed' | 'display-removed'): void {
    const current = this.#current;
    if (!current) return;
    current.closing = reason;
    current.window.close();
  }

  #create(workshopId: string, display: Display, fullScreen: boolean): void {
    const { createWindow, preloadPath, text } = this.#deps;
    const bounds = fullScreen ? display.bounds : windowedBounds(display);
    const window = createWindow({
      title: text('desktop.menu.audienceTitle'),
      ...bounds,
      fullscreen: fullScreen,
      backgroundColor: APP_BACKGROUND,
      // The room sees the board, never a menu bar (Alt shows it on Windows and Linux).
      autoHideMenuBar: true,
      show: false,
      webPreferences: secureWebPreferences(preloadPath),
    });
    const current: Current = { window, workshopId, displayId: display.id, fullScreen, closing: null };
    this.#current = current;

    window.once('ready-to-show', () => window.showInactive());
    // The person may leave full screen (F11, the green button) or enter it themselves.
    window.on('enter-full-screen', () => {
      current.fullScreen = true;
    });
    window.on('leave-full-screen', () => {
      current.fullScreen = false;
    });
    // A normal window the facilitator drags to another display now belongs to that display
    // ('move': 'moved' is not emitted on Linux).
    window.on('move', () => {
      if (this.#current !== current || current.fullScreen || window.isDestroyed()) return;
      const displayNow = this.#deps.screen.getDisplayMatching(window.getBounds()).id;
      if (displayNow !== current.displayId) {
        current.displayId = displayNow;
        this.#changed({ kind: 'moved', state: this.state() });
      }
    });
    window.on('closed', () => {
      if (this.#current !== current) return;
      this.#current = null;
      this.#changed({ kind: 'closed', reason: current.closing ?? 'closed' });
    });
    window.loadURL(audienceUrl(workshopId)).catch((error: unknown) => this.#deps.onLoadFailed?.(error));
  }

  #place(current: Current, display: Display, fullScreen: boolean): void {
    const { window } = current;
    current.displayId = display.id;
    current.fullScreen = fullScreen;
    const settle = (): void => {
      if (window.isDestroyed()) return;
      window.setBounds(fullScreen ? display.bounds : windowedBounds(display));
      if (fullScreen) window.setFullScreen(true);
    };
    // A full-screen window cannot be moved: leave full screen first (animated on macOS), then move.
    if (window.isFullScreen()) {
      window.once('leave-full-screen', settle);
      window.setFullScreen(false);
    } else {
      settle();
    }
  }

  #changed(event: AudienceEvent): void {
    this.#deps.notify(event);
    this.#deps.onChange?.(this.state());
  }
}
