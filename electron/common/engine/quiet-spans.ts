import type { QuietReadings } from '../quiet-moments.js';
import { seconds, type EngineContext } from './context.js';
import type { Prompt } from './types.js';

/** The held spans of quiet moments, as history records them (quiet-rules.ts decides when they start and end). */

/**
 * A prompt is going out: if it was held, its span ends here and the prompt says what held it. Called by the
 * prompt rules as they fire.
 */
export function deliverHeld(ctx: EngineContext, now: number): Prompt['heldFor'] {
  const span = endHeldSpan(ctx, now, 'delivered');
  return span ? { reasons: span.reasons, seconds: seconds(span.end - span.start) } : undefined;
}

/** A micro-break falls in a quiet moment: dropped, not held, and recorded as such. */
export function dropMicroBreak(ctx: EngineContext, now: number): void {
  const reasons = ctx.quiet().reasons();
  if (reasons.length === 0) return;
  ctx.record({ type: 'held', at: now, start: now, end: now, seconds: 0, kind: 'micro', reasons, outcome: 'dropped', limitNotice: false });
}

export function endHeldSpan(ctx: EngineContext, now: number, outcome: 'delivered' | 'withdrawn') {
  const span = ctx.quiet().cancel(now);
  if (!span || span.reasons.length === 0) return span;
  ctx.record({
    type: 'held',
    at: now,
    start: span.start,
    end: span.end,
    seconds: seconds(span.end - span.start),
    kind: span.kind,
    reasons: span.reasons,
    outcome,
    limitNotice: span.limitNotice,
  });
  return span;
}

/** The desktop's quiet readings changed. */
export function observeQuiet(ctx: EngineContext, now: number, readings: QuietReadings): void {
  ctx.quiet().read(now, readings);
}
