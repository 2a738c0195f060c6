import { engineStateSchema, initialEngineState, type EngineState } from './engine-state.js';
import { endStanding, refreshTracking, sittingMs, standingMs, startTracking, stopTracking, thresholdMs } from './engine/bouts.js';
import { applyCommand, finishRoutine, startRoutine } from './engine/commands.js';
import { EngineContext } from './engine/context.js';
import { PRESENCE_RULES, noInputDuring, observeInput, observePower, placeUnseen, sanitizeIdle } from './engine/presence.js';
import { PROMPT_RULES } from './engine/prompt-rules.js';
import { quietHoldRule } from './engine/quiet-rules.js';
import { observeQuiet } from './engine/quiet-spans.js';
import type { TimingRule } from './engine/timing-rule.js';
import { EDGE_RULES, dayBoundaryRule, passTimedEdges } from './engine/tracking-edges.js';
import type {
  EngineDeps,
  EngineOutput,
  EngineSnapshot,
  EngineStatus,
  IdleSample,
  PowerEvent,
  RoutineResult,
  UserCommand,
} from './engine/types.js';
import type { QuietReadings } from './quiet-moments.js';
import { describeIssues, type Settings } from './settings.js';
import { advanceTimeline } from './timeline.js';

export type * from './engine/types.js';

/**
 * Decides how long the user has been sitting and when to prompt. It is a deterministic state machine: every
 * input reads the two injected clocks once, updates plain-JSON state and returns what the shell must do and what
 * history must record. Between inputs nothing runs; `nextWakeAt` says when something could next change, so the
 * shell arms one timer instead of polling.
 *
 * This class only orchestrates. Presence (`engine/presence.ts`), bout accounting (`engine/bouts.ts`), the prompt
 * rules (`engine/prompt-rules.ts`), the calendar edges (`engine/tracking-edges.ts`) and the commands
 * (`engine/commands.ts`) do the work; every timing rule is one `TimingRule` whose `nextAt` is both its decision
 * and its wake time.
 */

/** Every timing rule. `nextWakeAt` is the soonest of their times, so no rule can fire without a wake for it. */
export const TIMING_RULES: readonly TimingRule[] = [...EDGE_RULES, dayBoundaryRule, ...PRESENCE_RULES, ...PROMPT_RULES, quietHoldRule];

/** Judged after the prompt rules at each input: it records what they could not say because a quiet moment held them. */
const AFTER_PROMPTS: readonly TimingRule[] = [quietHoldRule];

/**
 * Readings of idle time come in whole seconds, so the engine can date the last input up to a second late and an
 * idle watch can fire just before the engine's own threshold: that close to it, the engine wakes for it itself.
 */
const IDLE_WATCH_SLACK_MS = 5_000;

/** A floor on timer delays, so a rounding slip can never turn into a busy loop. */
const MIN_WAKE_DELAY_MS = 1_000;

export class SittingEngine {
  private readonly ctx: EngineContext;

  constructor(deps: EngineDeps, settings: Settings, state: EngineState = initialEngineState()) {
    this.ctx = new EngineContext(structuredClone(state), settings, deps);
  }

  /** Rebuilds an engine from saved state; damaged state starts afresh rather than stopping the app. */
  static restore(deps: EngineDeps, settings: Settings, saved: unknown): { engine: SittingEngine; problems: string[] } {
    const parsed = engineStateSchema.safeParse(saved);
    if (parsed.success) return { engine: new SittingEngine(deps, settings, parsed.data), problems: [] };
    return { engine: new SittingEngine(deps, settings), problems: describeIssues(parsed.error) };
  }

  toJSON(): EngineState {
    return structuredClone(this.ctx.s);
  }

  // ── Inputs ────────────────────────────────────────────────────────────────────────────────────────────────

  /** The shell's timer fired (or it wants a fresh reading). */
  wake(idle: IdleSample): EngineOutput {
    return this.run(idle, () => {});
  }

  power(event: PowerEvent, idle: IdleSample): EngineOutput {
    return this.run(idle, (now, sample) => observePower(this.ctx, event, now, sample));
  }

