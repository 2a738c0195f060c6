/**
 * A typed stand-in for the `electron` module. vitest.config.ts aliases `electron` to this file, because the
 * real package downloads a binary the moment it is imported in plain Node.
 *
 * Every fake declares `implements Pick<RealType, ...>` (or takes its parameter types from the real
 * declarations), so when electron.d.ts changes a signature we use, tsc fails here instead of the fake quietly
 * drifting from Electron. Methods that would return real Electron objects return fakes instead; those are typed
 * only on their inputs.
 *
 * Conventions, so tests can drive and observe the app:
 * - every fake records `calls` (method name + arguments) and offers `callsTo(name)`;
 * - events are plain EventEmitter events, emitted with Electron's argument order; helpers such as
 *   `app.becomeReady()`, `tray.click()` or `webContents.tryNavigate(url)` emit them with realistic payloads;
 * - `resetElectronFake()` returns every singleton and class registry to its initial state.
 *
 * The module has no vitest dependency, so it can also be handed to code running in a `node:vm` context.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type {
  App,
  BrowserWindow as RealBrowserWindow,
  BrowserWindowConstructorOptions,
  ContextBridge,
  Dialog,
  Display,
  Dock,
  GlobalShortcut,
  IpcMain,
  IpcMainEvent,
  IpcMainInvokeEvent,
  IpcRenderer,
  Menu as RealMenu,
  MenuItem as RealMenuItem,
  MenuItemConstructorOptions,
  NativeImage as RealNativeImage,
  NativeTheme,
  Notification as RealNotification,
  NotificationConstructorOptions,
  PowerMonitor,
  Protocol,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Screen,
  Session,
  Shell,
  Size,
  Tray as RealTray,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';

// The static sides of Electron's classes; `typeof` cannot be applied to the type-only imports above.
type NativeImageStatics = typeof import('electron').nativeImage;
type MenuStatics = typeof import('electron').Menu;
type NotificationStatics = typeof import('electron').Notification;
type SessionStatics = typeof import('electron').session;

export interface FakeCall {
  method: string;
  args: unknown[];
}

/** Electron's event object: a preventable event carrying extra fields. */
export interface FakeEvent {
  preventDefault: () => void;
  readonly defaultPrevented: boolean;
  [extra: string]: unknown;
}

