import { buildBreakPlan } from './break-plan.js';
import { historyDayKey, parseDateKey } from './calendar.js';
import type { ClockContext } from './clock-format.js';
import type { EngineMessage } from './engine-messages.js';
import { historyCsv } from './history-csv.js';
import type { HistoryEvent } from './history-events.js';
import { emptyDaySummary, summarizeDay, summarizeDays, withOngoing, type DaySummary, type OngoingSpans } from './history-summary.js';
import { IdleAvailability, type IdleReading } from './idle-availability.js';
import { IdleWatchSession, type IdleWatchPort } from './idle-watches.js';
import type { BreakPlan, HistoryView, TrayState } from './ipc-contract.js';
import { catalogueIn, type LibraryCatalogue } from './routine-library.js';
import type { Translator } from './i18n/translator.js';
import type { RoutineCatalogue, RoutineSummary } from './routine-catalogue.js';
import { judgeRoutine, type RoutineReport } from './routine-outcome.js';
import type { QuietReadings, QuietReason } from './quiet-moments.js';
import type { Settings } from './settings.js';
import {
  SittingEngine,
  type EngineOutput,
  type EngineSnapshot,
  type IdleSample,
  type PowerEvent,
  type Prompt,
  type RoutineResult,
  type UserCommand,
} from './sitting-engine.js';
import { statusLine } from './status-text.js';
import { historyTroubleText, type HistoryTrouble } from './storage-problem-text.js';
import type { EngineClock } from './timeline.js';
import { shortGapTimes, trayModel, type TrayModel, type TrayRoutine } from './tray-menu.js';

/**
 * The app minus Electron and minus the disk: it owns the engine and feeds it, decides what the user's requests
 * mean (which routine a break plays, which range of history may be read), hands what happened to its sinks and
 * tells the UI what to show. Everything outside comes in through the ports below, so the core is pure and is
 * tested directly with in-memory ports; main and the simulator supply real ones.
 *
 * Exactly one timer is ever armed, for the engine's `nextWakeAt`, and it is re-armed after every input, so the
 * process sleeps between the moments when something can change.
 */

/** Where history events go, and are read back from (electron/node's HistoryStore in the app). */
export interface HistoryPort {
  append(event: HistoryEvent): void;
  readDay(day: string): HistoryEvent[];
  /** Every event of the days `from`..`to` (history day keys), in order. */
  readRange(from: string, to: string): HistoryEvent[];
  /** The day keys that hold any history, oldest first. */
  days(): string[];
  /** Appended events not yet on disk (a full or read-only disk); they wait, in order, for `retry`. */
  readonly unsaved: readonly HistoryEvent[];
  /** Writes what waits; returns how many still wait. */
  retry(): number;
  /** Why history is not being saved, or null when everything is on disk; put into words where it is shown. */
  readonly trouble: HistoryTrouble | null;
}

/** Keeps the engine's state between runs; written after every input. */
export interface EngineStatePort {
  write(state: unknown): void;
}

/** Keeps the current status line where `limber --status` can read it. */
export interface StatusPort {
  write(line: string): void;
}

export interface IdlePort {
  /** One reading of the desktop's idle time and state. */
  read(): Omit<IdleReading, 'at'>;
}

export type { IdleWatchPort } from './idle-watches.js';

