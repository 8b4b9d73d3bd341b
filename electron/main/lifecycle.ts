import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { registerIpcHandlers } from './ipc';
import { registerAppScheme, serveAppFiles } from './protocol';
import { denyUnusedPermissions, hardenAllWebContents } from './security';
import { createFacilitatorWindow } from './windows';
import { mainText } from './messages';

export interface OutmodelPaths {
  /** The built renderer (index.html and assets/), served as app://outmodel/. */
  rendererDir: string;
  /** The bundled preload, a single CommonJS file. */
  preloadPath: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts the app: one instance only, the app scheme, hardening of every web contents, then on
 * ready the file server, permission handlers, IPC and the facilitator's window.
 */
export async function startOutmodel(
  { rendererDir, preloadPath }: OutmodelPaths,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  // A second copy would open the same IndexedDB twice: hand over to the first and leave.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);
  hardenAllWebContents(app);
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  serveAppFiles(protocol, rendererDir);
  denyUnusedPermissions(session.defaultSession);
  registerIpcHandlers({ ipcMain, app, platform });

  let facilitator: BrowserWindow | null = null;
  const openFacilitatorWindow = (): BrowserWindow => {
    const window = createFacilitatorWindow({
      preloadPath,
      onLoadFailed: (error) => {
        dialog.showErrorBox(mainText('desktop.windowFailedTitle'), mainText('desktop.windowFailed', { reason: describe(error) }));
      },
    });
    window.on('closed', () => {
      if (facilitator === window) facilitator = null;
    });
    facilitator = window;
    return window;
  };

  app.on('second-instance', () => {
    if (!facilitator) {
      openFacilitatorWindow();
      return;
    }
    if (facilitator.isMinimized()) facilitator.restore();
    facilitator.show();
    facilitator.focus();
  });
  // macOS: clicking the dock icon with no window open brings the board back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openFacilitatorWindow();
  });

  openFacilitatorWindow();
}
