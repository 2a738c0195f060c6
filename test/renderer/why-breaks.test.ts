import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTERNAL_LINKS } from '../../electron/common/app-origin.js';
import { requestSchemas } from '../../electron/common/ipc-contract.js';
import sources from '../../resources/content/sources.json' with { type: 'json' };
import { LANGUAGES } from '../../electron/common/i18n/languages.js';
import { SETTINGS_URL } from './support/app-origin.js';
import { pageLanguage } from './support/page-language.js';
import { wordsIn } from './support/words.js';
import { chromiumForThisFile } from './support/break-window.js';
import { callsTo } from './support/fake-bridge.js';
import { bridgeOptions, closeSettingsWindow, openSettingsWindow, settingsView } from './support/settings-window.js';

/* "Why breaks help": reachable from the tabs and from the welcome, every source cited in full, every link opened by main. */

const browser = chromiumForThisFile();
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.innerText.trim().split('\n')[0] ?? '';
  });
const shown = (url: string) => decodeURI(url).replace(/^https:\/\//, '');

describe('the Why breaks tab', () => {
  it('is reached with the arrow keys like the other tabs, and read and used with the keyboard alone', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    const { keyboard } = page;
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await keyboard.press('ArrowLeft');
    const why = page.getByRole('tab', { name: 'Why breaks' });
    expect(await why.getAttribute('aria-selected')).toBe('true');
    expect(await focusedName(page)).toBe('Why breaks');
    await page.getByRole('heading', { level: 1, name: 'Why breaks help' }).waitFor();
    await keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await keyboard.press('ArrowLeft');
    await keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
    await keyboard.press('ArrowRight');

    // The page is a long read: Tab lands on it first, so it can be scrolled from the keyboard before the links.
    await keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    const before = await page.evaluate(() => window.scrollY);
    await keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await keyboard.press('Tab');
    expect(await focusedName(page)).toBe(shown(sources[0]!.url));
    await keyboard.press('Enter');
    await keyboard.press('Tab');
    await keyboard.press('Enter');
    await expect.poll(() => callsTo(page, 'link:open')).toEqual([{ id: sources[0]!.id }, { id: sources[1]!.id }]);
    expect(page.url()).toBe(SETTINGS_URL);
    await closeSettingsWindow(opened);
  });

  it('states the evidence for the default interval, the safety note, and every source in full with a working link', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions());
    const { page } = opened;
    await page.getByRole('tab', { name: 'Why breaks' }).click();
    const article = page.getByRole('article', { name: 'Why breaks help' });
    const text = await article.innerText();
    expect(text).toMatch(/after 30 minutes without one.*2 to 3 minutes/s);
    expect(text).toMatch(/got up within 30 minutes had the lowest risk.*\(Diaz et al\. 2017\)/s);
    expect(text).toMatch(/Alan Hedge.*\(Hedge 2017\)/s);

    const safety = await page.getByRole('region', { name: 'Stretching safely' }).innerText();
    expect(safety).toMatch(/back injury or a spine condition.*surgery recently.*pregnant.*doctor/s);
    expect(safety).toMatch(/mild stretch only.*never hurt/s);
    expect(safety).toMatch(/If something hurts, ease off or stop/);

    const entries = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    expect(await entries.count()).toBe(sources.length);
    for (const [i, source] of sources.entries()) {
      const entry = entries.nth(i);
      const entryText = (await entry.innerText()).replace(/\s+/g, ' ');
      for (const part of [source.authors, `(${source.year})`, source.title, source.journal, source.details]) expect(entryText, source.id).toContain(part);
      expect(text, source.id).toContain(source.cite);
      const link = entry.getByRole('link');
      expect(await link.innerText()).toBe(shown(source.url));
      expect(await link.getAttribute('href')).toBe(source.url);
      await link.click();
    }
    const asked = await callsTo(page, 'link:open');
    expect(asked).toEqual(sources.map((s) => ({ id: s.id })));
    for (const payload of asked) {
      // What main would do with each request: accept it, and open the address the page showed.
      const parsed = requestSchemas['link:open'].parse(payload);
      expect(sources.find((s) => s.id === parsed.id)?.url).toBe(EXTERNAL_LINKS[parsed.id]);
    }
    expect(page.url()).toBe(SETTINGS_URL);
    await closeSettingsWindow(opened);
  });

  it('says so when the browser could not be opened, and where to find the address instead', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ linkFails: true }));
    const { page } = opened;
    await page.getByRole('tab', { name: 'Why breaks' }).click();
    await page.getByRole('link', { name: shown(sources[0]!.url) }).click();
    await page.getByRole('status').filter({ hasText: 'could not open your web browser' }).waitFor();
    expect(page.url()).toBe(SETTINGS_URL);
    await closeSettingsWindow(opened);
  });
});

