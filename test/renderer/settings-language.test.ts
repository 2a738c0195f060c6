import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES, LANGUAGE_NAMES } from '../../electron/common/i18n/languages.js';
import { weekdayNames } from '../../electron/common/i18n/format.js';
import type { PageLanguage } from '../../electron/common/i18n/app-language.js';
import { seriousViolations } from './support/axe.js';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { monthOfHistory } from './support/history-data.js';
import { pageLanguage } from './support/page-language.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView, type SettingsBridgeOptions } from './support/settings-window.js';
import { wordsIn } from './support/words.js';

/*
 * The settings window in another language: the Language choice applies at once and the page re-renders in place;
 * in Arabic the window mirrors (tabs, the welcome's arrows, the History chart, number fields); in the
 * pseudo-language no English is left on any screen. Expected words come from the catalogues, never pasted here.
 * LIMBER_SHOT_DIR=/some/dir saves a screenshot of each mirrored screen, to look at.
 */

const browser = chromiumForThisFile();
const NOW = new Date(2026, 2, 20, 15, 0);
const ar = wordsIn('ar');

async function openIn(language: PageLanguage, bridge: Partial<SettingsBridgeOptions> = {}, waitFor?: string, colorScheme: 'light' | 'dark' = 'light') {
  const words = wordsIn(language.language);
  return openSettingsWindow(browser(), bridgeOptions({ language, ...bridge }), { now: NOW, colorScheme, waitFor: waitFor ?? words.t('settings.breaks.intervalLegend') });
}

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.LIMBER_SHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  // In pieces a screen high, so each can be looked at full size; then again at 200 % text.
  for (const [suffix, size] of [['', ''], ['-200', '32px']] as const) {
    await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), size);
    const { width, height } = page.viewportSize()!;
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, part = 1; y < total && part <= 6; y += height, part++) {
      await page.screenshot({ path: `${dir}/${name}${suffix}-${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
    }
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const centre = (b: { x: number; width: number }) => b.x + b.width / 2;

describe('the Language setting', () => {
  it('lists the system language by name and every language by its own name, and switches the page in place', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ systemLanguage: 'ja' }) }));
    const { page } = opened;
    const select = page.getByLabel('Language', { exact: true });
    expect(await select.locator('option').allInnerTexts()).toEqual([`System language (${LANGUAGE_NAMES.ja})`, ...LANGUAGES.map((l) => LANGUAGE_NAMES[l])]);
    expect(await select.inputValue()).toBe('system');
    expect(await page.getByText('Every window, the tray and notifications change at once.').isVisible()).toBe(true);

    await select.focus();
    await select.selectOption('de');
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ language: 'de' }]);
    // Main hears the setting and sends the page its new catalogue.
    await page.evaluate((language) => (window as unknown as { __limberLanguage: (l: unknown) => void }).__limberLanguage(language), pageLanguage('de'));
    const de = wordsIn('de');
    await page.getByRole('heading', { name: de.t('settings.breaks.title'), exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['de', 'ltr']);
    expect(await page.getByRole('tab', { name: de.t('settings.tabs.history') }).isVisible()).toBe(true);
    // In place: the same control keeps focus and shows the choice, and its own words are German now.
    const germanSelect = page.getByLabel(de.t('language.label'), { exact: true });
    expect(await germanSelect.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await germanSelect.inputValue()).toBe('de');
    expect(await germanSelect.locator('option').first().innerText()).toBe(de.t('language.system', { name: LANGUAGE_NAMES.ja }));
    // Weekday names come from Intl in the page's locale.
    await page.getByRole('checkbox', { name: de.t('settings.names.workingHoursEnabled') }).check();
    await expect.poll(() => callsTo(page, 'settings:update')).toEqual([{ language: 'de' }, { workingHours: { enabled: true } }]);
    await page.getByRole('group', { name: weekdayNames(pageLanguage('de').locale)[0] }).waitFor();
    await closeSettingsWindow(opened);
  });

  it('is offered on the welcome’s first page too', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false, systemLanguage: 'en' }) }), { waitFor: 'What Limber does' });
    const select = opened.page.getByLabel('Language', { exact: true });
    expect(await select.locator('option').first().innerText()).toBe('System language (English)');
    await select.selectOption('ar');
    await expect.poll(() => callsTo(opened.page, 'settings:update')).toEqual([{ language: 'ar' }]);
    await opened.page.evaluate((language) => (window as unknown as { __limberLanguage: (l: unknown) => void }).__limberLanguage(language), pageLanguage('ar'));
    await opened.page.getByRole('heading', { level: 1, name: ar.t('welcome.steps.what') }).waitFor();
    expect(await opened.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await closeSettingsWindow(opened);
  });
});

describe.each(['light', 'dark'] as const)('in Arabic the window mirrors (%s theme)', (colorScheme) => {
  it('tabs run right to left and the arrow keys follow, number fields keep their unit on the reading side', async () => {
    const opened = await openIn(pageLanguage('ar'), {}, undefined, colorScheme);
    const { page } = opened;
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const tab = (key: 'settings' | 'history' | 'why') => page.getByRole('tab', { name: ar.t(`settings.tabs.${key}`) });
    const [settings, history, why] = await Promise.all([tab('settings').boundingBox(), tab('history').boundingBox(), tab('why').boundingBox()]);
    expect(settings!.x).toBeGreaterThan(history!.x);
    expect(history!.x).toBeGreaterThan(why!.x);
    await tab('settings').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await tab('history').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await tab('settings').getAttribute('aria-selected')).toBe('true');

    const input = (await page.getByLabel(ar.t('settings.breaks.remindEvery'), { exact: true }).boundingBox())!;
    const unit = (await page.locator('.number-input', { has: page.getByLabel(ar.t('settings.breaks.remindEvery'), { exact: true }) }).locator('.unit').boundingBox())!;
    expect(unit.x + unit.width).toBeLessThanOrEqual(input.x + 1);
    // The label starts on the right, where the reading starts.
    const label = (await page.locator('label', { hasText: ar.t('settings.breaks.remindEvery') }).first().boundingBox())!;
    expect(label.x + label.width).toBeGreaterThan(input.x + input.width - 1);
    await shot(page, `settings-ar-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
    await closeSettingsWindow(opened);
  });

  it('the History chart runs right to left: the newest day on the left, the hours on the right', async () => {
    const month = monthOfHistory(NOW);
    const opened = await openIn(pageLanguage('ar'), { today: month.today, history: month.view }, undefined, colorScheme);
    const { page } = opened;
    await page.getByRole('tab', { name: ar.t('settings.tabs.history') }).click();
    await page.locator('.bar-target').first().waitFor();
    const bars = page.locator('.bar-target');
    const oldest = (await bars.first().boundingBox())!;
    const newest = (await bars.last().boundingBox())!;
    expect(newest.x).toBeLessThan(oldest.x);
    const hourLabel = await box(page, '.grid text');
    expect(hourLabel.x).toBeGreaterThan(oldest.x + oldest.width - 1);
    // The Tab stop is on the newest day; Right goes back in time, as it points the way the days run.
    await bars.last().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.bar-target')[5])).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.bar-target')[6])).toBe(true);
    // Numbers, dates and the goal bar's fill start from the right too.
    const fill = await box(page, '.goal-fill');
    const track = await box(page, '.goal-bar');
    expect(fill.x + fill.width).toBeCloseTo(track.x + track.width, 0);
    await shot(page, `history-ar-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
    await closeSettingsWindow(opened);
  });

  it('the welcome’s Back and Next point the way the pages go', async () => {
    const opened = await openIn(pageLanguage('ar'), { view: settingsView({ firstRunDone: false }) }, ar.t('welcome.steps.what'), colorScheme);
    const { page } = opened;
    await page.getByRole('button', { name: ar.t('welcome.next') }).click();
    await page.getByRole('heading', { level: 1, name: ar.t('welcome.steps.breaks') }).waitFor();
    const next = (await page.getByRole('button', { name: ar.t('welcome.next') }).boundingBox())!;
    const back = (await page.getByRole('button', { name: ar.t('welcome.back'), exact: true }).boundingBox())!;
    expect(next.x).toBeLessThan(back.x);
    const nextArrow = await box(page, '.nav-next .nav-arrow');
    const backArrow = await box(page, '.nav-back .nav-arrow');
    // Next's arrow at its left end, Back's at its right end, each drawn turned round (pointing left and right).
    expect(centre(nextArrow)).toBeLessThan(centre(next));
    expect(centre(backArrow)).toBeGreaterThan(centre(back));
    expect(await page.locator('.nav-next .nav-arrow').evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await shot(page, `welcome-ar-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
    await closeSettingsWindow(opened);
  });
});

