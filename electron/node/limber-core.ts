import { historyDayKey } from '../common/calendar.js';
import type { ClockContext } from '../common/clock-format.js';
import type { EngineMessage } from '../common/engine-messages.js';
import type { HistoryEvent } from '../common/history-events.js';
import { emptyDaySummary, summarizeDay, withOngoing, type DaySummary, type OngoingSpans } from '../common/history-summary.js';
import { IdleAvailability, type IdleReading } from '../common/idle-availability.js';
import type { TrayState } from '../common/ipc-contract.js';
import type { LibraryCatalogue } from '../common/routine-library.js';
import type { RoutineSummary } from '../common/routine-catalogue.js';
import { judgeRoutine, type RoutineReport } from '../common/routine-outcome.js';
import type { Settings } from '../common/settings.js';
import {
  SittingEngine,
  type EngineOutput,
  type EngineSnapshot,
  type IdleSample,
  type PowerEvent,
  type Prompt,
  type RoutineResult,
  type UserCommand,
} from '../common/sitting-engine.js';
import { statusLine } from '../common/status-text.js';
import type { EngineClock } from '../common/timeline.js';
import { shortGapTimes, trayModel, type TrayModel, type TrayRoutine } from '../common/tray-menu.js';
import type { HistoryStore } from './history-store.js';
import type { EngineStateFile, StatusFile } from './state-file.js';

/**
 * The app minus Electron: it owns the engine and feeds it, writes what it says to history and disk, and tells
 * the shell what to show. Main supplies the ports (idle readings, one timer, the UI) and stays thin wiring.
 *
 * Exactly one timer is ever armed, for the engine's `nextWakeAt`, and it is re-armed after every input, so the
 * process sleeps between the moments when something can change.
 */

export interface IdlePort {
  /** One reading of the desktop's idle time and state. */
  read(): Omit<IdleReading, 'at'>;
}

export interface TimerPort {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface UiPort {
  showPrompt(prompt: Prompt): void;
  withdrawPrompt(): void;
  openBreakWindow(focus: boolean, routine: RoutineSummary): void;
  showMicroBreak(seconds: number): void;
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
  catalogue: LibraryCatalogue;
  settings: () => Settings;
  history: HistoryStore;
  stateFile: EngineStateFile;
  statusFile: StatusFile;
  locale: string;
  idle: IdlePort;
  timers: TimerPort;
  ui: UiPort;
  log: (message: string, error?: unknown) => void;
}

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
  private stopped = false;

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

  /** Saves state and disarms the timer; later inputs are ignored. A routine still running is given up as it stands. */
  stop(): void {
    if (this.stopped) return;
    this.breakWindowClosed();
    this.disarm();
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

  routineStarted(routineId: string): void {
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
    const running = this.routineInProgress;
    if (this.stopped || !running || running.id !== report.routineId) return false;
    this.routineInProgress = null;
    const activeSeconds = Math.min(report.activeSeconds, this.secondsSince(running.startedMono));
    this.after(this.engine.routineFinished(this.judge({ ...report, activeSeconds }), this.sample()));
    return true;
  }

  /** The break window went away: a routine left running there was given up, for as long as it ran. */
  breakWindowClosed(): void {
    const running = this.routineInProgress;
    if (!running || this.stopped) return;
    this.routineFinished({ routineId: running.id, activeSeconds: this.secondsSince(running.startedMono), reachedEnd: false });
  }

  private judge(report: RoutineReport): RoutineResult {
    const routine = (report.routineId !== null && this.deps.catalogue.byId(report.routineId)) || null;
    return judgeRoutine(report, routine, this.deps.settings().abandonGraceSec);
  }

  private secondsSince(mono: number): number {
    return Math.max(0, Math.round((this.deps.clock.monoNow() - mono) / 1000));
  }

  /** The settings changed (already validated and saved). */
  settingsChanged(): void {
    if (this.stopped) return;
    this.after(this.engine.setSettings(this.deps.settings()));
  }

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────

  snapshot(): EngineSnapshot {
    return this.engine.snapshot();
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
      standingSeconds: snapshot.standingSince === null ? null : Math.max(0, Math.round((snapshot.now - snapshot.standingSince) / 1000)),
    };
  }

  /** Today as history has it: only what has ended, so it changes when something happens, not by the minute. */
  private closedTodaySummary(): DaySummary {
    const today = this.todayEvents();
    return today ? summarizeDay(today) : emptyDaySummary();
  }

  /** Why history is not being saved right now, or null when everything is on disk. */
  historyProblem(): string | null {
    return this.deps.history.problem;
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

  private wake(): void {
    this.timer = null;
    if (this.stopped) return;
    this.after(this.engine.wake(this.sample()));
  }

  /**
   * One reading for the engine. On Linux the screen lock has no event, so a `locked` idle state is turned into
   * the lock (and its end into the unlock) before the reading is handed on.
   */
  private sample(options: { skipLockInference?: boolean } = {}): IdleSample {
    let reading: IdleReading;
    try {
      reading = { ...this.deps.idle.read(), at: this.deps.clock.monoNow() };
    } catch (error) {
      this.deps.log('Reading the idle time failed', error);
      return undefined;
    }
    const availability = this.idleAvailability.observe(reading);
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
          ui.showPrompt(command.prompt);
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
      this.deps.stateFile.write(this.engine.toJSON());
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
    const tray = trayModel({
      snapshot,
      // The tray is redrawn only when something changes, so it shows figures that change only then.
      today: this.closedTodaySummary(),
      routines: this.trayRoutines(settings),
      snoozeMin: settings.snoozeMin,
      clock,
      historyProblem: this.deps.history.problem,
    });
    const status = statusLine(snapshot, clock);
    const view: CoreView = { tray, snapshot, state: { status, breakDue: snapshot.breakDue, idleDetection: snapshot.idleDetection } };
    this.lastView = view;
    try {
      this.deps.statusFile.write(status);
    } catch (error) {
      this.deps.log('Could not write the status file', error);
    }
    this.deps.ui.render(view);
  }

  private clockContext(snapshot: EngineSnapshot): ClockContext {
    return { timeZone: this.deps.clock.timeZone(), locale: this.deps.locale, nowWall: snapshot.now + snapshot.wallOffsetMs };
  }

  private trayRoutines(settings: Settings): TrayRoutine[] {
    return this.deps.catalogue.library.routines
      .filter((r) => !(settings.flexionSensitive && r.flexion))
      .map(({ id, name, posture, seconds, kind }) => ({ id, name, posture, seconds, kind }));
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
