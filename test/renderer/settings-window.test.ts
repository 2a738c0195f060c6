import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView } from './support/settings-window.js';

/* The settings window as the user meets it: every setting saved the moment it changes, and bad input explained. */

const browser = chromiumForThisFile();

/** Leaves a text box the way a user does, which is when its value is checked and saved. */
async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  const box = page.getByLabel(label, { exact: typeof label === 'string' });
  await box.fill(text);
  await box.press('Tab');
}

interface RoundTrip {
  setting: string;
  change(page: Page): Promise<void>;
  patch: unknown;
  /** What the reopened window shows. */
  shows(page: Page): Promise<boolean>;
}

const checked = (page: Page, role: 'radio' | 'checkbox', name: string | RegExp) => page.getByRole(role, { name, exact: typeof name === 'string' }).isChecked();
const valueOf = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

const ROUND_TRIPS: RoundTrip[] = [
  {
    setting: 'break interval, preset',
    change: (page) => page.getByRole('radio', { name: '45 min' }).check(),
    patch: { breakIntervalMin: 45 },
    shows: (page) => checked(page, 'radio', '45 min'),
  },
  {
    setting: 'break interval, custom value',
    change: async (page) => {
      await page.getByRole('radio', { name: 'Other', exact: true }).check();
      await typeInto(page, 'Break interval', '25');
    },
    patch: { breakIntervalMin: 25 },
    shows: async (page) => (await checked(page, 'radio', 'Other')) && (await valueOf(page, 'Break interval')) === '25',
  },
  {
    setting: 'prompt style',
    change: (page) => page.getByRole('radio', { name: /^Gently Notifications only/ }).check(),
    patch: { promptStyle: 'gentle' },
    shows: (page) => checked(page, 'radio', /^Gently Notifications only/),
  },
  {
    setting: 'reminder interval',
    change: (page) => typeInto(page, 'Remind again every', '10'),
    patch: { reminderIntervalMin: 10 },
    shows: async (page) => (await valueOf(page, 'Remind again every')) === '10',
  },
  {
    setting: 'snooze length',
    change: (page) => typeInto(page, 'Snooze for', '10'),
    patch: { snoozeMin: 10 },
    shows: async (page) => (await valueOf(page, 'Snooze for')) === '10',
  },
  {
    setting: 'snooze limit',
    change: (page) => typeInto(page, 'Snoozes per sitting bout', '0'),
    patch: { snoozeLimit: 0 },
    shows: async (page) => (await valueOf(page, 'Snoozes per sitting bout')) === '0',
  },
  {
    setting: 'posture preference',
    change: (page) => page.getByRole('radio', { name: /^Standing/ }).check(),
    patch: { posturePreference: 'standing' },
    shows: (page) => checked(page, 'radio', /^Standing/),
  },
  {
    setting: 'flexion-sensitive',
    change: (page) => page.getByRole('checkbox', { name: 'Leave out forward bends' }).check(),
    patch: { flexionSensitive: true },
    shows: (page) => checked(page, 'checkbox', 'Leave out forward bends'),
  },
  {
    setting: 'short pause',
    change: (page) => typeInto(page, 'Short pause', '3'),
    patch: { shortGapMin: 3 },
    shows: async (page) => (await valueOf(page, 'Short pause')) === '3',
  },
  {
    setting: 'time away',
    change: (page) => typeInto(page, 'Time away', '8'),
    patch: { awayGapMin: 8 },
    shows: async (page) => (await valueOf(page, 'Time away')) === '8',
  },
  {
    setting: 'working hours on',
    change: (page) => page.getByRole('checkbox', { name: 'Only during working hours' }).check(),
    patch: { workingHours: { enabled: true } },
    shows: async (page) => (await checked(page, 'checkbox', 'Only during working hours')) && (await valueOf(page, 'Friday, hours 1, until')) === '17:00',
  },
  {
    setting: 'day boundary',
    change: (page) => typeInto(page, 'Each day in your history ends at', '0'),
    patch: { dayBoundaryHour: 0 },
    shows: async (page) => (await valueOf(page, 'Each day in your history ends at')) === '0',
  },
  {
    setting: 'eye breaks',
    change: (page) => page.getByRole('checkbox', { name: 'Eye breaks' }).check(),
    patch: { microBreak: { enabled: true } },
    shows: (page) => checked(page, 'checkbox', 'Eye breaks'),
  },
  {
    setting: 'sound',
    change: (page) => page.getByRole('checkbox', { name: 'Sound' }).uncheck(),
    patch: { sound: false },
    shows: async (page) => !(await checked(page, 'checkbox', 'Sound')),
  },
  {
    setting: 'launch at login',
    change: (page) => page.getByRole('checkbox', { name: 'Start Limber when I log in' }).check(),
    patch: { launchAtLogin: true },
    shows: (page) => checked(page, 'checkbox', 'Start Limber when I log in'),
  },
  {
    setting: 'global shortcut',
    change: (page) => page.getByLabel('Shortcut for “Stretch now”', { exact: true }).press('Alt+F9'),
    patch: { shortcut: 'Alt+F9' },
    shows: async (page) => (await valueOf(page, 'Shortcut for “Stretch now”')) === 'Alt+F9',
  },
];

