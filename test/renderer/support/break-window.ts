import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BREAK_URL, routeApp, type RoutedOrigin } from './app-origin.js';
import { ensureRendererBuilt } from './built-renderer.js';
import { launchChromium } from './chromium.js';
import { installFakeBridge, type FakeBridgeOptions } from './fake-bridge.js';
import { catalogueWords } from './page-language.js';

/** One Chromium per test file, started after making sure out/renderer is the current build. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureRendererBuilt();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start (see the beforeAll error above)');
    return browser;
  };
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Off for tools that keep their own timers, such as axe, which would wait forever on a held clock. */
  fakeClock?: boolean;
  /** The button whose appearance means the page is ready; Start (in the page's language) unless the test expects something else. */
  waitFor?: string;
}

export interface BreakWindowPage {
  context: BrowserContext;
  page: Page;
  origin: RoutedOrigin;
  /** Uncaught errors in the page; `closeBreakWindow` fails the test if there were any. */
  errors: string[];
}

const START = new Date('2026-03-02T10:00:00Z').getTime();

/**
 * The break window at its real size, with the fake bridge, on the routed origin, waiting for its first screen.
 * Playwright's clock stands in for timers, animation frames and performance.now, and is held still: time moves
 * only when a test says so, so a five-minute routine runs in seconds and every count is exact.
 */
export async function openBreakWindow(browser: Browser, bridge: FakeBridgeOptions, options: OpenOptions = {}): Promise<BreakWindowPage> {
  const context = await browser.newContext({
    viewport: { width: 420, height: 600 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const origin = await routeApp(context);
  await installFakeBridge(context, bridge);
  // Held before any page exists, so there is no running page clock to race and the page starts on a still one,
  // however long it takes to load. Pausing after the load threw "Cannot fast-forward to the past" whenever
  // loading outlasted the 1 s margin in real time.
  if (options.fakeClock ?? true) {
    await context.clock.install({ time: START });
    await context.clock.pauseAt(START);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(BREAK_URL);
  await page.getByRole('button', { name: options.waitFor ?? catalogueWords(bridge.language?.language)('break.intro.start'), exact: true }).waitFor();
  return { context, page, origin, errors };
}

export async function closeBreakWindow({ context, errors }: BreakWindowPage): Promise<void> {
  await context.close();
  if (errors.length > 0) throw new Error(`the break window threw: ${errors.join('; ')}`);
}

/** What a sighted user reads off the step screen. */
export async function onScreen(page: Page) {
  const text = async (selector: string) => ((await page.locator(selector).count()) ? (await page.locator(selector).first().innerText()).trim() : null);
  return {
    title: await text('#step-title'),
    stepCount: await text('.step-count'),
    countdown: await text('.countdown-number'),
    rep: await text('.rep-number'),
    side: await text('.side-badge'),
    paused: (await page.locator('.paused-badge').count()) > 0,
    announced: (await page.getByRole('status').innerText()).trim(),
  };
}