export interface TimerPort {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface UiPort {
  showPrompt(prompt: Prompt): void;
  withdrawPrompt(): void;
  openBreakWindow(focus: boolean, routine: RoutineSummary): void;
  showMicroBreak(seconds: number): void;
  /** A break held past the hold limit: one notification with no window and no sound. */
  showQuietNotice(reasons: QuietReason[], heldSeconds: number): void;
  /** The state to show changed: tray, open pages and the status file follow. */
  render(view: CoreView): void;
}

export interface CoreView {
  tray: TrayModel;
  state: TrayState;
  snapshot: EngineSnapshot;
}

export interface CoreDeps {
  clock: EngineClock;
  /**
   * The routines: a full library in the app (the tray lists its routines, break plans show their steps); the
   * simulator, which opens no windows, may hand a bare catalogue.
   */
  catalogue: RoutineCatalogue | LibraryCatalogue;
  settings: () => Settings;
  history: HistoryPort;
  engineState: EngineStatePort;
  status: StatusPort;
  /** The language the app speaks now; asked on every render, so a switch in Settings shows at once. */
  translator: () => Translator;
  idle: IdlePort;
  timers: TimerPort;
  ui: UiPort;
  log: (message: string, error?: unknown) => void;
  /**
   * Whether to conclude from many zero idle readings that the desktop cannot report idle time (default yes). The
   * simulator scripts that with events instead, so a scripted hour of typing is not mistaken for a broken source.
   */
  detectStuckIdle?: boolean;
}

/** What an idle watch that fired says about idle time at this moment. */
interface IdleBound {
  idleAtLeastMs?: number;
  idleAtMostMs?: number;
}

/** The short routine a micro-break notification opens when clicked. */
export const MICRO_BREAK_ROUTINE = 'eyes-and-hands';

/** A history range longer than this is refused rather than read into memory in one go. */
export const MAX_HISTORY_DAYS = 400;

/** setTimeout holds a signed 32-bit delay; a longer one fires at once. The engine re-arms when it wakes early. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class LimberCore {
  private engine!: SittingEngine;
  private timer: unknown = null;
  private readonly idleAvailability = new IdleAvailability();
  /** Locked as powerMonitor's events said (macOS, Windows) or as the idle state showed (Linux has no events). */
  private lockedByEvent = false;
  private lockedBySample = false;
  private today: { key: string; events: HistoryEvent[] } | null = null;
  private lastView: CoreView | null = null;
  private offeredRoutine: RoutineSummary | null = null;
  private routineInProgress: { id: string; startedMono: number } | null = null;
  /** A routine the user picked by name; the break window plays it instead of the suggestion. */
  private requestedRoutine: string | null = null;
  private stopped = false;
  private quietSampler: (() => void) | null = null;
  private idleWatches: IdleWatchSession | null = null;
  /** Inside a wake, before the engine's own: a change found by sampling needs no timer of its own. */
  private waking = false;

  constructor(private readonly deps: CoreDeps) {}

  /** Restores saved state (damaged state starts afresh) and makes the first reading. */
  start(saved: unknown): string[] {
    const deps = { clock: this.deps.clock, catalogue: this.deps.catalogue };
    // Nothing saved is a first start, not damage worth reporting.
    const { engine, problems } =
      saved === undefined ? { engine: new SittingEngine(deps, this.deps.settings()), problems: [] } : SittingEngine.restore(deps, this.deps.settings(), saved);
    this.engine = engine;
    const stale = engine.toJSON().routine;
    if (stale) {
      // The last run ended inside a routine without saying how it went (killed, or a crash). How long it ran is
      // unknown, so nothing is credited; the engine just leaves the routine so that prompts can come again.
      this.after(this.engine.routineFinished(this.judge({ routineId: stale.id, activeSeconds: 0, reachedEnd: false }), this.sample()));
    }
    this.after(this.engine.wake(this.sample()));
    return problems;
  }

  /** Tracking stops for good (the end of a simulated day): what is open is closed, so history is complete. */
  finish(): void {
    if (this.stopped) return;
    this.after(this.engine.finish(this.sample()));
  }

  /** The engine's state as it would be saved. */
  state(): unknown {
    return this.engine.toJSON();
  }

  /** Saves state and disarms the timer; later inputs are ignored. A routine still running is given up as it stands. */
  stop(): void {
    if (this.stopped) return;
    this.breakWindowClosed();
    this.disarm();
    this.idleWatches?.close();
    this.idleWatches = null;
    this.persist();
    this.stopped = true;
  }

  // ── Inputs ──────────────────────────────────────────────────────────────────────────────────────────────

  power(event: PowerEvent): void {
    if (this.stopped) return;
    if (event === 'lock') this.lockedByEvent = true;
    if (event === 'unlock') {
      this.lockedByEvent = false;
      this.lockedBySample = false;
    }
    this.after(this.engine.power(event, this.sample({ skipLockInference: true })));
    // Shutdown may kill the process before `quit`; what the engine just recorded must already be on disk.
    if (event === 'shutdown' || event === 'suspend') this.persist();
  }

  /** Carries out a user command; returns why it was refused (as data for the edge to put into words), or null. */
  command(command: UserCommand): EngineMessage | null {
    if (this.stopped) return { code: 'shutting-down' };
    const out = this.engine.command(command, this.sample());
    this.after(out);
    return out.refused;
  }

