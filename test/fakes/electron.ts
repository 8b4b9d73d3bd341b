/**
 * A small fake of the parts of Electron that electron/ uses. vitest.config.ts aliases `electron`
 * to this file for every test (the real package would try to download its binary); tests import
 * it directly to drive it and to read what was recorded.
 *
 * It keeps the rules of Electron that our code could get wrong: schemes are made privileged only
 * before ready, protocols are handled and windows created only after it, an IPC channel has one
 * handler, a key is exposed to the page once, and closing the last window emits
 * `window-all-closed`. Call `reset()` before each test.
 */
import os from 'node:os';
import path from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  Display,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OnBeforeRequestListenerDetails,
  Rectangle,
  Session,
  WebContents,
  WebRequestFilter,
} from 'electron';

type Listener = (...args: never[]) => unknown;

class FakeEmitter {
  #listeners = new Map<string, Array<{ listener: Listener; once: boolean }>>();

  on(event: string, listener: Listener): this {
    this.#add(event, listener, false);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.#add(event, listener, true);
    return this;
  }

  /** Calls the listeners of `event` in order; returns whether there were any. */
  emit(event: string, ...args: unknown[]): boolean {
    const entries = this.#listeners.get(event) ?? [];
    this.#listeners.set(event, entries.filter((entry) => !entry.once));
    for (const { listener } of entries) (listener as (...args: unknown[]) => unknown)(...args);
    return entries.length > 0;
  }

  listenerCount(event: string): number {
    return this.#listeners.get(event)?.length ?? 0;
  }

  removeListener(event: string, listener: Listener): this {
    const entries = this.#listeners.get(event) ?? [];
    const index = entries.findIndex((entry) => entry.listener === listener);
    if (index !== -1) this.#listeners.set(event, entries.filter((_, i) => i !== index));
    return this;
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  removeAllListeners(): this {
    this.#listeners.clear();
    return this;
  }

  #add(event: string, listener: Listener, once: boolean): void {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), { listener, once }]);
  }
}

export interface FakeEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

