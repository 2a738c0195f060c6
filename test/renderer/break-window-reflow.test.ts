import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BREAK_WINDOW_SIZE } from '../../electron/common/window-placement.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { plansFor, type FakeBridgeOptions } from './support/fake-bridge.js';
import { layoutProblems, layoutViews, showAs } from './support/layout.js';

/*
 * Every screen of the break window at 100, 150 and 200 % text, at 150 and 200 % zoom and 320 px wide: one vertical
 * scroll, nothing cut off, nothing on top of anything else, every control and every line reachable.
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

async function introProblems(bridge: FakeBridgeOptions, screen: string, waitFor?: string): Promise<string[]> {
  const opened = await openBreakWindow(browser(), bridge, waitFor ? { waitFor } : {});
  const found = await problemsInEveryView(opened.page, screen);
  await closeBreakWindow(opened);
  return found;
}

/** Start, then every segment (getting ready and each side of each step) up to the finish screen. */
async function routineProblems(routineId: string): Promise<string[]> {
  const opened = await openBreakWindow(browser(), plansFor(routineId));
  const { page } = opened;
  const found: string[] = [];
  await page.getByRole('button', { name: 'Start' }).click();
  for (let segment = 0; (await page.locator('#finish-title').count()) === 0; segment++) {
    const name = `${routineId} segment ${segment} (${await page.locator('#step-title').innerText()})`;
    found.push(...(await problemsInEveryView(page, name)));
    await page.keyboard.press('ArrowRight');
  }
  found.push(...(await problemsInEveryView(page, `${routineId} finish`)));
  await closeBreakWindow(opened);
  return found;
}

describe('the intro reflows', () => {
  it('with a break due, and with the snoozes used up and a gap to count', async () => {
    expect(await introProblems(plansFor('back-break'), 'intro')).toEqual([]);
    const bridge = { ...plansFor('full-desk-reset', { snoozesLeft: 0, shortGap: { from: '10:12', to: '10:16' } }) };
    const opened = await openBreakWindow(browser(), bridge);
    await opened.page.getByRole('button', { name: /^I was up/ }).click();
    await opened.page.getByRole('alert').waitFor();
    expect(await problemsInEveryView(opened.page, 'intro with a refused gap')).toEqual([]);
    await closeBreakWindow(opened);
  }, SLOW);

  it('when no break is due, for the floor set, and when the plan did not load', async () => {
    expect(await introProblems(plansFor('move-break', { breakDue: false }), 'intro, not due')).toEqual([]);
    expect(await introProblems(plansFor('at-home-back-stretches'), 'floor set intro')).toEqual([]);
    expect(await introProblems({ ...plansFor('back-break'), first: 'no-such-routine' }, 'could not load', 'Close')).toEqual([]);
  }, SLOW);
});

describe('every step reflows, with the figure, the count and every instruction line in reach', () => {
  it.each(['back-break', 'move-break', 'full-desk-reset', 'at-home-back-stretches', 'neck-and-shoulder-reset'])('%s', async (routineId) => {
    expect(await routineProblems(routineId)).toEqual([]);
  }, SLOW);
});

describe('the stop dialog and the other endings reflow', () => {
  it('asks before stopping, and thanks after stopping early', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break'));
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keep going' }).waitFor();
    expect(await problemsInEveryView(page, 'stop dialog')).toEqual([]);
    await page.getByRole('button', { name: 'Keep going' }).click();
    await page.getByRole('button', { name: 'Finish early' }).click();
    await page.locator('#finish-title').waitFor();
    expect(await problemsInEveryView(page, 'finished early')).toEqual([]);
    await closeBreakWindow(opened);
  }, SLOW);
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
