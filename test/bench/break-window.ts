import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/app-origin.js';
import { BREAK_URL, routeApp } from '../renderer/support/app-origin.js';
import { ensureRendererBuilt, rendererOut } from '../renderer/support/built-renderer.js';
import { launchChromium } from '../renderer/support/chromium.js';
import { installFakeBridge, plansFor } from '../renderer/support/fake-bridge.js';

/**
 * The break window's weight and first paint, measured on the production build in Debian Chromium. The window
 * opens in the middle of someone's work, so it has to appear at once; budgets: 100 kB of gzipped JavaScript and
 * a 150 ms median first contentful paint. Its first frame paints from break.html and one inline style alone;
 * the app chunk and the rest of the CSS load after it.
 */

export const JS_BUDGET_KB = 100;
export const FCP_BUDGET_MS = 150;
// Enough pairs that the medians hold still on a shared 2-core machine; 20 left the ratio wandering by ±0.2.
const COLD_LOADS = 40;

const scriptRefs = (html: string) =>
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
const importRefs = (js: string) =>
  // Dynamic imports count too: the window loads them right after its first paint, and Vite writes them with backticks.
  [...js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!);

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

/**
 * A page with one paragraph, served from the same routed origin with the same CSP and read from disk likewise, so
 * the break window's first paint reads as a ratio to the fastest page this machine can paint right now (goal: at
 * most 1.3 times).
 */
const BLANK_URL = BREAK_URL.replace('break.html', 'bench-blank.html');
const BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>One paragraph of text.</p></body></html>';
export const FCP_RATIO_GOAL = 1.3;

const firstPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );

export async function measureBreakWindow(): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  const bridge = plansFor('back-break');
  const browser = await launchChromium();
  const paints: number[] = [];
  const blankPaints: number[] = [];
  const blankDir = mkdtempSync(join(tmpdir(), 'limber-bench-'));
  const blankFile = join(blankDir, 'bench-blank.html');
  writeFileSync(blankFile, BLANK_PAGE);
  try {
    // A fresh context per load: no HTTP or code cache carries over, as when the window first opens after a start.
    // The two pages take turns, so a busy moment on a shared machine slows both alike.
    for (let i = 0; i < COLD_LOADS; i++) {
      for (const blank of [false, true]) {
        const context = await browser.newContext({ viewport: { width: 420, height: 600 } });
        await routeApp(context);
        if (blank) {
          // Read from disk on every request, as the break window's page is, so both pay the same to be served.
          await context.route(BLANK_URL, async (route) =>
            route.fulfill({ status: 200, body: await readFile(blankFile), headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } }),
          );
        } else await installFakeBridge(context, bridge);
        const page = await context.newPage();
        await page.goto(blank ? BLANK_URL : BREAK_URL);
        (blank ? blankPaints : paints).push(await firstPaint(page));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(blankDir, { recursive: true, force: true });
  }
  const breakMedian = Math.round(median(paints) * 10) / 10;
  const blankMedian = Math.round(median(blankPaints) * 10) / 10;
  return {
    break_window_js_gzip_kb: breakWindowJsGzipKb(),
    break_window_fcp_ms_median: breakMedian,
    blank_page_fcp_ms_median: blankMedian,
    break_window_fcp_ratio: Math.round((breakMedian / blankMedian) * 100) / 100,
  };
}
