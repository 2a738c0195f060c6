import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../common/app-origin.js';

/**
 * What the `app://limber/` scheme serves: the built renderer, and the exercise figures under `/figures/`.
 * Only GET, only files inside those two folders, only known file types; every response carries the CSP, so a
 * page cannot opt out of it by dropping a meta tag.
 */

export interface AppRoots {
  /** out/renderer */
  renderer: string;
  /** resources/figures */
  figures: string;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** The file a request names, or null when it names nothing we serve. */
export function resolveAppPath(url: string, roots: AppRoots): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // Decoded separators or dot segments could step outside the root; such a name is never one of ours.
  if (pathname.includes('\\') || pathname.includes('\0') || pathname.split('/').some((s) => s === '..' || s === '.')) return null;
  const figure = /^\/figures\/([a-z0-9-]+\.svg)$/.exec(pathname);
  const [root, relative] = figure ? [roots.figures, figure[1]!] : [roots.renderer, pathname.slice(1)];
  if (relative === '' || !(path.extname(relative) in TYPES)) return null;
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

export async function serveAppRequest(request: { method: string; url: string }, roots: AppRoots): Promise<AppResponse> {
  if (request.method !== 'GET') return plain(405, 'Method not allowed');
  const file = resolveAppPath(request.url, roots);
  if (!file) return plain(404, 'Not found');
  try {
    const body = await fs.readFile(file);
    return { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': TYPES[path.extname(file)]! }, body };
  } catch {
    return plain(404, 'Not found');
  }
}

function plain(status: number, text: string): AppResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from(text) };
}
