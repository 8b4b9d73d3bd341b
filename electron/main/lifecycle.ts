import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { AudienceWindows } from './audience';
import { DisplayMemory } from './display-memory';
import { externalLinkOffer } from './external-links';
import { registerIpcHandlers, sendAudienceEvent, sendMenuCommand, sendOpenedFile, sendRoomCommand, sendRoomStatus } from './ipc';
import { RoomHost } from './room-host';
import { exportFile, filesInArguments, OPENABLE_EXTENSIONS, OpenedFiles, renderPdf } from './files';
import { installApplicationMenu } from './menu';
import { registerAppScheme, serveAppFiles } from './protocol';
import { blockForeignRequests, denyUnusedPermissions, hardenAllWebContents } from './security';
import { SnapshotStore } from './snapshots';
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
 * ready the file server, the session's guards, IPC, the menu and the facilitator's window.
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
  hardenAllWebContents(
    app,
    externalLinkOffer({
      showMessageBox: (window, options) => (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)),
      // Only what externalLinkTarget() let through (http, https, mailto), after the person chose Open.
      openExternal: (url) => shell.openExternal(url),
      windowOf: (contents) => BrowserWindow.fromWebContents(contents),
      text: mainText,
    }),
  );
  // Workshop files the system asks the app to open: on macOS as events (possibly before ready),
  // elsewhere as command-line arguments, of this start or of a second start.
  const opened = new OpenedFiles();
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void opened.open(filePath);
  });
  for (const file of filesInArguments(process.argv)) void opened.open(file);
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  serveAppFiles(protocol, rendererDir);
  denyUnusedPermissions(session.defaultSession);
  blockForeignRequests(session.defaultSession);

  const reportLoadFailure = (error: unknown): void => {
    dialog.showErrorBox(mainText('desktop.windowFailedTitle'), mainText('desktop.windowFailed', { reason: describe(error) }));
  };

  let facilitator: BrowserWindow | null = null;
  const memory = await DisplayMemory.load(app.getPath('userData'));
  // The menu's check mark follows the room's window; the menu is set just below.
  let refreshMenu: (audienceOpen: boolean) => void = () => undefined;
  const audience = new AudienceWindows({
    screen,
    createWindow: (options) => new BrowserWindow(options),
    preloadPath,
    memory,
    notify: (event) => {
      sendAudienceEvent(facilitator?.webContents, event);
    },
    text: mainText,
    onChange: (state) => refreshMenu(state.open),
    onLoadFailed: reportLoadFailure,
  });
  app.on('will-quit', () => audience.dispose());
  const snapshots = new SnapshotStore(path.join(app.getPath('userData'), 'snapshots'));
  // What a write or a deletion cut short (a crash, a power cut) left behind; writes queue behind it.
  snapshots.cleanUp().catch((error: unknown) => {
    console.warn('Outmodel could not tidy its snapshots folder:', error);
  });
  // Room join: nothing listens until the facilitator starts it; the page that started it hears
  // the phones' commands, and every window hears the status (the room's shows the code).
  let roomHostPage: Electron.WebContents | null = null;
  // A reload or a closed window cannot answer phones any more: room join stops with it.
  const watched = new WeakSet<Electron.WebContents>();
  const room = new RoomHost({
    phoneDir: rendererDir,
    sendCommand: (message) => sendRoomCommand(roomHostPage, message),
    broadcast: (status) => {
      for (const window of BrowserWindow.getAllWindows()) sendRoomStatus(window.webContents, status);
    },
  });
  app.on('will-quit', () => void room.stop());
  registerIpcHandlers({
    ipcMain,
    app,
    audience,
    platform,
    room: {
      interfaces: () => room.interfaces(),
      start: async (request, host) => {
        const status = await room.start(request);
        roomHostPage = host;
        if (!watched.has(host)) {
          watched.add(host);
          const stopIfHost = () => void (roomHostPage === host && room.stop());
          host.on('destroyed', stopIfHost);
          host.on('did-finish-load', stopIfHost);
        }
        return status;
      },
      stop: () => room.stop(),
      status: () => room.status(),
      publish: (views) => room.publish(views),
      answer: (id, answer) => room.answer(id, answer),
    },
    files: {
      export: (request) =>
        exportFile(request, {
          showSaveDialog: (options) => (facilitator ? dialog.showSaveDialog(facilitator, options) : dialog.showSaveDialog(options)),
          renderPdf: (html) => renderPdf(html, (options) => new BrowserWindow(options)),
          defaultFolder: app.getPath('documents'),
          text: mainText,
        }),
      takeOpened: (sender) => {
        sender.once('destroyed', () => opened.detach());
        return opened.take((file) => sendOpenedFile(sender, file));
      },
    },
    snapshots,
  });

  const openFacilitatorWindow = (): BrowserWindow => {
    const window = createFacilitatorWindow({ preloadPath, onLoadFailed: reportLoadFailure });
    window.on('closed', () => {
      if (facilitator !== window) return;
      facilitator = null;
      // The room's window belongs to the facilitator's: it never stays behind on the projector.
      audience.close();
    });
    facilitator = window;
    return window;
  };

  const menu = installApplicationMenu(Menu, {
    platform,
    text: mainText,
    audienceOpen: audience.isOpen(),
    handlers: {
      command: (command) => {
        // The facilitator's window performs the menu's actions, even when the room's window has
        // the focus. With none open (macOS), the menu opens it: a page still loading could not
        // hear the command, so the person chooses again from the board.
        if (facilitator) sendMenuCommand(facilitator.webContents, command);
        else openFacilitatorWindow();
      },
      toggleAudience: () => {
        if (audience.isOpen()) audience.close();
        // Only the facilitator's window knows which workshop is on screen: it opens the room's window.
        else if (facilitator) sendMenuCommand(facilitator.webContents, 'openAudience');
        // Electron ticks a checkbox as it is clicked: show the real state until the window opens.
        refreshMenu(audience.isOpen());
      },
      openFile: () => {
        const options = {
          properties: ['openFile' as const],
          filters: [{ name: mainText('desktop.fileKinds.workshop'), extensions: OPENABLE_EXTENSIONS.map((e) => e.slice(1)) }],
        };
        void (facilitator ? dialog.showOpenDialog(facilitator, options) : dialog.showOpenDialog(options)).then(({ canceled, filePaths }) => {
          if (!canceled) for (const file of filePaths) void opened.open(file);
        });
      },
    },
  });
  refreshMenu = menu.refresh;

  app.on('second-instance', (_event, argv) => {
    for (const file of filesInArguments(argv)) void opened.open(file);
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
