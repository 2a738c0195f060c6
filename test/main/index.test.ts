import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bootMain, ready } from './boot-support.js';

describe('electron/main/index.ts', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('takes the single-instance lock and opens no window before ready, only Settings on a first run', async () => {
    const fake = await bootMain();
    const { app, BrowserWindow } = fake;

    expect(app.callsTo('requestSingleInstanceLock')).toHaveLength(1);
    expect(app.quitRequested).toBe(false);
    expect(BrowserWindow.created).toHaveLength(0);

    await ready(fake);

    expect(BrowserWindow.getAllWindows().map((w) => w.webContents.getURL())).toEqual(['app://limber/settings.html']);
    expect(app.quitRequested).toBe(false);
    expect(app.exitCode).toBeUndefined();
  });

  it('enables the sandbox before ready', async () => {
    const { app } = await bootMain();
    expect(app.callsTo('enableSandbox')).toHaveLength(1);
    expect(app.isReady()).toBe(false);
  });

  it('quits at once, without waiting for ready, when another instance holds the lock', async () => {
    const { app } = await bootMain((fake) => {
      fake.app.singleInstanceLockAvailable = false;
    });

    expect(app.quitRequested).toBe(true);
    expect(app.callsTo('whenReady')).toHaveLength(0);
    expect(app.listenerCount('window-all-closed')).toBe(0);
  });

  it('keeps running when its last window closes (tray-only app)', async () => {
    const fake = await bootMain();
    const { app, BrowserWindow } = fake;
    await ready(fake);
    for (const w of BrowserWindow.getAllWindows()) w.close();

    const win = new BrowserWindow({ show: false });
    win.close();

    expect(win.isDestroyed()).toBe(true);
    expect(app.listenerCount('window-all-closed')).toBeGreaterThan(0);
    expect(app.quitRequested).toBe(false);
  });

  it('hides the macOS Dock icon once ready', async () => {
    const { app } = await bootMain();
    expect(app.dock?.callsTo('hide')).toHaveLength(0);
    await app.becomeReady();
    await Promise.resolve();
    expect(app.dock?.visible).toBe(false);
  });

  it('refuses navigation, popups and webviews in every web contents', async () => {
    const fake = await bootMain();
    const { BrowserWindow } = fake;
    await ready(fake);

    const { webContents } = new BrowserWindow({ show: false });
    expect(webContents.tryOpenWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(webContents.tryNavigate('https://example.com/')).toBe(true);
    expect(webContents.tryNavigate('https://example.com/', 'will-redirect')).toBe(true);
    expect(webContents.tryAttachWebview()).toBe(true);
  });

  it('denies every permission request and check once ready', async () => {
    const fake = await bootMain();
    const { session } = fake;
    await ready(fake);

    const ses = session.defaultSession;
    await expect(ses.requestPermission('notifications')).resolves.toBe(false);
    await expect(ses.requestPermission('media')).resolves.toBe(false);
    expect(ses.checkPermission('clipboard-read')).toBe(false);
  });

  it('answers a second launch that arrives while this one is still starting', async () => {
    // Real clocks here: performance.now() has fractions of a millisecond, which history must still take.
    const errors = vi.spyOn(console, 'error');
    const fake = await bootMain();
    fake.app.launchSecondInstance(['limber', '--pause', '1h'], '/', { argv: ['--pause', '1h'] });
    await ready(fake);
    expect(fake.Tray.created.at(-1)!.toolTip).toMatch(/Paused until/);
    expect(errors).not.toHaveBeenCalled();
  });

  it('opens Settings when macOS reopens the running app from Finder or Spotlight', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      for (const [name, opens] of [['darwin', 1], ['linux', 0]] as const) {
        Object.defineProperty(process, 'platform', { ...platform, value: name });
        const fake = await bootMain();
        await ready(fake);
        for (const w of fake.BrowserWindow.getAllWindows()) w.close();
        fake.app.emit('activate', fake.createFakeEvent(), false);
        expect(fake.BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()), name).toEqual(opens ? ['app://limber/settings.html'] : []);
      }
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('exits non-zero if startup after ready throws', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { app } = await bootMain((fake) => {
      vi.spyOn(fake.session, 'defaultSession', 'get').mockImplementation(() => {
        throw new Error('boom');
      });
    });
    await app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));

    expect(app.exitCode).toBe(1);
    expect(errors).toHaveBeenCalledWith('Limber: failed to start', expect.any(Error));
  });
});
