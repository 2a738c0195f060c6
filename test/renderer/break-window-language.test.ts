import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import type { Language } from '../../electron/common/i18n/languages.js';
import { seriousViolations } from './support/axe.js';
import { rendererOut } from './support/built-renderer.js';
import { chromiumForThisFile, closeBreakWindow, onScreen, openBreakWindow } from './support/break-window.js';
import { plansFor, plansIn } from './support/fake-bridge.js';
import { catalogueWords, pageLanguage } from './support/page-language.js';

/*
 * The break window in the user's language: its own words from the page's catalogue, the routine's from the plan
 * main built in that language, and Arabic mirrored. Expected words are read from the catalogues, so these tests
 * hold whatever a translator improves and fail if the words do not arrive.
 */

const browser = chromiumForThisFile();

type Content = {
  exercises: Record<string, { name: string; steps: string[] }>;
  routines: Record<string, { name: string; summary: string }>;
};
const content = (language: Language) => CATALOGUES[language].content as unknown as Content;

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('the window speaks the page’s language', () => {
  it('draws a first frame with no words but the product’s name, so nobody sees English before their language arrives', () => {
    const html = readFileSync(join(rendererOut, 'break.html'), 'utf8');
    const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
    const visible = body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .trim();
    expect(visible).toBe('Limber');
    expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toBe('Limber');
    expect(html).not.toMatch(/<html[^>]*\blang=/);
  });

  it('in Japanese: lang, title, the window’s words and the routine’s, with no English left on the intro', async () => {
    const t = catalogueWords('ja');
    const opened = await openBreakWindow(browser(), plansFor('back-break', { language: 'ja' }));
    const { page } = opened;
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual([
      'ja',
      'ltr',
      t('break.windowTitle'),
    ]);
    expect(await page.locator('#intro-title').innerText()).toBe(content('ja').routines['back-break']!.name);
    expect(await page.locator('.summary').innerText()).toBe(content('ja').routines['back-break']!.summary);
    await page.getByRole('button', { name: t('break.intro.skip'), exact: true }).waitFor();
    // Latin letters on the intro are "Limber" and nothing else.
    const text = await page.locator('body').innerText();
    expect(text.replace(/Limber/g, '').match(/[A-Za-z]{3,}/g)).toBeNull();
    await closeBreakWindow(opened);
  });

  it('in German, through a routine: step words from the plan, counts, sides and the finish in German', async () => {
    const t = catalogueWords('de');
    const bridge = plansFor('back-break', { language: 'de', breaksToday: 2 });
    const plan = bridge.plans['back-break']!;
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: t('break.intro.start'), exact: true }).click();
    const first = await onScreen(page);
    expect(first.title).toBe(content('de').exercises[plan.steps[0]!.exerciseId]!.name);
    expect(first.stepCount).toContain(t('break.step.count', { step: '1', count: String(plan.steps.length) }));
    expect(await page.locator('.instructions li').allInnerTexts()).toEqual(content('de').exercises[plan.steps[0]!.exerciseId]!.steps);
    expect(first.announced).toContain(plan.steps[0]!.name);
    await page.getByRole('button', { name: t('break.step.finishEarly') }).click();
    await expect.poll(() => page.locator('#finish-title').innerText()).toBe(t('break.finish.titleOther'));
    await closeBreakWindow(opened);
  });

  it('re-renders the open window when the user switches language, keeping its place', async () => {
    const en = catalogueWords('en');
    const de = catalogueWords('de');
    const bridge = { ...plansFor('back-break'), plansIn: { de: plansIn('back-break', 'de') } };
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: en('break.intro.start'), exact: true }).click();
    await page.keyboard.press('ArrowRight');
    const before = await onScreen(page);

    await page.evaluate((language) => (window as unknown as { __limberLanguage: (l: unknown) => void }).__limberLanguage(language), pageLanguage('de'));

    const step = bridge.plans['back-break']!.steps[1]!;
    await expect.poll(() => page.locator('#step-title').innerText()).toBe(content('de').exercises[step.exerciseId]!.name);
    expect(before.title).toBe(step.name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('button', { name: de('break.step.finishEarly') }).waitFor();
    expect((await onScreen(page)).stepCount).toContain(de('break.step.count', { step: '2', count: '4' }));
    await closeBreakWindow(opened);
  });
});

