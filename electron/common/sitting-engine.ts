import { HistoryDayWindow } from './calendar.js';
import { RECENT_ROUTINES, engineStateSchema, initialEngineState, type EngineState, type Gap } from './engine-state.js';
import type { HistoryEvent, Posture, PromptKind } from './history-events.js';
import type { RoutineCatalogue, RoutineSummary, SuggestionRequest } from './routine-catalogue.js';
import type { EngineMessage } from './engine-messages.js';
import { firstChanceAt, mayPrompt, type GateAnswer, type HoldReason } from './prompt-gate.js';
import { describeIssues, type Settings } from './settings.js';
import { advanceTimeline, type EngineClock } from './timeline.js';
import { WorkingHoursWindow } from './working-hours.js';

/**
 * Decides how long the user has been sitting and when to prompt. It is a deterministic state machine: every
 * input reads the two injected clocks once, updates plain-JSON state and returns what the shell must do and what
 * history must record. Between inputs nothing runs; `nextWakeAt` says when something could next change, so the
 * shell arms one timer instead of polling.
 */

/** Milliseconds since the user's last keyboard or mouse input, `unavailable` when the desktop cannot tell. */
export type IdleSample = number | 'unavailable' | undefined;

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock' | 'shutdown';

export type PauseLength = { minutes: number } | 'tomorrow' | 'until-resumed' | { untilWall: number };

export type UserCommand =
  | { type: 'start-break' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'standing-on' }
  | { type: 'standing-off' }
  /** "Were you up?" — yes: the latest 2–5 min gap was a break. */
  | { type: 'count-gap-as-break' };

export interface RoutineResult {
  routineId: string | null;
  posture: Posture;
  /** How long the user spent in the routine. */
  seconds: number;
  abandoned: boolean;
}

export interface Prompt {
  kind: PromptKind;
  reason: 'sitting' | 'standing';
  routine: RoutineSummary;
  /** Zero for the first prompt of a due break, then one more for each reminder. */
  reminder: number;
  sittingSeconds: number;
}

export type EngineCommand =
  | { type: 'show-prompt'; prompt: Prompt }
  | { type: 'withdraw-prompt' }
  | { type: 'open-break-window'; focus: boolean; routine: RoutineSummary }
  | { type: 'show-micro-break'; seconds: number };

export interface EngineOutput {
  commands: EngineCommand[];
  events: HistoryEvent[];
  /** Why a user command was not carried out; null when it was (or for inputs that are not commands). */
  refused: EngineMessage | null;
}

export type EngineStatus =
  | 'sitting'
  | 'break-due'
  | 'away'
  | 'waiting'
  | 'standing'
  | 'in-routine'
  | 'paused'
  | 'outside-hours';

export interface EngineSnapshot {
  /** Engine time of the last input. Add `wallOffsetMs` to any engine time to show it as the user's clock reads. */
  now: number;
  wallOffsetMs: number;
  status: EngineStatus;
  idleDetection: 'available' | 'unavailable';
  bout: { start: number; sittingSeconds: number } | null;
  breakDue: boolean;
  /** When the next break is expected if the user keeps sitting; null when none is coming. */
  nextBreakAt: number | null;
  snoozedUntil: number | null;
  snoozesLeft: number;
  /** Null while paused until resumed. */
  pausedUntil: number | null;
  standingSince: number | null;
  /** A recent 2–5 min gap the user may count as a break, to offer "Were you up?". */
  shortGapToConfirm: { start: number; end: number } | null;
  /** Why no prompt may be shown right now, or null when one may; a held prompt comes once this clears. */
  promptsHeld: HoldReason | null;
  nextWakeAt: number;
}

export interface EngineDeps {
  clock: EngineClock;
  catalogue: RoutineCatalogue;
}

const MINUTE = 60_000;
/** While the user is away, a return is noticed within this long. */
const RETURN_CHECK_MS = MINUTE;
/** A floor on timer delays, so a rounding slip can never turn into a busy loop. */
const MIN_WAKE_DELAY_MS = 1_000;
/** Longer than any gap that matters; keeps arithmetic on absurd readings finite. */
const MAX_IDLE_MS = 365 * 24 * 3600_000;