export function createFakeEvent(params: Record<string, unknown> = {}): FakeEvent {
  let prevented = false;
  return {
    ...params,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

class Recorder extends EventEmitter {
  readonly calls: FakeCall[] = [];

  protected record(method: string, args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsTo(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  protected resetRecorder(): void {
    this.calls.length = 0;
    this.removeAllListeners();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// app

type AppPathName = Parameters<App['getPath']>[0];

class FakeDock extends Recorder implements Pick<Dock, 'hide' | 'show' | 'isVisible' | 'setBadge' | 'getBadge'> {
  private visible = true;
  private badge = '';

  hide(): void {
    this.record('hide', []);
    this.visible = false;
  }

  show(): Promise<void> {
    this.record('show', []);
    this.visible = true;
    return Promise.resolve();
  }

  isVisible(): boolean {
    return this.visible;
  }

  setBadge(text: string): void {
    this.record('setBadge', [text]);
    this.badge = text;
  }

  getBadge(): string {
    return this.badge;
  }

  reset(): void {
    this.resetRecorder();
    this.visible = true;
    this.badge = '';
  }
}

export class FakeApp
  extends Recorder
  implements
    Pick<
      App,
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
      | 'relaunch'
      | 'focus'
      | 'requestSingleInstanceLock'
      | 'hasSingleInstanceLock'
      | 'releaseSingleInstanceLock'
      | 'getVersion'
      | 'getName'
      | 'setName'
      | 'getPath'
      | 'setPath'
      | 'getLocale'
      | 'getSystemLocale'
      | 'setAppUserModelId'
      | 'enableSandbox'
      | 'setLoginItemSettings'
      | 'getAppPath'
      | 'isPackaged'
      | 'name'
    >
{
  /** Knob: whether `requestSingleInstanceLock()` wins, i.e. whether this is the first instance. */
  singleInstanceLockAvailable = true;
  /** Knob: what `getVersion()` answers (unpackaged Electron reports package.json's version). */
  version = '0.1.0';
  isPackaged = false;
  name = 'Limber';
  /** Knob: `dock` exists only on macOS; set to undefined to act like Linux or Windows. */
  dock: FakeDock | undefined = new FakeDock();
  /** Knob: what `getAppPath()` answers: the folder holding package.json (the repository when unpackaged). */
  appPath = process.cwd();

  private ready = false;
  private lockHeld = false;
  private resolveReady: () => void = () => {};
  private readyPromise: Promise<void> = Promise.resolve();
  private readonly paths = new Map<AppPathName, string>();
  /** Set by `quit()`; the fake does not emit the quit sequence itself, tests do if they need it. */
  quitRequested = false;
  /** Set by `exit(code)`. */
  exitCode: number | undefined;

  constructor() {
    super();
    this.reset();
  }

  reset(): void {
    this.resetRecorder();
    this.singleInstanceLockAvailable = true;
    this.version = '0.1.0';
    this.isPackaged = false;
    this.name = 'Limber';
    this.dock = new FakeDock();
    this.appPath = process.cwd();
    this.ready = false;
    this.lockHeld = false;
    this.quitRequested = false;
    this.exitCode = undefined;
    this.paths.clear();
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    // Like Electron, whenReady() settles on the `ready` event however that event gets emitted.
    this.once('ready', () => {
      this.ready = true;
      this.resolveReady();
    });
  }

  /** Test helper: finish launching, as Electron does once Chromium is up. */
  becomeReady(): Promise<void> {
    if (!this.ready) {
      this.emit('will-finish-launching');
      this.emit('ready', createFakeEvent(), {});
    }
    return this.readyPromise;
  }

  /** Test helper: another launch of the app hit the single-instance lock. */
  launchSecondInstance(argv: string[] = [], workingDirectory = '/', additionalData: unknown = {}): void {
    this.emit('second-instance', createFakeEvent(), argv, workingDirectory, additionalData);
  }

  whenReady(): Promise<void> {
    this.record('whenReady', []);
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  quit(): void {
    this.record('quit', []);
    this.quitRequested = true;
  }

  exit(exitCode?: number): void {
    this.record('exit', [exitCode]);
    this.exitCode = exitCode ?? 0;
  }

  relaunch(...args: Parameters<App['relaunch']>): void {
    this.record('relaunch', args);
  }

  focus(...args: Parameters<App['focus']>): void {
    this.record('focus', args);
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.record('requestSingleInstanceLock', [additionalData]);
    this.lockHeld = this.singleInstanceLockAvailable;
    return this.lockHeld;
  }

  hasSingleInstanceLock(): boolean {
    return this.lockHeld;
  }

  releaseSingleInstanceLock(): void {
    this.record('releaseSingleInstanceLock', []);
    this.lockHeld = false;
  }

  getVersion(): string {
    return this.version;
  }

  getName(): string {
    return this.name;
  }

  getAppPath(): string {
    return this.appPath;
  }

  setName(name: string): void {
    this.record('setName', [name]);
    this.name = name;
  }

  getPath(name: AppPathName): string {
    return this.paths.get(name) ?? `/tmp/limber-fake/${name}`;
  }

  setPath(name: AppPathName, path: string): void {
    this.record('setPath', [name, path]);
    this.paths.set(name, path);
  }

  getLocale(): string {
    return 'en-US';
  }

  getSystemLocale(): string {
    return 'en-US';
  }

  setAppUserModelId(id: string): void {
    this.record('setAppUserModelId', [id]);
  }

  enableSandbox(): void {
    this.record('enableSandbox', []);
    if (this.ready) {
      throw new Error('app.enableSandbox() can only be called before app is ready');
    }
  }

  setLoginItemSettings(...args: Parameters<App['setLoginItemSettings']>): void {
    this.record('setLoginItemSettings', args);
  }
}

export const app = new FakeApp();

// ---------------------------------------------------------------------------------------------------------------
// BrowserWindow + webContents

let nextWebContentsId = 1;
let nextWindowId = 1;

export class FakeWebContents
  extends Recorder
  implements
    Pick<
      WebContents,
      | 'id'
      | 'send'
      | 'getURL'
      | 'getTitle'
      | 'isDestroyed'
      | 'isLoading'
      | 'setWindowOpenHandler'
      | 'openDevTools'
      | 'closeDevTools'
      | 'isDevToolsOpened'
      | 'reload'
      | 'focus'
    >
{
  readonly id = nextWebContentsId++;
  url = '';
  destroyed = false;
  devToolsOpened = false;
  windowOpenHandler: Parameters<WebContents['setWindowOpenHandler']>[0] | undefined;
  readonly sent: { channel: string; args: unknown[] }[] = [];

  constructor(readonly owner: FakeBrowserWindow | null = null) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    this.record('send', [channel, ...args]);
    if (this.destroyed) {
      throw new Error('Object has been destroyed');
    }
    this.sent.push({ channel, args });
  }

  getURL(): string {
    return this.url;
  }

  getTitle(): string {
    return this.owner?.getTitle() ?? '';
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isLoading(): boolean {
    return false;
  }

  setWindowOpenHandler(handler: Parameters<WebContents['setWindowOpenHandler']>[0]): void {
    this.record('setWindowOpenHandler', [handler]);
    this.windowOpenHandler = handler;
  }

  openDevTools(...args: Parameters<WebContents['openDevTools']>): void {
    this.record('openDevTools', args);
    this.devToolsOpened = true;
  }

  closeDevTools(): void {
    this.record('closeDevTools', []);
    this.devToolsOpened = false;
  }

  isDevToolsOpened(): boolean {
    return this.devToolsOpened;
  }

  reload(): void {
    this.record('reload', []);
  }

  focus(): void {
    this.record('focus', []);
  }

  /** Test helper: what the page's `window.open(url)` would get. Electron allows it when no handler is set. */
  tryOpenWindow(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) {
      return { action: 'allow' };
    }
    // Only the fields a window-open policy looks at; the rest (postBody, referrer policy) stay out of tests.
    const details = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    } as Parameters<NonNullable<FakeWebContents['windowOpenHandler']>>[0];
    return this.windowOpenHandler(details);
  }

  /**
   * Test helper: the page tries to navigate (a link click, `location = ...`). Returns true when a listener
   * prevented it; otherwise the fake follows the navigation, as Electron would.
   */
  tryNavigate(url: string, eventName: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const event = createFakeEvent({ url, isMainFrame: true, isSameDocument: false });
    this.emit(eventName, event, url, false, true);
    if (!event.defaultPrevented) {
      this.url = url;
    }
    return event.defaultPrevented;
  }

  /** Test helper: the page contains a `<webview>`. Returns true when a listener refused to attach it. */
  tryAttachWebview(webPreferences: Record<string, unknown> = {}, params: Record<string, string> = {}): boolean {
    const event = createFakeEvent();
    this.emit('will-attach-webview', event, webPreferences, params);
    return event.defaultPrevented;
  }

  /** Called when the owning window goes; not part of Electron's API. */
  destroyFromOwner(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

type BrowserWindowSurface = Pick<
  RealBrowserWindow,
  | 'id'
  | 'loadURL'
  | 'loadFile'
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'focus'
  | 'blur'
  | 'close'
  | 'destroy'
  | 'isDestroyed'
  | 'isVisible'
  | 'isFocused'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
  | 'setBounds'
  | 'getBounds'
  | 'center'
  | 'setTitle'
  | 'getTitle'
  | 'setSkipTaskbar'
  | 'moveTop'
  | 'setMenuBarVisibility'
>;

export class FakeBrowserWindow extends Recorder implements BrowserWindowSurface {
  /** Every window constructed since the last reset, including closed ones. */
  static readonly created: FakeBrowserWindow[] = [];
  private static focused: FakeBrowserWindow | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((w) => !w.isDestroyed());
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    const w = FakeBrowserWindow.focused;
    return w && !w.isDestroyed() ? w : null;
  }

  static fromId(id: number): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.id === id) ?? null;
  }

  static fromWebContents(contents: { id: number }): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.webContents.id === contents.id) ?? null;
  }

  static resetRegistry(): void {
    FakeBrowserWindow.created.length = 0;
    FakeBrowserWindow.focused = null;
  }

  readonly id = nextWindowId++;
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  private destroyed = false;
  private visible: boolean;
  private alwaysOnTop: boolean;
  private bounds: Rectangle;
  private title: string;
  skipTaskbar: boolean;
  menuBarVisible = true;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.visible = options.show ?? true;
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.skipTaskbar = options.skipTaskbar ?? false;
    this.title = options.title ?? app.getName();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new FakeWebContents(this);
    FakeBrowserWindow.created.push(this);
    // Electron announces new contents app-wide; hardening code hooks in exactly here.
    app.emit('web-contents-created', createFakeEvent(), this.webContents);
    app.emit('browser-window-created', createFakeEvent(), this);
  }

  loadURL(url: string, ...rest: unknown[]): Promise<void> {
    this.record('loadURL', [url, ...rest]);
    this.webContents.url = url;
    this.webContents.emit('did-finish-load');
    // Electron emits this once the first paint is ready, for windows created with `show: false`.
    if (!this.destroyed) this.emit('ready-to-show', createFakeEvent());
    return Promise.resolve();
  }

  loadFile(filePath: string, options?: Parameters<RealBrowserWindow['loadFile']>[1]): Promise<void> {
    this.record('loadFile', [filePath, options]);
    const url = pathToFileURL(filePath);
    if (options?.hash) url.hash = options.hash;
    this.webContents.url = url.href;
    this.webContents.emit('did-finish-load');
    return Promise.resolve();
  }

  show(): void {
    this.record('show', []);
    this.visible = true;
    FakeBrowserWindow.focused = this;
    this.emit('show');
  }

  showInactive(): void {
    this.record('showInactive', []);
    this.visible = true;
    this.emit('show');
  }

  hide(): void {
    this.record('hide', []);
    this.visible = false;
    this.emit('hide');
  }

  focus(): void {
    this.record('focus', []);
    FakeBrowserWindow.focused = this;
    this.emit('focus');
  }

  blur(): void {
    this.record('blur', []);
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('blur');
  }

  /** Like Electron: `close` is preventable; if nobody prevents it the window is destroyed. */
  close(): void {
    this.record('close', []);
    if (this.destroyed) return;
    const event = createFakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroy();
    }
  }

  /** Like Electron: the last window going away makes the app emit `window-all-closed`. */
  destroy(): void {
    this.record('destroy', []);
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.webContents.destroyFromOwner();
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) {
      app.emit('window-all-closed');
    }
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isVisible(): boolean {
    return this.visible;
  }

  isFocused(): boolean {
    return FakeBrowserWindow.focused === this;
  }

  setAlwaysOnTop(flag: boolean, ...rest: unknown[]): void {
    this.record('setAlwaysOnTop', [flag, ...rest]);
    this.alwaysOnTop = flag;
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }

  setBounds(bounds: Partial<Rectangle>, animate?: boolean): void {
    this.record('setBounds', [bounds, animate]);
    this.bounds = { ...this.bounds, ...bounds };
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  center(): void {
    this.record('center', []);
  }

  setTitle(title: string): void {
    this.record('setTitle', [title]);
    this.title = title;
  }

  getTitle(): string {
    return this.title;
  }

  setSkipTaskbar(skip: boolean): void {
    this.record('setSkipTaskbar', [skip]);
    this.skipTaskbar = skip;
  }

  moveTop(): void {
    this.record('moveTop', []);
  }

  setMenuBarVisibility(visible: boolean): void {
    this.record('setMenuBarVisibility', [visible]);
    this.menuBarVisible = visible;
  }
}

export { FakeBrowserWindow as BrowserWindow };

// ---------------------------------------------------------------------------------------------------------------
// IPC

/** The sender identity a fake IPC event carries; override per call to test sender validation. */
export interface FakeSender {
  sender: FakeWebContents;
  senderFrame: { url: string; parent: null | object; routingId: number; processId: number } | null;
}

export function createFakeSender(url = 'app://limber/index.html', contents = new FakeWebContents()): FakeSender {
  contents.url = url;
  return { sender: contents, senderFrame: { url, parent: null, routingId: 1, processId: 1 } };
}

type InvokeHandler = Parameters<IpcMain['handle']>[1];

export class FakeIpcMain extends Recorder implements Pick<IpcMain, 'handle' | 'handleOnce' | 'removeHandler'> {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    this.record('handle', [channel, listener]);
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  handleOnce(channel: string, listener: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.record('removeHandler', [channel]);
    this.handlers.delete(channel);
  }

  /** Test helper: a renderer calls `ipcRenderer.invoke(channel, ...args)` from `from`. */
  async invokeFrom(from: FakeSender, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) {
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    }
    const event = createFakeEvent({ ...from, frameId: 1, processId: 1 }) as unknown as IpcMainInvokeEvent;
    return await handler(event, ...args);
  }

  /** Test helper: a renderer calls `ipcRenderer.send(channel, ...args)` from `from`. */
  sendFrom(from: FakeSender, channel: string, ...args: unknown[]): FakeEvent {
    const replies: { channel: string; args: unknown[] }[] = [];
    const event = createFakeEvent({
      ...from,
      frameId: 1,
      processId: 1,
      ports: [],
      returnValue: undefined,
      replies,
      reply: (replyChannel: string, ...replyArgs: unknown[]) => replies.push({ channel: replyChannel, args: replyArgs }),
    });
    this.emit(channel, event as unknown as IpcMainEvent, ...args);
    return event;
  }

  reset(): void {
    this.resetRecorder();
    this.handlers.clear();
  }
}

