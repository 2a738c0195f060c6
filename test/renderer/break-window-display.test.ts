import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ORIGIN } from './support/app-origin.js';
import { chromiumForThisFile, closeBreakWindow, onScreen, openBreakWindow } from './support/break-window.js';
import { plansFor, recorded } from './support/fake-bridge.js';

/* How the window looks and behaves under the user's system preferences and the production CSP. */

const browser = chromiumForThisFile();
const bridge = plansFor('back-break');

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const colours = (page: Page) =>
  page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    figure: getComputedStyle(document.querySelector('.figure-body > path:not(.figure-accent)')!).fill,
  }));

describe('motion', () => {
  it('sweeps the countdown ring and the rep pace bar by default', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.locator('.rep-pace-fill').count()).toBe(1);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const arc = page.locator('.ring-arc');
    const before = Number(await arc.getAttribute('stroke-dashoffset'));
    await page.clock.runFor(5000);
    const after = Number(await arc.getAttribute('stroke-dashoffset'));
    expect(after).toBeLessThan(before);
    await closeBreakWindow(opened);
  });

  it('shows numbers only, without the ring or the pace bar, when reduced motion is asked for', async () => {
    const opened = await openBreakWindow(browser(), bridge, { reducedMotion: 'reduce' });
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await onScreen(page)).toMatchObject({ rep: '1' });
    expect(await page.locator('.rep-pace').count()).toBe(0);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await onScreen(page)).toMatchObject({ title: 'Standing forward reach', countdown: '20' });
    expect(await page.locator('svg.ring').count()).toBe(0);
    await page.clock.runFor(5000);
    expect((await onScreen(page)).countdown).toBe('15');
    await closeBreakWindow(opened);
  });
});

type Box = { x: number; y: number; width: number; height: number };

/** Whether the user can see the element now: in the window and not under anything (such as the sticky buttons). */
const inSight = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit));
  });

/** For every step of back-break, the longest-worded routine: what a user sees of it, and what a scroll shows. */
async function eachStepInView(page: Page) {
  const seen: Array<{ title: string; figure: Box; titleShown: boolean; controlsShown: boolean; lastLineReachable: boolean }> = [];
  await page.getByRole('button', { name: 'Start' }).click();
  while ((await page.locator('#finish-title').count()) === 0) {
    const controls = ['Back', 'Pause', 'Next', 'Finish early'].map((name) => page.getByRole('button', { name, exact: true }));
    const titleShown = await inSight(page.locator('#step-title'));
    const controlsShown = (await Promise.all(controls.map(inSight))).every(Boolean);
    const lastLine = page.locator('.instructions li').last();
    await lastLine.scrollIntoViewIfNeeded();
    seen.push({
      title: await page.locator('#step-title').innerText(),
      figure: (await page.locator('.figure').boundingBox())!,
      titleShown,
      controlsShown,
      lastLineReachable: await inSight(lastLine),
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('ArrowRight');
  }
  return seen;
}

describe('layout in the 420 × 600 window', () => {
  it('draws each figure at the 160 px it is designed for, with the step name and every control in view', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const steps = await eachStepInView(opened.page);
    expect(steps.length).toBeGreaterThanOrEqual(bridge.plans['back-break']!.steps.length);
    for (const step of steps) {
      expect(step, step.title).toMatchObject({ titleShown: true, controlsShown: true, lastLineReachable: true });
      expect([step.figure.width, step.figure.height], step.title).toEqual([160, 160]);
    }
    await closeBreakWindow(opened);
  });

  it('gives the words the room at 150% system text: the figure stays small, the name shows, every line is in reach', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    await opened.page.evaluate(() => (document.documentElement.style.fontSize = '24px'));
    for (const step of await eachStepInView(opened.page)) {
      expect(step, step.title).toMatchObject({ titleShown: true, lastLineReachable: true });
      expect(step.figure.height, step.title).toBeLessThanOrEqual(0.27 * 600 + 0.5);
    }
    await closeBreakWindow(opened);
  });
});

describe('colour scheme', () => {
  it('follows a light system theme', async () => {
    const opened = await openBreakWindow(browser(), bridge, { colorScheme: 'light' });
    await opened.page.getByRole('button', { name: 'Start' }).click();
    const { background, text, figure } = await colours(opened.page);
    expect(luminance(background)).toBeGreaterThan(0.8);
    expect(luminance(text)).toBeLessThan(0.05);
    expect(figure).toBe(text);
    await closeBreakWindow(opened);
  });

  it('follows a dark system theme, with the figure drawn in the light text colour', async () => {
    const opened = await openBreakWindow(browser(), bridge, { colorScheme: 'dark' });
    await opened.page.getByRole('button', { name: 'Start' }).click();
    const { background, text, figure } = await colours(opened.page);
    expect(luminance(background)).toBeLessThan(0.05);
    expect(luminance(text)).toBeGreaterThan(0.8);
    expect(figure).toBe(text);
    await closeBreakWindow(opened);
  });
});

describe('under the production CSP', () => {
  it('draws every step figure in the page, asks for nothing elsewhere and breaks no rule', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const { page, origin } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    for (let i = 0; i < 4; i++) {
      expect(await page.locator('.figure-body path').count()).toBeGreaterThan(8);
      await page.keyboard.press('ArrowRight');
    }
    expect(origin.requests.filter((url) => !url.startsWith(`${ORIGIN}/`))).toEqual([]);
    expect((await recorded(page)).violations).toEqual([]);
    await closeBreakWindow(opened);
  });

  it('keeps its text in rem, so it grows with the system font size', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    const titleSize = () => page.getByRole('heading', { level: 1 }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const normal = await titleSize();
    await page.evaluate(() => (document.documentElement.style.fontSize = '20px'));
    expect(await titleSize()).toBeCloseTo(normal * 1.25, 1);
    await closeBreakWindow(opened);
  });
});
