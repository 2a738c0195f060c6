import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JS_BUDGET_KB, breakWindowJsGzipKb, breakWindowScripts } from '../bench/break-window.js';
import { ORIGIN, declaredCsp } from './support/app-origin.js';
import { chromiumForThisFile, closeBreakWindow, openBreakWindow } from './support/break-window.js';
import { ensureRendererBuilt, rendererOut } from './support/built-renderer.js';
import { plansFor } from './support/fake-bridge.js';

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
    expect(directives).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]));
    expect(declaredCsp()).not.toMatch(/unsafe|nonce-|\*/);
  });

  it('carries nothing of the dev bridge or the engine behind it', () => {
    for (const file of builtFiles()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/dev bridge|dev-bridge|limber-dev|SittingEngine|nonce-/);
    }
  });
});
