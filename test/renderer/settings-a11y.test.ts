import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { seriousViolations } from './support/axe.js';
import { chromiumForThisFile } from './support/break-window.js';
import { monthOfHistory } from './support/history-data.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView } from './support/settings-window.js';

/* axe-core on every screen of the settings window (welcome, settings, history, why breaks), in both colour schemes. */

const browser = chromiumForThisFile();
const NOW = new Date(2026, 2, 20, 15, 0);

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it(`has no serious or critical axe violations on the three welcome steps (${colorScheme} theme)`, async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false }) }), { colorScheme, waitFor: 'What Limber does' });
    const { page } = opened;
    const found: Record<string, string[]> = {};
    found['welcome'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Next' }).click();
    found['your breaks'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: /^Why 30 minutes\?/ }).click();
    await page.getByRole('heading', { name: 'Why breaks help' }).waitFor();
    found['why 30 minutes'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Back to the welcome' }).first().click();
    await page.getByRole('button', { name: 'Next' }).click();
    found['finding Limber'] = await seriousViolations(page);
    expect(found).toEqual({ welcome: [], 'your breaks': [], 'why 30 minutes': [], 'finding Limber': [] });
    await closeSettingsWindow(opened);
  }, 60_000);

  it(`has none on the settings, with every notice showing, an inline problem and the restore question (${colorScheme} theme)`, async () => {
    const view = settingsView({
      settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 25, workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true }, microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: true } },
      recovery: { droppedFields: ['snoozeLimit'], backupFile: '/tmp/config.corrupt-1.json' },
      idleDetection: 'unavailable',
      shortcutProblem: 'Ctrl+Alt+S is already used by another application.',
      launchAtLoginProblem: 'The autostart folder could not be written.',
      trayIcon: 'hidden',
    });
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view }), { colorScheme });
    const { page } = opened;
    const found: Record<string, string[]> = {};
    found['settings'] = await seriousViolations(page);
    const snooze = page.getByLabel('Snooze for', { exact: true });
    await snooze.fill('99');
    await snooze.press('Tab');
    await page.getByLabel('Monday, hours 1, until').fill('08:00');
    await page.getByLabel('Monday, hours 1, until').press('Tab');
    await page.locator('.field-problem').nth(1).waitFor();
    found['with problems'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Restore defaults…' }).click();
    found['restore question'] = await seriousViolations(page);
    expect(found).toEqual({ settings: [], 'with problems': [], 'restore question': [] });
    await closeSettingsWindow(opened);
  }, 60_000);

  it(`has none on the Why breaks page, with the panel and then a source link focused, and with the browser refusing (${colorScheme} theme)`, async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ linkFails: true }), { colorScheme });
    const { page } = opened;
    const found: Record<string, string[]> = {};
    await page.getByRole('tab', { name: 'Why breaks' }).click();
    await page.getByRole('tabpanel').focus();
    found['panel'] = await seriousViolations(page);
    const link = page.getByRole('link').first();
    await link.focus();
    await link.press('Enter');
    await page.getByText('could not open your web browser').waitFor();
    found['link refused'] = await seriousViolations(page);
    expect(found).toEqual({ panel: [], 'link refused': [] });
    await closeSettingsWindow(opened);
  }, 60_000);

  it(`has none on history: empty, 7 days with a bar focused, 30 days with the table open (${colorScheme} theme)`, async () => {
    const found: Record<string, string[]> = {};
    const empty = await openSettingsWindow(browser(), bridgeOptions(), { colorScheme, now: NOW });
    await empty.page.getByRole('tab', { name: 'History' }).click();
    await empty.page.getByText('No days recorded yet.').waitFor();
    found['empty'] = await seriousViolations(empty.page);
    await closeSettingsWindow(empty);

    const month = monthOfHistory(NOW);
    const opened = await openSettingsWindow(browser(), bridgeOptions({ today: month.today, history: month.view }), { colorScheme, now: NOW });
    const { page } = opened;
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('img').first().focus();
    found['7 days'] = await seriousViolations(page);
    await page.getByRole('button', { name: '30 days' }).click();
    await page.getByText('Show these days as a table').click();
    found['30 days and table'] = await seriousViolations(page);
    expect(found).toEqual({ empty: [], '7 days': [], '30 days and table': [] });
    await closeSettingsWindow(opened);
  }, 60_000);
});

describe('keyboard', () => {
  it('moves between the Settings and History tabs with the arrow keys, and shows a focus ring on the chart bars', async () => {
    const month = monthOfHistory(NOW);
    const opened = await openSettingsWindow(browser(), bridgeOptions({ today: month.today, history: month.view }), { now: NOW });
    const { page } = opened;
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByRole('img').nth(3).focus();
    const stroke = await page.getByRole('img').nth(3).evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(stroke).toBe('3px');
    await page.getByRole('tab', { name: 'History' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Suggest a break after sitting for').waitFor();
    await closeSettingsWindow(opened);
  });
});
