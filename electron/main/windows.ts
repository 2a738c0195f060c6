import { BrowserWindow, app, nativeTheme, screen, type WebContents } from 'electron';
import { PAGES, type PageName } from '../common/app-origin.js';
import { pageBackground } from '../common/page-background.js';
import { toDisposable, type Disposable } from '../common/disposable.js';
import { BREAK_WINDOW_SIZE, SETTINGS_WINDOW_SIZE, centredIn } from '../common/window-placement.js';

/**
 * The two pages, each in its own window, created when needed and destroyed (not hidden) when closed: between
 * breaks no renderer process exists. The webPreferences are written out literally in each constructor call so
 * that both readers and Electronegativity can see every security switch.
 */

export class PageWindows {
  private readonly open = new Map<PageName, BrowserWindow>();
  private readonly closedListeners = new Set<(page: PageName) => void>();

  constructor(
    private readonly preload: string,
    /** The Settings window's title before its page sets its own, in the reader's language. */
    private readonly settingsTitle: () => string = () => 'Limber',
  ) {}

  /** Hears of every window that went away, by the user or by us. */
  onClosed(listener: (page: PageName) => void): Disposable {
    this.closedListeners.add(listener);
    return toDisposable(() => this.closedListeners.delete(listener));
  }

  /** Opens the page (or brings the open one forward); `focus: false` shows it without taking the keyboard. */
  show(page: PageName, focus: boolean): BrowserWindow {
    const existing = this.open.get(page);
    if (existing && !existing.isDestroyed()) {
      if (focus) {
        existing.show();
        existing.focus();
      } else if (!existing.isVisible()) existing.showInactive();
      return existing;
    }
    const win = page === 'break' ? this.createBreakWindow() : this.createSettingsWindow();
    this.open.set(page, win);
    win.once('ready-to-show', () => {
      if (win.isDestroyed()) return;
      if (focus) win.show();
      else win.showInactive();
    });
    win.on('closed', () => {
      if (this.open.get(page) === win) this.open.delete(page);
      for (const listener of [...this.closedListeners]) listener(page);
    });
    void win.loadURL(PAGES[page]).catch(() => {
      // A page that cannot load is useless and would stay invisible; close it so the next request starts afresh.
      if (!win.isDestroyed()) win.destroy();
    });
    return win;
  }

  close(page: PageName): void {
    const win = this.open.get(page);
    if (win && !win.isDestroyed()) win.close();
  }

  isOpen(page: PageName): boolean {
    const win = this.open.get(page);
    return win !== undefined && !win.isDestroyed();
  }

  /** The live web contents of our windows, for sender checks and pushes. */
  contents(): WebContents[] {
    return [...this.open.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents);
  }

  /** Which page a web contents belongs to, by the window main made for it; null when it is none of ours. */
  pageOf(contents: WebContents): PageName | null {
    for (const [page, win] of this.open) {
      if (!win.isDestroyed() && (win.webContents === contents || win.webContents.id === contents.id)) return page;
    }
    return null;
  }

  window(page: PageName): BrowserWindow | null {
    const win = this.open.get(page);
    return win && !win.isDestroyed() ? win : null;
  }

  closeAll(): void {
    for (const win of this.open.values()) if (!win.isDestroyed()) win.destroy();
    this.open.clear();
  }

  private createBreakWindow(): BrowserWindow {
    const workArea = breakWindowDisplay().workArea;
    const bounds = centredIn(workArea, BREAK_WINDOW_SIZE);
    return new BrowserWindow({
      ...bounds,
      show: false,
      title: 'Limber',
      alwaysOnTop: true,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
      backgroundColor: pageBackground(nativeTheme.shouldUseDarkColors),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        devTools: !app.isPackaged,
        preload: this.preload,
      },
    });
  }

  private createSettingsWindow(): BrowserWindow {
    const workArea = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    const bounds = centredIn(workArea, SETTINGS_WINDOW_SIZE);
    return new BrowserWindow({
      ...bounds,
      show: false,
      title: this.settingsTitle(),
      autoHideMenuBar: true,
      backgroundColor: pageBackground(nativeTheme.shouldUseDarkColors),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        devTools: !app.isPackaged,
        preload: this.preload,
      },
    });
  }
}

/** The display the break window opens on: the one the user is looking at, with the pointer. */
export function breakWindowDisplay(): Electron.Display {
  return screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
}
