import type { PermissionRequest, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  blockForeignRequests,
  denyUnusedPermissions,
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

function hardenedContents() {
  const contents = new BrowserWindow().webContents;
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

/** Emits a navigation event and tells whether the app prevented it. */
function isPrevented(event: string, url: string): boolean {
  const contents = hardenedContents();
  const navigation = fakeEvent({ url });
  contents.emit(event, navigation, url);
  return navigation.defaultPrevented;
}

describe('hardenWebContents', () => {
  it.each(['https://evil.example/', 'app://outmodel/index.html', 'about:blank'])(
    'denies window.open(%s)',
    (url) => {
      const handler = hardenedContents().windowOpenHandler;
      expect(handler).not.toBeNull();
      expect(handler?.({ url } as Parameters<NonNullable<typeof handler>>[0])).toEqual({ action: 'deny' });
    },
  );

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays inside the app', (event) => {
    expect(isPrevented(event, 'app://outmodel/index.html?role=audience#board')).toBe(false);
    expect(isPrevented(event, 'https://evil.example/')).toBe(true);
    expect(isPrevented(event, 'file:///etc/passwd')).toBe(true);
    expect(isPrevented(event, 'app://elsewhere/index.html')).toBe(true);
    expect(isPrevented(event, 'http://127.0.0.1:5174/')).toBe(true);
    expect(isPrevented(event, 'not a url')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const contents = hardenedContents();
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, { src: 'https://evil.example/' });
    expect(attach.defaultPrevented).toBe(true);
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