  /** The user asked for a routine by name (null: the suggestion), from the tray or a notification. */
  play(routineId: string | null): EngineMessage | null {
    if (routineId !== null) this.requireRoutine(routineId);
    this.requestedRoutine = routineId;
    return this.command({ type: 'start-break' });
  }

  /** The micro-break notification was clicked: play its short routine. */
  playMicroBreak(): EngineMessage | null {
    return this.play(MICRO_BREAK_ROUTINE);
  }

  /** Throws (naming the field) for a routine id the library does not have: pages are untrusted. */
  routineStarted(routineId: string): void {
    this.requireRoutine(routineId);
    if (this.stopped) return;
    this.routineInProgress = { id: routineId, startedMono: this.deps.clock.monoNow() };
    this.after(this.engine.routineStarted(routineId, this.sample()));
  }

  /**
   * A page may only finish the routine it started, once, and never for longer than it has really been running:
   * a repeated or made-up outcome must not add breaks or upright minutes to the user's history. What the report
   * counts as is judged here, from the library's entry for the routine, never from what the page says it was.
   */
  routineFinished(report: RoutineReport): boolean {
    if (report.routineId !== null) this.requireRoutine(report.routineId);
    const running = this.routineInProgress;
    if (this.stopped || !running || running.id !== report.routineId) return false;
    this.routineInProgress = null;
    const activeSeconds = Math.min(report.activeSeconds, this.secondsSince(running.startedMono));
    this.after(this.engine.routineFinished(this.judge({ ...report, activeSeconds }), this.sample()));
    return true;
  }

  /** The break window went away: a routine left running there was given up, for as long as it ran. */
  breakWindowClosed(): void {
    this.requestedRoutine = null;
    const running = this.routineInProgress;
    if (!running || this.stopped) return;
    this.routineFinished({ routineId: running.id, activeSeconds: this.secondsSince(running.startedMono), reachedEnd: false });
  }

  private requireRoutine(id: string): void {
    if (!this.deps.catalogue.byId(id)) throw new Error(`routineId: no routine '${id}'`);
  }

  private judge(report: RoutineReport): RoutineResult {
    const routine = (report.routineId !== null && this.deps.catalogue.byId(report.routineId)) || null;
    return judgeRoutine(report, routine, this.deps.settings().abandonGraceSec);
  }

  private secondsSince(mono: number): number {
    return Math.max(0, Math.round((this.deps.clock.monoNow() - mono) / 1000));
  }

  /** The desktop's quiet-moment readings changed (a push from an adapter, or a sample at a wake). */
  quiet(readings: QuietReadings): void {
    if (this.stopped || !this.engine) return;
    const held = () => JSON.stringify(this.engine.snapshot().quiet);
    const before = held();
    const out = this.engine.quiet(readings, this.sample());
    // Only a change in what holds prompts can move the next wake; a reading that holds nothing leaves the timer be.
    const moved = out.commands.length > 0 || out.events.length > 0 || held() !== before;
    this.after(out, { rearm: !this.waking && moved });
  }

  /**
   * Reads the quiet signals no system pushes (a microphone in use), at the core's own wakes and never on a timer
   * of its own. What changed comes back through `quiet`. Returns what undoes it.
   */
  useQuietSampler(sample: () => void): () => void {
    this.quietSampler = sample;
    return () => {
      if (this.quietSampler === sample) this.quietSampler = null;
    };
  }

  /**
   * The desktop's idle watches (Mutter's on GNOME) tell the core when idle time crosses the short-gap and away
   * thresholds and when the user is back, so no wake is armed to look for either: an active hour needs no wakes
   * for presence at all. Until the watches are set, and whenever one cannot be, the core samples as before.
   * Returns what undoes it (the desktop's idle monitor went away): sampling takes over at once.
   */
  useIdleWatches(port: IdleWatchPort): () => void {
    this.idleWatches?.close();
    const session = new IdleWatchSession(port, {
      idle: (ms) => this.wake({ idleAtLeastMs: ms }),
      active: () => this.wake({ idleAtMostMs: 0 }),
      watching: (on) => this.setIdleWatched(on),
    });
    this.idleWatches = session;
    void session.watch(this.idleThresholdsMs());
    return () => {
      session.close();
      if (this.idleWatches !== session) return;
      this.idleWatches = null;
      this.setIdleWatched(false);
    };
  }