export class SittingEngine {
  private s: EngineState;
  private settings: Settings;
  private readonly deps: EngineDeps;
  private out: EngineOutput = { commands: [], events: [], refused: null };
  private readonly hoursWindow = new WorkingHoursWindow();
  private readonly dayWindow = new HistoryDayWindow();

  constructor(deps: EngineDeps, settings: Settings, state: EngineState = initialEngineState()) {
    this.deps = deps;
    this.settings = settings;
    this.s = structuredClone(state);
  }

  /** Rebuilds an engine from saved state; damaged state starts afresh rather than stopping the app. */
  static restore(deps: EngineDeps, settings: Settings, saved: unknown): { engine: SittingEngine; problems: string[] } {
    const parsed = engineStateSchema.safeParse(saved);
    if (parsed.success) return { engine: new SittingEngine(deps, settings, parsed.data), problems: [] };
    return { engine: new SittingEngine(deps, settings), problems: describeIssues(parsed.error) };
  }

  toJSON(): EngineState {
    return structuredClone(this.s);
  }

  // ── Inputs ────────────────────────────────────────────────────────────────────────────────────────────────

  /** The shell's timer fired (or it wants a fresh reading). */
  wake(idle: IdleSample): EngineOutput {
    return this.run(idle, () => {});
  }