export const ipcMain = new FakeIpcMain();

export class FakeIpcRenderer extends Recorder implements Pick<IpcRenderer, 'invoke' | 'send' | 'sendSync' | 'postMessage'> {
  /** Who the renderer side claims to be when it reaches the fake ipcMain. */
  sender: FakeSender = createFakeSender();

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.record('invoke', [channel, ...args]);
    return ipcMain.invokeFrom(this.sender, channel, ...args);
  }

  send(channel: string, ...args: unknown[]): void {
    this.record('send', [channel, ...args]);
    ipcMain.sendFrom(this.sender, channel, ...args);
  }

  sendSync(channel: string, ...args: unknown[]): unknown {
    this.record('sendSync', [channel, ...args]);
    return ipcMain.sendFrom(this.sender, channel, ...args)['returnValue'];
  }

  postMessage(channel: string, message: unknown, transfer?: MessagePort[]): void {
    this.record('postMessage', [channel, message, transfer]);
  }

  /** Test helper: main sent `channel` to this renderer (`webContents.send`). */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, createFakeEvent({ sender: this, ports: [] }), ...args);
  }

  reset(): void {
    this.resetRecorder();
    this.sender = createFakeSender();
  }
}

export const ipcRenderer = new FakeIpcRenderer();

// ---------------------------------------------------------------------------------------------------------------
// contextBridge

