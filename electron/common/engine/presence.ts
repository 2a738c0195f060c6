import type { Gap } from '../engine-state.js';
import { endBout, openBout, recordNaturalBreak, sittingMs } from './bouts.js';
import { RETURN_CHECK_MS, seconds, type EngineContext } from './context.js';
import type { TimingRule } from './timing-rule.js';
import type { IdleSample, PowerEvent } from './types.js';

/**
 * Presence: whether the user is at the computer, from idle readings, locks, suspends and time that passed unseen
 * (a silent suspend, a restart, a wall clock set forward). Away spans become gaps; a gap's length decides whether
 * it was nothing, excluded from sitting (2–5 min) or a natural break that ended the bout.
 */

/** Longer than any gap that matters; keeps arithmetic on absurd readings finite. */
const MAX_IDLE_MS = 365 * 24 * 3600_000;

/** Desktops report odd idle times (negative after a clock change, NaN from a broken backend); none may poison state. */
export function sanitizeIdle(idle: IdleSample): IdleSample {
  if (typeof idle !== 'number') return idle;
  if (Number.isNaN(idle)) return undefined;
  return Math.min(Math.max(0, Math.round(idle)), MAX_IDLE_MS);
}

/** Gaps are watched only while tracking, outside routines and while seated. */
function watchingGaps(ctx: EngineContext): boolean {
  return ctx.watching() && ctx.s.standing === null;
}

// ── The presence rules ─────────────────────────────────────────────────────────────────────────────────────

/** No input for the short-gap threshold: an idle gap opens, dated from the last input. */
export const idleGapRule: TimingRule = {
  name: 'idle gap',
  pushedByIdleWatches: true,
  nextAt: (ctx) => {
    const s = ctx.s;
    if (!watchingGaps(ctx) || s.gap || s.idleDetection !== 'available' || s.lastInput === null) return null;
    return s.lastInput + ctx.shortGapMs();
  },
  fire: (ctx, now) => {
    const s = ctx.s;
    s.gap = { start: s.lastInput ?? now, seenUntil: now, cause: 'idle', endedBout: false, wokeAt: null };
  },
};

/**
 * A lock or suspend gap reaching the short-gap threshold. Nothing happens then, but the engine must look, so that
 * the gap is known to have lasted that long: thresholds are judged on what was observed.
 */
export const shortGapMarkRule: TimingRule = {
  name: 'short-gap mark',
  nextAt: (ctx) => {
    const gap = ctx.s.gap;
    if (!watchingGaps(ctx) || !gap || gap.cause === 'waiting' || gap.endedBout) return null;
    return gap.start + ctx.shortGapMs();
  },
  fire: () => {},
};

/** A gap reaching the away threshold ends the bout at the gap's start: a natural break is under way. */
export const awayRule: TimingRule = {
  name: 'away',
  nextAt: (ctx) => {
    const gap = ctx.s.gap;
    if (!watchingGaps(ctx) || !gap || gap.endedBout) return null;
    return gap.start + ctx.awayGapMs();
  },
  fire: (ctx) => {
    const s = ctx.s;
    const gap = s.gap!;
    if (s.bout) endBout(ctx, gap.start, 'away');
    gap.endedBout = true;
  },
};

/** While the user is away (or a prompt waits for them), their return is looked for once a minute. */
export const returnCheckRule: TimingRule = {
  name: 'return check',
  pushedByIdleWatches: true,
  nextAt: (ctx, now) => {
    const s = ctx.s;
    if (!ctx.watching() || s.idleDetection !== 'available' || s.suspended) return null;
    const waiting = s.standing ? !s.standing.suggested && !ctx.present(now) : s.gap !== null || s.locked;
    return waiting ? now + RETURN_CHECK_MS : null;
  },
  fire: () => {},
};

/**
 * The two clocks are compared at every input, and a silent suspend is found at the first comparison after it and
 * placed within the awake time since the one before (`placeUnseen`). With idle detection the input checks compare
 * them often enough; without it (and while standing, when input is not watched) this rule compares them every
 * short-gap threshold, so a silent suspend is placed as well.
 *
 * Outside tracking (paused, outside working hours) the engine would otherwise sleep until the edge that starts it
 * again, on a timer that a silent suspend holds back by its own length: tracking would start that much late, and
 * whether the user was at the keyboard at the edge would be judged on a reading from before the suspend. So while
 * such an edge is ahead the clocks are compared every short-gap threshold too, and the edge is applied in its place.
 * The same comparison sees a wall clock set (or a zone changed) across a working-hours edge within that long.
 */
