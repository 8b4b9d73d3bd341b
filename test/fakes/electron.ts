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
  IpcMainInvokeEvent,
  Session,
  WebContents,
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

  getPath(name: string): string {
    return path.join(os.tmpdir(), 'outmodel-fake-electron', name);
  }

  reset(): void {
    this.removeAllListeners();
    this.#ready = deferred();
    this.#isReady = false;
    this.#singleInstanceLockFree = true;
    this.#version = '0.0.0-fake';
    this.#languages = ['en-US'];
    this.quitCount = 0;
    this.lockRequests = 0;
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  reset(): void {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
  }
}

export const session = { defaultSession: new FakeSession() };

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly session = session.defaultSession;
  url = '';

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

  /** Every window created since the last reset, closed ones included, oldest first. */
  static created: FakeBrowserWindow[] = [];

  /** Makes the next `loadURL()` reject with `error`, as Electron does when a page fails to load. */
  static failNextLoad(error: Error): void {
    FakeBrowserWindow.#nextLoadFailure = error;
  }

  static reset(): void {
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

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    this.#visible = options.show ?? true;
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

  isVisible(): boolean {
    return this.#visible;
  }

  focus(): void {
    this.focusCount += 1;
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
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } } as IpcMainInvokeEvent;
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

class FakeIpcRenderer {
  readonly invocations: Array<{ channel: string; args: unknown[] }> = [];
  #reply: InvokeReply = noHandlerReply;

  /** What main answers to the next invocations. */
  replyWith(reply: InvokeReply): void {
    this.#reply = reply;
  }

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.#reply(channel, ...args);
  }

  reset(): void {
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

class FakeDialog {
  readonly errorBoxes: Array<{ title: string; content: string }> = [];

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }

  reset(): void {
    this.errorBoxes.length = 0;
  }
}

export const dialog = new FakeDialog();

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
}

export default {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  protocol,
  session,
};