export class FakeContextBridge extends Recorder implements Pick<ContextBridge, 'exposeInMainWorld' | 'exposeInIsolatedWorld'> {
  /** What the page's `window` would see, keyed by API name. */
  readonly exposed: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  exposeInMainWorld(apiKey: string, api: unknown): void {
    this.record('exposeInMainWorld', [apiKey, api]);
    if (apiKey in this.exposed) {
      throw new Error('Cannot bind an API on top of an existing property on the window object');
    }
    this.exposed[apiKey] = api;
  }

  exposeInIsolatedWorld(worldId: number, apiKey: string, api: unknown): void {
    this.record('exposeInIsolatedWorld', [worldId, apiKey, api]);
  }

  reset(): void {
    this.resetRecorder();
    for (const key of Object.keys(this.exposed)) delete this.exposed[key];
  }
}

export const contextBridge = new FakeContextBridge();

// ---------------------------------------------------------------------------------------------------------------
// nativeImage

export class FakeNativeImage
  implements
    Pick<
      RealNativeImage,
      'isEmpty' | 'getSize' | 'isTemplateImage' | 'setTemplateImage' | 'getAspectRatio' | 'getScaleFactors' | 'toDataURL'
    >
{
  isMacTemplateImage = false;

  constructor(
    /** Where the image came from: a file path, a data URL, or '' for an empty image. */
    readonly source: string,
    private readonly size: Size,
  ) {}

  isEmpty(): boolean {
    return this.size.width === 0 || this.size.height === 0;
  }

  getSize(): Size {
    return { ...this.size };
  }

  isTemplateImage(): boolean {
    return this.isMacTemplateImage;
  }

  setTemplateImage(option: boolean): void {
    this.isMacTemplateImage = option;
  }

  getAspectRatio(): number {
    return this.isEmpty() ? 1 : this.size.width / this.size.height;
  }

  getScaleFactors(): number[] {
    return [1];
  }

  toDataURL(): string {
    return this.source.startsWith('data:') ? this.source : 'data:image/png;base64,';
  }

  resize(options: Parameters<RealNativeImage['resize']>[0]): FakeNativeImage {
    const width = options.width ?? this.size.width;
    const height = options.height ?? Math.round(width / this.getAspectRatio());
    return new FakeNativeImage(this.source, { width, height });
  }
}

/** Reads width/height from a PNG header so icon-size tests see real numbers; other formats count as 16×16. */
function imageSize(path: string): Size {
  const bytes = readFileSync(path);
  const isPng = bytes.length >= 24 && bytes.toString('latin1', 1, 4) === 'PNG';
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 16, height: 16 };
}