export const clockCheckRule: TimingRule = {
  name: 'clock check',
  nextAt: (ctx, now) => {
    const s = ctx.s;
    if (s.suspended) return null;
    const check = now + ctx.shortGapMs();
    // Inside a routine input is not watched either, and a wall clock set across a working-hours edge must be seen.
    if (!ctx.tracking() || s.routine !== null) return trackingEdgeAhead(ctx, now) ? check : null;
    return s.idleDetection === 'unavailable' || s.standing ? check : null;
  },
  fire: () => {},
};

/** A pause end or a working-hours edge is coming, at which tracking could start again. */
function trackingEdgeAhead(ctx: EngineContext, now: number): boolean {
  const until = ctx.s.pause?.until ?? null;
  return (until !== null && until > now) || ctx.workingHours(now).nextEdge !== null;
}

export const PRESENCE_RULES: readonly TimingRule[] = [idleGapRule, shortGapMarkRule, awayRule, returnCheckRule, clockCheckRule];

// ── Inputs ─────────────────────────────────────────────────────────────────────────────────────────────────

export function observePower(ctx: EngineContext, event: PowerEvent, now: number, idle: IdleSample): void {
  const s = ctx.s;
  switch (event) {
    case 'suspend':
    case 'shutdown':
      s.suspended = true;
      openAwayGap(ctx, now, 'suspend');
      break;
    case 'lock':
      s.locked = true;
      openAwayGap(ctx, now, 'lock');
      break;
    case 'resume':
      s.suspended = false;
      if (s.gap) s.gap.wokeAt = now;
      break;
    case 'unlock':
      s.locked = false;
      if (s.gap) s.gap.wokeAt = now;
      break;
  }
  // Without idle detection, coming back from a lock or suspend is the only sign of the user's return.
  observeInput(ctx, now, idle);
}

export function observeInput(ctx: EngineContext, now: number, idle: IdleSample): void {
  const s = ctx.s;
  // No reading, no news: an input without an idle sample (a settings change) says nothing about the user.
  if (idle === undefined && s.idleDetection === 'available') return;
  const blocked = s.locked || s.suspended;
  let candidate: number | null = null;
  if (!blocked) {
    // In a call or a presentation the user sits there without typing: that is sitting, not a gap.
    if (s.idleDetection === 'unavailable' || ctx.attendedByQuietMoment()) candidate = now;
    else if (typeof idle === 'number') candidate = now - idle;
  }
  const last = s.lastInput ?? now;
  // Input cannot have happened while the user was already seen to be away; such a reading is stale or skewed.
  const fresh = candidate !== null && candidate > last && (!s.gap || candidate >= s.gap.seenUntil);
  if (!fresh || candidate === null) {
    observeAway(ctx, now);
    return;
  }
  s.lastInput = candidate;
  if (!watchingGaps(ctx)) return;
  if (s.gap) closeGap(ctx, s.gap, returnTime(s.gap, candidate), true);
  else if (!s.bout) openBout(ctx, candidate);
  // New input can already be old (the first reading after a pause or a working-hours edge): its gap opens now.
  observeAway(ctx, now);
}

/** No new input: the presence rules that are due fire, and an open gap is known to have lasted until now. */
function observeAway(ctx: EngineContext, now: number): void {
  const s = ctx.s;
  if (!watchingGaps(ctx)) return;
  fireIfDue(idleGapRule, ctx, now);
  const gap = s.gap;
  if (!gap) return;
  gap.seenUntil = Math.max(gap.seenUntil, now);
  fireIfDue(awayRule, ctx, now);
}

function fireIfDue(rule: TimingRule, ctx: EngineContext, now: number): void {
  const at = rule.nextAt(ctx, now);
  if (at !== null && at <= now) rule.fire(ctx, now);
}

