import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BREAK_URL, routeApp } from '../renderer/support/app-origin.js';
import { ensureRendererBuilt, rendererOut } from '../renderer/support/built-renderer.js';
import { launchChromium } from '../renderer/support/chromium.js';
import { installFakeBridge, plansFor } from '../renderer/support/fake-bridge.js';

/**
 * The break window's weight and first paint, measured on the production build in Debian Chromium. The window
 * opens in the middle of someone's work, so it has to appear at once; budgets: 100 kB of gzipped JavaScript and
 * a 150 ms median first contentful paint.
 */

export const JS_BUDGET_KB = 100;
export const FCP_BUDGET_MS = 150;
const COLD_LOADS = 20;

const scriptRefs = (html: string) =>
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
const importRefs = (js: string) =>
  [...js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);

/** Every JavaScript file break.html loads: its scripts and preloads, and whatever those import, transitively. */
export function breakWindowScripts(outDir = rendererOut): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const ref of importRefs(readFileSync(file, 'utf8'))) visit(join(dirname(file), ref));
  };
  for (const ref of scriptRefs(readFileSync(join(outDir, 'break.html'), 'utf8'))) visit(join(outDir, ref));
  return [...found].map((file) => relative(outDir, file)).sort();
}

/** Gzipped at level 9, as servers and Vite's own report do, each file separately as each is fetched separately. */
export function breakWindowJsGzipKb(outDir = rendererOut): number {
  const bytes = breakWindowScripts(outDir).reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
  return Math.round(bytes / 100) / 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
}

export async function measureBreakWindow(): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  const bridge = plansFor('back-break');
  const browser = await launchChromium();
  const paints: number[] = [];
  try {
    // A fresh context per load: no HTTP or code cache carries over, as when the window first opens after a start.
    for (let i = 0; i < COLD_LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 600 } });
      await routeApp(context);
      await installFakeBridge(context, bridge);
      const page = await context.newPage();
      await page.goto(BREAK_URL);
      paints.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const paint = list.getEntriesByName('first-contentful-paint')[0];
                if (paint) resolve(paint.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    break_window_js_gzip_kb: breakWindowJsGzipKb(),
    break_window_fcp_ms_median: Math.round(median(paints) * 10) / 10,
  };
}