  private setIdleWatched(on: boolean): void {
    if (this.stopped || !this.engine) return;
    this.engine.setIdleWatched(on);
    // A fresh reading re-arms the one timer from now, with or without the wakes the watches stand in for.
    this.refresh();
  }

  private idleThresholdsMs(): number[] {
    const settings = this.deps.settings();
    return [settings.shortGapMin * 60_000, settings.awayGapMin * 60_000];
  }

  /** The settings changed (already validated and saved). */
  settingsChanged(): void {
    if (this.stopped) return;
    this.after(this.engine.setSettings(this.deps.settings()));
    void this.idleWatches?.watch(this.idleThresholdsMs());
  }

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────

  snapshot(): EngineSnapshot {
    return this.engine.snapshot();
  }

  /**
   * What the break window is to play: the routine the page asks for, else the one the user picked, else the one
   * the last prompt offered, else a fresh suggestion.
   */
  breakPlan(routineId?: string): BreakPlan {
    const settings = this.deps.settings();
    const suggestion = {
      preference: settings.posturePreference,
      flexionSensitive: settings.flexionSensitive,
      breakIntervalMin: settings.breakIntervalMin,
      ...this.suggestionContext(),
    };
    const catalogue = this.wordsCatalogue();
    if (!catalogue) throw new Error('break plans need the routine library');
    const chosen = routineId ?? this.requestedRoutine ?? this.offeredRoutine?.id ?? catalogue.suggest({ ...suggestion, want: 'any' }).id;
    const snapshot = this.engine.snapshot();
    const today = this.todaySummary();
    return buildBreakPlan({
      catalogue,
      routineId: chosen,
      suggestion,
      snoozesLeft: snapshot.snoozesLeft,
      snoozeMin: settings.snoozeMin,
      breakDue: snapshot.breakDue,
      sound: settings.sound,
      breaksToday: today.breaksTaken + today.postureBreaks,
      shortGap: this.shortGap(),
    });
  }

  /**
   * The days `from`..`to` (history day keys) as history has them, today counting what is still going on. A range
   * that is backwards, or longer than MAX_HISTORY_DAYS, is refused with the field named.
   */
  historyView(from: string, to: string): HistoryView {
    for (const [field, key] of [['from', from], ['to', to]] as const) {
      try {
        parseDateKey(key);
      } catch (error) {
        throw new Error(`${field}: ${(error as Error).message}`, { cause: error });
      }
    }
    const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    if (!(span >= 0)) throw new Error('to: must not be before from');
    if (span >= MAX_HISTORY_DAYS) throw new Error(`to: at most ${MAX_HISTORY_DAYS} days per request`);
    const events = this.deps.history.readRange(from, to);
    const summaries = summarizeDays(events, this.deps.clock.timeZone(), this.deps.settings().dayBoundaryHour);
    this.refresh();
    const today = this.todayKey();
    if (today >= from && today <= to) summaries.set(today, withOngoing(summaries.get(today) ?? emptyDaySummary(), this.ongoing()));
    const days = [...summaries].filter(([day]) => day >= from && day <= to).sort(([a], [b]) => (a < b ? -1 : 1));
    return { days: days.map(([day, summary]) => ({ day, summary })), events };
  }

  /** All of history as CSV, with the file name to offer (dated today, by the calendar day). */
  historyExport(): { csv: string; fileName: string } {
    const days = this.deps.history.days();
    const events = days.length > 0 ? this.deps.history.readRange(days[0]!, days[days.length - 1]!) : [];
    const timeZone = this.deps.clock.timeZone();
    const today = historyDayKey(this.deps.clock.wallNow(), timeZone, 0);
    return { csv: historyCsv(events, timeZone), fileName: `limber-history-${today}.csv` };
  }

  /** Today so far, counting the bout and the standing spell still open as they stand at the last reading. */
  todaySummary(): DaySummary {
    return withOngoing(this.closedTodaySummary(), this.ongoing());
  }

  /** The bout and the standing spell still open, which history will only hold once they end. */
  ongoing(): OngoingSpans {
    const snapshot = this.engine.snapshot();
    return {
      boutSittingSeconds: snapshot.bout?.sittingSeconds ?? null,
      standingSeconds: snapshot.standingSeconds,
    };
  }

  /** Today as history has it: only what has ended, so it changes when something happens, not by the minute. */
  private closedTodaySummary(): DaySummary {
    const today = this.todayEvents();
    return today ? summarizeDay(today) : emptyDaySummary();
  }