export const nativeImage = {
  /** Like Electron, a missing or unreadable file gives an empty image rather than an error. */
  createFromPath(path: Parameters<NativeImageStatics['createFromPath']>[0]): FakeNativeImage {
    if (!path || !existsSync(path)) return new FakeNativeImage(path, { width: 0, height: 0 });
    try {
      return new FakeNativeImage(path, imageSize(path));
    } catch {
      return new FakeNativeImage(path, { width: 0, height: 0 });
    }
  },
  createEmpty(): FakeNativeImage {
    return new FakeNativeImage('', { width: 0, height: 0 });
  },
  createFromDataURL(dataURL: Parameters<NativeImageStatics['createFromDataURL']>[0]): FakeNativeImage {
    return new FakeNativeImage(dataURL, { width: 16, height: 16 });
  },
  createFromBuffer(...[buffer, options]: Parameters<NativeImageStatics['createFromBuffer']>): FakeNativeImage {
    const size = buffer.length === 0 ? { width: 0, height: 0 } : { width: options?.width ?? 16, height: options?.height ?? 16 };
    return new FakeNativeImage('buffer', size);
  },
};

type ImageInput = FakeNativeImage | string;

// ---------------------------------------------------------------------------------------------------------------
// Menu

export class FakeMenuItem
  implements Pick<RealMenuItem, 'id' | 'label' | 'sublabel' | 'toolTip' | 'type' | 'enabled' | 'visible' | 'checked'>
{
  id: string;
  label: string;
  sublabel: string;
  toolTip: string;
  type: RealMenuItem['type'];
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  role: MenuItemConstructorOptions['role'];
  accelerator: string | null;
  submenu: FakeMenu | undefined;
  menu: FakeMenu | undefined;
  readonly options: MenuItemConstructorOptions;

  constructor(options: MenuItemConstructorOptions) {
    this.options = options;
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.sublabel = options.sublabel ?? '';
    this.toolTip = options.toolTip ?? '';
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.checked = options.checked ?? false;
    this.role = options.role;
    this.accelerator = options.accelerator ?? null;
    this.submenu =
      options.submenu instanceof FakeMenu
        ? options.submenu
        : Array.isArray(options.submenu)
          ? FakeMenu.buildFromTemplate(options.submenu)
          : undefined;
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal');
  }

  /** Like a user click: toggles checkboxes, selects radios, then runs the item's `click`. */
  click(): void {
    if (!this.enabled) return;
    if (this.type === 'checkbox') this.checked = !this.checked;
    if (this.type === 'radio') {
      for (const sibling of this.menu?.items ?? []) {
        if (sibling.type === 'radio') sibling.checked = sibling === this;
      }
    }
    this.options.click?.(this as unknown as RealMenuItem, undefined, {} as KeyboardEvent);
  }
}

export class FakeMenu extends Recorder implements Pick<RealMenu, 'popup' | 'closePopup'> {
  private static applicationMenu: FakeMenu | null = null;

  static buildFromTemplate(template: Parameters<MenuStatics['buildFromTemplate']>[0]): FakeMenu {
    const menu = new FakeMenu();
    for (const entry of template) {
      menu.append(entry instanceof FakeMenuItem ? entry : new FakeMenuItem(entry as MenuItemConstructorOptions));
    }
    return menu;
  }

  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }

  static getApplicationMenu(): FakeMenu | null {
    return FakeMenu.applicationMenu;
  }

  static resetRegistry(): void {
    FakeMenu.applicationMenu = null;
  }

  readonly items: FakeMenuItem[] = [];

  append(item: FakeMenuItem): void {
    item.menu = this;
    this.items.push(item);
  }

  insert(pos: number, item: FakeMenuItem): void {
    item.menu = this;
    this.items.splice(pos, 0, item);
  }

  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const nested = item.submenu?.getMenuItemById(id);
      if (nested) return nested;
    }
    return null;
  }

  /** Test helper: find an item by id or label, searching submenus too. */
  find(idOrLabel: string): FakeMenuItem | undefined {
    for (const item of this.items) {
      if (item.id === idOrLabel || item.label === idOrLabel) return item;
      const nested = item.submenu?.find(idOrLabel);
      if (nested) return nested;
    }
    return undefined;
  }

  /** Test helper: click the item with this id or label; throws if there is none, so typos fail loudly. */
  click(idOrLabel: string): void {
    const item = this.find(idOrLabel);
    if (!item) throw new Error(`No menu item '${idOrLabel}'`);
    item.click();
  }

  popup(...args: Parameters<RealMenu['popup']>): void {
    this.record('popup', args);
    this.emit('menu-will-show', createFakeEvent());
  }

  closePopup(...args: Parameters<RealMenu['closePopup']>): void {
    this.record('closePopup', args);
    this.emit('menu-will-close', createFakeEvent());
  }
}

export { FakeMenu as Menu, FakeMenuItem as MenuItem };

// ---------------------------------------------------------------------------------------------------------------
// Tray

