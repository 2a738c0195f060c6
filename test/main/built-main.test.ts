import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import * as fake from '../fakes/electron.js';
import { builtMain, ensureBuiltMain, repoRoot, tempUserData } from './boot-support.js';

/*
 * The built main bundle (out/main/index.js), booted in Node with `electron` resolved to the fake (vitest's
 * alias applies to the bundle's imports too) and fake timers standing in for the clock. It walks the user's
 * path: sit for half an hour, get the notification, click it, do the routine in the break window, and close it.
 * Two hundred breaks later no window may be left and the heap may not have grown by a megabyte.
 */

// The machine's boot-time clock (Linux's /proc/uptime) keeps real time while this test moves fake time; the fake
// machine's runs with the fake monotonic clock instead, as a real one runs with the real one.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: Parameters<typeof real.readFileSync>[0], ...rest: unknown[]) =>
    file === '/proc/uptime' ? `${(performance.now() / 1000).toFixed(2)} 0.00\n` : (real.readFileSync as (...args: unknown[]) => unknown)(file, ...rest)) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

const bundle = builtMain;
const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');
const MIN = 60_000;

const userData = tempUserData();

function alive(): fake.FakeBrowserWindow[] {
  return fake.BrowserWindow.getAllWindows();
}

function liveNotifications(): fake.FakeNotification[] {
  return fake.Notification.created.filter((n) => n.shown && !n.closed && n.listenerCount('click') > 0);
}

function tray(): fake.FakeTray {
  const t = fake.Tray.created.at(-1);
  if (!t) throw new Error('no tray');
  return t;
}

async function invoke(win: fake.FakeBrowserWindow, channel: string, payload?: unknown): Promise<unknown> {
  const sender = fake.createFakeSender(win.webContents.getURL(), win.webContents);
  return payload === undefined ? fake.ipcMain.invokeFrom(sender, `limber:${channel}`) : fake.ipcMain.invokeFrom(sender, `limber:${channel}`, payload);
}

/** The user keeps working (input a second ago) until a notification appears. */
async function sitUntilPrompted(limitMin = 45): Promise<fake.FakeNotification> {
  fake.powerMonitor.idleSeconds = 1;
  for (let waited = 0; waited < limitMin; waited++) {
    await vi.advanceTimersByTimeAsync(MIN);
    const note = liveNotifications()[0];
    if (note) return note;
  }
  throw new Error(`no notification within ${limitMin} minutes`);
}

function historyEvents(): Array<{ type: string }> {
  const dir = path.join(userData, 'history');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { type: string });
}

/** One whole break, as the break page drives it; returns the window it used. */
async function takeBreak(): Promise<{ window: fake.FakeBrowserWindow; plan: BreakPlan; note: fake.FakeNotification }> {
  const note = await sitUntilPrompted();
  note.click();
  const windows = alive();
  if (windows.length !== 1) throw new Error(`expected one window after the click, found ${windows.length}`);
  const window = windows[0]!;
  const plan = (await invoke(window, 'break:get-plan')) as BreakPlan;
  await invoke(window, 'break:started', { routineId: plan.routine.id });
  await vi.advanceTimersByTimeAsync(plan.routine.seconds * 1000);
  await invoke(window, 'break:finished', { routineId: plan.routine.id, activeSeconds: plan.routine.seconds, reachedEnd: true });
  await invoke(window, 'break:close');
  return { window, plan, note };
}

beforeAll(async () => {
  await ensureBuiltMain();
  vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  fake.resetElectronFake();
  fake.app.setPath('userData', userData);
  fake.app.appPath = repoRoot;
  fake.app.dock = undefined;
  await import(pathToFileURL(bundle).href);
}, 120_000);

afterAll(() => {
  vi.useRealTimers();
});

