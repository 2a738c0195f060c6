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
 * The one inline style any page may carry: break.html's first-frame style (renderer/break/first-frame.css,
 * inlined by the renderer build so the window paints before any stylesheet arrives). The build computes the
 * style's hash and fails when it is not this one, so a changed style cannot ship with a stale hash.
 */
export const FIRST_FRAME_STYLE_HASH = "'sha256-7768rhIOXR3eLHC/gBIFNT6IiFwCPXW+twwdPfyhC6A='";

/**
 * Sent with every page: nothing loads unless it is ours, and nothing leaves. `style-src` allows our own
 * stylesheets and, by its hash, the first-frame style; React never needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${FIRST_FRAME_STYLE_HASH}`,
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

/**
 * The only places Limber ever sends the user's browser; pages ask by id, never by URL. The `source-` ids are the
 * studies the "Why breaks" page cites (resources/content/sources.json, which a test keeps in step with this list).
 */
export const EXTERNAL_LINKS = {
  'source-diaz-2017': 'https://doi.org/10.7326/M17-0212',
  'source-thorp-2014': 'https://journals.lww.com/acsm-msse/Fulltext/2014/11000/Alternating_Bouts_of_Sitting_and_Standing.3.aspx',
  'source-henson-2016': 'https://doi.org/10.2337/dc15-1240',
  'source-dempsey-2016': 'https://doi.org/10.2337/dc15-2336',
  'source-hedge-2017': 'https://usmed.com/blog/for-better-health-get-up-stand-up-move-around',
  'source-homer-2021': 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8247505',
  'source-dunstan-2012': 'https://doi.org/10.2337/dc11-1931',
  'source-bailey-2015': 'https://uobrep.openrepository.com/handle/10547/132225',
  'source-buckley-2015': 'https://doi.org/10.1136/bjsports-2015-094618',
  'source-waongenngarm-2018': 'https://www.physiospot.com/research/the-effects-of-breaks-on-low-back-pain-discomfort-work-productivity-in-office-workers-systematic-review/',
  'source-luger-2019': 'https://evidenceaid.org/resource/work%E2%80%90break-schedules-for-preventing-musculoskeletal-symptoms-and-disorders',
  'source-bull-2020': 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7719906',
} as const satisfies Record<string, `https://${string}`>;
export type ExternalLinkId = keyof typeof EXTERNAL_LINKS;
