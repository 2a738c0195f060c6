import { HistoryDayWindow } from '../calendar.js';
import type { EngineState } from '../engine-state.js';
import type { HistoryEvent } from '../history-events.js';
import { mayPrompt, type GateAnswer, type GateFacts } from '../prompt-gate.js';
import { QuietHold } from '../quiet-hold.js';
import type { RoutineSummary, SuggestionRequest } from '../routine-catalogue.js';
import type { Settings } from '../settings.js';
import { WorkingHoursWindow } from '../working-hours.js';
import type { EngineCommand, EngineDeps, EngineOutput } from './types.js';

export const MINUTE = 60_000;
/** While the user is away, a return is noticed within this long. */
export const RETURN_CHECK_MS = MINUTE;

/**
 * What every part of the engine works on during one input: the state, the settings, the output being collected,
 * and the questions about them that more than one part asks. It holds no rule of its own.
 */
export class EngineContext {
  out: EngineOutput = { commands: [], events: [], refused: null };
  /** When the current input's idle reading dates the latest input; null when it says nothing. Not state. */
  readingInput: number | null = null;
  /** The time this input found unseen (a silent suspend), when there was any. Not state. */
  unseen: { start: number; end: number } | null = null;
  /** The desktop's idle watches tell the engine when idle crosses its thresholds and when the user is back. Not state. */
  idleWatched = false;
  /** Set while a rule asks what would prompt if no quiet moment held it. */
  private ignoringQuiet = false;
  private readonly hoursWindow = new WorkingHoursWindow();
  private readonly dayWindow = new HistoryDayWindow();

  constructor(
    readonly s: EngineState,
    public settings: Settings,
    readonly deps: EngineDeps,
  ) {}

  /** Engine time of the current input. */
  now(): number {
    return this.s.anchor?.t ?? 0;
  }

  record(event: HistoryEvent): void {
    this.out.events.push(event);
  }

  emit(command: EngineCommand): void {
    this.out.commands.push(command);
  }

  /** Neither paused nor outside working hours. */
  tracking(): boolean {
    return this.s.pause === null && !this.s.outsideHours;
  }

  /** Tracking, and not inside a routine: sitting and presence are being watched. */
  watching(): boolean {
    return this.tracking() && this.s.routine === null;
  }

  /** At the keyboard: not locked or asleep, and (with idle detection) input within the short-gap threshold. */
  present(at: number): boolean {
    const s = this.s;
    if (s.locked || s.suspended) return false;
    if (s.idleDetection === 'unavailable') return true;
    return s.lastInput !== null && at - s.lastInput < this.shortGapMs();
  }

  /**
   * Present at an earlier instant of this input's span (a pause end, a working-hours edge), judged on the input
   * this very reading dates as well, when that came before the instant: the timer that fired for the edge knows
   * whether the user was typing just before it, whatever the last reading said.
   */
  presentAtEdge(at: number): boolean {
    const s = this.s;
    if (s.locked || s.suspended) return false;
    // An edge that fell while the machine slept unannounced found nobody at it.
    if (this.unseen && at >= this.unseen.start && at < this.unseen.end) return false;
    if (s.idleDetection === 'unavailable') return true;
    const seen = this.readingInput !== null && this.readingInput <= at ? this.readingInput : null;
    const last = s.lastInput === null ? seen : Math.max(s.lastInput, seen ?? s.lastInput);
    return last !== null && at - last < this.shortGapMs();
  }

  gateFacts(at: number): GateFacts {
    const s = this.s;
    return {
      now: at,
      paused: s.pause !== null,
      outsideHours: s.outsideHours,
      inRoutine: s.routine !== null,
      present: this.present(at),
      snoozedUntil: s.snoozedUntil,
      quiet: this.quietGate(at),
    };
  }

  /** The quiet-moment hold, over the state's own `quiet` record. */
  quiet(): QuietHold {
    return new QuietHold(this.settings.quietMoments, this.s.quiet);
  }

  /** True when a quiet moment or its grace holds prompts at `at`. */
  quietHolds(at: number): boolean {
    return this.quiet().opensAt(at) !== undefined;
  }

  /**
   * A call, a presentation or a video keeping the screen awake means someone is at the computer even without
   * input, so idle time during one is not a gap (Do Not Disturb alone says nothing about presence).
   */
  attendedByQuietMoment(): boolean {
    return this.s.quiet.active.some((r) => r === 'call' || r === 'presentation' || r === 'awake');
  }

  /** Runs `fn` with the quiet moment left out of the gate: what would prompt now if nothing were quiet. */
  withoutQuiet<T>(fn: () => T): T {
    const was = this.ignoringQuiet;
    this.ignoringQuiet = true;
    try {
      return fn();
    } finally {
      this.ignoringQuiet = was;
    }
  }

  private quietGate(at: number): { until: number | null } | null {
    if (this.ignoringQuiet) return null;
    const opens = this.quiet().opensAt(at);
    return opens === undefined ? null : { until: opens };
  }

  /** The one gate before any prompt. */
  mayPrompt(at: number): GateAnswer {
    return mayPrompt(this.gateFacts(at));
  }

  suggest(want: SuggestionRequest['want']): RoutineSummary {
    const s = this.s;
    return this.deps.catalogue.suggest({
      want,
      preference: this.settings.posturePreference,
      lastPosture: s.lastRoutine?.posture ?? null,
      lastRoutineId: s.lastRoutine?.id ?? null,
      recentRoutineIds: s.recentRoutines,
      flexionSensitive: this.settings.flexionSensitive,
      breakIntervalMin: this.settings.breakIntervalMin,
    });
  }

  /** Working hours at an engine time, as the user's wall clock and zone place it; edges come back as engine times. */
  workingHours(t: number): { inside: boolean; nextEdge: number | null } {
    const at = this.hoursWindow.at(this.wallOf(t), this.settings.workingHours, this.zone());
    return { inside: at.inside, nextEdge: at.nextEdge === null ? null : this.toEngineTime(at.nextEdge) };
  }

  /** The engine time at which the next history day starts after `t`. */
  nextDayStart(t: number): number {
    return this.toEngineTime(this.dayWindow.nextStart(this.wallOf(t), this.zone(), this.settings.dayBoundaryHour));
  }

  zone(): string {
    return this.deps.clock.timeZone();
  }

  wallOf(t: number): number {
    return t + this.s.wallOffset;
  }

  toEngineTime(wall: number): number {
    return wall - this.s.wallOffset;
  }

  shortGapMs(): number {
    return this.settings.shortGapMin * MINUTE;
  }

  awayGapMs(): number {
    return this.settings.awayGapMin * MINUTE;
  }
}

export function seconds(ms: number): number {
  return Math.max(0, Math.round(ms / 1000));
}
