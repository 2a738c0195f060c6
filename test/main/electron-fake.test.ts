import { beforeEach, describe, expect, it } from 'vitest';
import {
  app,
  BrowserWindow,
  contextBridge,
  createFakeSender,
  globalShortcut,
  ipcMain,
  ipcRenderer,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  resetElectronFake,
  session,
  Tray,
} from '../fakes/electron.js';

/* The fake stands in for Electron in every main-process test, so where it mimics a behaviour, it must be right. */

beforeEach(() => {
  resetElectronFake();
});

describe('fake electron', () => {
  it('settles whenReady on ready, and keeps the default session until then', async () => {
    let settled = false;
    void app.whenReady().then(() => (settled = true));
    expect(() => session.defaultSession).toThrow(/only be received when app is ready/);
    await Promise.resolve();
    expect(settled).toBe(false);

    await app.becomeReady();
    expect(settled).toBe(true);
    expect(session.defaultSession).toBe(session.fromPartition(''));
  });

  it('refuses calls Electron only accepts before ready', async () => {
    await app.becomeReady();
    expect(() => app.enableSandbox()).toThrow();
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'app' }])).toThrow();
  });

  it('emits window-all-closed when the last window goes, unless close is prevented', () => {
    const closedAll: number[] = [];
    app.on('window-all-closed', () => closedAll.push(1));
    const a = new BrowserWindow();
    const b = new BrowserWindow();
    b.on('close', (event: { preventDefault: () => void }) => event.preventDefault());

    a.close();
    b.close();
    expect(closedAll).toHaveLength(0);
    expect(BrowserWindow.getAllWindows()).toEqual([b]);

    b.destroy();
    expect(closedAll).toHaveLength(1);
  });

  it('routes ipcRenderer.invoke to ipcMain.handle with a sender frame, and rejects unknown channels', async () => {
    ipcMain.handle('limber:ping', (event, value: number) => ({ url: event.senderFrame?.url, value: value + 1 }));
    await expect(ipcRenderer.invoke('limber:ping', 1)).resolves.toEqual({ url: 'app://limber/index.html', value: 2 });

    const evil = createFakeSender('https://evil.example/');
    await expect(ipcMain.invokeFrom(evil, 'limber:ping', 1)).resolves.toMatchObject({ url: 'https://evil.example/' });
    await expect(ipcRenderer.invoke('limber:nope')).rejects.toThrow(/No handler registered for 'limber:nope'/);
    expect(() => ipcMain.handle('limber:ping', () => 0)).toThrow(/second handler/);
  });

  it('clicks menu items like a user: enabled items run their handler, disabled ones and labels do nothing', () => {
    const clicked: string[] = [];
    const menu = Menu.buildFromTemplate([
      { id: 'status', label: 'Sitting for 5 min', enabled: false, click: () => clicked.push('status') },
      { label: 'Pause', submenu: [{ id: 'pause-1h', label: '1 hour', click: () => clicked.push('1h') }] },
    ]);
    menu.click('status');
    menu.click('1 hour');
    expect(clicked).toEqual(['1h']);
    expect(menu.find('pause-1h')?.label).toBe('1 hour');
    expect(menu.find('Pause')?.type).toBe('submenu');
    expect(() => menu.click('Nope')).toThrow();
  });

  it('records tray state and refuses use after destroy', () => {
    const tray = new Tray(nativeImage.createFromPath('/nonexistent.png'));
    tray.setToolTip('Limber');
    tray.setContextMenu(Menu.buildFromTemplate([{ label: 'Quit' }]));
    expect(Tray.created).toEqual([tray]);
    expect(tray.toolTip).toBe('Limber');
    expect(tray.contextMenu?.items.map((i) => i.label)).toEqual(['Quit']);
    expect((tray.image as ReturnType<typeof nativeImage.createFromPath>).isEmpty()).toBe(true);
    tray.destroy();
    expect(() => tray.setToolTip('x')).toThrow(/destroyed/);
  });

  it('models idle state, notifications, shortcuts and the context bridge', () => {
    powerMonitor.idleSeconds = 120;
    expect(powerMonitor.getSystemIdleState(60)).toBe('idle');
    expect(powerMonitor.getSystemIdleState(300)).toBe('active');
    powerMonitor.locked = true;
    expect(powerMonitor.getSystemIdleState(300)).toBe('locked');
    expect(() => powerMonitor.getSystemIdleState(0)).toThrow();

    const n = new Notification({ title: 'Stand up' });
    const events: string[] = [];
    n.on('click', () => events.push('click'));
    n.show();
    n.click();
    expect(Notification.created).toEqual([n]);
    expect(events).toEqual(['click']);

    let pressed = 0;
    expect(globalShortcut.register('CmdOrCtrl+Alt+B', () => pressed++)).toBe(true);
    expect(globalShortcut.press('CmdOrCtrl+Alt+B')).toBe(true);
    expect(pressed).toBe(1);

    contextBridge.exposeInMainWorld('limber', {});
    expect(() => contextBridge.exposeInMainWorld('limber', {})).toThrow();
  });

  it('serves protocol requests through the registered handler', async () => {
    protocol.handle('app', (request) => new Response(`you asked for ${new URL(request.url).pathname}`));
    const response = await protocol.fetch('app://limber/index.html');
    await expect(response.text()).resolves.toBe('you asked for /index.html');
  });

  it('starts clean after reset', async () => {
    await app.becomeReady();
    new BrowserWindow();
    ipcMain.handle('x', () => 1);
    resetElectronFake();
    expect(app.isReady()).toBe(false);
    expect(BrowserWindow.created).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