describe('from the welcome', () => {
  it('opens the reasons next to the interval choice and comes back to it, all by keyboard', async () => {
    const opened = await openSettingsWindow(browser(), bridgeOptions({ view: settingsView({ firstRunDone: false }) }), { waitFor: 'What Limber does' });
    const { page } = opened;
    const { keyboard } = page;
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Your breaks' }).waitFor();
    await keyboard.press('Tab'); // the checked interval, 30 min
    await keyboard.press('ArrowRight'); // 45 min
    await keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^Why 30 minutes\?/);
    await keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Why breaks help' }).waitFor();
    expect(await focusedName(page)).toBe('Why breaks help');
    expect(await page.getByRole('region', { name: 'Stretching safely' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: shown(sources[1]!.url) }).click();
    expect(await callsTo(page, 'link:open')).toEqual([{ id: sources[1]!.id }]);

    await page.getByRole('button', { name: 'Back to the welcome' }).last().focus();
    await keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your breaks' }).waitFor();
    expect(await focusedName(page)).toMatch(/^Why 30 minutes\?/);
    expect(await page.getByRole('radio', { name: '45 min' }).isChecked()).toBe(true);
    expect(await callsTo(page, 'app:complete-first-run')).toEqual([]);
    await closeSettingsWindow(opened);
  });
});

describe.each(LANGUAGES)('the Why breaks page in %s', (language) => {
  it('shows the text of that language’s catalogue, every citation as in English, and every source', async () => {
    const { t } = wordsIn(language);
    const lines = (key: 'content.whyBreaks' | 'content.safety') => t(key, { returnObjects: true }) as unknown as string[];
    const opened = await openSettingsWindow(browser(), bridgeOptions({ language: pageLanguage(language) }), { waitFor: t('settings.breaks.intervalLegend') });
    const { page } = opened;
    await page.getByRole('tab', { name: t('settings.tabs.why') }).click();
    const plain = (line: string) => line.replace(/^(#{1,3} |- )/, '').replace(/\*/g, '');
    const [title, ...rest] = lines('content.whyBreaks');
    const article = page.getByRole('article', { name: plain(title!) });
    await article.waitFor();
    const text = (await article.innerText()).replace(/\s+/g, ' ');
    for (const line of [...rest, ...lines('content.safety')]) expect(text, line).toContain(plain(line).replace(/\s+/g, ' '));
    // The citations on screen are exactly English's, and each names a listed source.
    // A year alone in brackets is the sources list's "(2017)", not a citation in the text.
    const cites = (s: string) => [...s.matchAll(/\(([^()]*\b(?:19|20)\d\d)\)/g)].flatMap((m) => m[1]!.split('; ')).filter((c) => !/^\d{4}$/.test(c));
    const english = wordsIn('en').t('content.whyBreaks', { returnObjects: true }) as unknown as string[];
    expect(cites(text)).toEqual(english.flatMap(cites));
    expect(new Set(cites(text))).toEqual(new Set(sources.map((s) => s.cite)));
    expect(await page.getByRole('region', { name: t('why.sources') }).getByRole('listitem').count()).toBe(sources.length);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await closeSettingsWindow(opened);
  });
});