  /** Why history is not being saved right now, in the reader's words, or null when everything is on disk. */
  historyProblem(): string | null {
    const trouble = this.deps.history.trouble;
    return trouble && historyTroubleText(this.deps.translator().t, trouble);
  }

  /** The history day key of today, under the current day boundary. */
  todayKey(): string {
    return this.dayKey(this.engine.snapshot().now);
  }

  /** A page asks for figures that should be true now, not as of the last timer: take a fresh reading first. */
  refresh(): void {
    if (this.stopped) return;
    this.after(this.engine.wake(this.sample()));
  }

  /** The routine the last prompt or window offered: what the break window plays unless told otherwise. */
  offered(): RoutineSummary | null {
    return this.offeredRoutine;
  }

  /** The gap "Were you up?" asks about, as clock times, or null when there is nothing to count. */
  shortGap(): { from: string; to: string } | null {
    const snapshot = this.engine.snapshot();
    return shortGapTimes(snapshot, this.clockContext(snapshot));
  }

  view(): CoreView | null {
    return this.lastView;
  }

  suggestionContext(): { lastPosture: RoutineSummary['posture'] | null; lastRoutineId: string | null; recentRoutineIds: string[] } {
    const { lastRoutine: last, recentRoutines } = this.engine.toJSON();
    return { lastPosture: last?.posture ?? null, lastRoutineId: last?.id ?? null, recentRoutineIds: recentRoutines };
  }

  // ── The loop ────────────────────────────────────────────────────────────────────────────────────────────

  /** The timer fired, or an idle watch did: then what it says about idle time bounds the reading. */
  private wake(pushed?: IdleBound): void {
    if (!pushed) this.timer = null;
    if (this.stopped) return;
    this.waking = true;
    try {
      this.quietSampler?.();
    } catch (error) {
      this.deps.log('Reading the quiet-moment signals failed', error);
    } finally {
      this.waking = false;
    }
    this.after(this.engine.wake(this.sample(pushed)));
  }

  /**
   * One reading for the engine. On Linux the screen lock has no event, so a `locked` idle state is turned into
   * the lock (and its end into the unlock) before the reading is handed on.
   */
  private sample(options: { skipLockInference?: boolean } & IdleBound = {}): IdleSample {
    let reading: IdleReading;
    try {
      reading = { ...this.deps.idle.read(), at: this.deps.clock.monoNow() };
    } catch (error) {
      this.deps.log('Reading the idle time failed', error);
      return undefined;
    }
    // A watch that fired knows better than a reading in whole seconds (or one Chromium cannot take at all).
    if (options.idleAtLeastMs !== undefined) reading.idleSeconds = Math.max(reading.idleSeconds, options.idleAtLeastMs / 1000);
    if (options.idleAtMostMs !== undefined) reading.idleSeconds = Math.min(reading.idleSeconds, options.idleAtMostMs / 1000);
    const availability =
      this.deps.detectStuckIdle === false ? (reading.state === 'unknown' ? 'unavailable' : 'available') : this.idleAvailability.observe(reading);
    const sample: IdleSample = availability === 'unavailable' ? 'unavailable' : Math.max(0, reading.idleSeconds) * 1000;
    if (!options.skipLockInference && !this.lockedByEvent) {
      const locked = reading.state === 'locked';
      if (locked !== this.lockedBySample) {
        this.lockedBySample = locked;
        this.after(this.engine.power(locked ? 'lock' : 'unlock', sample), { rearm: false });
      }
    }
    return sample;
  }

  private after(out: EngineOutput, options: { rearm?: boolean } = {}): void {
    // Events that could not be written wait in the store; each wake is a chance to write them.
    if (out.events.length === 0 && this.deps.history.unsaved.length > 0) this.deps.history.retry();
    for (const event of out.events) this.record(event);
    for (const command of out.commands) this.carryOut(command);
    this.persist();
    if (options.rearm !== false) this.arm();
    this.render();
  }