describe('every setting round-trips', () => {
  it.each(ROUND_TRIPS)('$setting: sent as soon as it changes, and shown again when the window reopens', async ({ change, patch, shows }) => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await change(page);
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([patch]);
    await page.reload();
    await page.getByText('Suggest a break after sitting for').waitFor();
    expect(await shows(page)).toBe(true);
    await closeSettingsWindow(opened);
  });

  it('the eye-break interval, shown once eye breaks are on', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    expect(await page.getByLabel('Eye break every').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Eye breaks' }).check();
    await typeInto(page, 'Eye break every', '30');
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ microBreak: { enabled: true } }, { microBreak: { afterMin: 30 } }]);
    await closeSettingsWindow(opened);
  });
});

describe('invalid input', () => {
  const CASES: Array<{ label: string; text: string; message: string }> = [
    { label: 'Snooze for', text: '500', message: 'Snooze length: enter a whole number of minutes from 1 to 30.' },
    { label: 'Snooze for', text: 'abc', message: 'Snooze length: enter a whole number of minutes from 1 to 30.' },
    { label: 'Snoozes per sitting bout', text: '2.5', message: 'Snoozes per sitting bout: enter a whole number from 0 to 5.' },
    { label: 'Snooze for', text: '0x10', message: 'Snooze length: enter a whole number of minutes from 1 to 30.' },
    { label: 'Snooze for', text: '1e1', message: 'Snooze length: enter a whole number of minutes from 1 to 30.' },
    { label: 'Remind again every', text: '', message: 'Reminder interval: enter a whole number of minutes from 1 to 30.' },
    { label: 'Time away', text: '1', message: 'Time away: enter a whole number of minutes from 2 to 30.' },
    { label: 'Short pause', text: '5', message: 'The short pause must be shorter than the time away.' },
    { label: 'Each day in your history ends at', text: '13', message: 'Day end: enter an hour from 0 to 12.' },
  ];

  it.each(CASES)('$label “$text”: says “$message” beside the box and sends nothing', async ({ label, text, message }) => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await typeInto(page, label, text);
    const box = page.getByLabel(label, { exact: true });
    // Some values break two rules at once (time away below 2 is also not above the short pause); both are named.
    const problem = page.locator('.field-problem', { hasText: message });
    await problem.waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect((await box.getAttribute('aria-describedby'))?.split(' ')).toContain(await problem.getAttribute('id'));
    expect(await callsTo(page, 'settings:update')).toEqual([]);

    // Fixing it clears the message and saves.
    const fixed = label.startsWith('Each day') ? '5' : '3';
    await typeInto(page, label, fixed);
    await expect.poll(() => problem.count()).toBe(0);
    expect(await box.getAttribute('aria-invalid')).toBe('false');
    expect(await callsTo(page, 'settings:update')).toHaveLength(1);
    await closeSettingsWindow(opened);
  });

  it('a custom break interval out of range names the range and sends nothing', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await page.getByRole('radio', { name: 'Other', exact: true }).check();
    await typeInto(page, 'Break interval', '5');
    await page.getByText('Break interval: enter a whole number of minutes from 10 to 120.').waitFor();
    expect(await callsTo(page, 'settings:update')).toEqual([]);
    await closeSettingsWindow(opened);
  });

  it('keeps an unsaved custom interval and its message across a visit to another tab', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await page.getByRole('radio', { name: 'Other', exact: true }).check();
    await typeInto(page, 'Break interval', '200');
    await page.getByText('Break interval: enter a whole number of minutes from 10 to 120.').waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await page.getByRole('radio', { name: 'Other', exact: true }).isChecked()).toBe(true);
    expect(await valueOf(page, 'Break interval')).toBe('200');
    expect(await page.getByText('Break interval: enter a whole number of minutes from 10 to 120.').isVisible()).toBe(true);
    expect(await callsTo(page, 'settings:update')).toEqual([]);
    await closeSettingsWindow(opened);
  });
});

