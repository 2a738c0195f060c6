import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView } from './support/settings-window.js';

/* The welcome on a first start, done with the keyboard alone. */

const browser = chromiumForThisFile();
const firstRun = () => bridgeOptions({ view: settingsView({ firstRunDone: false }) });
const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName);

describe('first run', () => {
  it('tells what Limber does and how to stretch safely, then takes an interval and a posture, all by keyboard', async () => {
    const opened = await openSettingsWindow(browser(), firstRun(), { waitFor: 'What Limber does' });
    const { page } = opened;
    const { keyboard } = page;
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/counts time at the computer as sitting unless you tell it otherwise/);
    expect(text).toMatch(/back condition.*surgery.*pregnant.*check with your doctor first/s);
    expect(text).toMatch(/never into pain/);

    // The language comes first, so a reader who cannot read this one can change it before anything else.
    await keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await page.getByLabel('Language', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await keyboard.press('Tab');
    expect(await focused(page)).toBe('Next');
    await keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your breaks' }).waitFor();

    await keyboard.press('Tab'); // the checked interval, 30 min
    await keyboard.press('ArrowRight'); // 45 min
    await keyboard.press('Tab'); // why 30 minutes?
    await keyboard.press('Tab'); // the checked posture, a mix
    await keyboard.press('ArrowRight'); // standing
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ breakIntervalMin: 45 }, { posturePreference: 'standing' }]);
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    expect(await focused(page)).toBe('Next');
    await keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Finding Limber' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/top bar or panel.*No icon to be seen\?.*starting Limber again.*opens this window/s);

    // Launch at login and a first break come before Back and the finish.
    for (let i = 0; i < 4; i++) await keyboard.press('Tab');
    expect(await focused(page)).toBe('Start using Limber');
    await keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Settings' }).waitFor();
    expect(await callsTo(page, 'app:complete-first-run')).toEqual([undefined]);
    // The choices made in the welcome are the settings now shown.
    expect(await page.getByRole('radio', { name: '45 min' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Standing/ }).isChecked()).toBe(true);
    await closeSettingsWindow(opened);
  });

  it('goes back a step without losing a choice, and names the tray’s place on each desktop', async () => {
    for (const [platform, place] of [
      ['darwin', 'menu bar'],
      ['win32', 'notification area'],
    ] as const) {
      const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false, platform }) }), { waitFor: 'What Limber does' });
      const { page } = opened;
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: '20 min' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await page.locator('main').innerText()).toContain(place);
      await page.getByRole('button', { name: 'Back' }).click();
      expect(await page.getByRole('radio', { name: '20 min' }).isChecked()).toBe(true);
      expect(await callsTo(page, 'app:complete-first-run')).toEqual([]);
      await closeSettingsWindow(opened);
    }
  });

  it('stays on the interval page while an "Other" interval would not be saved, and says why', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false }) }), { waitFor: 'Welcome to Limber' });
    const { page } = opened;
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'Other', exact: true }).check();
    await page.getByLabel('Break interval', { exact: true }).fill('200');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Break interval: enter a whole number of minutes from 10 to 120.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your breaks');
    expect(await callsTo(page, 'settings:update')).toEqual([]);
    await page.getByLabel('Break interval', { exact: true }).fill('45');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Finding Limber');
    expect(await callsTo(page, 'settings:update')).toEqual([{ breakIntervalMin: 45 }]);
    await closeSettingsWindow(opened);
  });

  it('offers launch at login and a first break on its last page', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false }) }), { waitFor: 'Welcome to Limber' });
    const { page } = opened;
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Start Limber when I log in').check();
    await page.getByRole('button', { name: 'Try a break now' }).click();
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ launchAtLogin: true }]);
    expect(await callsTo(page, 'app:control')).toEqual([{ type: 'stretch' }]);
    await closeSettingsWindow(opened);
  });
});
