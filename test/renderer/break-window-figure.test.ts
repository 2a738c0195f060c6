import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CAMERAS, motionFor } from '../../electron/common/figure/library.js';
import { seriousViolations } from './support/axe.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { plansFor } from './support/fake-bridge.js';

/* The step figure in real Chromium: it moves while a step runs, holds still when paused, and under reduced motion
 * shows its key poses side by side instead. The clock is Playwright's, so every frame is reached on purpose. */

const browser = chromiumForThisFile();
const bridge = plansFor('back-break');

/** The figure's drawing, as the path data of every body part. */
const drawing = (page: Page) => page.locator('.figure-body, .figure-front, .figure-far').evaluateAll((groups) => groups.map((g) => g.innerHTML).join(''));

describe('the step figure', () => {
  it('moves through the exercise while the step runs, and freezes on pause', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.locator('.figure').getAttribute('aria-label')).toBe('Figure: Seated glute squeeze');

    const frames = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.clock.runFor(250);
      frames.add(await drawing(page));
    }
    expect(frames.size, 'distinct frames in two seconds of a rep').toBeGreaterThan(3);

    await page.keyboard.press('p');
    const paused = await drawing(page);
    await page.clock.runFor(3000);
    expect(await drawing(page)).toBe(paused);

    await page.keyboard.press('p');
    // Two seconds into the four-second rep the squeeze is held; a second and a half on, it is letting go.
    await page.clock.runFor(1500);
    expect(await drawing(page)).not.toBe(paused);
    await closeBreakWindow(opened);
  });

  it('keeps pace with the rep counter: each new rep starts from the same pose', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    const start = await drawing(page);
    expect((await page.locator('.rep-number').innerText()).trim()).toBe('1');
    // The glute squeeze gives each rep 4 s.
    await page.clock.runFor(2000);
    expect(await drawing(page)).not.toBe(start);
    await page.clock.runFor(2000);
    expect((await page.locator('.rep-number').innerText()).trim()).toBe('2');
    expect(await drawing(page)).toBe(start);
    await closeBreakWindow(opened);
  });

  it('shows a hold moving into its held pose and then keeping still', async () => {
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    // Step 4 of back-break, after both sides of the side reach: standing forward reach, a 20 s hold.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('#step-title').innerText()).toBe('Standing forward reach');
    const start = await drawing(page);
    await page.clock.runFor(2000);
    const moving = await drawing(page);
    expect(moving).not.toBe(start);
    await page.clock.runFor(4000);
    const held = await drawing(page);
    await page.clock.runFor(5000);
    expect(await drawing(page)).toBe(held);
    await closeBreakWindow(opened);
  });

  it('shows a routine`s seated and standing steps at one size, and the strip`s small frames through the closer seated crop', async () => {
    // back-break goes from the chair (glute squeeze) to standing (side reach); the seated crop alone is 108 wide.
    const viewBoxes = (page: Page) => page.locator('.figure-svg').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('viewBox')));
    const opened = await openBreakWindow(browser(), bridge);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start' }).click();
    const seated = await viewBoxes(page);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#step-title').innerText()).toBe('Seated forward fold');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#step-title').innerText()).toBe('Standing side reach');
    expect(seated).toEqual(await viewBoxes(page));
    expect(seated).toEqual(['0 0 160 160']);
    await closeBreakWindow(opened);

    const still = await openBreakWindow(browser(), bridge, { reducedMotion: 'reduce' });
    await still.page.getByRole('button', { name: 'Start' }).click();
    const crop = CAMERAS.seated!;
    expect(new Set(await viewBoxes(still.page))).toEqual(new Set([`${(160 - crop.size) / 2} ${crop.y} ${crop.size} ${crop.size}`]));
    await closeBreakWindow(still);
  });

  it('under reduced motion shows the key poses in a strip that never changes, and passes axe', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openBreakWindow(browser(), bridge, { reducedMotion: 'reduce', colorScheme });
      const { page } = opened;
      await page.getByRole('button', { name: 'Start' }).click();
      const strip = page.locator('.figure.figure-strip');
      expect(await strip.getAttribute('aria-label')).toBe('Figure: Seated glute squeeze');
      expect(await strip.locator('svg').count()).toBe(motionFor('seated-glute-squeeze')!.keyPoses.length);
      const before = await strip.innerHTML();
      await page.clock.runFor(3000);
      expect(await strip.innerHTML()).toBe(before);
      // axe keeps its own timers: let the page clock run while it scans.
      await page.clock.resume();
      expect(await seriousViolations(page)).toEqual([]);
      await closeBreakWindow(opened);
    }
  });
});