describe('the shortcut recorder', () => {
  it('records the keys pressed, shows them in the platform’s words, refuses a key without a modifier and clears on Backspace', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ platform: 'darwin' }) }));
    const { page } = opened;
    const box = page.getByLabel('Shortcut for “Stretch now”', { exact: true });
    expect(await box.inputValue()).toBe('Command+Option+S');
    await box.press('s');
    await page.getByText('Use Ctrl, Alt, Command or Super with the key, or a function key (F1 to F24).').waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await callsTo(page, 'settings:update')).toEqual([]);
    await box.press('Control+Shift+K');
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ shortcut: 'Control+Shift+K' }]);
    expect(await box.inputValue()).toBe('Control+Shift+K');
    await box.press('Backspace');
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ shortcut: 'Control+Shift+K' }, { shortcut: '' }]);
    expect(await box.inputValue()).toBe('');
    await closeSettingsWindow(opened);
  });

  it('says Ctrl and Super on Linux, and lets Tab move on', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    const box = page.getByLabel('Shortcut for “Stretch now”', { exact: true });
    expect(await box.inputValue()).toBe('Ctrl+Alt+S');
    await box.press('Meta+F5');
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ shortcut: 'Super+F5' }]);
    await box.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).not.toBe(await box.getAttribute('id'));
    await closeSettingsWindow(opened);
  });
});

describe('working hours', () => {
  it('are off by default and can be edited by keyboard alone: change a range, add one, remove a day', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    const { keyboard } = page;
    expect(await page.getByRole('checkbox', { name: 'Only during working hours' }).isChecked()).toBe(false);
    expect(await page.getByRole('group', { name: 'Working hours' }).count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Only during working hours' }).focus();
    await keyboard.press('Space');
    await page.getByRole('group', { name: 'Working hours' }).waitFor();
    // Monday: 09:00–17:00 becomes 08:30–12:00, then a second range is added after it.
    await keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Monday, hours 1, from');
    await keyboard.type('08:30');
    await keyboard.press('Tab');
    await keyboard.type('12:00');
    await keyboard.press('Tab'); // to Remove
    await keyboard.press('Tab'); // to Add hours
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add hours on Monday');
    await keyboard.press('Enter');
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([
      { workingHours: { enabled: true } },
      { workingHours: { days: { mon: [{ start: '08:30', end: '17:00' }] } } },
      { workingHours: { days: { mon: [{ start: '08:30', end: '12:00' }] } } },
      { workingHours: { days: { mon: [{ start: '08:30', end: '12:00' }, { start: '13:00', end: '15:00' }] } } },
    ]);
    expect(await page.getByLabel('Monday, hours 2, from').inputValue()).toBe('13:00');

    // Tuesday's only range removed: a day off.
    await page.getByRole('button', { name: 'Remove Tuesday 09:00–17:00' }).focus();
    await keyboard.press('Enter');
    await expect.poll(async () => (await callsTo(page, 'settings:update')).at(-1)).toEqual({ workingHours: { days: { tue: [] } } });
    await page.getByRole('group', { name: 'Tuesday' }).getByText('Day off').waitFor();
    await closeSettingsWindow(opened);
  });

  it('refuses overlapping or impossible hours with a message on that day, and sends nothing', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ settings: { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true } } }) }));
    const { page } = opened;
    await typeInto(page, 'Wednesday, hours 1, until', '25:00');
    const message = page.getByRole('group', { name: 'Wednesday' }).getByText('Enter an end time from 00:01 to 24:00, as HH:MM.');
    await message.waitFor();
    expect(await page.getByLabel('Wednesday, hours 1, until').getAttribute('aria-invalid')).toBe('true');

    await typeInto(page, 'Wednesday, hours 1, until', '17:00');
    await page.getByRole('button', { name: 'Add hours on Thursday' }).click();
    await typeInto(page, 'Thursday, hours 2, from', '16:00');
    await page.getByRole('group', { name: 'Thursday' }).getByText('The working hours of one day must not overlap.').waitFor();
    expect((await callsTo(page, 'settings:update')).map((p) => JSON.stringify(p))).toEqual([
      JSON.stringify({ workingHours: { days: { thu: [{ start: '09:00', end: '17:00' }, { start: '18:00', end: '20:00' }] } } }),
    ]);
    await closeSettingsWindow(opened);
  });
});

