import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DaySummary } from '../../../electron/common/history-summary.js';
import type { HistoryView, QuietView, SettingsView } from '../../../electron/common/ipc-contract.js';
import { quietView } from '../../../electron/common/quiet-view.js';
import { DEV_QUIET_STATUSES, DEV_RUNNING_APPS } from '../../dev-bridge/settings-page.js';
import { DEFAULT_SETTINGS } from '../../../electron/common/settings.js';
import type { PageLanguage } from '../../../electron/common/i18n/app-language.js';
import { SETTINGS_URL, routeApp, type RoutedOrigin } from './app-origin.js';
import { pageLanguage } from './page-language.js';

/**
 * The settings window at its real size on the routed origin, with a fake bridge that plays main: it keeps the
 * settings it is sent (in sessionStorage, so a reload sees what was saved, as reopening the window would),
 * answers history from the data it was given, takes any link to open (tests check the ids against main's
 * schema), and records every call in the same recorder the break window's fake uses, so `recorded` and
 * `callsTo` work for both pages.
 */

export interface SettingsBridgeOptions {
  view: SettingsView;
  today: DaySummary;
  history: HistoryView;
  exportAnswer: { saved: boolean; path: string | null };
  /** What `app:control` answers; accepted unless a test says otherwise. */
  controlAnswer?: { ok: true } | { ok: false; reason: string };
  /** Main could not hand a link to the browser. */
  linkFails?: boolean;
  /** What main answers to "Open log folder"; opened by default. */
  logFolderAnswer?: { ok: true } | { ok: false; reason: string };
  /** What `i18n:get` answers: English unless a test says otherwise (see page-language.ts). */
  language?: PageLanguage;
  /**
   * What `quiet:get` answers: each signal's state here, and the running apps when the picker asks. A GNOME
   * desktop in a call by default (the dev bridge's); `window.__limberQuiet(signals)` changes it and says so.
   */
  quiet?: { signals: QuietView['signals']; runningApps: string[] };
}

export function quietAnswer(): NonNullable<SettingsBridgeOptions['quiet']> {
  return { signals: quietView(DEV_QUIET_STATUSES, null).signals, runningApps: DEV_RUNNING_APPS };
}

export function settingsView(overrides: Partial<SettingsView> = {}): SettingsView {
  return {
    settings: structuredClone(DEFAULT_SETTINGS),
    recovery: null,
    idleDetection: 'available',
    shortcutProblem: null,
    launchAtLoginProblem: null,
    platform: 'linux',
    firstRunDone: true,
    ...overrides,
  };
}

export function bridgeOptions(overrides: Partial<SettingsBridgeOptions> = {}): SettingsBridgeOptions {
  return {
    view: settingsView(),
    today: zeroDay(),
    history: { days: [], events: [] },
    exportAnswer: { saved: true, path: '/home/sam/Documents/limber-history.csv' },
    quiet: quietAnswer(),
    ...overrides,
  };
}

export function zeroDay(): DaySummary {
  return {
    sittingSeconds: 0,
    longestBoutSeconds: 0,
    boutCount: 0,
    breaksTaken: 0,
    postureBreaks: 0,
    breaksSkipped: 0,
    breaksIgnored: 0,
    naturalBreaks: 0,
    snoozed: 0,
    prompts: 0,
    microBreaks: 0,
    uprightSeconds: 0,
    shortGaps: 0,
    held: [],
  };
}

