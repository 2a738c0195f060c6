import { MINUTE, seconds, type EngineContext } from './context.js';

/**
 * Bout accounting: when a sitting bout opens and ends, how much of it was sitting, and when tracking as a whole
 * starts and stops (pauses, working hours). Every bout and natural break history records is written here.
 */

export function openBout(ctx: EngineContext, start: number): void {
  const s = ctx.s;
  s.bout = { start: Math.max(start, s.lastBoutEnd ?? start), excludedMs: 0, snoozes: 0 };
  s.lastShortGap = null;
  s.plan = { baselineMs: 0, span: 'interval', want: 'any' };
  s.due = null;
  s.snoozedUntil = null;
  s.microAnchorMs = 0;
}

export function endBout(ctx: EngineContext, at: number, cause: 'away' | 'break' | 'pause' | 'end'): void {
  const s = ctx.s;
  const bout = s.bout;
  if (!bout) return;
  const now = ctx.now();
  const end = Math.min(Math.max(at, bout.start), now);
  ctx.record({ type: 'bout', at: now, start: bout.start, end, sittingSeconds: seconds(sittingMs(ctx, end)), cause });
  s.bout = null;
  s.lastBoutEnd = end;
  s.lastShortGap = null;
  clearDue(ctx);
  s.snoozedUntil = null;
}

/** Sitting so far in the open bout, as of `at` (not later than now). */
export function sittingMs(ctx: EngineContext, at: number): number {
  const s = ctx.s;
  const bout = s.bout;
  if (!bout) return 0;
  let ms = at - bout.start - bout.excludedMs;
  let notSittingSince = Infinity;
  if (s.gap && s.gap.cause !== 'waiting' && at - s.gap.start >= ctx.shortGapMs()) notSittingSince = s.gap.start;
  if (s.standing) notSittingSince = Math.min(notSittingSince, s.standing.since);
  if (notSittingSince < at) ms -= at - Math.max(bout.start, notSittingSince);
  return Math.max(0, ms);
}

/** Sitting (ms) at which the current plan wants a break. */
export function thresholdMs(ctx: EngineContext): number {
  const plan = ctx.s.plan;
  const span = plan.span === 'interval' ? ctx.settings.breakIntervalMin : ctx.settings.seatedFollowUpMin;
  return plan.baselineMs + span * MINUTE;
}

/** The due break is over (taken, skipped, the bout ended): a prompt still showing is taken back. */
export function clearDue(ctx: EngineContext): void {
  const s = ctx.s;
  if (s.due && s.due.prompts > 0) ctx.emit({ type: 'withdraw-prompt' });
  s.due = null;
}

export function recordNaturalBreak(ctx: EngineContext, start: number, end: number): void {
  ctx.record({ type: 'natural-break', at: ctx.now(), start, end, seconds: seconds(end - start) });
}

/** Tracking starts and stops at pause ends and working-hours edges: re-judge it as of `at`. */
export function refreshTracking(ctx: EngineContext, at: number): void {
  const s = ctx.s;
  const was = ctx.tracking();
  if (s.pause?.until != null && s.pause.until <= at) s.pause = null;
  s.outsideHours = !ctx.workingHours(at).inside;
  const is = ctx.tracking();
  if (was && !is) stopTracking(ctx, at, 'pause');
  if (!was && is) startTracking(ctx, at);
}

export function startTracking(ctx: EngineContext, at: number): void {
  const s = ctx.s;
  if (s.standing || s.routine) return;
  if (ctx.presentAtEdge(at)) openBout(ctx, at);
  else s.gap = { start: at, seenUntil: at, cause: 'waiting', endedBout: true, wokeAt: null };
}

export function stopTracking(ctx: EngineContext, at: number, cause: 'pause' | 'end'): void {
  const s = ctx.s;
  const gap = s.gap;
  s.gap = null;
  if (gap && gap.cause !== 'waiting') {
    if (gap.endedBout) recordNaturalBreak(ctx, gap.start, at);
    else if (s.bout && at - gap.start >= ctx.shortGapMs()) endBout(ctx, gap.start, cause);
  }
  if (s.bout) endBout(ctx, at, cause);
}

/** How long a standing spell has been upright by `at`: what passed unseen in it is not counted. */
export function standingMs(standing: { since: number; unseenMs: number }, at: number): number {
  return Math.max(0, at - standing.since - standing.unseenMs);
}

/** A standing spell ends: history gets it, and the bout it interrupted does not count it as sitting. */
export function endStanding(ctx: EngineContext, now: number): void {
  const s = ctx.s;
  const standing = s.standing!;
  s.standing = null;
  ctx.record({ type: 'standing', at: now, start: standing.since, end: now, seconds: seconds(standingMs(standing, now)) });
  if (s.bout) s.bout.excludedMs += Math.max(0, now - Math.max(standing.since, s.bout.start));
  // Cutting the bout at an earlier gap would now miscount this standing span.
  s.lastShortGap = null;
}
