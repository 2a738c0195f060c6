import './zod-jitless.js';
import { requestSchemas, type AppControl, type Channel, type LimberApi, type SettingsView, type TrayState } from '../../electron/common/ipc-contract.js';
import { renderEngineMessage } from '../../electron/common/engine-messages.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { judgeRoutine, type RoutineReport } from '../../electron/common/routine-outcome.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { SittingEngine, type EngineOutput } from '../../electron/common/sitting-engine.js';
import { statusLine } from '../../electron/common/status-text.js';
import type { EngineClock } from '../../electron/common/timeline.js';
import { AppLanguage, forcedLanguage, type PageLanguage } from '../../electron/common/i18n/app-language.js';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { buildPlan } from './plan.js';
import { settingsPageHandlers } from './settings-page.js';

/**
 * `npm run dev:renderer` only: a stand-in for the preload's `window.limber`, backed by the real sitting engine
 * running in the page. Requests are checked with the same schemas main uses, so a page that sends a bad payload
 * fails here during UI work instead of later in Electron.
 *
 * `?sat=<minutes>` sets how long the simulated user has already been sitting (default 31, so a break is due and
 * the window offers Snooze and Skip); `?sat=0` shows the window as *Stretch now* opens it before a break is due,
 * with *Not now* instead. The Settings window's channels are simulated in ./settings-page.ts; its "Right now"
 * section (`app:control`) drives the same engine, and sees the state change as main would push it.
 */

