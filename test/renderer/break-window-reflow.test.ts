import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BREAK_WINDOW_SIZE } from '../../electron/common/window-placement.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import type { PageLanguageCode } from '../../electron/common/i18n/languages.js';
import { textDirection } from '../../electron/common/i18n/languages.js';
import { plansFor, type FakeBridgeOptions } from './support/fake-bridge.js';
import { layoutProblems, layoutViews, showAs } from './support/layout.js';
import { catalogueWords } from './support/page-language.js';

/*
 * Every screen of the break window at 100, 150 and 200 % text, at 150 and 200 % zoom and 320 px wide: one vertical
 * scroll, nothing cut off, nothing on top of anything else, every control and every line reachable. In English,
 * and in the pseudo-language (about 40 % longer), German (long words) and Arabic (mirrored): there every intro,
 * the stop dialog and the endings, and the routines with the longest steps.
 */

const browser = chromiumForThisFile();
const SLOW = 180_000;
const VIEWS = layoutViews(BREAK_WINDOW_SIZE);

async function problemsInEveryView(page: Page, screen: string): Promise<string[]> {
  const found: string[] = [];
  for (const view of VIEWS) {
    await showAs(page, view);
    for (const problem of await layoutProblems(page)) found.push(`${screen} at ${view.name}: ${problem}`);
  }
  await showAs(page, VIEWS[0]!);
  return found;
}

const LANGUAGES: PageLanguageCode[] = ['en', 'en-XA', 'de', 'ar'];
const ROUTINES = ['back-break', 'move-break', 'full-desk-reset', 'at-home-back-stretches', 'neck-and-shoulder-reset'];
const routinesIn = (language: PageLanguageCode) => (language === 'en' ? ROUTINES : ['full-desk-reset', 'at-home-back-stretches']);
/** The key that moves on: the one pointing the way the progress strip runs. */
const nextKey = (language: PageLanguageCode) => (textDirection(language) === 'rtl' ? 'ArrowLeft' : 'ArrowRight');

async function introProblems(bridge: FakeBridgeOptions, screen: string, waitFor?: string): Promise<string[]> {
  const opened = await openBreakWindow(browser(), bridge, waitFor ? { waitFor } : {});
  const found = await problemsInEveryView(opened.page, screen);
  await closeBreakWindow(opened);
  return found;
}

/** Start, then every segment (getting ready and each side of each step) up to the finish screen. */
async function routineProblems(routineId: string, language: PageLanguageCode): Promise<string[]> {
  const opened = await openBreakWindow(browser(), plansFor(routineId, { language }));
  const { page } = opened;
  const found: string[] = [];
  await page.getByRole('button', { name: catalogueWords(language)('break.intro.start'), exact: true }).click();
  for (let segment = 0; (await page.locator('#finish-title').count()) === 0; segment++) {
    const name = `${routineId} segment ${segment} (${await page.locator('#step-title').innerText()})`;
    found.push(...(await problemsInEveryView(page, name)));
    await page.keyboard.press(nextKey(language));
  }
  found.push(...(await problemsInEveryView(page, `${routineId} finish`)));
  await closeBreakWindow(opened);
  return found;
}

describe.each(LANGUAGES)('in %s', (language) => {
  const t = catalogueWords(language);

  describe('the intro reflows', () => {
    it('with a break due, and with the snoozes used up and a gap to count', async () => {
      expect(await introProblems(plansFor('back-break', { language }), 'intro')).toEqual([]);
      const bridge = { ...plansFor('full-desk-reset', { language, snoozesLeft: 0, shortGap: { from: '10:12', to: '10:16' } }) };
      const opened = await openBreakWindow(browser(), bridge);
      await opened.page.getByRole('button', { name: t('break.gap.count', { from: '10:12', to: '10:16' }) }).click();
      await opened.page.getByRole('alert').waitFor();
      expect(await problemsInEveryView(opened.page, 'intro with a refused gap')).toEqual([]);
      await closeBreakWindow(opened);
    }, SLOW);

    it('when no break is due, for the floor set, and when the plan did not load', async () => {
      expect(await introProblems(plansFor('move-break', { language, breakDue: false }), 'intro, not due')).toEqual([]);
      expect(await introProblems(plansFor('at-home-back-stretches', { language }), 'floor set intro')).toEqual([]);
      expect(await introProblems({ ...plansFor('back-break', { language }), first: 'no-such-routine' }, 'could not load', t('break.failed.close'))).toEqual([]);
    }, SLOW);
  });

  describe('every step reflows, with the figure, the count and every instruction line in reach', () => {
    it.each(routinesIn(language))('%s', async (routineId) => {
      expect(await routineProblems(routineId, language)).toEqual([]);
    }, SLOW);
  });

  describe('the stop dialog and the other endings reflow', () => {
    it('asks before stopping, and thanks after stopping early', async () => {
      const opened = await openBreakWindow(browser(), plansFor('back-break', { language }));
      const { page } = opened;
      await page.getByRole('button', { name: t('break.intro.start'), exact: true }).click();
      await page.keyboard.press('Escape');
      const keepGoing = page.getByRole('button', { name: t('break.stop.keepGoing'), exact: true });
      await keepGoing.waitFor();
      expect(await problemsInEveryView(page, 'stop dialog')).toEqual([]);
      await keepGoing.click();
      await page.getByRole('button', { name: t('break.step.finishEarly'), exact: true }).click();
      await page.locator('#finish-title').waitFor();
      expect(await problemsInEveryView(page, 'finished early')).toEqual([]);
      await closeBreakWindow(opened);
    }, SLOW);
  });
});

describe('the figure scales with the window', () => {
  it('is 160 px in the 420 × 600 window and grows in a larger one', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break'));
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    const size = async () => (await page.locator('.figure').boundingBox())!;
    expect((await size()).width).toBeCloseTo(160, 0);
    await page.setViewportSize({ width: 800, height: 900 });
    const large = await size();
    expect(large.width).toBeGreaterThan(220);
    expect(large.height).toBe(large.width);
    await closeBreakWindow(opened);
  }, SLOW);
});
