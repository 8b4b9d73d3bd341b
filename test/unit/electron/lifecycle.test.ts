import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOutmodel } from '../../../electron/main/lifecycle';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { BrowserWindow, app, dialog, fakeEvent, ipcMain, protocol, reset, session } from '../../fakes/electron';

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

beforeEach(reset);

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
