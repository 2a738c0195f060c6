import { firstChanceAt } from '../prompt-gate.js';
import { endBout, sittingMs, thresholdMs } from './bouts.js';
import { MINUTE, seconds, type EngineContext } from './context.js';
import { deliverHeld, dropMicroBreak } from './quiet-spans.js';
import type { TimingRule } from './timing-rule.js';
import type { Prompt } from './types.js';

/**
 * The rules that prompt, and the two that change what prompts may come (a snooze ending, a long stand ending the
 * bout). Every prompt rule's time passes through the one gate: a closed gate moves it to when the gate opens, or
 * leaves it to the input that will open it, and the prompt stays due until then.
 */

/** The first of every rule below that is about sitting: tracked, outside routines, seated, in a bout. */
function seatedInBout(ctx: EngineContext): boolean {
  return ctx.watching() && ctx.s.standing === null && ctx.s.bout !== null;
}

export const snoozeEndRule: TimingRule = {
  name: 'snooze end',
  nextAt: (ctx) => ctx.s.snoozedUntil,
  fire: (ctx) => {
    ctx.s.snoozedUntil = null;
  },
};

/** Standing for the away threshold ends the bout where the user stood up. */
export const standingEndsBoutRule: TimingRule = {
  name: 'standing ends bout',
  nextAt: (ctx) => {
    const s = ctx.s;
    return ctx.watching() && s.standing && s.bout ? s.standing.since + ctx.awayGapMs() : null;
  },
  fire: (ctx) => endBout(ctx, ctx.s.standing!.since, 'break'),
};

/** After a long stand, a suggestion to move or sit down, once per standing spell. */
export const standingLimitRule: TimingRule = {
  name: 'standing limit',
  nextAt: (ctx, now) => {
    const s = ctx.s;
    if (!ctx.watching() || !s.standing || s.standing.suggested) return null;
    // Upright time, not clock time: a spell that slept through the limit has not been stood through.
    return firstChanceAt(s.standing.since + s.standing.unseenMs + ctx.settings.standingSuggestMin * MINUTE, ctx.mayPrompt(now));
  },
  fire: (ctx, now) => {
    const s = ctx.s;
    s.standing!.suggested = true;
    const routine = ctx.suggest('moving');
    const heldFor = deliverHeld(ctx, now);
    ctx.record({ type: 'prompt', at: now, kind: 'break', routine: routine.id, reason: 'standing' });
    ctx.emit({ type: 'show-prompt', prompt: { kind: 'break', reason: 'standing', routine, reminder: 0, sittingSeconds: 0, ...(heldFor && { heldFor }) } });
    s.lastPromptAt = now;
  },
};

/**
 * Sitting reaches the plan's threshold: the break falls due and its first prompt goes out. After an ignored
 * break, the plan starts again where it was ignored, so the next prompt is a full interval later.
 */
export const breakDueRule: TimingRule = {
  name: 'break due',
  nextAt: (ctx, now) => {
    const due = ctx.s.due;
    if (!seatedInBout(ctx) || (due && !due.ignored)) return null;
    return firstChanceAt(now + Math.max(0, thresholdMs(ctx) - sittingMs(ctx, now)), ctx.mayPrompt(now));
  },
  fire: (ctx, now) => {
    ctx.s.due = { since: now, prompts: 0, nextPromptAt: now, ignored: false };
    promptBreak(ctx, now);
  },
};

/** Reminders the limit still allows: the first prompt and `maxReminders` more. */
function remindersLeft(ctx: EngineContext): boolean {
  return ctx.s.due !== null && ctx.s.due.prompts <= ctx.settings.maxReminders;
}

/** While a break stays due, a reminder every reminder interval, up to the limit. */
export const reminderRule: TimingRule = {
  name: 'reminder',
  nextAt: (ctx, now) => {
    const due = ctx.s.due;
    if (!seatedInBout(ctx) || !due || due.ignored || !remindersLeft(ctx)) return null;
    return firstChanceAt(due.nextPromptAt, ctx.mayPrompt(now));
  },
  fire: (ctx, now) => promptBreak(ctx, now),
};