export class FakeTray
  extends Recorder
  implements
    Pick<
      RealTray,
      | 'setToolTip'
      | 'setTitle'
      | 'getTitle'
      | 'destroy'
      | 'isDestroyed'
      | 'getBounds'
      | 'getGUID'
      | 'setIgnoreDoubleClickEvents'
      | 'getIgnoreDoubleClickEvents'
      | 'focus'
      | 'closeContextMenu'
    >
{
  /** Every tray constructed since the last reset, including destroyed ones. */
  static readonly created: FakeTray[] = [];

  image: ImageInput;
  pressedImage: ImageInput | undefined;
  toolTip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  private destroyed = false;
  private ignoreDoubleClick = false;

  constructor(
    image: ImageInput,
    readonly guid?: string,
  ) {
    super();
    this.image = image;
    FakeTray.created.push(this);
  }

  private assertAlive(): void {
    // Electron throws on any call to a destroyed tray; code that keeps a stale reference should fail in tests too.
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }

  setToolTip(toolTip: string): void {
    this.assertAlive();
    this.record('setToolTip', [toolTip]);
    this.toolTip = toolTip;
  }

  setTitle(title: string, ...rest: unknown[]): void {
    this.assertAlive();
    this.record('setTitle', [title, ...rest]);
    this.title = title;
  }

  getTitle(): string {
    return this.title;
  }

  setImage(image: ImageInput): void {
    this.assertAlive();
    this.record('setImage', [image]);
    this.image = image;
  }

  setPressedImage(image: ImageInput): void {
    this.assertAlive();
    this.record('setPressedImage', [image]);
    this.pressedImage = image;
  }

  setContextMenu(menu: FakeMenu | null): void {
    this.assertAlive();
    this.record('setContextMenu', [menu]);
    this.contextMenu = menu;
  }

  popUpContextMenu(menu?: FakeMenu, position?: { x: number; y: number }): void {
    this.assertAlive();
    this.record('popUpContextMenu', [menu, position]);
  }

  closeContextMenu(): void {
    this.record('closeContextMenu', []);
  }

  destroy(): void {
    this.record('destroy', []);
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getBounds(): Rectangle {
    return { x: 0, y: 0, width: 22, height: 22 };
  }

  getGUID(): string | null {
    return this.guid ?? null;
  }

  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.ignoreDoubleClick = ignore;
  }

  getIgnoreDoubleClickEvents(): boolean {
    return this.ignoreDoubleClick;
  }

  focus(): void {
    this.record('focus', []);
  }

  /** Test helper: the user activates the tray icon (left click on most hosts). */
  click(): void {
    this.emit('click', createFakeEvent(), this.getBounds(), { x: 0, y: 0 });
  }

  /** Test helper: the user right-clicks the icon. */
  rightClick(): void {
    this.emit('right-click', createFakeEvent(), this.getBounds());
  }
}

export { FakeTray as Tray };

// ---------------------------------------------------------------------------------------------------------------
// Notification

export class FakeNotification
  extends Recorder
  implements
    Pick<RealNotification, 'show' | 'close' | 'title' | 'body' | 'subtitle' | 'silent' | 'urgency' | 'timeoutType'>
{
  /** Knob: what `Notification.isSupported()` answers. */
  static supported = true;
  /** Every notification constructed since the last reset. */
  static readonly created: FakeNotification[] = [];

  static isSupported(): ReturnType<NotificationStatics['isSupported']> {
    return FakeNotification.supported;
  }

  static resetRegistry(): void {
    FakeNotification.supported = true;
    FakeNotification.created.length = 0;
  }

  readonly options: NotificationConstructorOptions;
  title: string;
  body: string;
  subtitle: string;
  silent: boolean;
  urgency: RealNotification['urgency'];
  timeoutType: RealNotification['timeoutType'];
  shown = false;
  closed = false;

  constructor(options: NotificationConstructorOptions = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.subtitle = options.subtitle ?? '';
    this.silent = options.silent ?? false;
    this.urgency = options.urgency ?? 'normal';
    this.timeoutType = options.timeoutType ?? 'default';
    FakeNotification.created.push(this);
  }

  show(): void {
    this.record('show', []);
    this.shown = true;
    this.closed = false;
    this.emit('show', createFakeEvent());
  }

  close(): void {
    this.record('close', []);
    if (this.closed) return;
    this.closed = true;
    this.emit('close', createFakeEvent());
  }

  /** Test helper: the user clicks the notification body. */
  click(): void {
    this.emit('click', createFakeEvent());
  }

  /** Test helper: the user presses the action button at `index` (macOS and Windows only). */
  pressAction(index: number): void {
    this.emit('action', createFakeEvent(), index, -1);
  }

  /**
   * Test helper: the system closes the notification for a `reason` (Windows' toast timing out into the Action
   * Center, the user dismissing it). A timed-out one can still be clicked in the notification centre.
   */
  closeBySystem(reason: 'timedOut' | 'userCanceled'): void {
    this.closed = true;
    this.emit('close', createFakeEvent({ reason }));
  }

  /** Test helper: the notification server rejected it (unsigned macOS builds do this every time). */
  fail(error = 'failed'): void {
    this.emit('failed', createFakeEvent(), error);
  }
}

export { FakeNotification as Notification };

// ---------------------------------------------------------------------------------------------------------------
// powerMonitor

type IdleState = ReturnType<PowerMonitor['getSystemIdleState']>;

export class FakePowerMonitor
  extends Recorder
  implements Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState' | 'isOnBatteryPower' | 'getCurrentThermalState'>
{
  /** Knob: seconds since the last user input. */
  idleSeconds = 0;
  /** Knob: a locked screen reports `locked` whatever the idle time. */
  locked = false;
  /** Knob: mimic platforms (e.g. some Wayland sessions) where idle state cannot be read. */
  idleUnsupported = false;
  onBattery = false;

  getSystemIdleTime(): number {
    return this.idleUnsupported ? 0 : this.idleSeconds;
  }

  getSystemIdleState(idleThreshold: number): IdleState {
    if (!(idleThreshold > 0)) {
      throw new TypeError('Invalid idle threshold, must be greater than 0');
    }
    if (this.idleUnsupported) return 'unknown';
    if (this.locked) return 'locked';
    return this.idleSeconds >= idleThreshold ? 'idle' : 'active';
  }

  isOnBatteryPower(): boolean {
    return this.onBattery;
  }

  getCurrentThermalState(): ReturnType<PowerMonitor['getCurrentThermalState']> {
    return 'unknown';
  }

  /** Test helper: emit a power event the way Electron does (all of these carry a preventable event). */
  fire(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown' | 'on-ac' | 'on-battery'): FakeEvent {
    const e = createFakeEvent();
    this.emit(event, e);
    return e;
  }

  reset(): void {
    this.resetRecorder();
    this.idleSeconds = 0;
    this.locked = false;
    this.idleUnsupported = false;
    this.onBattery = false;
  }
}

