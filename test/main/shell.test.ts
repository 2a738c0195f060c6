import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAC_TRAY_GLYPHS, TRAY_GLYPHS, trayIconFile } from '../../electron/common/tray-icon.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { bootMain, captureLog, repoRoot, tempUserData, type Fake } from './boot-support.js';

/* The shell wired to the fake electron: what a user would notice when the OS or a page does something. */

const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');
const MIN = 60_000;

/** The app the running test started; quit after the test, so its unfinished work cannot land in the next test. */
let started: Fake | null = null;

async function start(configure?: (fake: Fake) => void, options: { argv?: string[]; userData?: string } = {}): Promise<Fake> {
  vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const fake = await bootMain(configure, options);
  started = fake;
  await fake.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  for (const w of fake.BrowserWindow.getAllWindows()) w.close();
  return fake;
}

const tray = (fake: Fake) => fake.Tray.created.at(-1)!;

afterEach(() => {
  // A booted main keeps running after its test: a slow desktop probe (the tray-watcher check, the quiet signals)
  // that finishes during a later test would otherwise wake its core and arm a timer on that test's clock.
  started?.app.emit('before-quit', { preventDefault: () => {} });
  started = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('shell', () => {
  it('refuses IPC from a page that is not one of our windows, from a subframe or from another origin', async () => {
    const fake = await start();
    const stranger = fake.createFakeSender('app://limber/settings.html');
    await expect(fake.ipcMain.invokeFrom(stranger, 'limber:today:get')).rejects.toThrow(/today:get: refused/);

    tray(fake).contextMenu!.click('Settings…');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const own = fake.createFakeSender('app://limber/settings.html', win.webContents);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:today:get')).resolves.toMatchObject({ breaksTaken: 0 });
    const sub = { ...own, senderFrame: { ...own.senderFrame!, parent: {} } };
    await expect(fake.ipcMain.invokeFrom(sub, 'limber:today:get')).rejects.toThrow(/refused/);
    const elsewhere = fake.createFakeSender('https://example.com/', win.webContents);
    await expect(fake.ipcMain.invokeFrom(elsewhere, 'limber:today:get')).rejects.toThrow(/refused/);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:today:get', { sneaky: 1 })).rejects.toThrow(/today:get: takes no payload/);
  });

  it('rejects an invalid settings change naming the field and keeps the old value; applies a valid one', async () => {
    const fake = await start();
    tray(fake).contextMenu!.click('Settings…');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const own = fake.createFakeSender('app://limber/settings.html', win.webContents);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:settings:update', { breakIntervalMin: 500 })).resolves.toEqual({
      ok: false,
      errors: ['breakIntervalMin must be a whole number from 10 to 120 minutes'],
    });
    fake.globalShortcut.takenElsewhere.add('Alt+F9');
    await expect(fake.ipcMain.invokeFrom(own, 'limber:settings:update', { shortcut: 'Alt+F9' })).resolves.toMatchObject({ ok: true });
    const view = (await fake.ipcMain.invokeFrom(own, 'limber:settings:get')) as { settings: { shortcut: string; breakIntervalMin: number }; shortcutProblem: string };
    expect(view.settings).toMatchObject({ shortcut: 'Alt+F9', breakIntervalMin: 30 });
    expect(view.shortcutProblem).toMatch(/Alt\+F9 is already used by another application/);
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Alt+S')).toBe(false);
  });

  it('records a routine only once, only if it was started, and never for longer than it ran', async () => {
    const fake = await start();
    tray(fake).contextMenu!.click('stretch-move-break');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const page = fake.createFakeSender('app://limber/break.html', win.webContents);
    const finish = { routineId: 'move-break', activeSeconds: 180, reachedEnd: true };
    await fake.ipcMain.invokeFrom(page, 'limber:break:finished', finish); // never started: ignored
    await fake.ipcMain.invokeFrom(page, 'limber:break:started', { routineId: 'move-break' });
    await vi.advanceTimersByTimeAsync(60_000);
    await fake.ipcMain.invokeFrom(page, 'limber:break:finished', finish); // claims 180 s after 60 s
    await fake.ipcMain.invokeFrom(page, 'limber:break:finished', finish); // a repeat: ignored
    win.close();
    const today = (await fake.ipcMain.invokeFrom(fake.createFakeSender('app://limber/break.html', win.webContents), 'limber:today:get').catch(() => null)) as null;
    expect(today).toBeNull(); // the closed window can no longer talk
    tray(fake).contextMenu!.click('Settings…');
    const settings = fake.BrowserWindow.getAllWindows()[0]!;
    const own = fake.createFakeSender('app://limber/settings.html', settings.webContents);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:today:get')).resolves.toMatchObject({ breaksTaken: 1, uprightSeconds: 60 });
  });

  it('does not count a routine skipped through in seconds as a break, whatever the page claims', async () => {
    const fake = await start();
    tray(fake).contextMenu!.click('stretch-move-break');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const page = fake.createFakeSender('app://limber/break.html', win.webContents);
    await fake.ipcMain.invokeFrom(page, 'limber:break:started', { routineId: 'move-break' });
    await vi.advanceTimersByTimeAsync(5_000);
    await fake.ipcMain.invokeFrom(page, 'limber:break:finished', { routineId: 'move-break', activeSeconds: 5, reachedEnd: true });
    tray(fake).contextMenu!.click('Settings…');
    const settings = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('settings.html'))!;
    const own = fake.createFakeSender('app://limber/settings.html', settings.webContents);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:today:get')).resolves.toMatchObject({ breaksTaken: 0, uprightSeconds: 0 });
  });

  it('gives each page only the channels it needs: the break window cannot change settings or read history', async () => {
    const fake = await start();
    tray(fake).contextMenu!.click('stretch-move-break');
    tray(fake).contextMenu!.click('Settings…');
    const byPage = (name: string) => fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith(`${name}.html`))!;
    const breakPage = fake.createFakeSender('app://limber/break.html', byPage('break').webContents);
    const settingsPage = fake.createFakeSender('app://limber/settings.html', byPage('settings').webContents);
    for (const [channel, payload] of [
      ['settings:update', { breakIntervalMin: 10 }],
      ['settings:restore-defaults', undefined],
      ['settings:get', undefined],
      ['history:get', { from: '2026-03-01', to: '2026-03-02' }],
      ['history:export-csv', undefined],
      ['link:open', { id: 'source-diaz-2017' }],
      ['app:complete-first-run', undefined],
      ['app:control', { type: 'resume' }],
    ] as const) {
      const call = payload === undefined ? fake.ipcMain.invokeFrom(breakPage, `limber:${channel}`) : fake.ipcMain.invokeFrom(breakPage, `limber:${channel}`, payload);
      await expect(call, channel).rejects.toThrow(`${channel}: refused, the break window has no use for this channel`);
    }
    await expect(fake.ipcMain.invokeFrom(settingsPage, 'limber:break:snooze')).rejects.toThrow(/break:snooze: refused, the settings window/);
    await expect(fake.ipcMain.invokeFrom(settingsPage, 'limber:break:finished', { routineId: 'move-break', activeSeconds: 5, reachedEnd: true })).rejects.toThrow(/refused/);
    // The settings window showing the break page's code is not the settings page.
    const swapped = fake.createFakeSender('app://limber/break.html', byPage('settings').webContents);
    await expect(fake.ipcMain.invokeFrom(swapped, 'limber:settings:get')).rejects.toThrow(/refused/);
    await expect(fake.ipcMain.invokeFrom(swapped, 'limber:break:snooze')).rejects.toThrow(/refused/);
    // Nothing was changed by the refused calls.
    const view = (await fake.ipcMain.invokeFrom(settingsPage, 'limber:settings:get')) as { settings: { breakIntervalMin: number } };
    expect(view.settings.breakIntervalMin).toBe(30);
    await expect(fake.ipcMain.invokeFrom(breakPage, 'limber:break:get-plan')).resolves.toMatchObject({ routine: { id: 'move-break' } });
  });

  it('lets the Settings window pause, resume and start a stretch, as the tray does, and says why it refuses a snooze', async () => {
    const log = captureLog();
    const fake = await start();
    tray(fake).contextMenu!.click('Settings…');
    const own = fake.createFakeSender('app://limber/settings.html', fake.BrowserWindow.getAllWindows()[0]!.webContents);
    const control = (payload: unknown) => fake.ipcMain.invokeFrom(own, 'limber:app:control', payload);
    await expect(control({ type: 'pause', length: { minutes: 30 } })).resolves.toEqual({ ok: true });
    expect(tray(fake).contextMenu!.items.some((item) => item.label === 'Resume')).toBe(true);
    await expect(control({ type: 'resume' })).resolves.toEqual({ ok: true });
    expect(tray(fake).contextMenu!.items.some((item) => item.label === 'Resume')).toBe(false);
    await expect(control({ type: 'snooze' })).resolves.toMatchObject({ ok: false, reason: expect.any(String) });
    expect(log.text()).toMatch(/Limber: snooze: Nothing to snooze: no break is due\./);
    await expect(control({ type: 'pause', length: { minutes: 0 } })).rejects.toThrow(/app:control: .*length/);
    await expect(control({ type: 'quit' })).rejects.toThrow(/app:control: type must be/);
    await expect(control({ type: 'stretch' })).resolves.toEqual({ ok: true });
    expect(fake.BrowserWindow.getAllWindows().some((w) => w.webContents.getURL().endsWith('break.html'))).toBe(true);
  });

  it('takes what a routine counts as from the library, never from the page: a seated routine keeps the bout going', async () => {
    const fake = await start();
    tray(fake).contextMenu!.click('stretch-neck-and-shoulder-reset');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const page = fake.createFakeSender('app://limber/break.html', win.webContents);
    await expect(
      fake.ipcMain.invokeFrom(page, 'limber:break:finished', { routineId: 'neck-and-shoulder-reset', posture: 'moving', activeSeconds: 200, reachedEnd: true }),
    ).rejects.toThrow(/break:finished: .*posture/);
    await fake.ipcMain.invokeFrom(page, 'limber:break:started', { routineId: 'neck-and-shoulder-reset' });
    await vi.advanceTimersByTimeAsync(200_000);
    await fake.ipcMain.invokeFrom(page, 'limber:break:finished', { routineId: 'neck-and-shoulder-reset', activeSeconds: 200, reachedEnd: true });
    tray(fake).contextMenu!.click('Settings…');
    const settings = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('settings.html'))!;
    const own = fake.createFakeSender('app://limber/settings.html', settings.webContents);
    await expect(fake.ipcMain.invokeFrom(own, 'limber:today:get')).resolves.toMatchObject({ breaksTaken: 0, postureBreaks: 1, uprightSeconds: 0 });
  });

  it('opens the break window without focus when the notification fails (unsigned macOS builds)', async () => {
    const log = captureLog();
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(31 * MIN);
    const note = fake.Notification.created.find((n) => n.shown)!;
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0);
    note.fail('not signed');
    const [win] = fake.BrowserWindow.getAllWindows();
    expect(win?.webContents.getURL()).toBe('app://limber/break.html');
    expect(win?.callsTo('showInactive')).toHaveLength(1);
    expect(win?.isFocused()).toBe(false);
    expect(log.text()).toMatch(/Limber: Notification failed: not signed/);
  });

  it('falls back to the window when notifications are unsupported', async () => {
    const fake = await start((f) => {
      f.Notification.supported = false;
    });
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(31 * MIN);
    expect(fake.BrowserWindow.getAllWindows().map((w) => w.webContents.getURL())).toEqual(['app://limber/break.html']);
  });

  it('arms exactly one timer at a time', async () => {
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(3 * MIN);
      expect(vi.getTimerCount()).toBe(1);
    }
    fake.powerMonitor.fire('suspend');
    fake.powerMonitor.fire('resume');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('treats a locked idle state as a screen lock on Linux, where no lock event exists', async () => {
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(tray(fake).toolTip).toMatch(/Sitting since/);
    fake.powerMonitor.locked = true;
    await vi.advanceTimersByTimeAsync(3 * MIN);
    expect(tray(fake).toolTip).toMatch(/Away from the desk/);
  });

  it('reports idle detection that cannot work in the tray icon and tooltip', async () => {
    const fake = await start((f) => {
      f.powerMonitor.idleUnsupported = true;
    });
    expect(tray(fake).toolTip).toMatch(/idle detection unavailable/);
    expect((tray(fake).image as { source: string }).source).toMatch(/tray-idle-unavailable\.(png|ico)$|tray-idle-unavailableTemplate\.png$/);
  });

  it('obeys a second launch: --pause 1h pauses, --resume resumes, no arguments opens Settings', async () => {
    const fake = await start();
    fake.app.launchSecondInstance(['limber', '--pause', '1h'], '/', { argv: ['--pause', '1h'] });
    const inAnHour = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(MONDAY_9AM + 60 * MIN);
    expect(tray(fake).toolTip).toBe(`Limber · Paused until ${inAnHour}`);
    expect(tray(fake).contextMenu!.find('Resume')).toBeDefined();
    fake.app.launchSecondInstance(['limber', '--resume'], '/', { argv: ['--resume'] });
    expect(tray(fake).toolTip).not.toMatch(/Paused/);
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0);
    fake.app.launchSecondInstance(['limber'], '/', { argv: [] });
    expect(fake.BrowserWindow.getAllWindows().map((w) => w.webContents.getURL())).toEqual(['app://limber/settings.html']);
  });

  it('prints the running instance\'s status line for `limber --status` and quits', async () => {
    const userData = tempUserData();
    await start(undefined, { userData });
    const status = readFileSync(path.join(userData, 'status.txt'), 'utf8');
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const second = await bootMain((f) => {
      f.app.singleInstanceLockAvailable = false;
    }, { userData, argv: ['--status'] });
    expect(written).toEqual([status]);
    expect(second.app.quitRequested).toBe(true);
  });

  it('serves every channel of the contract once ready, and undoes every registration when the app quits', async () => {
    const { CHANNELS, CHANNEL_PREFIX } = await import('../../electron/common/ipc-contract.js');
    const fake = await start();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `${CHANNEL_PREFIX}${c}`).sort());
    expect(fake.powerMonitor.listenerCount('lock-screen')).toBe(1);
    fake.globalShortcut.takenElsewhere.clear();
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Alt+S')).toBe(true);

    fake.app.emit('before-quit', fake.createFakeEvent());
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.powerMonitor.listenerCount('lock-screen')).toBe(0);
    expect(fake.app.listenerCount('before-quit')).toBe(0);
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Alt+S')).toBe(false);
    expect(tray(fake).isDestroyed()).toBe(true);
  });

  it('keeps the engine state across a restart', async () => {
    const userData = tempUserData();
    const first = await start(undefined, { userData });
    first.powerMonitor.idleSeconds = 1;
    tray(first).contextMenu!.click('Until I resume');
    expect(existsSync(path.join(userData, 'engine-state.json'))).toBe(true);
    const second = await start(undefined, { userData });
    expect(tray(second).toolTip).toMatch(/Paused until you resume/);
  });

  it('exports the history through the save dialog as one CSV row per event, with ISO times', async () => {
    const userData = tempUserData();
    const fake = await start(undefined, { userData });
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(31 * MIN);
    tray(fake).contextMenu!.click('stretch-move-break');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const page = fake.createFakeSender('app://limber/break.html', win.webContents);
    await fake.ipcMain.invokeFrom(page, 'limber:break:started', { routineId: 'move-break' });
    await vi.advanceTimersByTimeAsync(2 * MIN);
    await fake.ipcMain.invokeFrom(page, 'limber:break:finished', { routineId: 'move-break', activeSeconds: 120, reachedEnd: true });
    win.close();

    tray(fake).contextMenu!.click('Settings…');
    const settings = fake.BrowserWindow.getAllWindows()[0]!;
    const own = fake.createFakeSender('app://limber/settings.html', settings.webContents);
    const target = path.join(userData, 'export.csv');
    fake.dialog.saveAnswer = target;
    await expect(fake.ipcMain.invokeFrom(own, 'limber:history:export-csv')).resolves.toEqual({ saved: true, path: target });
    const [, options] = fake.dialog.callsTo('showSaveDialog')[0]! as [unknown, { defaultPath: string }];
    expect(path.basename(options.defaultPath)).toBe('limber-history-2026-03-02.csv');

    const [header, ...rows] = readFileSync(target, 'utf8').trimEnd().split('\r\n');
    expect(header).toBe('time,event,start,end,seconds,posture,routine,kind,detail');
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
    for (const row of rows) expect(row.split(',')[0]).toMatch(iso);
    const events = rows.map((row) => row.split(',')[1]);
    expect(events).toContain('prompt');
    expect(rows.find((row) => row.split(',')[1] === 'break')).toMatch(/,120,moving,move-break,/);
    expect(rows.find((row) => row.split(',')[1] === 'bout')).toMatch(/ended by break$/);

    fake.dialog.saveAnswer = null;
    await expect(fake.ipcMain.invokeFrom(own, 'limber:history:export-csv')).resolves.toEqual({ saved: false, path: null });
  });

  it('gives up a routine still running at quit for as long as it ran, and prompts again after the restart', async () => {
    const userData = tempUserData();
    const first = await start(undefined, { userData });
    first.powerMonitor.idleSeconds = 1;
    tray(first).contextMenu!.click('stretch-move-break');
    const win = first.BrowserWindow.getAllWindows()[0]!;
    await first.ipcMain.invokeFrom(first.createFakeSender('app://limber/break.html', win.webContents), 'limber:break:started', { routineId: 'move-break' });
    await vi.advanceTimersByTimeAsync(90_000);
    expect(tray(first).toolTip).toMatch(/Stretching now/);
    first.app.emit('before-quit', first.createFakeEvent());
    win.close();
    const history = readdirSync(path.join(userData, 'history')).map((f) => readFileSync(path.join(userData, 'history', f), 'utf8')).join('');
    expect(history).toMatch(/"type":"break"[^\n]*"posture":"moving"[^\n]*"seconds":90[^\n]*"partial":true/);

    const second = await start(undefined, { userData });
    second.powerMonitor.idleSeconds = 1;
    expect(tray(second).toolTip).not.toMatch(/Stretching now/);
    await vi.advanceTimersByTimeAsync(31 * MIN);
    expect(second.Notification.created.filter((n) => n.shown)).toHaveLength(1);
  });

  it('leaves a routine that was running when the app was killed, crediting nothing, so prompts come again', async () => {
    const userData = tempUserData();
    const first = await start(undefined, { userData });
    tray(first).contextMenu!.click('stretch-move-break');
    const win = first.BrowserWindow.getAllWindows()[0]!;
    await first.ipcMain.invokeFrom(first.createFakeSender('app://limber/break.html', win.webContents), 'limber:break:started', { routineId: 'move-break' });
    await vi.advanceTimersByTimeAsync(60_000);
    // Killed: no before-quit, no window closing; only what was saved on each change is on disk.

    const second = await start(undefined, { userData });
    second.powerMonitor.idleSeconds = 1;
    expect(tray(second).toolTip).not.toMatch(/Stretching now/);
    expect(tray(second).contextMenu!.find('stretch-move-break')?.enabled).toBe(true);
    await vi.advanceTimersByTimeAsync(31 * MIN);
    expect(second.Notification.created.filter((n) => n.shown)).toHaveLength(1);
    const history = readdirSync(path.join(userData, 'history')).map((f) => readFileSync(path.join(userData, 'history', f), 'utf8')).join('');
    expect(history).not.toMatch(/"type":"break"/);
  });

  it('starts on a damaged settings file, keeps the valid fields and says so once in a notification that opens Settings', async () => {
    const userData = tempUserData();
    writeFileSync(path.join(userData, 'config.json'), JSON.stringify({ schemaVersion: 2, firstRunDone: true, settings: { breakIntervalMin: 500, snoozeMin: 10 } }));
    const log = captureLog();
    const fake = await start(undefined, { userData });
    expect(log.text()).toMatch(/Limber: Settings: breakIntervalMin must be a whole number from 10 to 120 minutes/);
    expect(fake.Tray.created).toHaveLength(1);
    const notice = fake.Notification.created.find((n) => n.title === 'Limber repaired its settings')!;
    expect(notice.body).toMatch(/^One setting was reset to the default\. Click to see which\. The damaged file is kept as config\.corrupt-.+\.json\.$/);
    expect(readdirSync(userData).filter((f) => f.startsWith('config.corrupt-'))).toHaveLength(1);
    notice.click();
    const [win] = fake.BrowserWindow.getAllWindows();
    expect(win?.webContents.getURL()).toBe('app://limber/settings.html');
    const own = fake.createFakeSender('app://limber/settings.html', win!.webContents);
    const view = (await fake.ipcMain.invokeFrom(own, 'limber:settings:get')) as { settings: { breakIntervalMin: number; snoozeMin: number } };
    expect(view.settings).toMatchObject({ breakIntervalMin: 30, snoozeMin: 10 });

    const again = await start(undefined, { userData });
    expect(again.Notification.created.filter((n) => n.title === 'Limber repaired its settings')).toHaveLength(0);
  });

  it('leaves the tray menu alone while nothing changes, however long the bout grows', async () => {
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(2 * MIN);
    const drawn = tray(fake).callsTo('setContextMenu').length;
    await vi.advanceTimersByTimeAsync(25 * MIN);
    expect(tray(fake).callsTo('setContextMenu')).toHaveLength(drawn);
    expect(tray(fake).contextMenu!.find('today')!.label).toBe('Today: 0 breaks · longest bout 0 min');
  });

  it('counts the bout still being sat, and a standing spell not yet ended, in today and in history', async () => {
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(80 * MIN);
    tray(fake).contextMenu!.click('Settings…');
    const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('settings.html'))!;
    const own = fake.createFakeSender('app://limber/settings.html', win.webContents);
    const today = (await fake.ipcMain.invokeFrom(own, 'limber:today:get')) as { sittingSeconds: number; longestBoutSeconds: number };
    expect(today.longestBoutSeconds).toBe(80 * 60);
    expect(today.sittingSeconds).toBe(80 * 60);
    const history = (await fake.ipcMain.invokeFrom(own, 'limber:history:get', { from: '2026-02-24', to: '2026-03-02' })) as { days: Array<{ day: string; summary: { longestBoutSeconds: number } }> };
    expect(history.days.map((d) => [d.day, d.summary.longestBoutSeconds])).toEqual([['2026-03-02', 80 * 60]]);

    tray(fake).contextMenu!.click("I'm standing");
    await vi.advanceTimersByTimeAsync(10 * MIN);
    const standing = (await fake.ipcMain.invokeFrom(own, 'limber:today:get')) as { uprightSeconds: number; longestBoutSeconds: number };
    expect(standing.uprightSeconds).toBe(10 * 60);
  });

  it('opens the Eyes & Hands routine from a clicked micro-break, and offers it and the floor set in the tray', async () => {
    const userData = tempUserData();
    const micro = { enabled: true, afterMin: 20, seconds: 20, quietBeforeBreakMin: 5, quietAfterPromptMin: 10 };
    writeFileSync(path.join(userData, 'config.json'), JSON.stringify({ schemaVersion: 2, firstRunDone: true, settings: { ...DEFAULT_SETTINGS, microBreak: micro } }));
    const fake = await start(undefined, { userData });
    fake.powerMonitor.idleSeconds = 1;
    expect(tray(fake).contextMenu!.find('stretch-eyes-and-hands')).toBeDefined();
    expect(tray(fake).contextMenu!.find('stretch-at-home-back-stretches')).toBeDefined();
    await vi.advanceTimersByTimeAsync(21 * MIN);
    const note = fake.Notification.created.find((n) => n.title === 'Rest your eyes')!;
    note.click();
    const [win] = fake.BrowserWindow.getAllWindows();
    const page = fake.createFakeSender('app://limber/break.html', win!.webContents);
    await expect(fake.ipcMain.invokeFrom(page, 'limber:break:get-plan')).resolves.toMatchObject({ routine: { id: 'eyes-and-hands' } });
  });

  it('opens Settings without focus when the desktop will not show the tray icon (GNOME without the extension)', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'linux' });
    vi.doMock('../../electron/node/tray-host.js', () => ({ linuxTrayVisibility: () => Promise.resolve('hidden') }));
    try {
      const userData = tempUserData();
      writeFileSync(path.join(userData, 'config.json'), JSON.stringify({ schemaVersion: 2, firstRunDone: true, settings: DEFAULT_SETTINGS }));
      vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
      const fake = await bootMain(undefined, { userData });
      await fake.app.becomeReady();
      await vi.advanceTimersByTimeAsync(0);
      const [win] = fake.BrowserWindow.getAllWindows();
      expect(win?.webContents.getURL()).toBe('app://limber/settings.html');
      expect(win?.isFocused()).toBe(false);
      const own = fake.createFakeSender('app://limber/settings.html', win!.webContents);
      await expect(fake.ipcMain.invokeFrom(own, 'limber:settings:get')).resolves.toMatchObject({ trayIcon: 'hidden' });
    } finally {
      vi.doUnmock('../../electron/node/tray-host.js');
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('has a tray icon file for every glyph on every platform and panel, with template images for macOS', () => {
    const icons = path.join(repoRoot, 'resources/icons');
    for (const glyph of TRAY_GLYPHS) {
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        for (const panel of ['light', 'dark'] as const) expect(existsSync(path.join(icons, trayIconFile(glyph, platform, panel))), `${glyph} ${platform} ${panel}`).toBe(true);
      }
      expect(existsSync(path.join(icons, `tray-${glyph}@2x.png`))).toBe(true);
    }
    for (const glyph of MAC_TRAY_GLYPHS) expect(existsSync(path.join(icons, `tray-${glyph}Template@2x.png`))).toBe(true);
    const png = readFileSync(path.join(icons, 'tray-trackingTemplate.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([16, 16]);
    const ico = readFileSync(path.join(icons, 'icon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 7]);
  });
});
