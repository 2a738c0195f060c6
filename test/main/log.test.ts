import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootMain, tempUserData, type Fake } from './boot-support.js';

/* The log a tray app needs: a file in the user-data folder, and Settings able to show where it is. */

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function start(userData: string, configure?: (fake: Fake) => void): Promise<Fake> {
  vi.useFakeTimers({ now: Date.parse('2026-03-02T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const fake = await bootMain(configure, { userData });
  await fake.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  return fake;
}

describe('log file', () => {
  it('writes what went wrong to logs/limber.log in the user-data folder, and to the console for npm start', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const userData = tempUserData();
    writeFileSync(path.join(userData, 'config.json'), JSON.stringify({ version: 3, firstRunDone: true, settings: { breakIntervalMin: 'soon' } }));
    await start(userData);
    const log = readFileSync(path.join(userData, 'logs', 'limber.log'), 'utf8');
    expect(log).toMatch(/\[warn\] {2}Limber: Settings: breakIntervalMin must be a whole number from 10 to 120 minutes/);
    expect(warnings.mock.calls.flat().join('\n')).toMatch(/Limber: Settings: breakIntervalMin must be/);
  });

  it('closes the channel electron-log opens for renderer logging: no page gets a raw channel', async () => {
    // As electron-log/main does when it is loaded inside Electron.
    const fake = await start(tempUserData(), (f) => {
      f.ipcMain.on('__ELECTRON_LOG__', () => {});
      f.ipcMain.handle('__ELECTRON_LOG__', () => ({}));
    });
    expect(fake.ipcMain.listenerCount('__ELECTRON_LOG__')).toBe(0);
    expect(fake.ipcMain.handlers.has('__ELECTRON_LOG__')).toBe(false);
  });

  it('opens the log folder from the Settings window, and says why when the desktop cannot', async () => {
    const userData = tempUserData();
    const fake = await start(userData);
    const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('settings.html'))!;
    const own = fake.createFakeSender('app://limber/settings.html', win.webContents);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:app:open-log-folder')).resolves.toEqual({ ok: true });
    expect(fake.shell.openedPaths).toEqual([path.join(userData, 'logs')]);
    fake.shell.openPathProblem = 'No application is registered for folders';
    await expect(fake.ipcMain.invokeFrom(own, 'limber:app:open-log-folder')).resolves.toEqual({
      ok: false,
      reason: `Could not open ${path.join(userData, 'logs')}: No application is registered for folders`,
    });
  });
});
