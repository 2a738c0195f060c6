/**
 * A typed stand-in for the `electron` module. vitest.config.ts aliases `electron` to this file, because the
 * real package downloads a binary the moment it is imported in plain Node. One file per Electron module lives
 * in ./electron/; this file puts them together as the module, and resets them.
 *
 * The fake serves the code we have: it offers the part of Electron's API that Limber (and electron-store)
 * call, and no more, so a test cannot pass by leaning on something the app never does. Every fake declares
 * `implements Pick<RealType, ...>` (or takes its parameter types from the real declarations), so when
 * electron.d.ts changes a signature we use, tsc fails here instead of the fake quietly drifting from
 * Electron. Methods that would return real Electron objects return fakes instead; those are typed only on
 * their inputs. When the app starts using more of Electron, add it here, typed the same way.
 *
 * Conventions, so tests can drive and observe the app:
 * - every fake records `calls` (method name + arguments) and offers `callsTo(name)`;
 * - events are plain EventEmitter events, emitted with Electron's argument order; helpers such as
 *   `app.becomeReady()`, `tray.click()` or `webContents.tryNavigate(url)` emit them with realistic payloads;
 * - `resetElectronFake()` returns every singleton and class registry to its initial state.
 *
 * The module has no vitest dependency, so it can also be handed to code running in a `node:vm` context.
 */
import { app } from './electron/app.js';
import { FakeBrowserWindow } from './electron/browser-window.js';
import { contextBridge } from './electron/context-bridge.js';
import { dialog } from './electron/dialog.js';
import { globalShortcut } from './electron/global-shortcut.js';
import { ipcMain, ipcRenderer } from './electron/ipc.js';
import { FakeMenu, FakeMenuItem } from './electron/menu.js';
import { nativeImage } from './electron/native-image.js';
import { nativeTheme } from './electron/native-theme.js';
import { FakeNotification } from './electron/notification.js';
import { powerMonitor } from './electron/power-monitor.js';
import { protocol } from './electron/protocol.js';
import { screen } from './electron/screen.js';
import { session, sessions } from './electron/session.js';
import { shell } from './electron/shell.js';
import { FakeTray } from './electron/tray.js';

export { app, type FakeApp } from './electron/app.js';
export { FakeBrowserWindow, FakeBrowserWindow as BrowserWindow, FakeWebContents } from './electron/browser-window.js';
export { contextBridge, type FakeContextBridge } from './electron/context-bridge.js';
export { dialog, type FakeDialog } from './electron/dialog.js';
export { globalShortcut, type FakeGlobalShortcut } from './electron/global-shortcut.js';
export { createFakeSender, ipcMain, ipcRenderer, type FakeIpcMain, type FakeIpcRenderer, type FakeSender } from './electron/ipc.js';
export { FakeMenu, FakeMenu as Menu, FakeMenuItem, FakeMenuItem as MenuItem } from './electron/menu.js';
export { FakeNativeImage, nativeImage } from './electron/native-image.js';
export { nativeTheme, type FakeNativeTheme } from './electron/native-theme.js';
export { FakeNotification, FakeNotification as Notification } from './electron/notification.js';
export { powerMonitor, type FakePowerMonitor } from './electron/power-monitor.js';
export { protocol, type FakeProtocol } from './electron/protocol.js';
export { fakeDisplay, screen, type FakeScreen } from './electron/screen.js';
export { session, type FakeSession } from './electron/session.js';
export { shell, type FakeShell } from './electron/shell.js';
export { createFakeEvent, type FakeCall, type FakeEvent } from './electron/support.js';
export { FakeTray, FakeTray as Tray } from './electron/tray.js';

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
  FakeNotification.resetRegistry();
  FakeMenu.resetRegistry();
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

// Every module the fake offers is one Electron has: a name that is not in electron.d.ts fails to compile here.
export const fakeModulesAreElectronModules: Record<Exclude<keyof typeof electronDefault, keyof typeof import('electron')>, never> = {};
