import type { AppInfo, AudienceEvent, AudienceState, DesktopApi, DisplayInfo } from '../../shared/ipc';
import { DESKTOP_API_GLOBAL, audiencePath } from '../../shared/ipc/constants';
import { browserExport } from './browser-files';
import { browserSnapshots } from '../db/snapshot-store';
import { browserRoom } from './browser-room';

declare const __APP_VERSION__: string;

/**
 * In a plain browser (`npm run web`) the same contract is served by the browser itself: the
 * room's window is a pop-up of the same origin, on whatever screen the facilitator drags it to.
 */
function browserDesktopApi(): DesktopApi {
  let audience: Window | null = null;
  const listeners = new Set<(event: AudienceEvent) => void>();
  const emit = (event: AudienceEvent) => listeners.forEach((l) => l(event));
  const state = (): AudienceState => ({ open: !!audience && !audience.closed, displayId: null, fullScreen: false });
  // The browser says nothing when a pop-up closes: look now and then while one is open.
  let watcher: number | undefined;
  const watch = () => {
    window.clearInterval(watcher);
    watcher = window.setInterval(() => {
      if (audience && audience.closed) {
        audience = null;
        window.clearInterval(watcher);
        emit({ kind: 'closed', reason: 'closed' });
      }
    }, 500);
  };
  const thisScreen: DisplayInfo = { id: 0, label: 'screen', primary: true, width: window.screen.width, height: window.screen.height };
  return {
    getAppInfo: async (): Promise<AppInfo> => ({ name: 'Outmodel', version: __APP_VERSION__, shell: 'browser', os: navigator.platform || 'unknown' }),
    listDisplays: async () => [thisScreen],
    openAudience: async ({ workshopId }) => {
      const url = new URL(audiencePath(workshopId), window.location.href);
      url.search = new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(window.location.search)), role: 'audience' }).toString();
      audience = window.open(url.toString(), 'outmodel-audience', 'popup,width=1280,height=720');
      if (!audience) throw new Error('the browser blocked the window; allow pop-ups for this page');
      watch();
      emit({ kind: 'opened', state: state() });
      return state();
    },
    closeAudience: async () => {
      audience?.close();
      audience = null;
      emit({ kind: 'closed', reason: 'closed' });
    },
    onAudienceEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // A browser has no application menu: its commands are the page's own buttons and keys.
    onMenuCommand: () => () => undefined,
    exportFile: browserExport,
    // A browser opens files through the page: the import button, or a file dropped on the window.
    takeOpenedFiles: async () => [],
    onFileOpened: () => () => undefined,
    writeSnapshot: (request) => browserSnapshots.write(request),
    listSnapshots: () => browserSnapshots.list(),
    readSnapshot: (id) => browserSnapshots.read(id),
    deleteSnapshots: (workshopId) => browserSnapshots.deleteWorkshop(workshopId),
    ...browserRoom(),
  };
}

function pick(): DesktopApi {
  const exposed = (window as unknown as Record<string, unknown>)[DESKTOP_API_GLOBAL];
  return (exposed as DesktopApi | undefined) ?? browserDesktopApi();
}

/** The operating system's services: Electron's preload bridge, or the browser fallback. */
export const desktop: DesktopApi = pick();

export { windowRole } from './role';

/**
 * Asks the browser to keep this app's storage even when the disk runs low (it may say no), and
 * says whether it will: true when the storage is persistent, false when it may be cleared.
 */
export async function storagePersistence(): Promise<boolean | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persisted) return null;
  if (await storage.persisted()) return true;
  return storage.persist ? storage.persist() : false;
}
