import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { secureWebPreferences } from './security';

/** Every window's colour before its first paint: the page's own background, so nothing flashes. */
export const APP_BACKGROUND = '#f6f4ef';

export interface FacilitatorWindowOptions {
  preloadPath: string;
  /** Called when the app's page cannot be loaded, so the person is told instead of seeing nothing. */
  onLoadFailed: (error: unknown) => void;
}

/** The facilitator's window: the board, the facilitation controls and every editing action. */
export function createFacilitatorWindow({ preloadPath, onLoadFailed }: FacilitatorWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Outmodel',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    backgroundColor: APP_BACKGROUND,
    // Shown once painted, so the room never sees a blank white flash on the projector.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(onLoadFailed);
  return window;
}
