import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * Loads the real main entry against the fake electron. main runs its side effects on import, so every test
 * gets a fresh module registry: the fake and main are imported together and therefore share one fake `app`.
 */

async function bootMain(configure?: (fake: typeof import('../fakes/electron.js')) => void) {
  vi.resetModules();
  const fake = await import('../fakes/electron.js');
  fake.resetElectronFake();
  configure?.(fake);
  await import('../../electron/main/index.js');
  return fake;
}

describe('electron/main/index.ts', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('takes the single-instance lock and opens no window, before or after ready', async () => {
    const { app, BrowserWindow } = await bootMain();

    expect(app.callsTo('requestSingleInstanceLock')).toHaveLength(1);
    expect(app.hasSingleInstanceLock()).toBe(true);
    expect(app.quitRequested).toBe(false);

    await app.becomeReady();
    await Promise.resolve();

    expect(BrowserWindow.created).toHaveLength(0);
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
    const { app, BrowserWindow } = await bootMain();
    await app.becomeReady();

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
    expect(app.dock?.isVisible()).toBe(false);
  });

  it('refuses navigation, popups and webviews in every web contents', async () => {
    const { app, BrowserWindow } = await bootMain();
    await app.becomeReady();

    const { webContents } = new BrowserWindow({ show: false });
    expect(webContents.tryOpenWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(webContents.tryNavigate('https://example.com/')).toBe(true);
    expect(webContents.tryNavigate('https://example.com/', 'will-redirect')).toBe(true);
    expect(webContents.tryAttachWebview()).toBe(true);
  });

  it('denies every permission request and check once ready', async () => {
    const { app, session } = await bootMain();
    await app.becomeReady();
    await Promise.resolve();

    const ses = session.defaultSession;
    await expect(ses.requestPermission('notifications')).resolves.toBe(false);
    await expect(ses.requestPermission('media')).resolves.toBe(false);
    expect(ses.checkPermission('clipboard-read')).toBe(false);
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
    expect(errors).toHaveBeenCalledWith('Limber failed to start', expect.any(Error));
  });
});