describe('in English the arrows point the usual way', () => {
  it('Next’s arrow at its right end, unturned', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false }) }), { waitFor: 'What Limber does' });
    const { page } = opened;
    const next = (await page.getByRole('button', { name: 'Next' }).boundingBox())!;
    expect(centre(await box(page, '.nav-next .nav-arrow'))).toBeGreaterThan(centre(next));
    expect(await page.locator('.nav-next .nav-arrow').evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await closeSettingsWindow(opened);
  });
});

/** Words on screen or in an accessible name that did not come through the catalogue, in the pseudo-language. */
async function plainEnglish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      // The sources are cited as published, in English, and marked so.
      if (el.closest('[lang="en"]') || !el.checkVisibility()) continue;
      if (node.textContent?.trim()) out.push(node.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '');
    return out;
  });
  // Intl's names for days and months are the locale's own (the pseudo-language formats as en-US).
  const intl = new Set([
    ...weekdayNames('en-US', 'long'),
    ...weekdayNames('en-US', 'short'),
    ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15)).toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' })),
  ]);
  // Plain words outside the catalogue's brackets: pseudo text is all accents, so any run of three plain letters is not.
  // So are its words joining a list ("a, b and c"); the backup file's name is the user's data, as is a citation.
  const data = new Set(['and', 'settings', 'damaged', 'json']);
  return texts.flatMap((text) =>
    (text.replace(/\([^()]*\d{4}\)/g, '').match(/[A-Za-z]{3,}/g) ?? [])
      .filter((word) => word !== 'Limber' && !intl.has(word) && !data.has(word))
      .map((word) => `${word} in “${text.slice(0, 60)}”`),
  );
}

