import type { HeldKind } from '../quiet-hold.js';
import { sittingMs } from './bouts.js';
import { seconds, type EngineContext } from './context.js';
import { breakDueRule, reminderRule, standingLimitRule } from './prompt-rules.js';
import { endHeldSpan } from './quiet-spans.js';
import type { TimingRule } from './timing-rule.js';

/**
 * Quiet moments in the engine. The gate itself holds prompts (prompt-gate.ts, reason `quiet`); this rule keeps
 * the record of what it holds: when a held prompt's span began, the one quiet notice at the hold limit, and the
 * end of a span whose prompt is no longer wanted. A held prompt stays due, so the prompt rules deliver it by
 * themselves once the moment and its grace are over, and the bout is never touched.
 */

const HELD_RULES: ReadonlyArray<[HeldKind, TimingRule]> = [
  ['standing', standingLimitRule],
  ['break', breakDueRule],
  ['reminder', reminderRule],
];

/** The soonest prompt that would fire if no quiet moment held it, and when; null when none would. */
function nextWanted(ctx: EngineContext, now: number): { kind: HeldKind; at: number } | null {
  return ctx.withoutQuiet(() => {
    let soonest: { kind: HeldKind; at: number } | null = null;
    for (const [kind, rule] of HELD_RULES) {
      const at = rule.nextAt(ctx, now);
      if (at !== null && (soonest === null || at < soonest.at)) soonest = { kind, at };
    }
    return soonest;
  });
}

/** The prompt that would fire now if no quiet moment held it, or null. */
function wantedPrompt(ctx: EngineContext, now: number): HeldKind | null {
  const next = nextWanted(ctx, now);
  return next !== null && next.at <= now ? next.kind : null;
}

/** Nothing but the quiet moment keeps the gate shut: a break due while away is held by "away", not by a call. */
function onlyQuietHolds(ctx: EngineContext, now: number): boolean {
  return ctx.quietHolds(now) && ctx.withoutQuiet(() => ctx.mayPrompt(now).open);
}

export const quietHoldRule: TimingRule = {
  name: 'quiet hold',
  nextAt: (ctx, now) => {
    const hold = ctx.quiet();
    const wanted = wantedPrompt(ctx, now);
    if (!hold.held()) {
      // Wake when a prompt would fall due, so its held span starts on time even if nothing else wakes the engine.
      if (!ctx.quietHolds(now)) return null;
      const next = nextWanted(ctx, now);
      if (next === null) return null;
      return next.at > now || onlyQuietHolds(ctx, now) ? next.at : null;
    }
    if (wanted === null) return now;
    return hold.limitNoticeAt();
  },
  fire: (ctx, now) => {
    const hold = ctx.quiet();
    const wanted = wantedPrompt(ctx, now);
    const held = hold.held();
    if (!held) {
      if (wanted !== null) hold.startHolding(now, wanted);
      return;
    }
    if (wanted === null) {
      endHeldSpan(ctx, now, 'withdrawn');
      return;
    }
    const limitAt = hold.limitNoticeAt();
    if (limitAt !== null && limitAt <= now) {
      hold.markLimitNotice(now);
      ctx.emit({ type: 'show-quiet-notice', reasons: hold.reasons(), heldSeconds: seconds(now - held.since), sittingSeconds: seconds(sittingMs(ctx, now)) });
    }
  },
};