/** An Electron event object: `preventDefault()` plus the event's own fields. */
export function fakeEvent<Fields extends object>(fields: Fields = {} as Fields): Fields & FakeEvent {
  let prevented = false;
  return Object.assign(
    {
      preventDefault: () => {
        prevented = true;
      },
      get defaultPrevented() {
        return prevented;
      },
    },
    fields,
  );
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

class FakeApp extends FakeEmitter {
  #ready = deferred();
  #isReady = false;
  #singleInstanceLockFree = true;
  #version = '0.0.0-fake';
  quitCount = 0;
  lockRequests = 0;

  /** Whether the next `requestSingleInstanceLock()` succeeds; false plays a second instance. */
  setSingleInstanceLockFree(free: boolean): void {
    this.#singleInstanceLockFree = free;
  }

  requestSingleInstanceLock(): boolean {
    this.lockRequests += 1;
    return this.#singleInstanceLockFree;
  }

  /** Plays Electron finishing its start: resolves `whenReady()` and emits `ready`. */
  markReady(): void {
    this.#isReady = true;
    this.#ready.resolve();
    this.emit('ready', fakeEvent());
  }

  isReady(): boolean {
    return this.#isReady;
  }

  whenReady(): Promise<void> {
    return this.#ready.promise;
  }

  quit(): void {
    this.quitCount += 1;
  }

  #languages: string[] = ['en-US'];

  /** The system's preferred languages, as the operating system reports them. */
  setPreferredSystemLanguages(languages: string[]): void {
    this.#languages = languages;
  }

  getPreferredSystemLanguages(): string[] {
    return [...this.#languages];
  }

  getLocale(): string {
    return this.#languages[0] ?? 'en-US';
  }

  setVersion(version: string): void {
    this.#version = version;
  }

  getVersion(): string {
    return this.#version;
  }

  #paths = new Map<string, string>();

  setPath(name: string, value: string): void {
    this.#paths.set(name, value);
  }

  getPath(name: string): string {
    return this.#paths.get(name) ?? path.join(os.tmpdir(), 'outmodel-fake-electron', name);
  }

  reset(): void {
    this.removeAllListeners();
    this.#ready = deferred();
    this.#isReady = false;
    this.#singleInstanceLockFree = true;
    this.#version = '0.0.0-fake';
    this.#languages = ['en-US'];
    this.#paths.clear();
    this.quitCount = 0;
    this.lockRequests = 0;
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

type BeforeRequestListener = (
  details: OnBeforeRequestListenerDetails,
  callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
) => void;

class FakeWebRequest {
  beforeRequest: { filter: WebRequestFilter | null; listener: BeforeRequestListener } | null = null;

  onBeforeRequest(filterOrListener: WebRequestFilter | BeforeRequestListener | null, maybeListener?: BeforeRequestListener | null): void {
    const [filter, listener] =
      typeof filterOrListener === 'function' || filterOrListener === null
        ? [null, filterOrListener]
        : [filterOrListener, maybeListener ?? null];
    this.beforeRequest = listener ? { filter, listener } : null;
  }

  /** Plays the page requesting `url`; resolves with whether the session cancelled it (undefined: no listener). */
  request(url: string, resourceType: OnBeforeRequestListenerDetails['resourceType'] = 'other'): boolean | undefined {
    if (!this.beforeRequest) return undefined;
    let cancelled: boolean | undefined;
    this.beforeRequest.listener(
      { id: 1, url, method: 'GET', resourceType, referrer: '', timestamp: 0, uploadData: [] },
      (response) => {
        cancelled = response.cancel === true;
      },
    );
    if (cancelled === undefined) throw new Error(`The onBeforeRequest listener never answered for ${url}`);
    return cancelled;
  }

  reset(): void {
    this.beforeRequest = null;
  }
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  readonly webRequest = new FakeWebRequest();

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  reset(): void {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.webRequest.reset();
  }
}

export const session = { defaultSession: new FakeSession() };

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly session = session.defaultSession;
  url = '';
  /** Every message main sent to this page, oldest first. */
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron serialises with the structured clone algorithm: a function or a class instance would not arrive.
    this.sent.push({ channel, args: structuredClone(args) });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.url;
  }
}

export const app = new FakeApp();

class FakeBrowserWindow extends FakeEmitter {
  static #windows: FakeBrowserWindow[] = [];
  static #nextLoadFailure: Error | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.#windows];
  }

  static #focused: FakeBrowserWindow | null = null;

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.#focused && !FakeBrowserWindow.#focused.isDestroyed() ? FakeBrowserWindow.#focused : null;
  }

  /** The open window showing `contents`, or null (a closed window's contents are destroyed). */
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.#windows.find((window) => window.webContents === contents) ?? null;
  }

  /** Every window created since the last reset, closed ones included, oldest first. */
  static created: FakeBrowserWindow[] = [];

  /** Makes the next `loadURL()` reject with `error`, as Electron does when a page fails to load. */
  static failNextLoad(error: Error): void {
    FakeBrowserWindow.#nextLoadFailure = error;
  }

  static reset(): void {
    FakeBrowserWindow.#focused = null;
    FakeBrowserWindow.#windows = [];
    FakeBrowserWindow.#nextLoadFailure = null;
    FakeBrowserWindow.created = [];
  }

  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  /** The promise the last `loadURL()` returned. */
  lastLoad: Promise<void> | null = null;
  focusCount = 0;
  #visible: boolean;
  #minimized = false;
  #destroyed = false;
  #fullScreen: boolean;
  #bounds: Rectangle;
  #menuBarVisible = true;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    this.#visible = options.show ?? true;
    this.#fullScreen = options.fullscreen ?? false;
    this.#bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.#windows.push(this);
    FakeBrowserWindow.created.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
    app.emit('browser-window-created', fakeEvent(), this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.url = url;
    const failure = FakeBrowserWindow.#nextLoadFailure;
    FakeBrowserWindow.#nextLoadFailure = null;
    this.lastLoad = failure ? Promise.reject(failure) : Promise.resolve();
    return this.lastLoad;
  }

  getTitle(): string {
    return this.options.title ?? '';
  }

  show(): void {
    this.#visible = true;
    this.#minimized = false;
  }

  /** Shows the window without taking the focus from the one the person is working in. */
  showInactive(): void {
    this.#visible = true;
    this.#minimized = false;
  }

  isVisible(): boolean {
    return this.#visible;
  }

  focus(): void {
    this.focusCount += 1;
    FakeBrowserWindow.#focused = this;
  }

  /** Plays the person clicking into another window: nothing is focused afterwards. */
  blur(): void {
    if (FakeBrowserWindow.#focused === this) FakeBrowserWindow.#focused = null;
  }

  getBounds(): Rectangle {
    return { ...this.#bounds };
  }

  /** Like Electron, moving a window emits `move` and `moved`. */
  setBounds(bounds: Partial<Rectangle>): void {
    this.#bounds = { ...this.#bounds, ...bounds };
    this.emit('move');
    this.emit('moved');
  }

  isFullScreen(): boolean {
    return this.#fullScreen;
  }

  /** Entering and leaving full screen emit their events at once (on macOS they follow an animation). */
  setFullScreen(flag: boolean): void {
    if (flag === this.#fullScreen) return;
    this.#fullScreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }

  setMenuBarVisibility(visible: boolean): void {
    this.#menuBarVisible = visible;
  }

  isMenuBarVisible(): boolean {
    return this.#menuBarVisible;
  }

  minimize(): void {
    this.#minimized = true;
  }

  restore(): void {
    this.#minimized = false;
  }

  isMinimized(): boolean {
    return this.#minimized;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  close(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.webContents.destroyed = true;
    if (FakeBrowserWindow.#focused === this) FakeBrowserWindow.#focused = null;
    FakeBrowserWindow.#windows = FakeBrowserWindow.#windows.filter((window) => window !== this);
    this.emit('closed');
    if (FakeBrowserWindow.#windows.length === 0) app.emit('window-all-closed', fakeEvent());
  }
}

export { FakeBrowserWindow as BrowserWindow };

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    // Electron keeps only the last call.
    this.privilegedSchemes = schemes;
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw new Error('The protocol module can only be used after the app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Protocol '${scheme}' is already handled`);
    this.handlers.set(scheme, handler);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** What a page would get for `url`: the registered handler of its scheme answers. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for the '${scheme}' scheme`);
    return handler(new Request(url, init));
  }

  reset(): void {
    this.privilegedSchemes = [];
    this.handlers.clear();
  }
}

export const protocol = new FakeProtocol();

type IpcMainHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, IpcMainHandler>();

  handle(channel: string, handler: IpcMainHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Plays a renderer invoking `channel` from a frame at `senderUrl` (null: no frame). */
  async invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    return this.invokeFrom(channel, senderUrl, null, ...args);
  }

  /** As `invoke`, from a page whose web contents are `sender` (a fresh one when null). */
  async invokeFrom(channel: string, senderUrl: string | null, sender: FakeWebContents | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const contents = sender ?? new FakeWebContents();
    if (!sender) contents.url = senderUrl ?? '';
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl }, sender: contents } as unknown as IpcMainInvokeEvent;
    return handler(event, ...args);
  }

  reset(): void {
    this.handlers.clear();
  }
}

export const ipcMain = new FakeIpcMain();

type InvokeReply = (channel: string, ...args: unknown[]) => unknown;

const noHandlerReply: InvokeReply = (channel) => {
  throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
};

class FakeIpcRenderer extends FakeEmitter {
  readonly invocations: Array<{ channel: string; args: unknown[] }> = [];
  #reply: InvokeReply = noHandlerReply;

  /** Plays main sending `channel` to this page: the listeners get an event object, then the arguments. */
  receive(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, ...structuredClone(args));
  }

  /** What main answers to the next invocations. */
  replyWith(reply: InvokeReply): void {
    this.#reply = reply;
  }

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.#reply(channel, ...args);
  }

  reset(): void {
    this.removeAllListeners();
    this.invocations.length = 0;
    this.#reply = noHandlerReply;
  }
}

export const ipcRenderer = new FakeIpcRenderer();

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error('Cannot bind an API on top of an existing property on the window object');
    this.exposed.set(key, api);
  }

  reset(): void {
    this.exposed.clear();
  }
}

export const contextBridge = new FakeContextBridge();

/** A message box the app showed: the window it was attached to (null: none) and its options. */
export interface ShownMessageBox {
  window: FakeBrowserWindow | null;
  options: MessageBoxOptions;
}

/** The person closing a message box without choosing (Escape): Electron answers `cancelId`, else 0. */
const closeWithoutChoosing = (box: ShownMessageBox): number => box.options.cancelId ?? 0;

class FakeDialog {
  readonly errorBoxes: Array<{ title: string; content: string }> = [];
  /** Every message box shown, oldest first. */
  readonly messageBoxes: ShownMessageBox[] = [];
  /** How the person answers the next message boxes: the index of the button chosen (a promise: not yet). */
  answerMessageBox: (box: ShownMessageBox) => number | Promise<number> = closeWithoutChoosing;
  /** What the next save and open dialogs answer. */
  saveReply: { canceled: boolean; filePath?: string } = { canceled: true };
  openReply: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
  readonly saveRequests: unknown[] = [];

  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    this.saveRequests.push(args.at(-1));
    return this.saveReply;
  }

  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return this.openReply;
  }

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }

  /** `showMessageBox([window], options)`; resolves once the person answers (see `answerMessageBox`). */
  async showMessageBox(...args: [MessageBoxOptions] | [FakeBrowserWindow, MessageBoxOptions]): Promise<{ response: number; checkboxChecked: boolean }> {
    const [window, options] = args.length === 1 ? [null, args[0]] : args;
    if (!options.message) throw new Error('showMessageBox needs a message');
    if (window?.isDestroyed()) throw new Error('Object has been destroyed');
    const box = { window, options };
    this.messageBoxes.push(box);
    const response = await this.answerMessageBox(box);
    if (!Number.isInteger(response) || response < 0 || response >= Math.max(options.buttons?.length ?? 0, 1)) {
      throw new Error(`The fake person chose button ${response}, which the box does not have`);
    }
    return { response, checkboxChecked: false };
  }

  reset(): void {
    this.errorBoxes.length = 0;
    this.messageBoxes.length = 0;
    this.answerMessageBox = closeWithoutChoosing;
    this.saveRequests.length = 0;
    this.saveReply = { canceled: true };
    this.openReply = { canceled: true, filePaths: [] };
  }
}

export const dialog = new FakeDialog();

/** Electron's `shell`: records what the app handed to the system instead of opening it. */
class FakeShell {
  /** Every URL passed to `openExternal`, oldest first. */
  readonly openedExternally: string[] = [];
  /** Makes the next `openExternal()` reject, as Electron does when the system has no program for the link. */
  nextOpenFailure: Error | null = null;

  async openExternal(url: string): Promise<void> {
    this.openedExternally.push(url);
    const failure = this.nextOpenFailure;
    this.nextOpenFailure = null;
    if (failure) throw failure;
  }

  reset(): void {
    this.openedExternally.length = 0;
    this.nextOpenFailure = null;
  }
}

export const shell = new FakeShell();

export interface FakeDisplayOptions {
  id: number;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  /** The name the operating system gives the display; often empty. */
  label?: string;
  scaleFactor?: number;
  internal?: boolean;
}

/** A display as Electron describes it, with a work area that leaves room for a 40 px panel. */
export function fakeDisplay({ id, x = 0, y = 0, width = 1920, height = 1080, label = '', scaleFactor = 1, internal = false }: FakeDisplayOptions): Display {
  return {
    id,
    label,
    bounds: { x, y, width, height },
    workArea: { x, y: y + 40, width, height: height - 40 },
    size: { width, height },
    workAreaSize: { width, height: height - 40 },
    scaleFactor,
    internal,
    rotation: 0,
    monochrome: false,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x, y },
  };
}

/**
 * Electron's `screen`: usable only once the app is ready. Tests lay out the displays with
 * `setDisplays`, and plug or unplug one with `addDisplay` / `removeDisplay`, which emit the
 * events Electron emits.
 */
class FakeScreen extends FakeEmitter {
  #displays: Display[] = [fakeDisplay({ id: 1 })];
  #primaryId = 1;

  #assertReady(): void {
    if (!app.isReady()) throw new Error("The 'screen' module can't be used before the app 'ready' event");
  }

  /** The displays, the first being the primary unless `primaryId` says otherwise. */
  setDisplays(displays: Display[], primaryId = displays[0]?.id ?? 0): void {
    this.#displays = displays.map((display) => structuredClone(display));
    this.#primaryId = primaryId;
  }

  addDisplay(display: Display): void {
    this.#displays.push(structuredClone(display));
    this.emit('display-added', fakeEvent(), structuredClone(display));
  }

  removeDisplay(id: number): void {
    const display = this.#displays.find((candidate) => candidate.id === id);
    if (!display) throw new Error(`No display ${id}`);
    this.#displays = this.#displays.filter((candidate) => candidate !== display);
    if (this.#primaryId === id) this.#primaryId = this.#displays[0]?.id ?? 0;
    this.emit('display-removed', fakeEvent(), display);
  }

  changeDisplay(id: number, change: Partial<Pick<Display, 'bounds' | 'workArea' | 'size' | 'scaleFactor' | 'rotation'>>): void {
    const display = this.#displays.find((candidate) => candidate.id === id);
    if (!display) throw new Error(`No display ${id}`);
    Object.assign(display, structuredClone(change));
    const metrics = Object.keys(change).map((key) => (key === 'workArea' ? 'workArea' : key));
    this.emit('display-metrics-changed', fakeEvent(), structuredClone(display), metrics);
  }

  getAllDisplays(): Display[] {
    this.#assertReady();
    return this.#displays.map((display) => structuredClone(display));
  }

  getPrimaryDisplay(): Display {
    this.#assertReady();
    const primary = this.#displays.find((display) => display.id === this.#primaryId) ?? this.#displays[0];
    if (!primary) throw new Error('No display');
    return structuredClone(primary);
  }

  /** The display that overlaps `rect` most, as Electron answers. */
  getDisplayMatching(rect: Rectangle): Display {
    this.#assertReady();
    const overlap = (display: Display): number => {
      const { bounds } = display;
      const width = Math.min(bounds.x + bounds.width, rect.x + rect.width) - Math.max(bounds.x, rect.x);
      const height = Math.min(bounds.y + bounds.height, rect.y + rect.height) - Math.max(bounds.y, rect.y);
      return Math.max(0, width) * Math.max(0, height);
    };
    const best = [...this.#displays].sort((a, b) => overlap(b) - overlap(a))[0];
    return structuredClone(best && overlap(best) > 0 ? best : this.getPrimaryDisplay());
  }

  reset(): void {
    this.removeAllListeners();
    this.#displays = [fakeDisplay({ id: 1 })];
    this.#primaryId = 1;
  }
}

export const screen = new FakeScreen();

type MenuClick = (menuItem: FakeMenuItem, window: FakeBrowserWindow | undefined, event: { triggeredByAccelerator: boolean }) => void;

/** A menu item as built from a template: the template's fields, and a `click()` to play a choice. */
class FakeMenuItem {
  readonly id: string;
  readonly label: string;
  readonly role: MenuItemConstructorOptions['role'];
  readonly type: NonNullable<MenuItemConstructorOptions['type']>;
  readonly accelerator: string | undefined;
  readonly registerAccelerator: boolean;
  readonly submenu: FakeMenu | undefined;
  readonly options: MenuItemConstructorOptions;
  checked: boolean;
  enabled: boolean;
  visible: boolean;

  constructor(options: MenuItemConstructorOptions) {
    if (!options.label && !options.role && options.type !== 'separator' && !options.submenu) {
      throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    this.options = options;
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.role = options.role;
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.accelerator = options.accelerator;
    this.registerAccelerator = options.registerAccelerator ?? true;
    this.checked = options.checked ?? false;
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    const { submenu } = options;
    this.submenu = submenu === undefined ? undefined : submenu instanceof FakeMenu ? submenu : FakeMenu.buildFromTemplate(submenu as MenuItemConstructorOptions[]);
  }

  /** Plays the person choosing this item, with `window` focused (as Electron passes it). */
  click(window: FakeBrowserWindow | undefined = FakeBrowserWindow.getFocusedWindow() ?? undefined, triggeredByAccelerator = false): void {
    if (!this.enabled) return;
    if (this.type === 'checkbox') this.checked = !this.checked;
    (this.options.click as MenuClick | undefined)?.(this, window, { triggeredByAccelerator });
  }
}

class FakeMenu {
  static #applicationMenu: FakeMenu | null = null;
  static applicationMenuSets = 0;

  static buildFromTemplate(template: Array<MenuItemConstructorOptions | FakeMenuItem>): FakeMenu {
    const menu = new FakeMenu();
    for (const entry of template) menu.items.push(entry instanceof FakeMenuItem ? entry : new FakeMenuItem(entry));
    return menu;
  }

  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.#applicationMenu = menu;
    FakeMenu.applicationMenuSets += 1;
  }

  static getApplicationMenu(): FakeMenu | null {
    return FakeMenu.#applicationMenu;
  }

  static reset(): void {
    FakeMenu.#applicationMenu = null;
    FakeMenu.applicationMenuSets = 0;
  }

  readonly items: FakeMenuItem[] = [];

  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}

export { FakeMenu as Menu, FakeMenuItem as MenuItem };

/** Back to a fresh, not yet ready app with no windows, handlers or recorded calls. */
export function reset(): void {
  app.reset();
  FakeBrowserWindow.reset();
  protocol.reset();
  ipcMain.reset();
  session.defaultSession.reset();
  contextBridge.reset();
  ipcRenderer.reset();
  dialog.reset();
  shell.reset();
  screen.reset();
  FakeMenu.reset();
}

export default {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu: FakeMenu,
  MenuItem: FakeMenuItem,
  protocol,
  screen,
  session,
  shell,
};
