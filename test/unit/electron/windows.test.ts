import { beforeEach, describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/security';
import { createFacilitatorWindow } from '../../../electron/main/windows';
import { BrowserWindow, app, reset } from '../../fakes/electron';

const PRELOAD = '/opt/Outmodel/resources/app.asar/dist-electron/preload.cjs';

beforeEach(() => {
  reset();
  app.markReady();
});

function open(onLoadFailed: (error: unknown) => void = () => undefined) {
  createFacilitatorWindow({ preloadPath: PRELOAD, onLoadFailed });
  const [window] = BrowserWindow.created;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('createFacilitatorWindow', () => {
  it('creates one window with the secure preferences and the bundled preload', () => {
    const window = open();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(window.options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: PRELOAD,
    });
  });

  it('is titled Outmodel, has a minimum size and a background colour', () => {
    const { options } = open();
    expect(options.title).toBe('Outmodel');
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('loads the app from app://outmodel/, never from file://', () => {
    expect(open().loadedUrls).toEqual(['app://outmodel/index.html']);
  });

  it('stays hidden until its first paint is ready', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
  });

  it('reports a page that fails to load', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    BrowserWindow.failNextLoad(failure);
    const reported = new Promise((resolve) => open(resolve));
    await expect(reported).resolves.toBe(failure);
  });
});
