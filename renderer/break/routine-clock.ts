import type { BreakPlan, PlanStep } from '../../electron/common/ipc-contract.js';

/**
 * The routine as a list of timed segments, and the clock that walks through it. Kept free of React and of the
 * DOM so the pacing rules can be read (and tested) in one place.
 */

export type Side = 'both' | 'first' | 'second';

export interface Segment {
  kind: 'exercise' | 'ready';
  /** For `ready`, the step coming up. */
  stepIndex: number;
  side: Side;
  ms: number;
  /** Set on rep steps: how long the app gives each rep. */
  repMs: number | null;
}

/**
 * The gap the routine's length allows between steps, read back from the plan rather than copied from the
 * library, so the player's pacing adds up to exactly the length the prompt promised.
 */
export function transitionMs(plan: BreakPlan): number {
  const gaps = plan.steps.length - 1;
  if (gaps <= 0) return 0;
  const inSteps = plan.steps.reduce((sum, step) => sum + step.seconds, 0);
  return Math.max(0, Math.round(((plan.routine.seconds - inSteps) * 1000) / gaps));
}

function sideMs(step: PlanStep): number {
  return step.dose.kind === 'reps' ? step.dose.reps * step.dose.secondsPerRep * 1000 : step.dose.seconds * 1000;
}

export function segmentsOf(plan: BreakPlan): Segment[] {
  const gap = transitionMs(plan);
  const segments: Segment[] = [];
  plan.steps.forEach((step, stepIndex) => {
    if (stepIndex > 0 && gap > 0) segments.push({ kind: 'ready', stepIndex, side: 'both', ms: gap, repMs: null });
    const repMs = step.dose.kind === 'reps' ? step.dose.secondsPerRep * 1000 : null;
    const sides: Side[] = step.perSide ? ['first', 'second'] : ['both'];
    for (const side of sides) segments.push({ kind: 'exercise', stepIndex, side, ms: sideMs(step), repMs });
  });
  return segments;
}

/**
 * Time is always measured as a difference of `now()` readings, and time left over when a segment ends is carried
 * into the next one, so late timers never make the routine drift or run long. Paused time is not counted.
 */
export class RoutineClock {
  private index = 0;
  /** Time spent in the current segment up to `since`. */
  private segmentMs = 0;
  /** Time spent in the whole routine up to `since`, excluding pauses. */
  private totalMs = 0;
  private since: number | null = null;
  private done = false;
  /** The routine's length as planned, the length the prompt promised. */
  readonly plannedMs: number;

  constructor(
    readonly segments: readonly Segment[],
    private readonly now: () => number,
    /** Main's figure (the plan's `completesAfterSeconds`): reaching the end sooner is finishing early. */
    private readonly completesAfterMs: number,
  ) {
    if (segments.length === 0) throw new Error('a routine needs at least one segment');
    this.plannedMs = segments.reduce((sum, segment) => sum + segment.ms, 0);
  }

  get segmentIndex(): number {
    return this.index;
  }
  get segment(): Segment {
    return this.segments[this.index]!;
  }
  get running(): boolean {
    return this.since !== null;
  }
  get finished(): boolean {
    return this.done;
  }

  private flush(): number {
    const now = this.now();
    if (this.since !== null) {
      const delta = Math.max(0, now - this.since);
      this.segmentMs += delta;
      this.totalMs += delta;
      this.since = now;
    }
    return now;
  }

  elapsedMs(): number {
    return this.segmentMs + (this.since === null ? 0 : Math.max(0, this.now() - this.since));
  }
  remainingMs(): number {
    return Math.max(0, this.segment.ms - this.elapsedMs());
  }
  activeMs(): number {
    return this.totalMs + (this.since === null ? 0 : Math.max(0, this.now() - this.since));
  }

  /** Whether reaching the end now counts as completing the routine, so the page can say so. */
  spentEnough(): boolean {
    return this.activeMs() >= this.completesAfterMs;
  }

  /** On rep steps: the rep being done now, counting from 1. */
  currentRep(): number {
    const { repMs, ms } = this.segment;
    if (repMs === null) return 0;
    return Math.min(ms / repMs, Math.floor(this.elapsedMs() / repMs) + 1);
  }

  /** How long until what the user sees changes: the whole second shown, the rep number, or the segment. */
  msUntilChange(): number {
    const remaining = this.remainingMs();
    const secondShown = remaining - (Math.ceil(remaining / 1000) - 1) * 1000;
    const repMs = this.segment.repMs;
    const rep = repMs === null ? Infinity : repMs - (this.elapsedMs() % repMs);
    return Math.max(1, Math.min(remaining, secondShown, rep));
  }

  start(): void {
    if (!this.done && this.since === null) this.since = this.now();
  }
  pause(): void {
    this.flush();
    this.since = null;
  }

  /** Moves past every segment whose time is up. Returns whether the segment changed. */
  advance(): boolean {
    this.flush();
    const before = this.index;
    while (!this.done && this.segmentMs >= this.segment.ms) {
      if (this.index === this.segments.length - 1) this.finish();
      else {
        this.segmentMs -= this.segment.ms;
        this.index += 1;
      }
    }
    return this.index !== before;
  }

  private jumpTo(index: number): void {
    this.flush();
    this.index = index;
    this.segmentMs = 0;
  }

  /** Skips the rest of what is on screen, and any get-ready pause after it. */
  next(): void {
    const target = this.segments.findIndex((s, i) => i > this.index && s.kind === 'exercise');
    if (target === -1) this.finish();
    else this.jumpTo(target);
  }

  /** Back to the start of the previous exercise (or side); from the first one, back to its start. */
  back(): void {
    let target = 0;
    for (let i = this.index - 1; i >= 0; i--) {
      if (this.segments[i]!.kind === 'exercise') {
        target = i;
        break;
      }
    }
    this.jumpTo(target);
  }

  /** The user is ahead of the app's pace: the current rep counts as done now. */
  countRep(): void {
    const repMs = this.segment.repMs;
    if (repMs === null) return;
    this.flush();
    this.segmentMs = Math.min(this.segment.ms, (Math.floor(this.segmentMs / repMs) + 1) * repMs);
    this.advance();
  }

  finish(): void {
    this.flush();
    this.since = null;
    this.done = true;
  }
}