/**
 * When the reminder after the last one would be due, the break counts as ignored: the prompt is withdrawn, the
 * tray still shows the break as due, and (as after a skip) the next prompt comes a full interval of sitting later.
 * It is not a prompt, so the gate does not hold it.
 */
export const breakIgnoredRule: TimingRule = {
  name: 'break ignored',
  nextAt: (ctx) => {
    const due = ctx.s.due;
    if (!seatedInBout(ctx) || !due || due.ignored || remindersLeft(ctx)) return null;
    return due.nextPromptAt;
  },
  fire: (ctx, now) => {
    const s = ctx.s;
    const due = s.due!;
    ctx.record({ type: 'ignored', at: now, reminders: Math.max(0, due.prompts - 1) });
    if (due.prompts > 0) ctx.emit({ type: 'withdraw-prompt' });
    due.ignored = true;
    s.snoozedUntil = null;
    s.plan = { baselineMs: sittingMs(ctx, now), span: 'interval', want: 'any' };
  },
};

/** An eye micro-break after a while of sitting, kept clear of other prompts and of the coming break. */
export const microBreakRule: TimingRule = {
  name: 'micro-break',
  nextAt: (ctx, now) => {
    const s = ctx.s;
    const micro = ctx.settings.microBreak;
    if (!micro.enabled || !seatedInBout(ctx) || s.due) return null;
    const sitting = sittingMs(ctx, now);
    let at = now + Math.max(0, s.microAnchorMs + micro.afterMin * MINUTE - sitting);
    if (s.lastPromptAt !== null) at = Math.max(at, s.lastPromptAt + micro.quietAfterPromptMin * MINUTE);
    const breakAt = now + Math.max(0, thresholdMs(ctx) - sitting);
    if (breakAt - at <= micro.quietBeforeBreakMin * MINUTE) return null;
    // In a quiet moment an eye break is not held for later but dropped when its time comes.
    if (ctx.quietHolds(now) && ctx.withoutQuiet(() => ctx.mayPrompt(now).open)) return at;
    return firstChanceAt(at, ctx.mayPrompt(now));
  },
  fire: (ctx, now) => {
    const s = ctx.s;
    if (ctx.quietHolds(now)) {
      dropMicroBreak(ctx, now);
      s.microAnchorMs = sittingMs(ctx, now);
      return;
    }
    ctx.record({ type: 'prompt', at: now, kind: 'micro', routine: null, reason: 'sitting' });
    ctx.emit({ type: 'show-micro-break', seconds: ctx.settings.microBreak.seconds });
    s.lastPromptAt = now;
    s.microAnchorMs = sittingMs(ctx, now);
  },
};

/** In the order they are judged at one instant: a break falling due wins over a micro-break at the same time. */
export const PROMPT_RULES: readonly TimingRule[] = [
  snoozeEndRule,
  standingEndsBoutRule,
  standingLimitRule,
  breakIgnoredRule,
  breakDueRule,
  reminderRule,
  microBreakRule,
];

function promptBreak(ctx: EngineContext, now: number): void {
  const s = ctx.s;
  const due = s.due!;
  const routine = ctx.suggest(s.plan.want === 'upright' ? 'upright' : 'any');
  const prompt: Prompt = {
    kind: due.prompts === 0 ? 'break' : 'reminder',
    reason: 'sitting',
    routine,
    reminder: due.prompts,
    sittingSeconds: seconds(sittingMs(ctx, now)),
  };
  const heldFor = deliverHeld(ctx, now);
  if (heldFor) prompt.heldFor = heldFor;
  ctx.record({ type: 'prompt', at: now, kind: prompt.kind, routine: routine.id, reason: 'sitting' });
  // From the second reminder on, the window itself is the reminder: it waits without stealing focus.
  if (ctx.settings.promptStyle === 'window' && due.prompts >= 2) {
    ctx.emit({ type: 'open-break-window', focus: false, routine });
  } else ctx.emit({ type: 'show-prompt', prompt });
  due.prompts += 1;
  due.nextPromptAt = now + ctx.settings.reminderIntervalMin * MINUTE;
  s.lastPromptAt = now;
}
