import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTINGS_WINDOW_SIZE } from '../../electron/common/window-placement.js';
import { chromiumForThisFile } from './support/break-window.js';
import { monthOfHistory } from './support/history-data.js';
import { layoutProblems, layoutViews, showAs } from './support/layout.js';
import type { PageLanguageCode } from '../../electron/common/i18n/languages.js';
import { pageLanguage } from './support/page-language.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView, type SettingsBridgeOptions } from './support/settings-window.js';
import { wordsIn } from './support/words.js';

/*
 * Every tab of the settings window, and the welcome, at 100, 150 and 200 % text, at 150 and 200 % zoom and 320 px
 * wide: the tab strip wraps, nothing scrolls sideways or is cut off, every field and line can be reached. In
 * English, in the pseudo-language (about 40 % longer), in German (long words) and in Arabic (mirrored).
 */

const browser = chromiumForThisFile();
const SLOW = 180_000;
const VIEWS = layoutViews(SETTINGS_WINDOW_SIZE);
const NOW = new Date(2026, 2, 20, 15, 0);

async function problemsInEveryView(page: Page, screen: string): Promise<string[]> {
  const found: string[] = [];
  for (const view of VIEWS) {
    await showAs(page, view);
    for (const problem of await layoutProblems(page)) found.push(`${screen} at ${view.name}: ${problem}`);
  }
  await showAs(page, VIEWS[0]!);
  return found;
}

async function open(bridge: SettingsBridgeOptions, waitFor?: string) {
  return openSettingsWindow(browser(), bridge, { now: NOW, ...(waitFor ? { waitFor } : {}) });
}

const REFLOW_LANGUAGES: PageLanguageCode[] = ['en', 'en-XA', 'de', 'ar'];

describe.each(REFLOW_LANGUAGES)('the settings window reflows in %s', (code) => {
  const { t } = wordsIn(code);
  const language = pageLanguage(code);
  const open = (bridge: SettingsBridgeOptions, waitFor?: string) =>
    openSettingsWindow(browser(), { ...bridge, language }, { now: NOW, waitFor: waitFor ?? t('settings.breaks.intervalLegend') });

  it('on the Settings tab, with the repair banner, the tray note and every optional field shown', async () => {
    const view = settingsView({
      recovery: { droppedFields: ['workingHours', 'snoozeMin'], backupFile: '/home/sam/.config/Limber/settings.damaged-2026-03-20.json' },
      trayIcon: 'hidden',
      state: { status: 'Break due: you have been sitting for 35 min', breakDue: true, idleDetection: 'available', paused: false, snoozesLeft: 0 },
    });
    view.settings.breakIntervalMin = 35;
    view.settings.workingHours.enabled = true;
    view.settings.microBreak.enabled = true;
    const opened = await open(bridgeOptions({ view }));
    expect(await problemsInEveryView(opened.page, 'Settings tab')).toEqual([]);
    await closeSettingsWindow(opened);
  }, SLOW);

  it('on the History tab, for 7 and for 30 days, with the table open', async () => {
    const month = monthOfHistory(NOW);
    const opened = await open(bridgeOptions({ today: month.today, history: month.view }));
    const { page } = opened;
    await page.getByRole('tab', { name: t('settings.tabs.history') }).click();
    await page.getByRole('heading', { name: t('history.days.title', { count: 7 }) }).waitFor();
    expect(await problemsInEveryView(page, 'History, 7 days')).toEqual([]);
    await page.getByRole('button', { name: t('history.days.range', { count: 30 }) }).click();
    await page.getByText(t('history.table.show')).click();
    expect(await problemsInEveryView(page, 'History, 30 days')).toEqual([]);
    await closeSettingsWindow(opened);
  }, SLOW);

  it('on the Why breaks tab', async () => {
    const opened = await open(bridgeOptions());
    await opened.page.getByRole('tab', { name: t('settings.tabs.why') }).click();
    await opened.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await problemsInEveryView(opened.page, 'Why breaks')).toEqual([]);
    await closeSettingsWindow(opened);
  }, SLOW);

  it('on each page of the welcome', async () => {
    const opened = await open(bridgeOptions({ view: settingsView({ firstRunDone: false }) }), t('welcome.steps.what'));
    const { page } = opened;
    for (let step = 1; step <= 3; step++) {
      expect(await problemsInEveryView(page, `welcome page ${step}`)).toEqual([]);
      if (step < 3) await page.getByRole('button', { name: t('welcome.next') }).click();
    }
    await closeSettingsWindow(opened);
  }, SLOW);
});

describe('the tab strip', () => {
  it('wraps at 200 % text, so "Why breaks" stays on screen', async () => {
    const opened = await open(bridgeOptions());
    const { page } = opened;
    await showAs(page, VIEWS.find((v) => v.name === '200 % text')!);
    const tab = (await page.getByRole('tab', { name: 'Why breaks' }).boundingBox())!;
    expect(tab.x + tab.width).toBeLessThanOrEqual(SETTINGS_WINDOW_SIZE.width);
    await closeSettingsWindow(opened);
  });

  it('goes to the first and last tab with Home and End', async () => {
    const opened = await open(bridgeOptions());
    const { page } = opened;
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Why breaks' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    await closeSettingsWindow(opened);
  });

  it('never hides the field that Shift+Tab reaches under the sticky bar', async () => {
    const view = settingsView();
    view.settings.workingHours.enabled = true;
    const opened = await open(bridgeOptions({ view }));
    const { page } = opened;
    await page.getByRole('button', { name: 'Restore defaults…' }).focus();
    const hidden: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el.getAttribute('role') === 'tab') return null;
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 10), r.top + r.height / 2);
        const label = el.getAttribute('aria-label') ?? el.id;
        return hit && (hit === el || el.contains(hit) || (el as HTMLInputElement).labels?.[0]?.contains(hit)) ? '' : label;
      });
      if (seen === null) break;
      if (seen) hidden.push(seen);
    }
    expect(hidden).toEqual([]);
    await closeSettingsWindow(opened);
  });
});
