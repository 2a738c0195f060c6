import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/app-origin.js';
import { JS_BUDGET_KB, breakWindowJsGzipKb, breakWindowScripts } from '../bench/break-window.js';
import { BREAK_URL, ORIGIN, declaredCsp, routeApp } from './support/app-origin.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { ensureRendererBuilt, rendererOut } from './support/built-renderer.js';
import { installFakeBridge, plansFor, recorded } from './support/fake-bridge.js';

/*
 * What ships in out/renderer for the break window. Size is deterministic, so its budget is a fair test; first
 * paint is timing and lives only in `npm run bench`.
 */

const browser = chromiumForThisFile();
const builtFiles = () =>
  readdirSync(rendererOut, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => join(entry.parentPath, entry.name));

beforeAll(ensureRendererBuilt, 120_000);

describe('the built break window', () => {
  it(`stays within ${JS_BUDGET_KB} kB of gzipped JavaScript, React included`, () => {
    expect(breakWindowJsGzipKb()).toBeLessThanOrEqual(JS_BUDGET_KB);
  });

  it('counts exactly the scripts the page really loads', async () => {
    const opened = await openBreakWindow(browser(), plansFor('back-break'));
    const loaded = opened.origin.requests.filter((url) => url.endsWith('.js')).map((url) => url.slice(`${ORIGIN}/`.length));
    expect(loaded.sort()).toEqual(breakWindowScripts());
    await closeBreakWindow(opened);
  });

  it('ships React’s production build', () => {
    const js = breakWindowScripts().map((file) => readFileSync(join(rendererOut, file), 'utf8')).join('\n');
    expect(js).toContain('Minified React error');
    expect(builtFiles().some((f) => f.includes('dev-runtime'))).toBe(false);
  });

  it('declares its own strict CSP too, so a page opened any other way is still locked down', () => {
    const directives = declaredCsp().split(';').map((d) => d.trim());
    expect(directives).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "object-src 'none'"]));
    expect(declaredCsp()).not.toMatch(/unsafe|nonce-|\*/);
  });

  it('paints its first frame from one inline style that both CSPs pin by its hash, with no stylesheet to wait for', () => {
    const html = readFileSync(join(rendererOut, 'break.html'), 'utf8');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    // Our own stylesheets, and of inline styles only this exact one: an edited style with a stale hash fails here.
    const pinned = `style-src 'self' 'sha256-${createHash('sha256').update(styles[0]!).digest('base64')}'`;
    const styleSrc = (csp: string) => csp.split(';').map((d) => d.trim()).filter((d) => d.startsWith('style-src'));
    expect(styleSrc(declaredCsp())).toEqual([pinned]);
    expect(styleSrc(CONTENT_SECURITY_POLICY)).toEqual([pinned]);
    expect(html).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload)"|\sstyle="/);
  });

  it('carries nothing of the dev bridge or the engine behind it', () => {
    for (const file of builtFiles()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/dev bridge|dev-bridge|limber-dev|SittingEngine|nonce-/);
    }
  });
});

/** Where the first frame's pieces sit and how they are coloured, read from the page. */
async function firstFrame(colorScheme: 'light' | 'dark', drawnBy: 'break.html' | 'React') {
  const context = await browser().newContext({ viewport: { width: 420, height: 600 }, colorScheme, reducedMotion: 'reduce' });
  await routeApp(context);
  await installFakeBridge(context, { ...plansFor('back-break'), holdPlan: true });
  // Without its scripts the page shows only what break.html itself draws (the last route registered wins).
  if (drawnBy === 'break.html') await context.route(`${ORIGIN}/assets/*.js`, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(BREAK_URL);
  // React's loading frame is the one with words for screen readers; break.html's has none.
  if (drawnBy === 'React') await page.locator('.loading[role="status"]').waitFor();
  const look = await page.evaluate(() =>
    ['body', '.topbar', '.brand', '.content', '.loading', '.loading-dot:nth-child(1)', '.loading-dot:nth-child(3)'].map((selector) => {
      const element = document.querySelector(selector)!;
      const { x, y, width, height } = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { selector, x, y, width, height, color: style.color, background: style.backgroundColor, font: style.font, opacity: style.opacity };
    }),
  );
  const { violations } = await recorded(page);
  await context.close();
  return { look, violations };
}

describe('the first frame', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is the frame React draws next, in the same places and colours, so nothing flashes or jumps (${colorScheme})`, async () => {
      const before = await firstFrame(colorScheme, 'break.html');
      const after = await firstFrame(colorScheme, 'React');
      expect(before.violations).toEqual([]);
      expect(after.violations).toEqual([]);
      expect(after.look).toEqual(before.look);
      // Styled, not the browser's defaults: the page's own background, and the dots laid out in a row.
      const [body, , , , , firstDot, lastDot] = before.look;
      expect(body!.background).toBe(colorScheme === 'light' ? 'rgb(251, 250, 247)' : 'rgb(21, 24, 28)');
      expect(lastDot!.x).toBeGreaterThan(firstDot!.x + firstDot!.width);
      expect(lastDot!.y).toBe(firstDot!.y);
    });
  }
});
