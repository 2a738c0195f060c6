import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../../electron/common/app-origin.js';
import { rendererOut, root } from './built-renderer.js';

/**
 * Serves the built renderer on a made-up origin, the way the app:// scheme does: files from out/renderer,
 * figures from resources/figures, the production CSP header the scheme sends, and nothing else reachable.
 */

export const ORIGIN = 'http://app.test';
export const FIGURE_BASE = `${ORIGIN}/figures/`;
export const BREAK_URL = `${ORIGIN}/break.html`;
export const SETTINGS_URL = `${ORIGIN}/settings.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** What the page itself declares; it applies on top of the header, so both must allow what the page does. */
export function declaredCsp(): string {
  const html = readFileSync(join(rendererOut, 'break.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
  if (!csp) throw new Error('out/renderer/break.html declares no Content-Security-Policy');
  return csp;
}

function fileFor(pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  if (clean.startsWith('..')) return null;
  if (clean.startsWith('figures/')) return join(root, 'resources', clean);
  return join(rendererOut, clean);
}

export interface RoutedOrigin {
  /** Every URL the page asked for, in order, including refused ones. */
  requests: string[];
}

export async function routeApp(context: BrowserContext): Promise<RoutedOrigin> {
  const requests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    const file = url.origin === ORIGIN ? fileFor(url.pathname) : null;
    if (!file) return route.abort('blockedbyclient');
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  return { requests };
}
