/**
 * Where Limber's pages live and who may talk to main. Pages are served from `app://limber/` only; a sender is
 * trusted when it is the main frame of one of our own windows and that frame is on this origin. Anything else
 * (a subframe, a page that navigated away, a window we did not create) is refused.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'limber';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const PAGES = {
  break: `${APP_ORIGIN}/break.html`,
  settings: `${APP_ORIGIN}/settings.html`,
} as const;
export type PageName = keyof typeof PAGES;

export function figureUrl(figureFile: string): string {
  return `${APP_ORIGIN}/figures/${encodeURIComponent(figureFile)}`;
}

/**
 * Sent with every page: nothing loads unless it is ours, and nothing leaves. `style-src` allows our own
 * stylesheets only; React never needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface SenderFacts {
  /** The sender's web contents belongs to a window this app created and still holds. */
  fromOurWindow: boolean;
  /** Null when the frame is gone (navigated or destroyed) by the time the message is handled. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

export function isTrustedSender(facts: SenderFacts): boolean {
  if (!facts.fromOurWindow || !facts.isMainFrame || facts.frameUrl === null) return false;
  let url: URL;
  try {
    url = new URL(facts.frameUrl);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** The only places Limber ever sends the user's browser; pages ask by id, never by URL. */
export const EXTERNAL_LINKS = {
  'why-breaks-sources': 'https://doi.org/10.7326/M17-0212',
  'project-home': 'https://github.com/limber-app/limber',
} as const satisfies Record<string, `https://${string}`>;
export type ExternalLinkId = keyof typeof EXTERNAL_LINKS;
