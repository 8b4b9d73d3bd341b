import type { App, BaseWindow, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EXTERNAL_LINK_SCHEMES,
  MAX_EXTERNAL_LINK_LENGTH,
  externalLinkOffer,
  externalLinkTarget,
  type OfferExternalLink,
} from '../../../electron/main/external-links';
import { mainText } from '../../../electron/main/messages';
import { hardenAllWebContents } from '../../../electron/main/security';
import { BrowserWindow, app, dialog, fakeEvent, reset, shell, type ShownMessageBox } from '../../fakes/electron';
import { englishText } from './menu-text';

let offer: OfferExternalLink;
let window: BrowserWindow;
let warnings: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  reset();
  app.markReady();
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  offer = externalLinkOffer({
    showMessageBox: (owner, options) =>
      owner ? dialog.showMessageBox(owner as unknown as BrowserWindow, options) : dialog.showMessageBox(options),
    openExternal: (url) => shell.openExternal(url),
    windowOf: (contents) => BrowserWindow.fromWebContents(contents) as unknown as BaseWindow | null,
    text: mainText,
  });
  window = new BrowserWindow();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const contents = (): WebContents => window.webContents as unknown as WebContents;

/** The person answers every question by choosing the button with this label. */
function choose(label: string): void {
  dialog.answerMessageBox = (box: ShownMessageBox) => {
    const index = box.options.buttons?.indexOf(label) ?? -1;
    if (index === -1) throw new Error(`No button "${label}" in ${JSON.stringify(box.options.buttons)}`);
    return index;
  };
}

