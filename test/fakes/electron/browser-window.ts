import type { BrowserWindow as RealBrowserWindow, BrowserWindowConstructorOptions, WebContents, WindowOpenHandlerResponse } from 'electron';
import { app } from './app.js';
import { createFakeEvent, Recorder } from './support.js';

let nextWebContentsId = 1;
let nextWindowId = 1;

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

export class FakeWebContents
  extends Recorder
  implements Pick<WebContents, 'id' | 'send' | 'getURL' | 'isDestroyed' | 'setWindowOpenHandler' | 'reload' | 'openDevTools' | 'closeDevTools' | 'toggleDevTools' | 'isDevToolsOpened'>
{
  readonly id = nextWebContentsId++;
  url = '';
  devToolsOpen = false;
  /** Set from the window's `webPreferences.devTools`; when false Electron never opens DevTools. */
  devToolsAllowed = true;
  reloads = 0;
  destroyed = false;
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly sent: { channel: string; args: unknown[] }[] = [];

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

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.record('setWindowOpenHandler', [handler]);
    this.windowOpenHandler = handler;
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
    } as Parameters<WindowOpenHandler>[0];
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

  reload(): void {
    this.record('reload', []);
    this.reloads++;
  }

  openDevTools(...args: Parameters<WebContents['openDevTools']>): void {
    this.record('openDevTools', args);
    if (!this.devToolsAllowed || this.devToolsOpen) return;
    this.devToolsOpen = true;
    this.emit('devtools-opened');
  }

  closeDevTools(): void {
    this.record('closeDevTools', []);
    if (!this.devToolsOpen) return;
    this.devToolsOpen = false;
    this.emit('devtools-closed');
  }

  toggleDevTools(): void {
    this.record('toggleDevTools', []);
    if (this.devToolsOpen) this.closeDevTools();
    else this.openDevTools();
  }

  isDevToolsOpened(): boolean {
    return this.devToolsOpen;
  }

  /**
   * Test helper: a key goes down in the page. Returns true when a `before-input-event` listener kept it from the
   * page (and from Chromium's own handling).
   */
  pressKey(key: string, modifiers: { control?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}): boolean {
    const event = createFakeEvent();
    const input = { type: 'keyDown', key, code: '', isAutoRepeat: false, isComposing: false, location: 0, modifiers: [], control: false, meta: false, shift: false, alt: false, ...modifiers };
    this.emit('before-input-event', event, input);
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
  'id' | 'loadURL' | 'show' | 'showInactive' | 'focus' | 'close' | 'destroy' | 'isDestroyed' | 'isVisible' | 'isFocused'
>;

export class FakeBrowserWindow extends Recorder implements BrowserWindowSurface {
  /** Every window constructed since the last reset, including closed ones. */
  static readonly created: FakeBrowserWindow[] = [];
  private static focused: FakeBrowserWindow | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((w) => !w.isDestroyed());
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
  readonly webContents = new FakeWebContents();
  private destroyed = false;
  private visible: boolean;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.webContents.devToolsAllowed = options.webPreferences?.devTools !== false;
    this.options = options;
    this.visible = options.show ?? true;
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

  focus(): void {
    this.record('focus', []);
    FakeBrowserWindow.focused = this;
    this.emit('focus');
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
}