describe('in the pseudo-language', () => {
  it('every word on every screen comes from the catalogue', async () => {
    const month = monthOfHistory(NOW);
    const view = settingsView({
      recovery: { droppedFields: ['workingHours', 'snoozeMin', 'future.setting'], backupFile: '/home/sam/.config/Limber/settings.damaged.json' },
      trayIcon: 'hidden',
      idleDetection: 'unavailable',
      state: { status: '', breakDue: true, idleDetection: 'available', paused: false, snoozesLeft: 0 },
    });
    view.settings.workingHours.enabled = true;
    view.settings.microBreak.enabled = true;
    view.settings.breakIntervalMin = 35;
    const xa = wordsIn('en-XA');
    const opened = await openIn(pageLanguage('en-XA'), { view, today: { ...month.today, held: [{ reason: 'call', count: 1, seconds: 600 }] }, history: month.view });
    const { page } = opened;
    const found: string[] = [];
    // An inline problem, from the schema's English through the catalogue.
    const snooze = page.getByLabel(xa.t('settings.breaks.snoozeFor'), { exact: true });
    await snooze.fill('99');
    await snooze.press('Tab');
    await page.locator('.field-problem').first().waitFor();
    found.push(...(await plainEnglish(page)).map((p) => `Settings: ${p}`));
    await page.getByRole('button', { name: xa.t('settings.restore.open') }).click();
    found.push(...(await plainEnglish(page)).map((p) => `Restore: ${p}`));
    await page.getByRole('tab', { name: xa.t('settings.tabs.history') }).click();
    await page.locator('.bar-target').first().focus();
    await page.getByText(xa.t('history.table.show')).click();
    found.push(...(await plainEnglish(page)).map((p) => `History: ${p}`));
    await page.getByRole('button', { name: xa.t('history.days.range', { count: 30 }) }).click();
    found.push(...(await plainEnglish(page)).map((p) => `History, 30 days: ${p}`));
    await page.getByRole('tab', { name: xa.t('settings.tabs.why') }).click();
    found.push(...(await plainEnglish(page)).map((p) => `Why breaks: ${p}`));
    await shot(page, 'why-en-XA');
    await closeSettingsWindow(opened);

    const welcome = await openIn(pageLanguage('en-XA'), { view: settingsView({ firstRunDone: false }) }, xa.t('welcome.steps.what'));
    for (const step of ['what', 'breaks', 'finding'] as const) {
      await welcome.page.getByRole('heading', { level: 1, name: xa.t(`welcome.steps.${step}`) }).waitFor();
      found.push(...(await plainEnglish(welcome.page)).map((p) => `Welcome, ${step}: ${p}`));
      await shot(welcome.page, `welcome-${step}-en-XA`);
      if (step !== 'finding') await welcome.page.getByRole('button', { name: xa.t('welcome.next') }).click();
    }
    await closeSettingsWindow(welcome);
    expect(found).toEqual([]);
  }, 120_000);
});