  command(command: UserCommand, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => {
      this.ctx.out.refused = applyCommand(this.ctx, command, now);
    });
  }

  routineStarted(routineId: string | null, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => startRoutine(this.ctx, routineId, now));
  }

  routineFinished(result: RoutineResult, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => finishRoutine(this.ctx, result, now));
  }

  setSettings(settings: Settings): EngineOutput {
    return this.run(undefined, (now) => {
      this.ctx.settings = settings;
      this.ctx.quiet().setSettings(now, settings.quietMoments);
      refreshTracking(this.ctx, now);
    });
  }

  /** What the desktop says about quiet moments changed: a call began, Do Not Disturb went off. */
  quiet(readings: QuietReadings, idle: IdleSample): EngineOutput {
    return this.run(idle, (now) => observeQuiet(this.ctx, now, readings));
  }

  /**
   * Whether the desktop's idle watches now report idle time crossing the short-gap and away thresholds and the
   * user's return (each as an input with its reading), so no wake need be armed to look for them.
   */
  setIdleWatched(on: boolean): void {
    this.ctx.idleWatched = on;
  }

  /**
   * Tracking stops for good (end of a simulated day): close what is open so history is complete. A last reading,
   * when given, is looked at first, so a return the engine had not yet checked for still counts.
   */
  finish(idle?: IdleSample): EngineOutput {
    return this.run(idle, (now) => {
      if (this.ctx.s.standing) endStanding(this.ctx, now);
      stopTracking(this.ctx, now, 'end');
    });
  }

  // ── Outputs ───────────────────────────────────────────────────────────────────────────────────────────────

  snapshot(): EngineSnapshot {
    const ctx = this.ctx;
    const s = ctx.s;
    const now = ctx.now();
    const sitting = sittingMs(ctx, now);
    const nextBreakAt = s.bout && ctx.watching() && !s.due && !s.standing ? now + Math.max(0, thresholdMs(ctx) - sitting) : null;
    const gate = ctx.mayPrompt(now);
    return {
      now,
      wallOffsetMs: s.wallOffset,
      status: this.status(now),
      idleDetection: s.idleDetection,
      bout: s.bout ? { start: s.bout.start, sittingSeconds: Math.round(sitting / 1000) } : null,
      breakDue: s.due !== null,
      nextBreakAt,
      snoozedUntil: s.snoozedUntil,
      snoozesLeft: Math.max(0, ctx.settings.snoozeLimit - (s.bout?.snoozes ?? 0)),
      pausedUntil: s.pause?.until ?? null,
      standingSince: s.standing?.since ?? null,
      standingSeconds: s.standing ? Math.round(standingMs(s.standing, now) / 1000) : null,
      shortGapToConfirm: s.lastShortGap && { start: s.lastShortGap.start, end: s.lastShortGap.end },
      promptsHeld: gate.open ? null : gate.reason,
      quiet: this.quietSnapshot(now),
      nextWakeAt: this.nextWakeAt(),
    };
  }

  /** The earliest engine time at which any rule could fire without another input. */
  nextWakeAt(): number {
    const now = this.ctx.now();
    let soonest = Infinity;
    for (const rule of TIMING_RULES) {
      const at = rule.nextAt(this.ctx, now);
      if (at === null || at <= now || at >= soonest) continue;
      if (rule.pushedByIdleWatches && this.ctx.idleWatched && at - now > IDLE_WATCH_SLACK_MS) continue;
      soonest = at;
    }
    return Math.max(now + MIN_WAKE_DELAY_MS, soonest);
  }

  msUntilNextWake(): number {
    return this.nextWakeAt() - this.ctx.now();
  }

  // ── The run of one input ──────────────────────────────────────────────────────────────────────────────────

  private run(reading: IdleSample, action: (now: number, idle: IdleSample) => void): EngineOutput {
    const ctx = this.ctx;
    const s = ctx.s;
    ctx.out = { commands: [], events: [], refused: null };
    const idle = sanitizeIdle(reading);
    const clock = ctx.deps.clock;
    const first = s.anchor === null;
    const before = s.anchor?.t;
    const boot = clock.boot ? { now: clock.boot.now(), origin: clock.boot.origin } : null;
    const step = advanceTimeline(s.anchor, clock.wallNow(), clock.monoNow(), clock.monoOrigin, boot);
    s.anchor = step.anchor;
    s.wallOffset = step.wallOffset;
    if (idle === 'unavailable') s.idleDetection = 'unavailable';
    else if (typeof idle === 'number') s.idleDetection = 'available';
    const now = step.now;
    ctx.readingInput = typeof idle === 'number' && !s.locked && !s.suspended ? now - idle : null;
    ctx.unseen = step.unobserved && placeUnseen(step.unobserved, now, ctx.readingInput);

    if (first) this.begin(now, idle);
    else {
      if (ctx.unseen) noInputDuring(ctx, ctx.unseen);
      passTimedEdges(ctx, before ?? now, now);
      observeInput(ctx, now, idle);
    }
    action(now, idle);
    // The prompt rules, in order; one that fires can make a later one due or not (a break due silences the micro-break).
    for (const rule of [...PROMPT_RULES, ...AFTER_PROMPTS]) {
      const at = rule.nextAt(ctx, now);
      if (at !== null && at <= now) rule.fire(ctx, now);
    }
    return ctx.out;
  }

  private quietSnapshot(now: number): EngineSnapshot['quiet'] {
    const hold = this.ctx.quiet();
    const opens = hold.opensAt(now);
    if (opens === undefined) return null;
    return { reasons: hold.reasons(), heldSince: hold.heldSince(), graceUntil: opens };
  }

  private begin(now: number, idle: IdleSample): void {
    const ctx = this.ctx;
    ctx.s.lastInput = typeof idle === 'number' ? now - idle : now;
    ctx.s.outsideHours = !ctx.workingHours(now).inside;
    if (ctx.tracking()) startTracking(ctx, now);
  }

  private status(now: number): EngineStatus {
    const ctx = this.ctx;
    const s = ctx.s;
    if (s.pause) return 'paused';
    if (s.outsideHours) return 'outside-hours';
    if (s.routine) return 'in-routine';
    if (s.standing) return 'standing';
    if (!ctx.present(now) && (s.gap || s.locked || s.suspended)) return 'away';
    if (s.bout) return s.due ? 'break-due' : 'sitting';
    return 'waiting';
  }
}
