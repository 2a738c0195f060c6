import { app, type BrowserWindow, type WebContents } from 'electron';
import { toDisposable, type Disposable } from '../../common/disposable.js';
import { CHANNEL_PREFIX, type TrayState } from '../../common/ipc-contract.js';

/**
 * The state pages show (status line, break due, idle detection): a page that has just loaded gets it once, and
 * after that hears of every change, never of a repeat.
 */

export interface PageState extends Disposable {
  push(state: TrayState, pages: readonly WebContents[]): void;
}

export function registerPageState(current: () => TrayState | null): PageState {
  let pushed: string | null = null;
  const created = (_event: unknown, win: BrowserWindow) => {
    win.webContents.on('did-finish-load', () => {
      const state = current();
      if (state && !win.isDestroyed()) win.webContents.send(`${CHANNEL_PREFIX}state-changed`, state);
    });
  };
  app.on('browser-window-created', created);
  return {
    push(state, pages) {
      const text = JSON.stringify(state);
      if (text === pushed) return;
      pushed = text;
      for (const contents of pages) if (!contents.isDestroyed()) contents.send(`${CHANNEL_PREFIX}state-changed`, state);
    },
    ...toDisposable(() => app.removeListener('browser-window-created', created)),
  };
}
