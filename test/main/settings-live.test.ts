import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootMain, captureLog, tempUserData, type Fake } from './boot-support.js';

/* What the user notices when Settings, the welcome or "Were you up?" change things in a running Limber. */

const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');
const MIN = 60_000;
const clockTime = (at: number) => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(at);

async function start(userData = tempUserData(), now = MONDAY_9AM): Promise<Fake> {
  vi.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const fake = await bootMain(undefined, { userData });
  await fake.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  return fake;
}

const tray = (fake: Fake) => fake.Tray.created.at(-1)!;
const windowsOpen = (fake: Fake) => fake.BrowserWindow.getAllWindows().map((w) => w.webContents.getURL());

function settingsPage(fake: Fake) {
  if (!windowsOpen(fake).includes('app://limber/settings.html')) tray(fake).contextMenu!.click('Settings…');
  const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/settings.html'))!;
  const sender = fake.createFakeSender('app://limber/settings.html', win.webContents);
  return (channel: string, payload?: unknown) => fake.ipcMain.invokeFrom(sender, `limber:${channel}`, ...(payload === undefined ? [] : [payload]));
}

const shownPrompts = (fake: Fake) => fake.Notification.created.filter((n) => n.shown);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('first run', () => {
  it('opens Settings on the welcome at every start until the welcome is finished, then never again', async () => {
    const userData = tempUserData();
    const first = await start(userData);
    expect(windowsOpen(first)).toEqual(['app://limber/settings.html']);
    expect(await settingsPage(first)('settings:get')).toMatchObject({ firstRunDone: false });

    // Closed without finishing: the next start offers the welcome again.
    for (const w of first.BrowserWindow.getAllWindows()) w.close();
    const second = await start(userData);
    expect(windowsOpen(second)).toEqual(['app://limber/settings.html']);
    await settingsPage(second)('app:complete-first-run');
    expect(await settingsPage(second)('settings:get')).toMatchObject({ firstRunDone: true });
    expect(JSON.parse(readFileSync(path.join(userData, 'config.json'), 'utf8')).firstRunDone).toBe(true);

    const third = await start(userData);
    expect(windowsOpen(third)).toEqual([]);
  });
});

describe('a live settings change', () => {
  it('moves the next prompt from minute 30 to minute 45 when the interval changes at minute 20, keeping the bout', async () => {
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(20 * MIN);
    expect(tray(fake).toolTip).toContain(`next stretch ≈ ${clockTime(MONDAY_9AM + 30 * MIN)}`);

    expect(await settingsPage(fake)('settings:update', { breakIntervalMin: 45 })).toMatchObject({ ok: true });
    expect(tray(fake).toolTip).toContain(`Sitting since ${clockTime(MONDAY_9AM)}`);
    expect(tray(fake).toolTip).toContain(`next stretch ≈ ${clockTime(MONDAY_9AM + 45 * MIN)}`);

    await vi.advanceTimersByTimeAsync(24 * MIN); // minute 44
    expect(shownPrompts(fake)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2 * MIN); // minute 46
    expect(shownPrompts(fake)).toHaveLength(1);
  });

  it('files history under the new day boundary at once, without a restart', async () => {
    const userData = tempUserData();
    // 01:00 local time on Monday: before the default 04:00 boundary, so still Sunday's history day...
    const monday1am = new Date(2026, 2, 2, 1, 0).getTime();
    const fake = await start(userData, monday1am);
    const page = settingsPage(fake);
    // ...until the boundary moves to midnight, which makes it Monday.
    expect(await page('settings:update', { dayBoundaryHour: 0 })).toMatchObject({ ok: true });
    fake.powerMonitor.idleSeconds = 1;
    tray(fake).contextMenu!.click("I'm standing");
    await vi.advanceTimersByTimeAsync(3 * MIN);
    tray(fake).contextMenu!.click("I'm sitting");
    const standing = readFileSync(path.join(userData, 'history', '2026-03-02.jsonl'), 'utf8');
    expect(standing).toMatch(/"type":"standing"/);
    expect(readdirSync(path.join(userData, 'history'))).not.toContain('2026-03-01.jsonl');
  });
});

describe('"Were you up?"', () => {
  async function afterShortGap(): Promise<Fake> {
    const fake = await start();
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(10 * MIN);
    // Away for three minutes (idle time grows while nobody touches anything), then back.
    for (let s = 0; s <= 180; s += 30) {
      fake.powerMonitor.idleSeconds = s;
      await vi.advanceTimersByTimeAsync(30_000);
    }
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(2 * MIN);
    return fake;
  }

  it('offers the gap in the tray with its clock times; one click counts it as a break and the offer goes', async () => {
    const fake = await afterShortGap();
    const offer = tray(fake).contextMenu!.items.find((item) => /^I was up .+: count it as a break$/.test(item.label));
    expect(offer?.label).toMatch(new RegExp(`^I was up ${clockTime(MONDAY_9AM + 10 * MIN)}–`));
    offer!.click();
    expect(tray(fake).contextMenu!.items.some((item) => /^I was up/.test(item.label))).toBe(false);
    expect(await settingsPage(fake)('today:get')).toMatchObject({ naturalBreaks: 1, shortGaps: 0 });
  });

  it('puts the gap in the break plan, and the break window can count it once; a second try is refused', async () => {
    const fake = await afterShortGap();
    tray(fake).contextMenu!.click('stretch-move-break');
    const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/break.html'))!;
    const page = fake.createFakeSender('app://limber/break.html', win.webContents);
    const plan = (await fake.ipcMain.invokeFrom(page, 'limber:break:get-plan')) as { shortGap?: { from: string; to: string } };
    expect(plan.shortGap?.from).toBe(clockTime(MONDAY_9AM + 10 * MIN));
    expect(await fake.ipcMain.invokeFrom(page, 'limber:break:count-gap')).toEqual({ ok: true });
    const log = captureLog();
    expect(await fake.ipcMain.invokeFrom(page, 'limber:break:count-gap')).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(log.text()).toMatch(/Limber: count-gap-as-break: No recent short gap to count as a break\./);
    expect(((await fake.ipcMain.invokeFrom(page, 'limber:break:get-plan')) as { shortGap?: unknown }).shortGap).toBeUndefined();
  });
});
