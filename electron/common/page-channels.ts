import { APP_ORIGIN, PAGES, type PageName } from './app-origin.js';
import type { Channel } from './ipc-channels.js';

/**
 * Least privilege per page: each channel names the pages that may call it, and main refuses the rest. The break
 * window runs a routine and answers a prompt; it never changes settings or reads the user's history. Written as
 * a record over every channel, so a new channel does not compile until someone decides who may use it.
 */
export const CHANNEL_PAGES: { readonly [C in Channel]: readonly PageName[] } = {
  'break:get-plan': ['break'],
  'break:started': ['break'],
  'break:finished': ['break'],
  'break:snooze': ['break'],
  'break:skip': ['break'],
  'break:close': ['break'],
  'break:count-gap': ['break'],
  'today:get': ['settings'],
  'settings:get': ['settings'],
  'settings:update': ['settings'],
  'settings:restore-defaults': ['settings'],
  'settings:dismiss-recovery-notice': ['settings'],
  'history:get': ['settings'],
  'history:export-csv': ['settings'],
  'link:open': ['settings'],
  'app:complete-first-run': ['settings'],
  // Stretch now, pause, resume and snooze: on a desktop without a tray icon, Settings is where they are reached.
  'app:control': ['settings'],
  'app:open-log-folder': ['settings'],
  // Settings' Quiet moments section: each signal's live state here, and the running apps for its picker.
  'quiet:get': ['settings'],
  // Every page speaks the user's language.
  'i18n:get': ['break', 'settings'],
};

export function pageMayUse(page: PageName, channel: Channel): boolean {
  return CHANNEL_PAGES[channel].includes(page);
}

/**
 * The frame must also show the page its window was made for: the window is what main trusts, the URL is what
 * the code in it really is.
 */
export function frameShowsPage(frameUrl: string, page: PageName): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  return `${url.protocol}//${url.host}` === APP_ORIGIN && `${APP_ORIGIN}${url.pathname}` === PAGES[page];
}
