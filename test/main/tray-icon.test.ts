import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootMain, captureLog, type Fake } from './boot-support.js';

/* What the tray icon shows as a bout goes on, on each platform, driven through the real shell and the fake electron. */

const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');
const MIN = 60_000;
const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;

async function start(platform: NodeJS.Platform, configure?: (fake: Fake) => void): Promise<Fake> {
  Object.defineProperty(process, 'platform', { ...realPlatform, value: platform });
  vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const fake = await bootMain((f) => {
    f.powerMonitor.idleSeconds = 1;
    configure?.(f);
  });
  await fake.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  for (const w of fake.BrowserWindow.getAllWindows()) w.close();
  return fake;
}

const tray = (fake: Fake) => fake.Tray.created.at(-1)!;
const shownFile = (fake: Fake) => path.basename((tray(fake).image as { source: string }).source);
const drawnFiles = (fake: Fake) => tray(fake).callsTo('setImage').map(([image]) => path.basename((image as { source: string }).source));

afterEach(() => {
  Object.defineProperty(process, 'platform', realPlatform);
  vi.useRealTimers();
});

describe('tray icon', () => {
  it('fills the ring in quarters as the bout goes on, then shows "break due", redrawing only when the picture changes', async () => {
    const fake = await start('linux');
    expect(shownFile(fake)).toBe('tray-sitting-0.png');
    const seen: string[] = [];
    for (let minute = 1; minute <= 32; minute++) {
      await vi.advanceTimersByTimeAsync(MIN);
      if (seen.at(-1) !== shownFile(fake)) seen.push(shownFile(fake));
    }
    expect(seen).toEqual(['tray-sitting-0.png', 'tray-sitting-1.png', 'tray-sitting-2.png', 'tray-sitting-3.png', 'tray-break-due.png']);
    // Each image was handed to the tray once, when it changed.
    expect(drawnFiles(fake)).toEqual(['tray-sitting-1.png', 'tray-sitting-2.png', 'tray-sitting-3.png', 'tray-break-due.png']);
    expect(tray(fake).callsTo('setTitle')).toEqual([]);
  });

  it('draws the ink for the Windows taskbar, and switches at once when the taskbar changes colour', async () => {
    const fake = await start('win32', (f) => {
      f.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = true;
    });
    expect(shownFile(fake)).toBe('tray-sitting-0-on-dark.ico');
    // The app theme is not the taskbar's: a light app theme on a dark taskbar keeps the light ink.
    fake.nativeTheme.switchSystemTheme({ dark: false, systemUIDark: true });
    expect(shownFile(fake)).toBe('tray-sitting-0-on-dark.ico');
    fake.nativeTheme.switchSystemTheme({ dark: false, systemUIDark: false });
    expect(shownFile(fake)).toBe('tray-sitting-0-on-light.ico');
  });

  it('shows the minutes until the next break beside the macOS icon, refreshed at the wakes the engine already makes', async () => {
    // On this Linux machine macOS's native quiet-moment signals cannot load; main says so, and that is expected.
    const log = captureLog();
    const fake = await start('darwin');
    expect(shownFile(fake)).toBe('tray-trackingTemplate.png');
    expect(tray(fake).title).toBe('30 min');
    expect(tray(fake).callsTo('setTitle')[0]).toEqual(['30 min', { fontType: 'monospacedDigit' }]);
    const timersBefore = vi.getTimerCount();
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(vi.getTimerCount()).toBe(timersBefore);
    // The engine looks at the idle time every two minutes while the user is at the desk, so the figure is at
    // most that old: 20 minutes are left, and the title says 20 or 21.
    expect(tray(fake).title).toMatch(/^2[01] min$/);
    expect(tray(fake).callsTo('setTitle').length).toBeGreaterThanOrEqual(5);
    await vi.advanceTimersByTimeAsync(21 * MIN);
    expect(shownFile(fake)).toBe('tray-break-dueTemplate.png');
    expect(tray(fake).title).toBe('');
    // Whatever else was logged would be a real problem.
    expect(log.text().split('\n').filter((line) => line && !/^Limber: Quiet-moment signals could not start|^\s+at |^Error/.test(line))).toEqual([]);
  });
});