  private carryOut(command: EngineOutput['commands'][number]): void {
    const ui = this.deps.ui;
    try {
      switch (command.type) {
        case 'show-prompt':
          this.offeredRoutine = command.prompt.routine;
          ui.showPrompt(this.promptInWords(command.prompt));
          return;
        case 'withdraw-prompt':
          ui.withdrawPrompt();
          return;
        case 'open-break-window':
          this.offeredRoutine = command.routine;
          ui.openBreakWindow(command.focus, command.routine);
          return;
        case 'show-micro-break':
          ui.showMicroBreak(command.seconds);
          return;
        case 'show-quiet-notice':
          ui.showQuietNotice(command.reasons, command.heldSeconds);
          return;
      }
    } catch (error) {
      // One failed notification or window must not stop history, state and the timer from being kept.
      this.deps.log(`Could not carry out ${command.type}`, error);
    }
  }

  private record(event: HistoryEvent): void {
    try {
      this.deps.history.append(event);
    } catch (error) {
      this.deps.log('Could not write a history event', error);
    }
    // Only extend a cache that is already loaded: a fresh load reads the event from the store anyway.
    if (this.today && this.dayKey(event.at) === this.today.key) this.today.events.push(event);
  }

  private persist(): void {
    if (!this.engine) return;
    try {
      this.deps.engineState.write(this.engine.toJSON());
    } catch (error) {
      this.deps.log('Could not save the engine state', error);
    }
  }

  private arm(): void {
    this.disarm();
    if (this.stopped) return;
    const delay = Math.min(Math.max(0, this.engine.msUntilNextWake()), MAX_TIMER_MS);
    this.timer = this.deps.timers.set(() => this.wake(), delay);
  }

  private disarm(): void {
    if (this.timer !== null) this.deps.timers.clear(this.timer);
    this.timer = null;
  }

  private render(): void {
    const settings = this.deps.settings();
    const snapshot = this.engine.snapshot();
    const clock = this.clockContext(snapshot);
    const { t } = this.deps.translator();
    const tray = trayModel({
      t,
      snapshot,
      // The tray is redrawn only when something changes, so it shows figures that change only then.
      today: this.closedTodaySummary(),
      routines: this.trayRoutines(settings),
      snoozeMin: settings.snoozeMin,
      clock,
      historyProblem: this.historyProblem(),
    });
    const status = statusLine(t, snapshot, clock);
    const view: CoreView = { tray, snapshot, state: {
        status,
        breakDue: snapshot.breakDue,
        idleDetection: snapshot.idleDetection,
        paused: snapshot.status === 'paused',
        snoozesLeft: snapshot.snoozesLeft,
      },
    };
    this.lastView = view;
    try {
      this.deps.status.write(status);
    } catch (error) {
      this.deps.log('Could not write the status file', error);
    }
    this.deps.ui.render(view);
  }

  private clockContext(snapshot: EngineSnapshot): ClockContext {
    return { timeZone: this.deps.clock.timeZone(), locale: this.deps.translator().locale, nowWall: snapshot.now + snapshot.wallOffsetMs };
  }

  /** The engine names routines in English; the notification names it in the language the user reads now. */
  private promptInWords(prompt: Prompt): Prompt {
    const name = this.wordsCatalogue()?.byId(prompt.routine.id)?.name;
    return name ? { ...prompt, routine: { ...prompt.routine, name } } : prompt;
  }

  /** The routine library in the language the user reads now, or null for a bare catalogue (the simulator's). */
  private wordsCatalogue(): LibraryCatalogue | null {
    const catalogue = this.deps.catalogue;
    return 'library' in catalogue ? catalogueIn(this.deps.translator(), catalogue) : null;
  }

  private trayRoutines(settings: Settings): TrayRoutine[] {
    const catalogue = this.wordsCatalogue();
    if (!catalogue) return [];
    return catalogue.library.routines
      .filter((r) => !(settings.flexionSensitive && r.flexion))
      .map(({ id, name, posture, seconds, kind }) => ({ id, name, posture, seconds, kind, positions: (catalogue.steps(id) ?? []).map((s) => s.exercise.position) }));
  }

  private dayKey(at: number): string {
    return historyDayKey(at, this.deps.clock.timeZone(), this.deps.settings().dayBoundaryHour);
  }

  /** Today's events, read from the store once a day and then kept up to date from what is appended. */
  private todayEvents(): HistoryEvent[] | null {
    if (!this.engine) return null;
    const key = this.dayKey(this.engine.snapshot().now);
    if (this.today?.key !== key) {
      try {
        this.today = { key, events: this.deps.history.readDay(key) };
      } catch (error) {
        this.deps.log('Could not read today from history', error);
        this.today = { key, events: [] };
      }
    }
    return this.today.events;
  }
}