export const powerMonitor = new FakePowerMonitor();

// ---------------------------------------------------------------------------------------------------------------
// protocol

type ProtocolHandler = Parameters<Protocol['handle']>[1];
type CustomScheme = Parameters<Protocol['registerSchemesAsPrivileged']>[0][number];

export class FakeProtocol
  extends Recorder
  implements Pick<Protocol, 'handle' | 'unhandle' | 'isProtocolHandled' | 'registerSchemesAsPrivileged'>
{
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly privilegedSchemes: CustomScheme[] = [];

  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    this.record('registerSchemesAsPrivileged', [customSchemes]);
    // Electron ignores this call after ready, which silently breaks the scheme; make that mistake loud here.
    if (app.isReady()) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    }
    this.privilegedSchemes.push(...customSchemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.record('handle', [scheme, handler]);
    if (this.handlers.has(scheme)) {
      throw new Error(`Failed to register protocol: ${scheme}`);
    }
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.record('unhandle', [scheme]);
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** Test helper: what a page request to `url` would receive from the registered handler. */
  async fetch(input: string | Request): Promise<Response> {
    const request = typeof input === 'string' ? new Request(input) : input;
    const scheme = new URL(request.url).protocol.replace(/:$/, '');
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for scheme '${scheme}'`);
    return await handler(request);
  }

  reset(): void {
    this.resetRecorder();
    this.handlers.clear();
    this.privilegedSchemes.length = 0;
  }
}

export const protocol = new FakeProtocol();

// ---------------------------------------------------------------------------------------------------------------
// session

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type Permission = Parameters<PermissionRequestHandler>[1];

export class FakeSession
  extends Recorder
  implements Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'getUserAgent' | 'setUserAgent'>
{
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  private userAgent = 'Mozilla/5.0 (fake) Limber Electron';

  constructor(readonly partition: string) {
    super();
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.record('setPermissionRequestHandler', [handler]);
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.record('setPermissionCheckHandler', [handler]);
    this.permissionCheckHandler = handler;
  }

  getUserAgent(): string {
    return this.userAgent;
  }

  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent;
  }

  /** Test helper: a page asks for `permission`. Electron grants everything when no handler is set. */
  requestPermission(permission: Permission, contents = new FakeWebContents()): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => {
      handler(contents as unknown as WebContents, permission, resolve, {
        requestingUrl: contents.url,
        isMainFrame: true,
      } as Parameters<PermissionRequestHandler>[3]);
    });
  }

  /** Test helper: a page checks `permission` synchronously. Electron allows it when no handler is set. */
  checkPermission(permission: Permission, origin = 'app://limber'): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(null, permission, origin, { isMainFrame: true } as Parameters<PermissionCheckHandler>[3]);
  }
}

const sessions = new Map<string, FakeSession>();

export const session = {
  /** Like Electron, the default session does not exist until the app is ready. */
  get defaultSession(): FakeSession {
    if (!app.isReady()) {
      throw new Error('Session can only be received when app is ready');
    }
    return session.fromPartition('');
  },
  fromPartition(partition: Parameters<SessionStatics['fromPartition']>[0]): FakeSession {
    let s = sessions.get(partition);
    if (!s) {
      s = new FakeSession(partition);
      sessions.set(partition, s);
    }
    return s;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// shell

export class FakeShell
  extends Recorder
  implements Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder' | 'trashItem' | 'beep'>
{
  /** URLs passed to openExternal, in order. */
  readonly opened: string[] = [];

  openExternal(url: string, ...rest: unknown[]): Promise<void> {
    this.record('openExternal', [url, ...rest]);
    this.opened.push(url);
    return Promise.resolve();
  }

  openPath(path: string): Promise<string> {
    this.record('openPath', [path]);
    return Promise.resolve('');
  }

  showItemInFolder(fullPath: string): void {
    this.record('showItemInFolder', [fullPath]);
  }

  trashItem(path: string): Promise<void> {
    this.record('trashItem', [path]);
    return Promise.resolve();
  }

  beep(): void {
    this.record('beep', []);
  }

  reset(): void {
    this.resetRecorder();
    this.opened.length = 0;
  }
}

export const shell = new FakeShell();

// ---------------------------------------------------------------------------------------------------------------
// globalShortcut

export class FakeGlobalShortcut
  extends Recorder
  implements Pick<GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'>
{
  readonly registered = new Map<string, () => void>();
  /** Knob: accelerators another application already owns, so `register` fails for them. */
  readonly takenElsewhere = new Set<string>();

  register(accelerator: string, callback: () => void): boolean {
    this.record('register', [accelerator, callback]);
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }

  unregister(accelerator: string): void {
    this.record('unregister', [accelerator]);
    this.registered.delete(accelerator);
  }

  unregisterAll(): void {
    this.record('unregisterAll', []);
    this.registered.clear();
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }

  /** Test helper: the user presses `accelerator`. Returns whether anything was listening. */
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return callback !== undefined;
  }

  reset(): void {
    this.resetRecorder();
    this.registered.clear();
    this.takenElsewhere.clear();
  }
}

export const globalShortcut = new FakeGlobalShortcut();

// ---------------------------------------------------------------------------------------------------------------
// screen

export class FakeScreen extends Recorder implements Pick<Screen, 'getCursorScreenPoint' | 'getPrimaryDisplay' | 'getAllDisplays' | 'getDisplayNearestPoint'> {
  /** Knob: where the mouse pointer is. */
  cursor = { x: 100, y: 100 };
  /** Knob: the displays, the first being primary. Work areas leave room for panels. */
  displays: Display[] = [];

  constructor() {
    super();
    this.reset();
  }

  getCursorScreenPoint(): { x: number; y: number } {
    return { ...this.cursor };
  }

  getPrimaryDisplay(): Display {
    return this.displays[0]!;
  }

  getAllDisplays(): Display[] {
    return [...this.displays];
  }

  getDisplayNearestPoint(point: { x: number; y: number }): Display {
    const inside = this.displays.find((d) => within(point, d.bounds));
    return inside ?? this.displays[0]!;
  }

  reset(): void {
    this.resetRecorder();
    this.cursor = { x: 100, y: 100 };
    this.displays = [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, 32)];
  }
}

function within(p: { x: number; y: number }, r: Rectangle): boolean {
  return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
}

/** A display whose work area is its bounds minus a top panel of `panel` pixels. */
export function fakeDisplay(id: number, bounds: Rectangle, panel = 0): Display {
  return {
    id,
    bounds,
    workArea: { x: bounds.x, y: bounds.y + panel, width: bounds.width, height: bounds.height - panel },
    scaleFactor: 1,
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: bounds.width, height: bounds.height - panel },
    rotation: 0,
    internal: false,
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    displayFrequency: 60,
    touchSupport: 'unknown',
    label: `Display ${id}`,
    detected: true,
    nativeOrigin: { x: bounds.x, y: bounds.y },
    maximumCursorSize: { width: 0, height: 0 },
  } as Display;
}

export const screen = new FakeScreen();

// ---------------------------------------------------------------------------------------------------------------
// nativeTheme

export class FakeNativeTheme
  extends Recorder
  implements Pick<NativeTheme, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'shouldUseHighContrastColors' | 'themeSource'>
{
  shouldUseDarkColors = false;
  /** Windows only in Electron: whether the taskbar and other system UI are dark, apart from the app theme. */
  shouldUseDarkColorsForSystemIntegratedUI = false;
  shouldUseHighContrastColors = false;
  themeSource: NativeTheme['themeSource'] = 'system';

  /** Test helper: the user switches the system theme; Electron then emits `updated`. */
  switchSystemTheme(theme: { dark: boolean; systemUIDark?: boolean }): void {
    this.shouldUseDarkColors = theme.dark;
    this.shouldUseDarkColorsForSystemIntegratedUI = theme.systemUIDark ?? theme.dark;
    this.emit('updated');
  }

  reset(): void {
    this.resetRecorder();
    this.shouldUseDarkColors = false;
    this.shouldUseDarkColorsForSystemIntegratedUI = false;
    this.shouldUseHighContrastColors = false;
    this.themeSource = 'system';
  }
}

export const nativeTheme = new FakeNativeTheme();

// ---------------------------------------------------------------------------------------------------------------
// dialog

export class FakeDialog extends Recorder implements Pick<Dialog, 'showSaveDialog'> {
  /** Knob: what the next save dialogs answer; null means the user cancels. */
  saveAnswer: string | null = null;

  showSaveDialog(...args: [SaveDialogOptions] | [unknown, SaveDialogOptions]): Promise<SaveDialogReturnValue> {
    this.record('showSaveDialog', args);
    const answer = this.saveAnswer;
    return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer });
  }

  reset(): void {
    this.resetRecorder();
    this.saveAnswer = null;
  }
}

export const dialog = new FakeDialog();

// ---------------------------------------------------------------------------------------------------------------

/**
 * Test helper for long runs: drops what the fake keeps only for inspection (call logs, destroyed windows, closed
 * notifications), so a memory measurement sees the app's growth rather than the fake's.
 */
export function forgetInspectionHistory(): void {
  for (const recorder of [app, ipcMain, ipcRenderer, contextBridge, powerMonitor, protocol, shell, globalShortcut, screen, dialog]) {
    recorder.calls.length = 0;
  }
  for (const s of sessions.values()) s.calls.length = 0;
  for (const w of FakeBrowserWindow.created) w.calls.length = 0;
  for (const t of FakeTray.created) t.calls.length = 0;
  const alive = FakeBrowserWindow.created.filter((w) => !w.isDestroyed());
  FakeBrowserWindow.created.splice(0, FakeBrowserWindow.created.length, ...alive);
  const liveNotes = FakeNotification.created.filter((n) => !n.closed && n.listenerCount('click') > 0);
  FakeNotification.created.splice(0, FakeNotification.created.length, ...liveNotes);
}

/** Put every fake back to its just-loaded state. Call it in `beforeEach` (and `vi.resetModules()` for main). */
export function resetElectronFake(): void {
  app.reset();
  ipcMain.reset();
  ipcRenderer.reset();
  contextBridge.reset();
  powerMonitor.reset();
  protocol.reset();
  shell.reset();
  globalShortcut.reset();
  screen.reset();
  dialog.reset();
  nativeTheme.reset();
  sessions.clear();
  FakeBrowserWindow.resetRegistry();
  FakeMenu.resetRegistry();
  FakeNotification.resetRegistry();
  FakeTray.created.length = 0;
}

/**
 * The real `electron` module is CommonJS, so ES code may also import it as a default (electron-store does:
 * `import electron from 'electron'`). This object plays that role.
 */
const electronDefault = {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  globalShortcut,
  ipcMain,
  ipcRenderer,
  Menu: FakeMenu,
  MenuItem: FakeMenuItem,
  nativeImage,
  nativeTheme,
  Notification: FakeNotification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray: FakeTray,
};
export default electronDefault;
