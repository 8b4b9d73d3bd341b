import type { App, Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './app-origin';
import type { OfferExternalLink } from './external-links';

/** The only webPreferences any Outmodel window is created with. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    preload: preloadPath,
  };
}

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
export type Permission = Parameters<PermissionRequestHandler>[1];

/**
 * Every permission the app uses; everything else is denied. Copying minutes or a sticky's text
 * to the clipboard is the only one so far.
 */
export const ALLOWED_PERMISSIONS: readonly Permission[] = ['clipboard-sanitized-write'];

/** Granted only when the app uses the permission and the app's own page asks for it. */
export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  return (ALLOWED_PERMISSIONS as readonly string[]).includes(permission) && isAppUrl(requestingUrl);
}

export function denyUnusedPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}

/**
 * What a page may load: the app itself (app://outmodel/), data: URLs (the CSP still limits them
 * to images), blob: URLs the app made itself, and devtools: for the developer tools' own pages.
 * Everything else (http, https, ws, file, ftp, other custom schemes, another app:// host) is
 * cancelled before it leaves, whatever the CSP or a bug in the page would allow.
 */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'data:':
    case 'devtools:':
      return true;
    case 'blob:':
      // blob:app://outmodel/<uuid>: the part after "blob:" is the origin that made it.
      return isAppUrl(parsed.pathname);
    default:
      return isAppUrl(url);
  }
}

type BeforeRequestDetails = { url: string };

/** Cancels, at the session, every request to anything but the app's own scheme (see `isAllowedRequestUrl`). */
export function blockForeignRequests(session: { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }): void {
  session.webRequest.onBeforeRequest((details: BeforeRequestDetails, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`Outmodel blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}

/**
 * No popups, no webviews, and no leaving the app's origin, whatever the page asks. A link the
 * page asks to open (window.open, target=_blank, a click that would navigate away) never becomes
 * a window or a navigation of the app: it is handed to `offerLink`, which opens http(s) and mailto
 * links outside the app only if the person says so (see external-links.ts).
 */
export function hardenWebContents(contents: WebContents, offerLink: OfferExternalLink): void {
  contents.setWindowOpenHandler(({ url }) => {
    void offerLink(url, contents);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void offerLink(event.url, contents);
  });
  // Electron asks will-navigate first for the main frame: what reaches these is a subframe's
  // navigation or a redirect, which no person clicked. They are stopped, never offered.
  const stayInsideApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-frame-navigate', stayInsideApp);
  contents.on('will-redirect', stayInsideApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hardens every web contents the app ever creates, windows opened later included. */
export function hardenAllWebContents(app: Pick<App, 'on'>, offerLink: OfferExternalLink): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, offerLink));
}