describe('Arabic mirrors the window', () => {
  it('sets dir=rtl, runs the progress strip from the right, and points Back and Next along it', async () => {
    const t = catalogueWords('ar');
    const opened = await openBreakWindow(browser(), plansFor('back-break', { language: 'ar' }));
    const { page } = opened;
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // The routine's name starts at the right edge, as Arabic reads.
    const title = await box(page, '#intro-title');
    const words = await page.locator('#intro-title').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    expect(Math.abs(title.x + title.width - words.right)).toBeLessThan(2);

    await page.getByRole('button', { name: t('break.intro.start'), exact: true }).click();
    // Right to left, ArrowLeft moves on, as the strip runs.
    await page.keyboard.press('ArrowLeft');
    expect((await onScreen(page)).title).toBe(content('ar').exercises['seated-forward-bend']!.name);

    const segments = await page.locator('.progress-step').evaluateAll((els) => els.map((el) => ({ x: el.getBoundingClientRect().x, done: el.classList.contains('done') })));
    expect(segments.map((s) => s.x)).toEqual([...segments.map((s) => s.x)].sort((a, b) => b - a));
    expect(segments[0]!.done).toBe(true);

    const back = await box(page, `button:has-text("${t('break.step.back')}")`);
    const next = await box(page, `button:has-text("${t('break.step.next')}")`);
    expect(back.x).toBeGreaterThan(next.x);
    // Each arrow sits on the outer side of its button and points outwards: Back's to the right, Next's to the left.
    const arrows = await page.locator('.arrow').evaluateAll((els) =>
      els.map((el) => ({ back: el.classList.contains('arrow-back'), transform: getComputedStyle(el).transform, x: el.getBoundingClientRect().x, button: el.closest('button')!.getBoundingClientRect() })),
    );
    for (const arrow of arrows) {
      expect(arrow.transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
      const middle = arrow.button.x + arrow.button.width / 2;
      if (arrow.back) expect(arrow.x).toBeGreaterThan(middle);
      else expect(arrow.x).toBeLessThan(middle);
    }

    // The countdown ring's digits stay inside it, and the figure is not mirrored by the page direction.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    expect((await onScreen(page)).title).toBe(content('ar').exercises['standing-forward-reach']!.name);
    const ring = await box(page, '.countdown');
    const digits = await box(page, '.countdown-number');
    expect(digits.x).toBeGreaterThanOrEqual(ring.x);
    expect(digits.x + digits.width).toBeLessThanOrEqual(ring.x + ring.width);
    expect(await page.locator('.figure-svg').first().evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await closeBreakWindow(opened);
  });
});

describe.each(['ar', 'de', 'en-XA'] as const)('axe in %s', (language) => {
  it('finds nothing serious on the intro, a step, paused, the stop question and the finish, with lang and dir set', async () => {
    const t = catalogueWords(language);
    const next = language === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const opened = await openBreakWindow(browser(), plansFor('back-break', { language, breaksToday: 1 }), { fakeClock: false });
    const { page } = opened;
    const found: Record<string, string[]> = {};
    found['intro'] = await seriousViolations(page);
    await page.getByRole('button', { name: t('break.intro.start'), exact: true }).click();
    found['rep step'] = await seriousViolations(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press(next);
    await page.keyboard.press('p');
    found['paused timed step'] = await seriousViolations(page);
    await page.keyboard.press('Escape');
    found['stop question'] = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: t('break.step.finishEarly'), exact: true }).click();
    await page.locator('#finish-title').waitFor();
    found['finished early'] = await seriousViolations(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === 'ar' ? 'rtl' : 'ltr']);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
    await closeBreakWindow(opened);
  }, 60_000);
});
