import type { BrowserContext, Page } from 'playwright-core';
import type { BreakPlan, CommandResult } from '../../../electron/common/ipc-contract.js';
import { buildPlan, type PlanContext } from '../../dev-bridge/plan.js';
import type { PageLanguage } from '../../../electron/common/i18n/app-language.js';
import { FIGURE_BASE } from './app-origin.js';
import type { PageLanguageCode } from '../../../electron/common/i18n/languages.js';
import { mainTranslator, pageLanguage } from './page-language.js';

/**
 * A stand-in for the preload's `window.limber`, installed before the page's own scripts (init scripts are not
 * subject to the page's CSP). It answers from real plans built here in Node and records every call, together with
 * CSP violations and the sounds the page starts, for the tests to read back.
 */

export interface BridgeCall {
  channel: string;
  payload: unknown;
}

export interface FakeBridgeOptions {
  /** The plan `break:get-plan` answers without a routine id. */
  first: string;
  plans: Record<string, BreakPlan>;
  snooze: CommandResult;
  skip: CommandResult;
  /** `break:get-plan` never answers, so the window stays on its loading frame for a test to look at. */
  holdPlan?: boolean;
  /** What `break:count-gap` answers; refused unless a test says otherwise. */
  countGap?: CommandResult;
  /** What `i18n:get` answers: English unless a test says otherwise (see page-language.ts). */
  language?: PageLanguage;
  /**
   * The plans main would send once the page has been switched to another language (`window.__limberLanguage`),
   * by language code; without an entry, `plans` answers.
   */
  plansIn?: Record<string, Record<string, BreakPlan>>;
}

interface Recorder {
  calls: BridgeCall[];
  violations: string[];
  oscillators: number;
}

declare global {
  interface Window {
    __limberTest: Recorder;
  }
}

function install(options: FakeBridgeOptions): void {
  const recorder: Recorder = { calls: [], violations: [], oscillators: 0 };
  // Main answers in the language it speaks now: the opening one, until a test plays a switch.
  let current = options.language;
  let speaking = '';
  window.__limberTest = recorder;
  document.addEventListener('securitypolicyviolation', (event) => {
    recorder.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: Parameters<typeof start>) {
    recorder.oscillators += 1;
    return start.apply(this, args);
  };
  const answer = (channel: string, payload: unknown): unknown => {
    switch (channel) {
      case 'break:get-plan': {
        if (options.holdPlan) return new Promise(() => {});
        const id = (payload as { routineId?: string } | undefined)?.routineId ?? options.first;
        const plan = (options.plansIn?.[speaking] ?? options.plans)[id];
        if (!plan) throw new Error(`fake bridge has no plan '${id}'`);
        return structuredClone(plan);
      }
      case 'break:snooze':
        return options.snooze;
      case 'break:skip':
        return options.skip;
      case 'i18n:get':
        return current;
      case 'break:count-gap':
        return options.countGap ?? { ok: false, reason: 'No recent short gap to count as a break.' };
      default:
        return undefined;
    }
  };
  const api = {
    version: 'test',
    invoke(channel: string, payload?: unknown): Promise<unknown> {
      recorder.calls.push({ channel, payload: payload === undefined ? undefined : structuredClone(payload) });
      try {
        return Promise.resolve(answer(channel, payload));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    onStateChanged: () => () => {},
    onLanguageChanged(listener: (language: PageLanguage) => void): () => void {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    },
  };
  // Tests play main's push when the user switches language.
  const languageListeners = new Set<(language: PageLanguage) => void>();
  (window as unknown as { __limberLanguage: (language: PageLanguage) => void }).__limberLanguage = (language) => {
    current = language;
    speaking = language.language;
    for (const listener of languageListeners) listener(language);
  };
  Object.defineProperty(window, 'limber', { value: Object.freeze(api) });
}

/** Plans for the given routines (the first one is what the window opens on), each with its real alternatives. */
export function plansFor(
  first: string,
  { language = 'en', ...context }: Omit<PlanContext, 'figureBase' | 'translator'> & { language?: PageLanguageCode } = {},
): FakeBridgeOptions {
  return { first, plans: plansIn(first, language, context), snooze: { ok: true }, skip: { ok: true }, language: pageLanguage(language) };
}

/** The plans `plansFor` answers with, in one language: the opening routine and its real alternatives. */
export function plansIn(first: string, language: PageLanguageCode, context: Omit<PlanContext, 'figureBase' | 'translator'> = {}): Record<string, BreakPlan> {
  const full = { figureBase: FIGURE_BASE, translator: mainTranslator(language), ...context };
  const opening = buildPlan(first, full);
  const ids = [first, opening.alternatives.seated?.id, opening.alternatives.standing?.id].filter((id): id is string => !!id);
  return Object.fromEntries(ids.map((id) => [id, buildPlan(id, full)]));
}

export async function installFakeBridge(context: BrowserContext, options: FakeBridgeOptions): Promise<void> {
  // The test transpiler wraps named functions in a `__name` helper that does not exist in the page; a local
  // no-op stands in for it, so the function's source runs there unchanged. The plans travel as a JSON string:
  // tens of kilobytes written as an object literal took the page longer to compile before its first paint than
  // JSON.parse does, a cost the real preload (a few lines; plans come over IPC) never puts there.
  const data = JSON.stringify({ language: pageLanguage(), ...options });
  const content = `(() => { const __name = (target) => target; (${install.toString()})(JSON.parse(${JSON.stringify(data)})); })();`;
  await context.addInitScript({ content });
}

export async function recorded(page: Page): Promise<Recorder> {
  return page.evaluate(() => structuredClone(window.__limberTest));
}

export async function callsTo(page: Page, channel: string): Promise<unknown[]> {
  const { calls } = await recorded(page);
  return calls.filter((c) => c.channel === channel).map((c) => c.payload);
}