/** The page's clocks, moved forward by `skip` so the engine can be handed a sitting bout that already happened. */
class BrowserClock implements EngineClock {
  private offsetMs = 0;
  readonly monoOrigin = `dev-page-${Math.random().toString(36).slice(2)}`;
  wallNow(): number {
    return Date.now() + this.offsetMs;
  }
  monoNow(): number {
    return performance.now() + this.offsetMs;
  }
  timeZone(): string {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
  skip(ms: number): void {
    this.offsetMs += ms;
  }
}

const log = (...args: unknown[]) => console.info('%c[dev bridge]', 'color: #0a7', ...args);

const clock = new BrowserClock();
const engine = new SittingEngine({ clock, catalogue: defaultCatalogue }, DEFAULT_SETTINGS);
const ACTIVE = 0;

let breaksToday = 0;
let suggested = defaultCatalogue.suggest({
  want: 'any',
  preference: DEFAULT_SETTINGS.posturePreference,
  lastPosture: null,
  lastRoutineId: null,
  flexionSensitive: DEFAULT_SETTINGS.flexionSensitive,
  breakIntervalMin: DEFAULT_SETTINGS.breakIntervalMin,
}).id;

const stateListeners = new Set<(state: TrayState) => void>();

/** What main pushes to open pages after every change: the tray's status line and what the controls may offer. */
function trayState(): TrayState {
  const snapshot = engine.snapshot();
  const context = { timeZone: clock.timeZone(), locale: navigator.language, nowWall: snapshot.now + snapshot.wallOffsetMs };
  return {
    status: statusLine(language.translator.t, snapshot, context),
    breakDue: snapshot.breakDue,
    idleDetection: snapshot.idleDetection,
    paused: snapshot.status === 'paused',
    snoozesLeft: snapshot.snoozesLeft,
  };
}

function apply(output: EngineOutput): EngineOutput {
  for (const event of output.events) if (event.type === 'break') breaksToday += 1;
  for (const command of output.commands) {
    if (command.type === 'open-break-window') suggested = command.routine.id;
  }
  if (output.commands.length > 0 || output.events.length > 0) log('engine', output);
  // After the answer, as main's push arrives after its reply.
  if (stateListeners.size > 0) setTimeout(() => stateListeners.forEach((listener) => listener(trayState())), 0);
  return output;
}

/** Sits the simulated user down for `minutes`, waking the engine whenever it asks, as the shell's timer would. */
function sitFor(minutes: number): void {
  apply(engine.wake(ACTIVE));
  const until = clock.monoNow() + minutes * 60_000;
  while (clock.monoNow() < until) {
    clock.skip(Math.min(engine.msUntilNextWake(), until - clock.monoNow()));
    apply(engine.wake(ACTIVE));
  }
}

const sat = Number(new URLSearchParams(location.search).get('sat') ?? '31');
sitFor(Number.isFinite(sat) && sat >= 0 ? sat : 31);
apply(engine.command({ type: 'start-break' }, ACTIVE));

const planFor = (routineId: string) =>
  buildPlan(routineId, {
    figureBase: '/figures/',
    snoozesLeft: engine.snapshot().snoozesLeft,
    snoozeMin: DEFAULT_SETTINGS.snoozeMin,
    breakDue: engine.snapshot().breakDue,
    sound: DEFAULT_SETTINGS.sound,
    breaksToday,
    translator: language.translator,
  });

const commandResult = (output: EngineOutput) =>
  output.refused === null ? ({ ok: true } as const) : ({ ok: false, reason: renderEngineMessage(language.translator.t, output.refused) } as const);

function showClosed(): void {
  const note = document.createElement('p');
  note.className = 'dev-bridge-closed';
  note.textContent = '[dev bridge] break:close: the window would close here. Reload to open it again.';
  document.body.replaceChildren(note);
}

/** `?lang=de` (or any supported code, or `en-XA` for the pseudo-language) shows the pages in that language. */
const language = new AppLanguage({
  catalogues: CATALOGUES,
  preferred: navigator.languages,
  forced: forcedLanguage(new URLSearchParams(location.search).get('lang') ?? undefined).language,
});

const settingsPage = settingsPageHandlers(log, new URLSearchParams(location.search));

const handlers: { [C in Channel]?: (payload: unknown) => unknown } = {
  'break:get-plan': (payload) => planFor((payload as { routineId?: string } | undefined)?.routineId ?? suggested),
  'break:started': (payload) => {
    apply(engine.routineStarted((payload as { routineId: string }).routineId, ACTIVE));
  },
  'break:finished': (payload) => {
    const report = payload as RoutineReport;
    const routine = (report.routineId !== null && defaultCatalogue.byId(report.routineId)) || null;
    apply(engine.routineFinished(judgeRoutine(report, routine, DEFAULT_SETTINGS.abandonGraceSec), ACTIVE));
  },
  'break:snooze': () => commandResult(apply(engine.command({ type: 'snooze' }, ACTIVE))),
  'break:skip': () => commandResult(apply(engine.command({ type: 'skip' }, ACTIVE))),
  'break:close': () => showClosed(),
  'break:count-gap': () => commandResult(apply(engine.command({ type: 'count-gap-as-break' }, ACTIVE))),
  ...settingsPage,
  'i18n:get': (): PageLanguage => language.page(),
  'settings:get': () => ({ ...(settingsPage['settings:get']!(undefined) as SettingsView), state: trayState() }),
  'app:control': (payload) => {
    const control = payload as AppControl;
    if (control.type === 'stretch') {
      log(`app:control: main would open the break window on the suggested routine, ${suggested}`);
      return { ok: true };
    }
    return commandResult(apply(engine.command(control, ACTIVE)));
  },
};

// Typed loosely inside and cast once: the handlers table above is what ties each channel to its answer.
const api = {
  version: 'dev',
  invoke(channel: Channel, payload?: unknown): Promise<unknown> {
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      const message = `invalid payload for ${channel}: ${parsed.error.message}`;
      console.error('[dev bridge]', message, payload);
      return Promise.reject(new Error(message));
    }
    const handler = handlers[channel];
    if (!handler) return Promise.reject(new Error(`${channel} is not simulated by the dev bridge`));
    log(channel, payload ?? '');
    // Async like real IPC, so the page cannot come to depend on an answer arriving synchronously.
    return new Promise((resolve) => setTimeout(() => resolve(handler(payload)), 30));
  },
  onStateChanged: (listener: (state: TrayState) => void) => {
    stateListeners.add(listener);
    return () => stateListeners.delete(listener);
  },
  // The dev page switches language by reloading with another ?lang=.
  onLanguageChanged: () => () => {},
} as unknown as LimberApi;

Object.defineProperty(window, 'limber', { value: Object.freeze(api) });
log('ready; engine status', engine.snapshot().status, 'suggested', suggested);
