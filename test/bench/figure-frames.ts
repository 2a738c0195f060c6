import { BREAK_URL, routeApp } from '../renderer/support/app-origin.js';
import { ensureRendererBuilt } from '../renderer/support/built-renderer.js';
import { launchChromium } from '../renderer/support/chromium.js';
import { installFakeBridge, plansFor } from '../renderer/support/fake-bridge.js';

/**
 * `figure_frame_ms_p95`: how long one animation frame's work takes in the break window, over a whole routine, on
 * the production build in Debian Chromium. Playwright's clock walks the routine at 60 frames a second, so a
 * four-minute routine takes seconds; each frame's callbacks (the figure, the ring or the pace bar) are timed with
 * the page's real clock, captured before the fake one replaces it. Style, layout and paint are not included:
 * a held clock draws no real frames. Goal: at most 8 ms, half a 60 Hz frame.
 */

export const FRAME_GOAL_MS = 8;
const ROUTINE = 'full-desk-reset';

declare global {
  interface Window {
    __frameMs: Map<number, number>;
    __realNow: () => number;
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function measureFigureFrames(): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  const bridge = plansFor(ROUTINE);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 420, height: 600 } });
    await routeApp(context);
    await installFakeBridge(context, bridge);
    await context.addInitScript(() => {
      window.__realNow = performance.now.bind(performance);
      window.__frameMs = new Map();
    });
    const start = new Date('2026-03-02T10:00:00Z').getTime();
    await context.clock.install({ time: start });
    await context.clock.pauseAt(start);
    const page = await context.newPage();
    await page.goto(BREAK_URL);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    // Wrapped at call time, over the fake clock's own requestAnimationFrame, which the page's code looks up on each call.
    await page.evaluate(() => {
      const schedule = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) =>
        schedule((time) => {
          const began = window.__realNow();
          callback(time);
          window.__frameMs.set(time, (window.__frameMs.get(time) ?? 0) + window.__realNow() - began);
        });
    });
    await page.getByRole('button', { name: 'Start' }).click();
    const seconds = bridge.plans[ROUTINE]!.routine.seconds;
    for (let s = 0; s <= seconds + 2; s++) await page.clock.runFor(1000);
    await page.locator('#finish-title').waitFor();
    const frames = await page.evaluate(() => [...window.__frameMs.values()]);
    await context.close();
    if (frames.length < seconds * 30) throw new Error(`only ${frames.length} frames were drawn over a ${seconds} s routine`);
    return { figure_frame_ms_p95: Math.round(percentile(frames, 95) * 100) / 100 };
  } finally {
    await browser.close();
  }
}
