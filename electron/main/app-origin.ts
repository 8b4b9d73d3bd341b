/**
 * The one origin every Outmodel window loads. IndexedDB keys its stores by origin, so changing
 * this would hide every saved workshop: it is chosen once, for good.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'outmodel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL (or an origin such as `app://outmodel`) belongs to the app itself. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare scheme and host: Node reports the origin of a custom scheme as 'null'.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}
