import type { BaseWindow, MessageBoxOptions, MessageBoxReturnValue, WebContents } from 'electron';

/** The schemes a link may have to leave the app: the person's web browser and mail program. */
export const EXTERNAL_LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Longer links are refused: none of ours is, and a page-long address cannot be read before saying yes. */
export const MAX_EXTERNAL_LINK_LENGTH = 2048;

/**
 * The link as it would be handed to the system, or null when it must never leave the app.
 *
 * It is parsed and written back (`URL.href`): the scheme and host in lower case, a host in
 * another script as punycode, anything else outside ASCII (bidi controls included) percent-encoded,
 * so the address the person reads in the question is exactly the one that opens. Refused: any
 * scheme but http, https and mailto; anything that does not parse; an address with a user name or
 * password (`https://trusted.example@elsewhere.example/` reads as one place and goes to another);
 * an overlong one.
 */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_LINK_SCHEMES.includes(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.href.length > MAX_EXTERNAL_LINK_LENGTH) return null;
  return parsed.href;
}

/** What became of one link the page asked to open. */
export type LinkOutcome = 'opened' | 'cancelled' | 'refused' | 'busy' | 'failed';

/** Offers the person to open `url`, which the page in `contents` asked for, outside the app. */
export type OfferExternalLink = (url: string, contents: WebContents) => Promise<LinkOutcome>;

export interface ExternalLinkDependencies {
  /** Electron's `dialog.showMessageBox`, attached to `window` when there is one. */
  showMessageBox(window: BaseWindow | null, options: MessageBoxOptions): Promise<Pick<MessageBoxReturnValue, 'response'>>;
  /** Electron's `shell.openExternal`. */
  openExternal(url: string): Promise<void>;
  /** The window showing `contents` (`BrowserWindow.fromWebContents`), so the question sits on it. */
  windowOf(contents: WebContents): BaseWindow | null;
  text(key: string, values?: Record<string, string>): string;
}

const OPEN = 0;
const CANCEL = 1;

/**
 * The one way a link leaves the app: only http(s) and mailto links, only after the person chose
 * Open in a native question that shows the address, and never as a window of the app. One
 * question at a time: links asked for while it is showing are dropped, so a page cannot stack
 * questions until one is answered by mistake.
 */
export function externalLinkOffer(deps: ExternalLinkDependencies): OfferExternalLink {
  let asking = false;
  return async (url, contents) => {
    const target = externalLinkTarget(url);
    if (target === null) {
      console.warn(`Outmodel refused to open a link: ${url.slice(0, 200)}`);
      return 'refused';
    }
    if (asking) return 'busy';
    asking = true;
    const window = deps.windowOf(contents);
    try {
      const { response } = await deps.showMessageBox(window, {
        type: 'question',
        message: deps.text('desktop.menu.openLinkQuestion'),
        detail: `${target}\n\n${deps.text('desktop.menu.openLinkDetail')}`,
        buttons: [deps.text('desktop.menu.openLink'), deps.text('desktop.menu.cancel')],
        // Enter and Escape both keep the link closed: opening it takes a deliberate choice.
        defaultId: CANCEL,
        cancelId: CANCEL,
        noLink: true,
      });
      if (response !== OPEN) return 'cancelled';
      await deps.openExternal(target);
      return 'opened';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await deps
        .showMessageBox(window, { type: 'warning', message: deps.text('desktop.menu.openLinkFailed'), detail: `${target}\n\n${reason}` })
        .catch(() => undefined);
      return 'failed';
    } finally {
      asking = false;
    }
  };
}