/**
 * When the user came back. Idle time only dates the latest input, so the first one is placed at the first check
 * that saw input — unless the machine was resumed or unlocked within one check before: whoever did that was
 * there, and the input that followed is theirs.
 */
function returnTime(gap: Gap, latestInput: number): number {
  if (gap.wokeAt !== null && latestInput - gap.wokeAt <= RETURN_CHECK_MS) return Math.max(gap.wokeAt, gap.seenUntil);
  return Math.max(latestInput, gap.seenUntil);
}

function openAwayGap(ctx: EngineContext, now: number, cause: 'lock' | 'suspend'): void {
  const s = ctx.s;
  if (!watchingGaps(ctx) || s.gap) return;
  const start = s.idleDetection === 'available' ? Math.min(s.lastInput ?? now, now) : now;
  s.gap = { start, seenUntil: now, cause, endedBout: false, wokeAt: null };
}

/**
 * Where, between the last reading and this one, the time that passed unseen lies. The clocks give its length
 * exactly but not its place. The reading that finds it is most often taken because someone is back (their input,
 * an unlock, an idle watch), so the span is placed to end at the input this reading dates, or at this reading when
 * it dates none after the last one: exact then, and otherwise at most one comparison of the clocks late. The time
 * awake before it holds no input the engine saw, so it is not sitting either way.
 */
export function placeUnseen(span: { start: number; end: number }, now: number, readingInput: number | null): { start: number; end: number } {
  const length = span.end - span.start;
  const end = readingInput !== null && readingInput > span.start && readingInput - length >= span.start ? Math.min(readingInput, now) : now;
  return { start: end - length, end };
}

/** Time that passed unseen (a silent suspend, a restart): nobody typed then. */
export function noInputDuring(ctx: EngineContext, span: { start: number; end: number }): void {
  const s = ctx.s;
  if (s.standing) s.standing.unseenMs += Math.max(0, span.end - Math.max(span.start, s.standing.since));
  if (!watchingGaps(ctx)) return;
  if (!s.gap) s.gap = { start: awaySince(ctx, span), seenUntil: span.end, cause: 'suspend', endedBout: false, wokeAt: null };
  else s.gap.seenUntil = Math.max(s.gap.seenUntil, span.end);
}

/**
 * When the user left, for unseen time that no gap was open before. No reading came between the last one and the
 * span, so nothing says they stopped typing before it: without idle detection, or when the reading that found it
 * shows them back after it, they are taken to have been at it until it began (exact for the usual lid closed
 * mid-work). A reading with no input since says they stopped at their last input instead.
 */
function awaySince(ctx: EngineContext, span: { start: number; end: number }): number {
  const s = ctx.s;
  const input = ctx.readingInput;
  if (s.idleDetection === 'unavailable' || (input !== null && input >= span.end)) return span.start;
  const last = Math.max(s.lastInput ?? span.start, input ?? span.start);
  return Math.min(last, span.start);
}

/** The user is back (`returned`) or tracking stops; the gap's length decides what it was. */
function closeGap(ctx: EngineContext, gap: Gap, end: number, returned: boolean): void {
  const s = ctx.s;
  s.gap = null;
  // Thresholds are judged on what was observed (a wake falls on each threshold), never on the estimate of the
  // return, which can only be placed within a return check of the truth.
  const observed = gap.seenUntil - gap.start;
  if (gap.cause !== 'waiting') {
    if (gap.endedBout || observed >= ctx.awayGapMs()) {
      if (!gap.endedBout && s.bout) endBout(ctx, gap.start, 'away');
      recordNaturalBreak(ctx, gap.start, end);
    } else if (observed >= ctx.shortGapMs() && s.bout) {
      const from = Math.max(gap.start, s.bout.start);
      s.lastShortGap = { start: from, end, excludedBefore: s.bout.excludedMs };
      s.bout.excludedMs += Math.max(0, end - from);
      ctx.record({ type: 'short-gap', at: ctx.now(), start: gap.start, end, seconds: seconds(end - gap.start) });
      // Two minutes or more away from the screen rests the eyes as well as a micro-break would.
      s.microAnchorMs = sittingMs(ctx, ctx.now());
    }
  }
  if (returned && watchingGaps(ctx) && !s.bout) openBout(ctx, end);
}