function install(options: SettingsBridgeOptions): void {
  const recorder = { calls: [] as Array<{ channel: string; payload: unknown }>, violations: [] as string[], oscillators: 0 };
  (window as unknown as { __limberTest: typeof recorder }).__limberTest = recorder;
  document.addEventListener('securitypolicyviolation', (event) => {
    recorder.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  const KEY = 'limber-fake-main';
  const load = (): SettingsBridgeOptions['view'] => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') ?? options.view;
  const save = (view: SettingsBridgeOptions['view']) => sessionStorage.setItem(KEY, JSON.stringify(view));
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const merge = (base: unknown, patch: unknown): unknown => {
    if (!isObject(base) || !isObject(patch)) return patch;
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) out[key] = merge(base[key], value);
    return out;
  };
  const answer = (channel: string, payload: unknown): unknown => {
    const view = load();
    switch (channel) {
      case 'settings:get':
        return view;
      case 'settings:update': {
        const settings = merge(view.settings, payload) as typeof view.settings;
        save({ ...view, settings });
        return { ok: true, settings };
      }
      case 'settings:restore-defaults':
        save({ ...view, settings: options.view.settings });
        return { ok: true, settings: options.view.settings };
      case 'settings:dismiss-recovery-notice':
        save({ ...view, recovery: null });
        return undefined;
      case 'app:complete-first-run':
        save({ ...view, firstRunDone: true });
        return undefined;
      case 'today:get':
        return (window as unknown as { __limberToday?: DaySummary }).__limberToday ?? options.today;
      case 'history:get':
        return options.history;
      case 'history:export-csv':
        return options.exportAnswer;
      case 'app:control':
        return options.controlAnswer ?? { ok: true };
      case 'app:open-log-folder':
        return options.logFolderAnswer ?? { ok: true };
      case 'i18n:get':
        return options.language;
      case 'quiet:get': {
        const quiet = (window as unknown as { __limberQuietNow?: SettingsBridgeOptions['quiet'] }).__limberQuietNow ?? options.quiet;
        if (!quiet) throw new Error('quiet:get: this test gave no quiet signals');
        return { signals: quiet.signals, runningApps: (payload as { runningApps?: boolean } | undefined)?.runningApps ? quiet.runningApps : null };
      }
      case 'link:open':
        if (options.linkFails) throw new Error('no browser to open');
        return undefined;
      default:
        throw new Error(`the settings window has no business with ${channel}`);
    }
  };
  const api = {
    version: 'test',
    invoke(channel: string, payload?: unknown): Promise<unknown> {
      recorder.calls.push({ channel, payload: payload === undefined ? undefined : structuredClone(payload) });
      try {
        return Promise.resolve(structuredClone(answer(channel, payload)));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    onStateChanged(listener: (state: unknown) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onLanguageChanged(listener: (language: unknown) => void): () => void {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    },
  };
  // Tests play main's push when the user switches language.
  const languageListeners = new Set<(language: unknown) => void>();
  (window as unknown as { __limberLanguage: (language: unknown) => void }).__limberLanguage = (language) => {
    for (const listener of languageListeners) listener(language);
  };
  // Tests play main's push: set what today:get answers from now on, then say the state changed.
  const listeners = new Set<(state: unknown) => void>();
  (window as unknown as { __limberPush: (today: DaySummary) => void }).__limberPush = (today) => {
    (window as unknown as { __limberToday?: DaySummary }).__limberToday = today;
    for (const listener of listeners) listener({ status: 'Sitting since 14:00', breakDue: false, idleDetection: 'available' });
  };
  // A signal changed on the desktop: main's core renders, and the page hears that the state changed.
  (window as unknown as { __limberQuiet: (signals: QuietView['signals']) => void }).__limberQuiet = (signals) => {
    const w = window as unknown as { __limberQuietNow?: SettingsBridgeOptions['quiet'] };
    w.__limberQuietNow = { signals, runningApps: (w.__limberQuietNow ?? options.quiet)?.runningApps ?? [] };
    for (const listener of listeners) listener({ status: 'Break waiting · in a call', breakDue: true, idleDetection: 'available' });
  };
  Object.defineProperty(window, 'limber', { value: Object.freeze(api) });
}

export interface SettingsWindowPage {
  context: BrowserContext;
  page: Page;
  origin: RoutedOrigin;
  errors: string[];
}

export interface OpenSettingsOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Text that means the page has drawn its first screen. */
  waitFor?: string;
  /** The page's clock: fixed, so "today" and the last 7 or 30 days are the days a test generated. */
  now?: Date;
}

export async function openSettingsWindow(browser: Browser, bridge: SettingsBridgeOptions, options: OpenSettingsOptions = {}): Promise<SettingsWindowPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 640, height: 720 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const origin = await routeApp(context);
  // As in fake-bridge.ts: a local no-op stands in for the test transpiler's `__name` helper.
  await context.addInitScript({ content: `(() => { const __name = (target) => target; (${install.toString()})(${JSON.stringify({ language: pageLanguage(), ...bridge })}); })();` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.goto(SETTINGS_URL);
  await page.getByText(options.waitFor ?? 'Suggest a break after sitting for').first().waitFor();
  return { context, page, origin, errors };
}

export async function closeSettingsWindow({ context, page, errors }: SettingsWindowPage): Promise<void> {
  const violations = await page.evaluate(() => (window as unknown as { __limberTest: { violations: string[] } }).__limberTest.violations);
  await context.close();
  if (errors.length > 0) throw new Error(`the settings window threw: ${errors.join('; ')}`);
  if (violations.length > 0) throw new Error(`the settings window broke its CSP: ${violations.join('; ')}`);
}