describe('which links may leave the app', () => {
  it('allows exactly http, https and mailto', () => {
    expect(EXTERNAL_LINK_SCHEMES).toEqual(['http:', 'https:', 'mailto:']);
  });

  it.each([
    ['https://example.com/guide?a=1#part', 'https://example.com/guide?a=1#part'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:facilitator@example.com?subject=Minutes', 'mailto:facilitator@example.com?subject=Minutes'],
    // Odd casing and stray whitespace: read the way a browser reads them, and written back plainly.
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['hTtP://EXAMPLE.com:80/', 'http://example.com/'],
    ['MAILTO:Someone@Example.com', 'mailto:Someone@Example.com'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['ht\ttps://example.com/', 'https://example.com/'],
    // What could disguise an address is made visible: a host in another script as punycode,
    // a bidi override (which would show the end of the address reversed) percent-encoded.
    ['https://exämple.com/', 'https://xn--exmple-cua.com/'],
    ['https://example.com/\u202Egnp.exe', 'https://example.com/%E2%80%AEgnp.exe'],
  ])('%j opens as %j', (url, target) => {
    expect(externalLinkTarget(url)).toBe(target);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'vbscript:msgbox(1)',
    'blob:app://outmodel/5f1c2b9e-0000-4000-8000-000000000000',
    'app://outmodel/index.html',
    'about:blank',
    'ftp://example.com/',
    'ws://example.com/',
    'ms-settings:privacy',
    'outmodel://open?file=x',
    'smb://server/share',
    'tel:+15555550100',
    'http://',
    'https://',
    'not a url',
    '',
    // Credentials: a person reads the part before @ as the place and goes somewhere else.
    'https://user:secret@example.com/',
    'https://example.com@evil.example/',
    'http://user@example.com/',
    'HTTPS://:password@example.com/',
  ])('refuses %j', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });

  it('refuses an overlong address', () => {
    const base = 'https://example.com/?q=';
    expect(externalLinkTarget(base + 'a'.repeat(MAX_EXTERNAL_LINK_LENGTH - base.length))).not.toBeNull();
    expect(externalLinkTarget(base + 'a'.repeat(MAX_EXTERNAL_LINK_LENGTH - base.length + 1))).toBeNull();
  });
});

describe('offering a link', () => {
  it('asks on the window of the page, shows the address and opens it only on Open', async () => {
    choose('Open');
    await expect(offer('HTTPS://Example.COM/Guide', contents())).resolves.toBe('opened');
    expect(dialog.messageBoxes).toHaveLength(1);
    const [box] = dialog.messageBoxes;
    expect(box?.window).toBe(window);
    expect(box?.options).toMatchObject({
      type: 'question',
      message: englishText('desktop.menu.openLinkQuestion'),
      buttons: [englishText('desktop.menu.openLink'), englishText('desktop.menu.cancel')],
      defaultId: 1,
      cancelId: 1,
    });
    expect(box?.options.detail).toBe(`https://example.com/Guide\n\n${englishText('desktop.menu.openLinkDetail')}`);
    expect(shell.openedExternally).toEqual(['https://example.com/Guide']);
  });

  it.each(['http://example.com/', 'mailto:facilitator@example.com'])('opens %s after Open', async (url) => {
    choose('Open');
    await expect(offer(url, contents())).resolves.toBe('opened');
    expect(shell.openedExternally).toEqual([url]);
  });

  it('opens nothing on Cancel', async () => {
    choose('Cancel');
    await expect(offer('https://example.com/', contents())).resolves.toBe('cancelled');
    expect(dialog.messageBoxes).toHaveLength(1);
    expect(shell.openedExternally).toEqual([]);
  });

  it('opens nothing when the person closes the question without choosing (Escape)', async () => {
    await expect(offer('https://example.com/', contents())).resolves.toBe('cancelled');
    expect(shell.openedExternally).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'ms-settings:privacy', 'https://user:pw@example.com/'])(
    'never asks about, nor opens, %j',
    async (url) => {
      choose('Open');
      await expect(offer(url, contents())).resolves.toBe('refused');
      expect(dialog.messageBoxes).toEqual([]);
      expect(shell.openedExternally).toEqual([]);
      expect(warnings).toHaveBeenCalledOnce();
    },
  );

  it('asks one question at a time: links asked for meanwhile are dropped, not queued', async () => {
    let answer!: (button: number) => void;
    dialog.answerMessageBox = () => new Promise<number>((resolve) => (answer = resolve));
    const first = offer('https://example.com/one', contents());
    await expect(offer('https://example.com/two', contents())).resolves.toBe('busy');
    expect(dialog.messageBoxes).toHaveLength(1);
    answer(0);
    await expect(first).resolves.toBe('opened');
    expect(shell.openedExternally).toEqual(['https://example.com/one']);

    choose('Cancel');
    await expect(offer('https://example.com/three', contents())).resolves.toBe('cancelled');
    expect(dialog.messageBoxes).toHaveLength(2);
  });

  it('says so when the system cannot open the link', async () => {
    choose('Open');
    shell.nextOpenFailure = new Error('No application is registered for this link');
    await expect(offer('mailto:facilitator@example.com', contents())).resolves.toBe('failed');
    expect(dialog.messageBoxes.map((box) => box.options.type)).toEqual(['question', 'warning']);
    expect(dialog.messageBoxes[1]?.options.message).toBe(englishText('desktop.menu.openLinkFailed'));
    expect(dialog.messageBoxes[1]?.options.detail).toContain('No application is registered for this link');
  });

  it('asks in the system’s language', async () => {
    app.setPreferredSystemLanguages(['he-IL']);
    await offer('https://example.com/', contents());
    const [box] = dialog.messageBoxes;
    expect(box?.options.buttons).toEqual(['פתיחה', 'ביטול']);
    expect(box?.options.message).not.toBe(englishText('desktop.menu.openLinkQuestion'));
  });

  it('asks without a window when the page has none', async () => {
    choose('Cancel');
    await expect(offer('https://example.com/', {} as WebContents)).resolves.toBe('cancelled');
    expect(dialog.messageBoxes[0]?.window).toBeNull();
  });
});

describe('links from every page of the app', () => {
  type OpenDetails = Parameters<Parameters<WebContents['setWindowOpenHandler']>[0]>[0];

  beforeEach(() => {
    hardenAllWebContents(app as unknown as App, offer);
    window = new BrowserWindow();
    choose('Open');
  });

  it('window.open and target=_blank open outside the app, never as a window of it', async () => {
    const answer = window.webContents.windowOpenHandler?.({ url: 'https://example.com/', disposition: 'foreground-tab' } as OpenDetails);
    expect(answer).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(shell.openedExternally).toEqual(['https://example.com/']));
    expect(dialog.messageBoxes[0]?.window).toBe(window);
    expect(BrowserWindow.created).toHaveLength(2);
    expect(BrowserWindow.getAllWindows()).toHaveLength(2);
  });

  it('a clicked link that would navigate away opens outside the app, and the page stays', async () => {
    const navigation = fakeEvent({ url: 'mailto:facilitator@example.com' });
    window.webContents.emit('will-navigate', navigation, navigation.url);
    expect(navigation.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(shell.openedExternally).toEqual(['mailto:facilitator@example.com']));
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'outmodel://x', 'about:blank'])(
    'window.open(%j) opens nothing anywhere',
    async (url) => {
      expect(window.webContents.windowOpenHandler?.({ url } as OpenDetails)).toEqual({ action: 'deny' });
      await Promise.resolve();
      expect(dialog.messageBoxes).toEqual([]);
      expect(shell.openedExternally).toEqual([]);
      expect(BrowserWindow.created).toHaveLength(2);
    },
  );
});
