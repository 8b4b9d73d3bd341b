import type { App, PermissionRequest, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  blockForeignRequests,
  denyUnusedPermissions,
  hardenAllWebContents,
  hardenWebContents,
  isAllowedRequestUrl,
  secureWebPreferences,
  type Permission,
} from '../../../electron/main/security';
import { BrowserWindow, app, fakeEvent, reset, session } from '../../fakes/electron';

beforeEach(() => {
  reset();
  app.markReady();
});

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every page', () => {
    const preferences = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      preload: '/app/dist-electron/preload.cjs',
    });
  });
});

/** Every link a page handed over to be offered outside the app, oldest first. */
let offered: Array<{ url: string; contents: unknown }> = [];

function hardenedContents() {
  const contents = new BrowserWindow().webContents;
  hardenWebContents(contents as unknown as WebContents, async (url, from) => {
    offered.push({ url, contents: from });
    return 'cancelled';
  });
  return contents;
}

/** Emits a navigation event and tells whether the app prevented it. */
function isPrevented(event: string, url: string): boolean {
  const contents = hardenedContents();
  const navigation = fakeEvent({ url });
  contents.emit(event, navigation, url);
  return navigation.defaultPrevented;
}

type OpenDetails = Parameters<Parameters<WebContents['setWindowOpenHandler']>[0]>[0];

describe('hardenWebContents', () => {
  beforeEach(() => {
    offered = [];
  });

  it.each(['https://evil.example/', 'mailto:someone@example.com', 'app://outmodel/index.html', 'about:blank', 'javascript:alert(1)', 'file:///etc/passwd'])(
    'denies window.open(%s) as a window and hands the link over to be offered, from this page',
    (url) => {
      const contents = hardenedContents();
      const handler = contents.windowOpenHandler;
      expect(handler).not.toBeNull();
      expect(handler?.({ url, disposition: 'foreground-tab' } as OpenDetails)).toEqual({ action: 'deny' });
      // The offer decides what may leave (external-links.test.ts); the window is never the way.
      expect(offered).toEqual([{ url, contents }]);
      expect(BrowserWindow.created).toHaveLength(1);
    },
  );

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays inside the app', (event) => {
    expect(isPrevented(event, 'app://outmodel/index.html?role=audience#board')).toBe(false);
    expect(isPrevented(event, 'https://evil.example/')).toBe(true);
    expect(isPrevented(event, 'mailto:someone@example.com')).toBe(true);
    expect(isPrevented(event, 'file:///etc/passwd')).toBe(true);
    expect(isPrevented(event, 'app://elsewhere/index.html')).toBe(true);
    expect(isPrevented(event, 'http://127.0.0.1:5174/')).toBe(true);
    expect(isPrevented(event, 'not a url')).toBe(true);
  });

  it('offers a link the main frame would have navigated to, and nothing of the app itself', () => {
    isPrevented('will-navigate', 'app://outmodel/index.html#board');
    isPrevented('will-navigate', 'https://example.com/guide');
    expect(offered.map((offer) => offer.url)).toEqual(['https://example.com/guide']);
  });

  it.each(['will-frame-navigate', 'will-redirect'])('never offers what %s stops: no person clicked it', (event) => {
    expect(isPrevented(event, 'https://example.com/guide')).toBe(true);
    expect(offered).toEqual([]);
  });

  it('refuses to attach a webview', () => {
    const contents = hardenedContents();
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, { src: 'https://evil.example/' });
    expect(attach.defaultPrevented).toBe(true);
  });

  it('hardens every web contents the app creates later, with the same offer', () => {
    const offer = vi.fn(async () => 'refused' as const);
    hardenAllWebContents(app as unknown as App, offer);
    const contents = new BrowserWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' } as OpenDetails)).toEqual({ action: 'deny' });
    expect(offer).toHaveBeenCalledWith('https://example.com/', contents);
  });
});

describe('permissions', () => {
  beforeEach(() => denyUnusedPermissions(session.defaultSession));

  function request(permission: Permission, requestingUrl: string): boolean | undefined {
    let granted: boolean | undefined;
    session.defaultSession.permissionRequestHandler?.(
      {} as WebContents,
      permission,
      (answer) => {
        granted = answer;
      },
      { requestingUrl, isMainFrame: true } as PermissionRequest,
    );
    return granted;
  }

  function check(permission: Permission, requestingOrigin: string): boolean | undefined {
    return session.defaultSession.permissionCheckHandler?.(null, permission, requestingOrigin, {
      isMainFrame: true,
      requestingUrl: requestingOrigin,
      embeddingOrigin: requestingOrigin,
    });
  }

  it('allows exactly the permissions the app uses', () => {
    expect(ALLOWED_PERMISSIONS).toEqual(['clipboard-sanitized-write']);
  });

  it('grants an allowed permission to the app itself', () => {
    expect(request('clipboard-sanitized-write', 'app://outmodel/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://outmodel')).toBe(true);
  });

  it('denies an allowed permission to any other origin', () => {
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'file://')).toBe(false);
  });

  it.each<Permission>([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'display-capture',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'unknown',
  ])('denies %s, even to the app', (permission) => {
    expect(request(permission, 'app://outmodel/index.html')).toBe(false);
    expect(check(permission, 'app://outmodel')).toBe(false);
  });
});

describe('requests leaving the app', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    blockForeignRequests(session.defaultSession);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('watches every request of the session, with no filter', () => {
    expect(session.defaultSession.webRequest.beforeRequest).not.toBeNull();
    expect(session.defaultSession.webRequest.beforeRequest?.filter).toBeNull();
  });

  it.each([
    'app://outmodel/index.html',
    'app://outmodel/index.html?role=audience#/workshop/workshop%3Aabc',
    'app://outmodel/assets/index-BENjLVsy.js',
    'app://outmodel/assets/noto-sans-latin-400-normal.woff2',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:font/woff2;base64,d09GMgABAAAA',
    'blob:app://outmodel/5f1c2b9e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/devtools_app.html',
  ])('lets the app load %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
    expect(session.defaultSession.webRequest.request(url)).toBe(false);
  });

  it.each([
    'https://evil.example/collect?board=secret',
    'http://127.0.0.1:5174/',
    'http://localhost/',
    'ws://127.0.0.1:8080/',
    'wss://evil.example/socket',
    'file:///etc/passwd',
    'ftp://evil.example/',
    'app://evil.example/index.html',
    'app://outmodel.evil.example/index.html',
    'blob:https://evil.example/5f1c2b9e',
    'chrome-extension://abcdef/script.js',
    'chrome://settings',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('cancels %j', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
    expect(session.defaultSession.webRequest.request(url, 'xhr')).toBe(true);
  });
});