describe('built main bundle (out/main/index.js) against the fake electron', () => {
  it('starts into the tray with its menu, and opens Settings once on a first run', async () => {
    await fake.app.becomeReady();
    await vi.advanceTimersByTimeAsync(0);

    expect(fake.Tray.created).toHaveLength(1);
    expect(tray().toolTip).toMatch(/^Limber · /);
    const menu = tray().contextMenu!;
    expect(menu.find('Stretch now')?.submenu?.items.length).toBeGreaterThan(3);
    expect(menu.find('Pause')?.submenu?.items.map((i) => i.label)).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow', 'Until I resume']);
    expect(menu.find('Settings…')).toBeDefined();
    expect(menu.find('Quit Limber')).toBeDefined();
    expect(fake.protocol.isProtocolHandled('app')).toBe(true);
    expect(fake.ipcMain.handlers.size).toBeGreaterThanOrEqual(14);

    expect(alive().map((w) => w.webContents.getURL())).toEqual(['app://limber/settings.html']);
    alive()[0]!.close();
    expect(alive()).toHaveLength(0);
  });

  it('prompts after a 30-minute bout, opens one secure break window on click, and records the routine', async () => {
    const startedAt = Date.now();
    const note = await sitUntilPrompted();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(29 * MIN);
    expect(Date.now() - startedAt).toBeLessThanOrEqual(32 * MIN);
    expect(note.title).toMatch(/^Time to stretch: .+ \(\d+ min\)$/);
    expect(note.body).toMatch(/sitting for 3\d min/);
    expect(tray().toolTip).toMatch(/Time for a stretch/);
    expect(alive()).toHaveLength(0);

    note.click();
    const windows = alive();
    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    expect(win.webContents.getURL()).toBe('app://limber/break.html');
    expect(win.isVisible()).toBe(true);
    expect(win.options).toMatchObject({ width: 420, height: 600 });
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: path.join(repoRoot, 'out/preload/index.cjs'),
    });

    const plan = (await invoke(win, 'break:get-plan')) as BreakPlan;
    expect(plan.steps.length).toBeGreaterThan(0);
    expect(plan.steps.every((s) => /^app:\/\/limber\/figures\/[a-z0-9-]+\.svg$/.test(s.figure))).toBe(true);
    const figure = await fake.protocol.fetch(plan.steps[0]!.figure);
    expect(figure.status).toBe(200);
    expect(figure.headers.get('content-type')).toBe('image/svg+xml');

    await invoke(win, 'break:started', { routineId: plan.routine.id });
    expect(tray().toolTip).toMatch(/Stretching now/);
    await vi.advanceTimersByTimeAsync(plan.routine.seconds * 1000);
    await invoke(win, 'break:finished', { routineId: plan.routine.id, activeSeconds: plan.routine.seconds, reachedEnd: true });
    await invoke(win, 'break:close');

    expect(win.isDestroyed()).toBe(true);
    expect(alive()).toHaveLength(0);
    expect(historyEvents().filter((e) => e.type === 'break')).toHaveLength(1);
    expect(tray().contextMenu?.find('today')?.label).toMatch(/^Today: 1 break · longest bout 3\d min$/);
    expect(tray().toolTip).not.toMatch(/Time for a stretch/);
  });

  it('rejects a bad payload naming the field, and changes nothing', async () => {
    const note = await sitUntilPrompted();
    note.click();
    const win = alive()[0]!;
    const before = historyEvents().length;
    await expect(invoke(win, 'break:finished', { routineId: 'stand-tall', activeSeconds: 99999, reachedEnd: true })).rejects.toThrow(
      /break:finished: activeSeconds must be at most 3600/,
    );
    await expect(invoke(win, 'break:started', { routineId: '../etc' })).rejects.toThrow(/routineId/);
    expect(historyEvents().length).toBe(before);
    await invoke(win, 'break:close');
    expect(alive()).toHaveLength(0);
  });

  it('keeps no window and grows the heap by less than 1 MB over 200 breaks', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const measure = () => {
      fake.forgetInspectionHistory();
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    for (let i = 0; i < 20; i++) await takeBreak();
    const before = measure();
    const breaksBefore = historyEvents().filter((e) => e.type === 'break').length;
    for (let i = 0; i < 200; i++) {
      await takeBreak();
      expect(alive()).toHaveLength(0);
    }
    const growth = measure() - before;
    expect(historyEvents().filter((e) => e.type === 'break').length - breaksBefore).toBe(200);
    expect(alive()).toHaveLength(0);
    expect(growth).toBeLessThan(1024 * 1024);
  }, 300_000);
});
