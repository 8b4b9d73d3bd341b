import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOutmodel } from '../../../electron/main/lifecycle';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { AUDIENCE_ITEM_ID, commandItemId } from '../../../electron/main/menu';
import { DISPLAY_MEMORY_FILE } from '../../../electron/main/display-memory';
import { mainText } from '../../../electron/main/messages';
import { BrowserWindow, Menu, app, dialog, fakeDisplay, fakeEvent, ipcMain, protocol, reset, screen, session, shell } from '../../fakes/electron';

let rendererDir: string;
const PRELOAD = '/opt/Outmodel/dist-electron/preload.cjs';

beforeAll(async () => {
  rendererDir = await mkdtemp(path.join(os.tmpdir(), 'outmodel-lifecycle-'));
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Outmodel</title>');
});

afterAll(async () => {
  await rm(rendererDir, { recursive: true, force: true });
});

let userData: string;

beforeEach(async () => {
  reset();
  userData = await mkdtemp(path.join(os.tmpdir(), 'outmodel-user-data-'));
  app.setPath('userData', userData);
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

async function start(platform: NodeJS.Platform = 'linux') {
  const started = startOutmodel({ rendererDir, preloadPath: PRELOAD }, platform);
  app.markReady();
  await started;
  const [window] = BrowserWindow.created;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('a second instance', () => {
  it('quits at once and touches nothing', async () => {
    app.setSingleInstanceLockFree(false);
    await startOutmodel({ rendererDir, preloadPath: PRELOAD }, 'linux');
    expect(app.quitCount).toBe(1);
    app.markReady();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(protocol.privilegedSchemes).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('the first instance', () => {
  it('makes the scheme privileged before ready and opens nothing until then', () => {
    void startOutmodel({ rendererDir, preloadPath: PRELOAD }, 'linux');
    expect(app.lockRequests).toBe(1);
    expect(protocol.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(BrowserWindow.created).toHaveLength(0);
    expect(protocol.isProtocolHandled('app')).toBe(false);
  });

  it('on ready serves the renderer, guards permissions, answers IPC and opens one window', async () => {
    const window = await start();
    expect(app.quitCount).toBe(0);
    expect(BrowserWindow.created).toHaveLength(1);
    expect(window.loadedUrls).toEqual(['app://outmodel/index.html']);
    expect(window.options.webPreferences?.preload).toBe(PRELOAD);
    expect(await (await protocol.request('app://outmodel/')).text()).toContain('<title>Outmodel</title>');
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(session.defaultSession.permissionCheckHandler).not.toBeNull();
    await expect(ipcMain.invoke(IPC_CHANNELS.getAppInfo, 'app://outmodel/index.html')).resolves.toMatchObject({
      name: 'Outmodel',
      os: 'linux',
    });
  });

  it('hardens the web contents of every window it creates', async () => {
    const window = await start();
    const navigation = fakeEvent({ url: 'https://evil.example/' });
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' } as never)).toEqual({ action: 'deny' });
  });

  it('opens a link the page asks for outside the app, only after the person chooses Open on its window', async () => {
    const window = await start();
    dialog.answerMessageBox = ({ options }) => options.buttons?.indexOf(mainText('desktop.menu.openLink')) ?? -1;
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/guide' } as never)).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(shell.openedExternally).toEqual(['https://example.com/guide']));
    expect(dialog.messageBoxes.map((box) => box.window)).toEqual([window]);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(window.webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' } as never)).toEqual({ action: 'deny' });
    expect(warn).toHaveBeenCalledWith('Outmodel refused to open a link: file:///etc/passwd');
    warn.mockRestore();
    expect(dialog.messageBoxes).toHaveLength(1);
    expect(shell.openedExternally).toEqual(['https://example.com/guide']);
    expect(BrowserWindow.created).toEqual([window]);
  });

  it('brings its window forward when a second instance starts', async () => {
    const window = await start();
    window.minimize();
    app.emit('second-instance', fakeEvent(), ['outmodel'], '/home/facilitator', {});
    expect(window.isMinimized()).toBe(false);
    expect(window.isVisible()).toBe(true);
    expect(window.focusCount).toBe(1);
    expect(BrowserWindow.created).toHaveLength(1);
  });

  it('opens a new window for a second instance when its window was closed (macOS)', async () => {
    const window = await start('darwin');
    window.close();
    app.emit('second-instance', fakeEvent(), ['outmodel'], '/', {});
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('quits when the last window closes, except on macOS', async () => {
    (await start('linux')).close();
    expect(app.quitCount).toBe(1);

    reset();
    (await start('darwin')).close();
    expect(app.quitCount).toBe(0);
  });

  it('reopens a window on activate when none is open, and only then', async () => {
    const window = await start('darwin');
    app.emit('activate', fakeEvent(), true);
    expect(BrowserWindow.created).toHaveLength(1);
    window.close();
    app.emit('activate', fakeEvent(), false);
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('tells the person when the window cannot load the app', async () => {
    BrowserWindow.failNextLoad(new Error('ERR_FILE_NOT_FOUND'));
    const window = await start();
    await window.lastLoad?.catch(() => undefined);
    expect(dialog.errorBoxes).toHaveLength(1);
    expect(dialog.errorBoxes[0]?.content).toContain('ERR_FILE_NOT_FOUND');
    expect(dialog.errorBoxes[0]?.title).toBe('Outmodel could not open its window');
  });

  it('says so in the system’s language', async () => {
    app.setPreferredSystemLanguages(['he-IL', 'en-US']);
    BrowserWindow.failNextLoad(new Error('ERR_FILE_NOT_FOUND'));
    const window = await start();
    await window.lastLoad?.catch(() => undefined);
    expect(dialog.errorBoxes[0]?.title).toBe('Outmodel לא הצליחה לפתוח את החלון שלה');
    expect(dialog.errorBoxes[0]?.content).toContain('ERR_FILE_NOT_FOUND');
  });
});

const FACILITATOR_PAGE = 'app://outmodel/index.html';
const WORKSHOP = 'workshop:abc-123';

function applicationMenu() {
  const menu = Menu.getApplicationMenu();
  if (!menu) throw new Error('no application menu');
  return menu;
}

function menuItem(id: string) {
  const item = applicationMenu().getMenuItemById(id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

describe('the room’s window, the menu and the session', () => {
  beforeEach(() => {
    screen.setDisplays([fakeDisplay({ id: 1, width: 1440, height: 900 }), fakeDisplay({ id: 2, x: 1440, width: 1920, height: 1080 })]);
  });

  it('cancels requests leaving the app at the session', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await start();
    expect(session.defaultSession.webRequest.request('app://outmodel/index.html')).toBe(false);
    expect(session.defaultSession.webRequest.request('https://evil.example/')).toBe(true);
    expect(warn).toHaveBeenCalledWith('Outmodel blocked a request to https://evil.example/');
    warn.mockRestore();
  });

  it('opens the room’s window through IPC and tells the facilitator’s window', async () => {
    const facilitator = await start();
    await expect(ipcMain.invoke(IPC_CHANNELS.listDisplays, FACILITATOR_PAGE)).resolves.toHaveLength(2);
    const state = await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: 2 });
    expect(state).toEqual({ open: true, displayId: 2, fullScreen: true });
    const audience = BrowserWindow.created[1];
    expect(audience?.loadedUrls).toEqual(['app://outmodel/index.html?role=audience#/workshop/workshop%3Aabc-123']);
    expect(audience?.options.webPreferences?.preload).toBe(PRELOAD);
    expect(facilitator.webContents.sent).toEqual([{ channel: 'audience:event', args: [{ kind: 'opened', state }] }]);
    // The room's own window is hardened like every other.
    expect(audience?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' } as never)).toEqual({ action: 'deny' });
  });

  it('remembers the chosen display in the userData folder', async () => {
    await start();
    await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: 2 });
    const stored = JSON.parse(await readFile(path.join(userData, DISPLAY_MEMORY_FILE), 'utf8'));
    expect(Object.values(stored.choices)).toEqual([2]);
  });

  it('closes it when its display is unplugged, and says why', async () => {
    const facilitator = await start();
    await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: null });
    screen.removeDisplay(2);
    expect(BrowserWindow.getAllWindows()).toEqual([facilitator]);
    expect(facilitator.webContents.sent.at(-1)).toEqual({ channel: 'audience:event', args: [{ kind: 'closed', reason: 'display-removed' }] });
    expect(menuItem(AUDIENCE_ITEM_ID).checked).toBe(false);
  });

  it('closes it when the facilitator’s window closes', async () => {
    const facilitator = await start('darwin');
    await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: null });
    facilitator.close();
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('sets the application menu, ticking the room’s window while it is open', async () => {
    await start();
    expect(applicationMenu().items.map((item) => item.label)).toEqual(
      ['desktop.menu.file', 'desktop.menu.edit', 'desktop.menu.view', 'desktop.menu.help'].map((key) => mainText(key)),
    );
    expect(menuItem(AUDIENCE_ITEM_ID).checked).toBe(false);
    await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: null });
    expect(menuItem(AUDIENCE_ITEM_ID).checked).toBe(true);
    await ipcMain.invoke(IPC_CHANNELS.closeAudience, FACILITATOR_PAGE);
    expect(menuItem(AUDIENCE_ITEM_ID).checked).toBe(false);
  });

  it('sends menu commands to the facilitator’s window, even when the room’s window has the focus', async () => {
    const facilitator = await start();
    await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: null });
    BrowserWindow.created[1]?.focus();
    facilitator.webContents.sent.length = 0;
    menuItem(commandItemId('undo')).click();
    menuItem(commandItemId('newWorkshop')).click();
    expect(facilitator.webContents.sent).toEqual([
      { channel: 'menu:command', args: ['undo'] },
      { channel: 'menu:command', args: ['newWorkshop'] },
    ]);
    expect(BrowserWindow.created[1]?.webContents.sent).toEqual([]);
  });

  it('View → the room’s window asks the facilitator’s window to open it, and closes it when open', async () => {
    const facilitator = await start();
    menuItem(AUDIENCE_ITEM_ID).click();
    expect(facilitator.webContents.sent).toEqual([{ channel: 'menu:command', args: ['openAudience'] }]);
    // Nothing opened yet: the item is not left ticked.
    expect(menuItem(AUDIENCE_ITEM_ID).checked).toBe(false);

    await ipcMain.invoke(IPC_CHANNELS.openAudience, FACILITATOR_PAGE, { workshopId: WORKSHOP, displayId: null });
    menuItem(AUDIENCE_ITEM_ID).click();
    expect(BrowserWindow.getAllWindows()).toEqual([facilitator]);
    expect(facilitator.webContents.sent.at(-1)).toEqual({ channel: 'audience:event', args: [{ kind: 'closed', reason: 'closed' }] });
    expect(menuItem(AUDIENCE_ITEM_ID).checked).toBe(false);
  });

  it('opens the facilitator’s window for a menu command when none is open (macOS)', async () => {
    const facilitator = await start('darwin');
    facilitator.close();
    menuItem(commandItemId('newWorkshop')).click();
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('stops following the displays when the app quits', async () => {
    await start();
    expect(screen.listenerCount('display-removed')).toBe(1);
    app.emit('will-quit', fakeEvent());
    expect(screen.listenerCount('display-removed')).toBe(0);
  });
});