  power(event: PowerEvent, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => {
      switch (event) {
        case 'suspend':
        case 'shutdown':
          this.s.suspended = true;
          this.openAwayGap(now, 'suspend');
          break;
        case 'lock':
          this.s.locked = true;
          this.openAwayGap(now, 'lock');
          break;
        case 'resume':
          this.s.suspended = false;
          if (this.s.gap) this.s.gap.wokeAt = now;
          break;
        case 'unlock':
          this.s.locked = false;
          if (this.s.gap) this.s.gap.wokeAt = now;
          break;
      }
      // Without idle detection, coming back from a lock or suspend is the only sign of the user's return.
      this.observeInput(now, idle);
    });
  }

  command(command: UserCommand, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => {
      this.out.refused = this.apply(command, now);
    });
  }

  routineStarted(routineId: string | null, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => {
      this.s.routine = { since: now, id: routineId };
      this.s.gap = null;
      if (this.s.due && this.s.due.prompts > 0) this.emit({ type: 'withdraw-prompt' });
    });
  }

  routineFinished(result: RoutineResult, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => this.finishRoutine(result, now));
  }

  setSettings(settings: Settings): EngineOutput {
    return this.run(undefined, (now) => {
      this.settings = settings;
      this.refreshTracking(now);
    });
  }

  /** Tracking stops for good (end of a simulated day): close what is open so history is complete. */
  finish(): EngineOutput {
    return this.run(undefined, (now) => {
      if (this.s.standing) this.endStanding(now);
      this.stopTracking(now, 'end');
    });
  }

  // ── Outputs ───────────────────────────────────────────────────────────────────────────────────────────────

  snapshot(): EngineSnapshot {
    const s = this.s;
    const now = this.now();
    const sitting = this.sittingMs(now);
    const present = this.present(now);
    const nextBreakAt =
      s.bout && this.tracking() && !s.due && !s.standing && !s.routine ? now + Math.max(0, this.thresholdMs() - sitting) : null;
    return {
      now,
      wallOffsetMs: s.wallOffset,
      status: this.status(now, present),
      idleDetection: s.idleDetection,
      bout: s.bout ? { start: s.bout.start, sittingSeconds: Math.round(sitting / 1000) } : null,
      breakDue: s.due !== null,
      nextBreakAt,
      snoozedUntil: s.snoozedUntil,
      snoozesLeft: Math.max(0, this.settings.snoozeLimit - (s.bout?.snoozes ?? 0)),
      pausedUntil: s.pause?.until ?? null,
      standingSince: s.standing?.since ?? null,
      shortGapToConfirm: s.lastShortGap && { start: s.lastShortGap.start, end: s.lastShortGap.end },
      promptsHeld: ((gate) => (gate.open ? null : gate.reason))(this.mayPrompt(now)),
      nextWakeAt: this.nextWakeAt(),
    };
  }

  /** The earliest engine time at which anything could change without another input. */
  nextWakeAt(): number {
    const s = this.s;
    const now = this.now();
    const candidates: number[] = [this.toEngineTime(this.nextDayStartWall(now))];
    if (s.pause?.until != null) candidates.push(s.pause.until);
    const edge = this.workingHours(now).nextEdge;
    if (edge !== null) candidates.push(this.toEngineTime(edge));
    if (this.tracking() && !s.routine) this.activeWakeCandidates(now, candidates);
    const future = candidates.filter((c) => c > now);
    return Math.max(now + MIN_WAKE_DELAY_MS, Math.min(...future));
  }

  msUntilNextWake(): number {
    return this.nextWakeAt() - this.now();
  }

  // ── The run of one input ──────────────────────────────────────────────────────────────────────────────────

  private run(reading: IdleSample, action: (now: number) => void): EngineOutput {
    this.out = { commands: [], events: [], refused: null };
    const idle = sanitizeIdle(reading);
    const clock = this.deps.clock;
    const first = this.s.anchor === null;
    const before = this.s.anchor?.t;
    const step = advanceTimeline(this.s.anchor, clock.wallNow(), clock.monoNow(), clock.monoOrigin);
    this.s.anchor = step.anchor;
    this.s.wallOffset = step.wallOffset;
    if (idle === 'unavailable') this.s.idleDetection = 'unavailable';
    else if (typeof idle === 'number') this.s.idleDetection = 'available';
    const now = step.now;

    if (first) this.begin(now, idle);
    else {
      if (step.unobserved) this.noInputDuring(step.unobserved);
      this.passTimedEdges(before ?? now, now);
      this.observeInput(now, idle);
    }
    action(now);
    this.evaluate(now);
    return this.out;
  }

  private begin(now: number, idle: IdleSample): void {
    const s = this.s;
    s.lastInput = typeof idle === 'number' ? now - idle : now;
    s.outsideHours = !this.workingHours(now).inside;
    if (this.tracking()) this.startTracking(now);
  }

  /** Tracking starts and stops at pause ends and working-hours edges; apply each at its own time, in order. */
  private passTimedEdges(from: number, to: number): void {
    let at = from;
    for (let guard = 0; guard < 64; guard++) {
      const edges: number[] = [];
      if (this.s.pause?.until != null) edges.push(Math.max(this.s.pause.until, at));
      const hoursEdge = this.workingHours(at).nextEdge;
      if (hoursEdge !== null) edges.push(this.toEngineTime(hoursEdge));
      const next = Math.min(...edges.filter((e) => e <= to));
      if (!Number.isFinite(next)) break;
      at = next;
      this.refreshTracking(at);
    }
    // A wall clock set back (or a new time zone) can move the user out of working hours without passing an edge.
    this.refreshTracking(to);
  }

  private refreshTracking(at: number): void {
    const s = this.s;
    const was = this.tracking();
    if (s.pause?.until != null && s.pause.until <= at) s.pause = null;
    s.outsideHours = !this.workingHours(at).inside;
    const is = this.tracking();
    if (was && !is) this.stopTracking(at, 'pause');
    if (!was && is) this.startTracking(at);
  }

  private startTracking(at: number): void {
    const s = this.s;
    if (s.standing || s.routine) return;
    if (this.present(at)) this.openBout(at);
    else s.gap = { start: at, seenUntil: at, cause: 'waiting', endedBout: true, wokeAt: null };
  }

  private stopTracking(at: number, cause: 'pause' | 'end'): void {
    const s = this.s;
    const gap = s.gap;
    s.gap = null;
    if (gap && gap.cause !== 'waiting') {
      if (gap.endedBout) this.recordNaturalBreak(gap.start, at);
      else if (s.bout && at - gap.start >= this.shortGapMs()) this.endBout(gap.start, cause);
    }
    if (s.bout) this.endBout(at, cause);
  }

  // ── Presence ──────────────────────────────────────────────────────────────────────────────────────────────

  private observeInput(now: number, idle: IdleSample): void {
    const s = this.s;
    // No reading, no news: an input without an idle sample (a settings change) says nothing about the user.
    if (idle === undefined && s.idleDetection === 'available') return;
    const blocked = s.locked || s.suspended;
    let candidate: number | null = null;
    if (!blocked) {
      if (s.idleDetection === 'unavailable') candidate = now;
      else if (typeof idle === 'number') candidate = now - idle;
    }
    const last = s.lastInput ?? now;
    // Input cannot have happened while the user was already seen to be away; such a reading is stale or skewed.
    const fresh = candidate !== null && candidate > last && (!s.gap || candidate >= s.gap.seenUntil);
    if (!fresh || candidate === null) {
      this.observeAway(now);
      return;
    }
    s.lastInput = candidate;
    if (!this.tracking() || s.routine || s.standing) return;
    if (s.gap) this.closeGap(s.gap, this.returnTime(s.gap, candidate), true);
    else if (!s.bout) this.openBout(candidate);
  }

  /**
   * When the user came back. Idle time only dates the latest input, so the first one is placed at the first check
   * that saw input — unless the machine was resumed or unlocked within one check before: whoever did that was
   * there, and the input that followed is theirs.
   */
  private returnTime(gap: Gap, latestInput: number): number {
    if (gap.wokeAt !== null && latestInput - gap.wokeAt <= RETURN_CHECK_MS) return Math.max(gap.wokeAt, gap.seenUntil);
    return Math.max(latestInput, gap.seenUntil);
  }

  private observeAway(now: number): void {
    const s = this.s;
    if (!this.tracking() || s.routine || s.standing) return;
    if (!s.gap) {
      const idleFor = now - (s.lastInput ?? now);
      if (s.idleDetection === 'available' && idleFor >= this.shortGapMs()) {
        s.gap = { start: s.lastInput ?? now, seenUntil: now, cause: 'idle', endedBout: false, wokeAt: null };
      } else return;
    }
    const gap = s.gap;
    gap.seenUntil = Math.max(gap.seenUntil, now);
    if (!gap.endedBout && now - gap.start >= this.awayGapMs()) {
      if (s.bout) this.endBout(gap.start, 'away');
      gap.endedBout = true;
    }
  }

  private openAwayGap(now: number, cause: 'lock' | 'suspend'): void {
    const s = this.s;
    if (!this.tracking() || s.routine || s.standing || s.gap) return;
    const start = s.idleDetection === 'available' ? Math.min(s.lastInput ?? now, now) : now;
    s.gap = { start, seenUntil: now, cause, endedBout: false, wokeAt: null };
  }

  /** Time that passed unseen (a silent suspend, a restart): nobody typed then. */
  private noInputDuring(span: { start: number; end: number }): void {
    const s = this.s;
    if (!this.tracking() || s.routine || s.standing) return;
    if (!s.gap) {
      const start = s.idleDetection === 'available' ? Math.min(s.lastInput ?? span.start, span.start) : span.start;
      s.gap = { start, seenUntil: span.end, cause: 'suspend', endedBout: false, wokeAt: null };
    } else s.gap.seenUntil = Math.max(s.gap.seenUntil, span.end);
  }

  /** The user is back (`returned`) or tracking stops; the gap's length decides what it was. */
  private closeGap(gap: Gap, end: number, returned: boolean): void {
    const s = this.s;
    s.gap = null;
    // Thresholds are judged on what was observed (a wake falls on each threshold), never on the estimate of the
    // return, which can only be placed within a return check of the truth.
    const observed = gap.seenUntil - gap.start;
    if (gap.cause !== 'waiting') {
      if (gap.endedBout || observed >= this.awayGapMs()) {
        if (!gap.endedBout && s.bout) this.endBout(gap.start, 'away');
        this.recordNaturalBreak(gap.start, end);
      } else if (observed >= this.shortGapMs() && s.bout) {
        const from = Math.max(gap.start, s.bout.start);
        s.lastShortGap = { start: from, end, excludedBefore: s.bout.excludedMs };
        s.bout.excludedMs += Math.max(0, end - from);
        this.record({ type: 'short-gap', at: this.now(), start: gap.start, end, seconds: seconds(end - gap.start) });
        // Two minutes or more away from the screen rests the eyes as well as a micro-break would.
        s.microAnchorMs = this.sittingMs(this.now());
      }
    }
    if (returned && this.tracking() && !s.bout && !s.standing && !s.routine) this.openBout(end);
  }

  private present(at: number): boolean {
    const s = this.s;
    if (s.locked || s.suspended) return false;
    if (s.idleDetection === 'unavailable') return true;
    return s.lastInput !== null && at - s.lastInput < this.shortGapMs();
  }

  // ── Bouts ─────────────────────────────────────────────────────────────────────────────────────────────────

  private openBout(start: number): void {
    const s = this.s;
    s.bout = { start: Math.max(start, s.lastBoutEnd ?? start), excludedMs: 0, snoozes: 0 };
    s.lastShortGap = null;
    s.plan = { baselineMs: 0, span: 'interval', want: 'any' };
    s.due = null;
    s.snoozedUntil = null;
    s.microAnchorMs = 0;
  }

  private endBout(at: number, cause: 'away' | 'break' | 'pause' | 'end'): void {
    const s = this.s;
    const bout = s.bout;
    if (!bout) return;
    const end = Math.min(Math.max(at, bout.start), this.now());
    this.record({
      type: 'bout',
      at: this.now(),
      start: bout.start,
      end,
      sittingSeconds: seconds(this.sittingMs(end)),
      cause,
    });
    s.bout = null;
    s.lastBoutEnd = end;
    s.lastShortGap = null;
    this.clearDue();
    s.snoozedUntil = null;
  }

  /** Sitting so far in the open bout, as of `at` (not later than now). */
  private sittingMs(at: number): number {
    const s = this.s;
    const bout = s.bout;
    if (!bout) return 0;
    let ms = at - bout.start - bout.excludedMs;
    let notSittingSince = Infinity;
    if (s.gap && s.gap.cause !== 'waiting' && at - s.gap.start >= this.shortGapMs()) notSittingSince = s.gap.start;
    if (s.standing) notSittingSince = Math.min(notSittingSince, s.standing.since);
    if (notSittingSince < at) ms -= at - Math.max(bout.start, notSittingSince);
    return Math.max(0, ms);
  }

  private thresholdMs(): number {
    const plan = this.s.plan;
    const span = plan.span === 'interval' ? this.settings.breakIntervalMin : this.settings.seatedFollowUpMin;
    return plan.baselineMs + span * MINUTE;
  }

  // ── Prompts ───────────────────────────────────────────────────────────────────────────────────────────────

  private evaluate(now: number): void {
    const s = this.s;
    if (s.snoozedUntil !== null && s.snoozedUntil <= now) s.snoozedUntil = null;
    if (!this.tracking() || s.routine) return;
    if (s.standing) {
      this.evaluateStanding(now);
      return;
    }
    if (!s.bout || !this.mayPrompt(now).open) return;
    const sitting = this.sittingMs(now);
    if (!s.due && sitting >= this.thresholdMs()) s.due = { since: now, prompts: 0, nextPromptAt: now };
    if (s.due) {
      if (now >= s.due.nextPromptAt) this.promptBreak(now, sitting);
      return;
    }
    const microAt = this.microBreakAt(now);
    if (microAt !== null && microAt <= now) this.promptMicroBreak(now, sitting);
  }

  private promptBreak(now: number, sitting: number): void {
    const s = this.s;
    const due = s.due!;
    const routine = this.suggest(s.plan.want === 'upright' ? 'upright' : 'any');
    const prompt: Prompt = {
      kind: due.prompts === 0 ? 'break' : 'reminder',
      reason: 'sitting',
      routine,
      reminder: due.prompts,
      sittingSeconds: seconds(sitting),
    };
    this.record({ type: 'prompt', at: now, kind: prompt.kind, routine: routine.id, reason: 'sitting' });
    // From the second reminder on, the window itself is the reminder: it waits without stealing focus.
    if (this.settings.promptStyle === 'window' && due.prompts >= 2) {
      this.emit({ type: 'open-break-window', focus: false, routine });
    } else this.emit({ type: 'show-prompt', prompt });
    due.prompts += 1;
    due.nextPromptAt = now + this.settings.reminderIntervalMin * MINUTE;
    s.lastPromptAt = now;
  }

  private evaluateStanding(now: number): void {
    const s = this.s;
    const standing = s.standing!;
    if (s.bout && now - standing.since >= this.awayGapMs()) this.endBout(standing.since, 'break');
    if (!standing.suggested && now - standing.since >= this.settings.standingSuggestMin * MINUTE && this.mayPrompt(now).open) {
      standing.suggested = true;
      const routine = this.suggest('moving');
      this.record({ type: 'prompt', at: now, kind: 'break', routine: routine.id, reason: 'standing' });
      this.emit({
        type: 'show-prompt',
        prompt: { kind: 'break', reason: 'standing', routine, reminder: 0, sittingSeconds: 0 },
      });
      s.lastPromptAt = now;
    }
  }

  /** When the next eye micro-break falls, or null if none is wanted before the coming break. */
  private microBreakAt(now: number): number | null {
    const s = this.s;
    const micro = this.settings.microBreak;
    if (!micro.enabled || !s.bout || s.due || s.standing || !this.mayPrompt(now).open) return null;
    const sitting = this.sittingMs(now);
    let at = now + Math.max(0, s.microAnchorMs + micro.afterMin * MINUTE - sitting);
    if (s.lastPromptAt !== null) at = Math.max(at, s.lastPromptAt + micro.quietAfterPromptMin * MINUTE);
    const breakAt = now + Math.max(0, this.thresholdMs() - sitting);
    return breakAt - at <= micro.quietBeforeBreakMin * MINUTE ? null : at;
  }

  private promptMicroBreak(now: number, sitting: number): void {
    const s = this.s;
    this.record({ type: 'prompt', at: now, kind: 'micro', routine: null, reason: 'sitting' });
    this.emit({ type: 'show-micro-break', seconds: this.settings.microBreak.seconds });
    s.lastPromptAt = now;
    s.microAnchorMs = sitting;
  }

  private clearDue(): void {
    const s = this.s;
    if (s.due && s.due.prompts > 0) this.emit({ type: 'withdraw-prompt' });
    s.due = null;
  }

  private suggest(want: SuggestionRequest['want']): RoutineSummary {
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

  // ── User commands ─────────────────────────────────────────────────────────────────────────────────────────

  /** Carries out a command; returns why it was refused, or null. */
  private apply(command: UserCommand, now: number): EngineMessage | null {
    const s = this.s;
    switch (command.type) {
      case 'start-break': {
        const routine = this.suggest(s.plan.want === 'upright' ? 'upright' : 'any');
        this.emit({ type: 'open-break-window', focus: true, routine });
        if (s.due) s.due.nextPromptAt = now + this.settings.reminderIntervalMin * MINUTE;
        return null;
      }
      case 'snooze': {
        if (!s.due || !s.bout) return { code: 'nothing-to-snooze' };
        const limit = this.settings.snoozeLimit;
        if (s.bout.snoozes >= limit) {
          return { code: 'snooze-limit', limit };
        }
        s.bout.snoozes += 1;
        s.snoozedUntil = now + this.settings.snoozeMin * MINUTE;
        s.due.nextPromptAt = s.snoozedUntil;
        if (s.due.prompts > 0) this.emit({ type: 'withdraw-prompt' });
        this.record({ type: 'snoozed', at: now, minutes: this.settings.snoozeMin });
        return null;
      }
      case 'skip': {
        if (!s.due || !s.bout) return { code: 'nothing-to-skip' };
        this.record({ type: 'skipped', at: now });
        this.clearDue();
        s.snoozedUntil = null;
        s.plan = { baselineMs: this.sittingMs(now), span: 'interval', want: 'any' };
        return null;
      }
      case 'pause': {
        const until = this.pauseEnd(command.length, now);
        if (until !== null && until <= now) return { code: 'pause-in-past' };
        const wasTracking = this.tracking();
        s.pause = { since: now, until };
        if (wasTracking) this.stopTracking(now, 'pause');
        return null;
      }
      case 'resume': {
        if (!s.pause) return { code: 'not-paused' };
        s.pause = null;
        if (this.tracking()) this.startTracking(now);
        return null;
      }
      case 'standing-on': {
        if (s.standing) return { code: 'already-standing' };
        s.standing = { since: now, suggested: false };
        s.gap = null;
        this.clearDue();
        s.snoozedUntil = null;
        return null;
      }
      case 'count-gap-as-break':
        return this.countGapAsBreak(now);
      case 'standing-off': {
        if (!s.standing) return { code: 'not-standing' };
        this.endStanding(now);
        if (this.tracking() && !s.bout && !s.routine) this.openBout(now);
        return null;
      }
    }
  }

  /** The bout is cut at the gap's start; the sitting since the gap carries on as a new bout. */
  private countGapAsBreak(now: number): EngineMessage | null {
    const s = this.s;
    const gap = s.lastShortGap;
    const bout = s.bout;
    if (!gap || !bout) return { code: 'no-short-gap' };
    this.record({
      type: 'bout',
      at: now,
      start: bout.start,
      end: gap.start,
      sittingSeconds: seconds(gap.start - bout.start - gap.excludedBefore),
      cause: 'away',
    });
    this.record({ type: 'natural-break', at: now, start: gap.start, end: gap.end, seconds: seconds(gap.end - gap.start), confirmed: true });
    this.clearDue();
    s.snoozedUntil = null;
    s.lastBoutEnd = gap.start;
    this.openBout(gap.end);
    return null;
  }

  private pauseEnd(length: PauseLength, now: number): number | null {
    if (length === 'until-resumed') return null;
    if (length === 'tomorrow') {
      return this.toEngineTime(this.nextDayStartWall(now));
    }
    if ('minutes' in length) return now + length.minutes * MINUTE;
    return this.toEngineTime(length.untilWall);
  }

  private endStanding(now: number): void {
    const s = this.s;
    const standing = s.standing!;
    s.standing = null;
    this.record({ type: 'standing', at: now, start: standing.since, end: now, seconds: seconds(now - standing.since) });
    if (s.bout) s.bout.excludedMs += Math.max(0, now - Math.max(standing.since, s.bout.start));
    // Cutting the bout at an earlier gap would now miscount this standing span.
    s.lastShortGap = null;
  }

  private finishRoutine(result: RoutineResult, now: number): void {
    const s = this.s;
    s.routine = null;
    const secs = Math.max(0, Math.round(result.seconds));
    const start = now - secs * 1000;
    if (result.abandoned && secs < this.settings.abandonGraceSec) {
      this.record({ type: 'acknowledged', at: now, routine: result.routineId, seconds: secs });
      if (s.due) s.due.nextPromptAt = now + this.settings.reminderIntervalMin * MINUTE;
      return;
    }
    this.record({
      type: 'break',
      at: now,
      start,
      routine: result.routineId,
      posture: result.posture,
      seconds: secs,
      partial: result.abandoned,
    });
    s.lastRoutine = { id: result.routineId, posture: result.posture };
    if (result.routineId) s.recentRoutines = [result.routineId, ...s.recentRoutines.filter((id) => id !== result.routineId)].slice(0, RECENT_ROUTINES);
    if (result.posture === 'seated') {
      // Seated stretching does not interrupt sitting: the bout goes on, and the next prompt asks them to stand.
      this.clearDue();
      s.snoozedUntil = null;
      if (s.bout) s.plan = { baselineMs: this.sittingMs(now), span: 'seated-follow-up', want: 'upright' };
      return;
    }
    if (s.bout) this.endBout(start, 'break');
    if (this.tracking() && !s.standing) this.openBout(now);
  }

  // ── Small pieces ──────────────────────────────────────────────────────────────────────────────────────────

  private activeWakeCandidates(now: number, out: number[]): void {
    const s = this.s;
    if (s.snoozedUntil !== null) out.push(s.snoozedUntil);
    const gate = this.mayPrompt(now);
    if (s.standing) {
      if (s.bout) out.push(s.standing.since + this.awayGapMs());
      if (!s.standing.suggested) {
        pushChance(out, s.standing.since + this.settings.standingSuggestMin * MINUTE, gate);
        // A suggestion held while the user is away goes out when they are back, which only a check can see.
        if (!gate.open && gate.reason === 'away' && s.idleDetection === 'available' && !s.suspended) out.push(now + RETURN_CHECK_MS);
      }
      return;
    }
    const gap = s.gap;
    if (gap && gap.cause !== 'waiting' && !gap.endedBout) {
      out.push(gap.start + this.shortGapMs(), gap.start + this.awayGapMs());
    }
    if (s.idleDetection === 'available' && !s.suspended) {
      if (gap || s.locked) out.push(now + RETURN_CHECK_MS);
      // The soonest a gap can reach the short threshold: the threshold minus the time already idle.
      else if (s.lastInput !== null) out.push(s.lastInput + this.shortGapMs());
    }
    if (!s.bout) return;
    const sitting = this.sittingMs(now);
    if (!s.due) pushChance(out, now + Math.max(0, this.thresholdMs() - sitting), gate);
    else pushChance(out, s.due.nextPromptAt, gate);
    const micro = this.microBreakAt(now);
    if (micro !== null) out.push(micro);
  }

  private status(now: number, present: boolean): EngineStatus {
    const s = this.s;
    if (s.pause) return 'paused';
    if (s.outsideHours) return 'outside-hours';
    if (s.routine) return 'in-routine';
    if (s.standing) return 'standing';
    if (!present && (s.gap || s.locked || s.suspended)) return 'away';
    if (s.bout) return s.due ? 'break-due' : 'sitting';
    return 'waiting';
  }

  private recordNaturalBreak(start: number, end: number): void {
    this.record({ type: 'natural-break', at: this.now(), start, end, seconds: seconds(end - start) });
  }

  private record(event: HistoryEvent): void {
    this.out.events.push(event);
  }

  private emit(command: EngineCommand): void {
    this.out.commands.push(command);
  }

  /** The one gate before any prompt. */
  private mayPrompt(now: number): GateAnswer {
    const s = this.s;
    return mayPrompt({
      now,
      paused: s.pause !== null,
      outsideHours: s.outsideHours,
      inRoutine: s.routine !== null,
      present: this.present(now),
      snoozedUntil: s.snoozedUntil,
    });
  }

  private tracking(): boolean {
    return this.s.pause === null && !this.s.outsideHours;
  }

  private now(): number {
    return this.s.anchor?.t ?? 0;
  }

  /** Working hours at an engine time, as the user's wall clock and zone place it; edges come back as wall times. */
  private workingHours(t: number): { inside: boolean; nextEdge: number | null } {
    return this.hoursWindow.at(this.wallOf(t), this.settings.workingHours, this.zone());
  }

  private nextDayStartWall(t: number): number {
    return this.dayWindow.nextStart(this.wallOf(t), this.zone(), this.settings.dayBoundaryHour);
  }

  private zone(): string {
    return this.deps.clock.timeZone();
  }

  private wallOf(t: number): number {
    return t + this.s.wallOffset;
  }

  private toEngineTime(wall: number): number {
    return wall - this.s.wallOffset;
  }

  private shortGapMs(): number {
    return this.settings.shortGapMin * MINUTE;
  }

  private awayGapMs(): number {
    return this.settings.awayGapMin * MINUTE;
  }
}

/** Desktops report odd idle times (negative after a clock change, NaN from a broken backend); none may poison state. */
function sanitizeIdle(idle: IdleSample): IdleSample {
  if (typeof idle !== 'number') return idle;
  if (Number.isNaN(idle)) return undefined;
  return Math.min(Math.max(0, Math.round(idle)), MAX_IDLE_MS);
}

function pushChance(out: number[], at: number, gate: GateAnswer): void {
  const chance = firstChanceAt(at, gate);
  if (chance !== null) out.push(chance);
}

function seconds(ms: number): number {
  return Math.max(0, Math.round(ms / 1000));
}