describe('what main reports', () => {
  it('shows the recovery banner once, and dismissing it tells main', async () => {
    const recovery = { droppedFields: ['snoozeLimit', 'workingHours.days.mon'], backupFile: '/home/sam/.config/Limber/config.corrupt-2026-03-02T08-00-00-000Z.json' };
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ recovery }) }));
    const { page } = opened;
    const banner = page.getByRole('region', { name: 'Limber repaired your settings file' });
    expect(await banner.innerText()).toContain('Reset to the default: Snoozes per sitting bout and Working hours on Monday. Everything else was kept.');
    expect(await banner.innerText()).toContain('config.corrupt-2026-03-02T08-00-00-000Z.json');
    await page.getByRole('button', { name: 'Got it' }).click();
    expect(await banner.count()).toBe(0);
    expect(await callsTo(page, 'settings:dismiss-recovery-notice')).toEqual([undefined]);
    await page.reload();
    await page.getByText('Suggest a break after sitting for').waitFor();
    expect(await banner.count()).toBe(0);
    await closeSettingsWindow(opened);
  });

  it.each([
    [['abandonGraceSec', 'seatedFollowUpMin', 'standingSuggestMin', 'microBreak.seconds'], /Shortest stopped routine that still counts, Next reminder after a seated routine, Standing reminder and Eye break length/],
    [['(whole file)'], /^Limber could not read it at all, so every setting is back to its default\. The file as it was is kept as/],
    [['schemaVersion'], /^It is marked with a version this Limber does not understand, perhaps because a newer Limber wrote it\. Every setting this Limber knows was kept\./],
  ])('words the repair of %j for people, never in code names', async (droppedFields, wording) => {
    const recovery = { droppedFields, backupFile: 'C:\\Users\\sam\\AppData\\Roaming\\Limber\\config.corrupt-1.json' };
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ recovery }) }));
    const text = await opened.page.getByRole('region', { name: 'Limber repaired your settings file' }).getByRole('paragraph').innerText();
    expect(text).toMatch(wording);
    expect(text).toMatch(/kept as config\.corrupt-1\.json\.$/);
    expect(text).not.toMatch(/[a-z][A-Z]|\(whole file\)/);
    await closeSettingsWindow(opened);
  });

  it('explains idle detection that is unavailable, and a shortcut or login item the system refused', async () => {
    const view = settingsView({
      idleDetection: 'unavailable',
      shortcutProblem: 'Ctrl+Alt+S is already used by another application. Choose another shortcut.',
      launchAtLoginProblem: 'The autostart folder could not be written.',
      trayIcon: 'hidden',
    });
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view }));
    const { page } = opened;
    expect(await page.getByRole('note', { name: 'Idle detection on this desktop' }).innerText()).toMatch(/unavailable.*counts all screen time as sitting.*screen lock or suspend as time away/s);
    expect(await page.getByRole('note', { name: 'Tray icon on this desktop' }).innerText()).toMatch(/not showing Limber’s tray icon.*open Limber again/s);
    expect(await page.getByText('Ctrl+Alt+S is already used by another application').isVisible()).toBe(true);
    expect(await page.getByText('The autostart folder could not be written.').isVisible()).toBe(true);
    await closeSettingsWindow(opened);

    const shown = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ trayIcon: 'unknown' }) }));
    expect(await shown.page.getByRole('note', { name: 'Tray icon on this desktop' }).count()).toBe(0);
    await closeSettingsWindow(shown);
  });

  it('asks main again after a shortcut change, so a new conflict shows at once', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await page.getByLabel('Shortcut for “Stretch now”', { exact: true }).press('Alt+F9');
    await expect.poll(async () => (await callsTo(page, 'settings:get')).length).toBe(2);
    await closeSettingsWindow(opened);
  });

  it('restores defaults after asking, and shows them', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await typeInto(page, 'Snooze for', '12');
    await page.getByRole('button', { name: 'Restore defaults…' }).click();
    // The safe answer has the focus, and Enter or Esc on the question keeps everything.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my settings');
    expect(await page.getByRole('button', { name: 'Restore all settings' }).getAttribute('class')).not.toContain('primary');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Restore defaults…');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Restore all settings' }).count()).toBe(0);
    expect(await callsTo(page, 'settings:restore-defaults')).toEqual([]);
    await page.getByRole('button', { name: 'Restore defaults…' }).click();
    await page.getByRole('button', { name: 'Restore all settings' }).click();
    await expect.poll(() => page.getByLabel('Snooze for', { exact: true }).inputValue()).toBe('5');
    expect(await callsTo(page, 'settings:restore-defaults')).toEqual([undefined]);
    await closeSettingsWindow(opened);
  });

  it('keeps the current sitting count: the page never sends more than the one setting that changed', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await page.getByRole('radio', { name: '60 min' }).check();
    await page.getByRole('radio', { name: '20 min' }).check();
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ breakIntervalMin: 60 }, { breakIntervalMin: 20 }]);
    expect(await page.getByText('Your current sitting count carries on.').isVisible()).toBe(true);
    await closeSettingsWindow(opened);
  });
});
