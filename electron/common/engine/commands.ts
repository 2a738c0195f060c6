import type { EngineMessage } from '../engine-messages.js';
import { RECENT_ROUTINES } from '../engine-state.js';
import { clearDue, endBout, endStanding, openBout, sittingMs, startTracking, stopTracking } from './bouts.js';
import { MINUTE, seconds, type EngineContext } from './context.js';
import type { PauseLength, RoutineResult, UserCommand } from './types.js';

/** What the user asks for, and what a finished routine means for the bout. Refusals are data, never words. */

/** Carries out a command; returns why it was refused, or null. */
export function applyCommand(ctx: EngineContext, command: UserCommand, now: number): EngineMessage | null {
  const s = ctx.s;
  switch (command.type) {
    case 'start-break': {
      const routine = ctx.suggest(s.plan.want === 'upright' ? 'upright' : 'any');
      ctx.emit({ type: 'open-break-window', focus: true, routine });
      if (s.due) s.due.nextPromptAt = now + ctx.settings.reminderIntervalMin * MINUTE;
      return null;
    }
    case 'snooze': {
      if (!s.due || !s.bout) return { code: 'nothing-to-snooze' };
      const limit = ctx.settings.snoozeLimit;
      if (s.bout.snoozes >= limit) return { code: 'snooze-limit', limit };
      s.bout.snoozes += 1;
      const showing = s.due.prompts > 0 && !s.due.ignored;
      if (s.due.ignored) {
        // An answer after all: the reminders start again after the snooze.
        s.due.ignored = false;
        s.due.prompts = 1;
      }
      s.snoozedUntil = now + ctx.settings.snoozeMin * MINUTE;
      s.due.nextPromptAt = s.snoozedUntil;
      if (showing) ctx.emit({ type: 'withdraw-prompt' });
      ctx.record({ type: 'snoozed', at: now, minutes: ctx.settings.snoozeMin });
      return null;
    }
    case 'skip': {
      if (!s.due || !s.bout) return { code: 'nothing-to-skip' };
      ctx.record({ type: 'skipped', at: now });
      clearDue(ctx);
      s.snoozedUntil = null;
      s.plan = { baselineMs: sittingMs(ctx, now), span: 'interval', want: 'any' };
      return null;
    }
    case 'pause': {
      const until = pauseEnd(ctx, command.length, now);
      if (until !== null && until <= now) return { code: 'pause-in-past' };
      const wasTracking = ctx.tracking();
      s.pause = { since: now, until };
      if (wasTracking) stopTracking(ctx, now, 'pause');
      return null;
    }
    case 'resume': {
      if (!s.pause) return { code: 'not-paused' };
      s.pause = null;
      if (ctx.tracking()) startTracking(ctx, now);
      return null;
    }
    case 'standing-on': {
      if (s.standing) return { code: 'already-standing' };
      s.standing = { since: now, suggested: false, unseenMs: 0 };
      s.gap = null;
      clearDue(ctx);
      s.snoozedUntil = null;
      return null;
    }
    case 'standing-off': {
      if (!s.standing) return { code: 'not-standing' };
      endStanding(ctx, now);
      if (ctx.watching() && !s.bout) openBout(ctx, now);
      return null;
    }
    case 'count-gap-as-break':
      return countGapAsBreak(ctx, now);
  }
}

/** The bout is cut at the gap's start; the sitting since the gap carries on as a new bout. */
function countGapAsBreak(ctx: EngineContext, now: number): EngineMessage | null {
  const s = ctx.s;
  const gap = s.lastShortGap;
  const bout = s.bout;
  if (!gap || !bout) return { code: 'no-short-gap' };
  ctx.record({
    type: 'bout',
    at: now,
    start: bout.start,
    end: gap.start,
    sittingSeconds: seconds(gap.start - bout.start - gap.excludedBefore),
    cause: 'away',
  });
  ctx.record({ type: 'natural-break', at: now, start: gap.start, end: gap.end, seconds: seconds(gap.end - gap.start), confirmed: true });
  clearDue(ctx);
  s.snoozedUntil = null;
  s.lastBoutEnd = gap.start;
  openBout(ctx, gap.end);
  return null;
}

function pauseEnd(ctx: EngineContext, length: PauseLength, now: number): number | null {
  if (length === 'until-resumed') return null;
  if (length === 'tomorrow') return ctx.nextDayStart(now);
  if ('minutes' in length) return now + length.minutes * MINUTE;
  return ctx.toEngineTime(length.untilWall);
}

export function startRoutine(ctx: EngineContext, routineId: string | null, now: number): void {
  const s = ctx.s;
  s.routine = { since: now, id: routineId };
  s.gap = null;
  if (s.due && s.due.prompts > 0) ctx.emit({ type: 'withdraw-prompt' });
}

export function finishRoutine(ctx: EngineContext, result: RoutineResult, now: number): void {
  judgeRoutineEnd(ctx, result, now);
  // Whoever just finished a routine is at the computer: with no bout going on (tracking started during the
  // routine, or a bout it ended), sitting starts again now rather than at the next input check.
  if (ctx.watching() && !ctx.s.standing && !ctx.s.bout) openBout(ctx, now);
}

function judgeRoutineEnd(ctx: EngineContext, result: RoutineResult, now: number): void {
  const s = ctx.s;
  s.routine = null;
  const secs = Math.max(0, Math.round(result.seconds));
  const start = now - secs * 1000;
  if (result.verdict === 'acknowledgement') {
    ctx.record({ type: 'acknowledged', at: now, routine: result.routineId, seconds: secs });
    if (s.due) s.due.nextPromptAt = now + ctx.settings.reminderIntervalMin * MINUTE;
    return;
  }
  ctx.record({ type: 'break', at: now, start, routine: result.routineId, posture: result.posture, seconds: secs, partial: result.stoppedEarly });
  s.lastRoutine = { id: result.routineId, posture: result.posture };
  if (result.routineId) s.recentRoutines = [result.routineId, ...s.recentRoutines.filter((id) => id !== result.routineId)].slice(0, RECENT_ROUTINES);
  if (result.verdict === 'posture-break') {
    // Seated stretching does not interrupt sitting: the bout goes on, and the next prompt asks them to stand.
    clearDue(ctx);
    s.snoozedUntil = null;
    if (s.bout) s.plan = { baselineMs: sittingMs(ctx, now), span: 'seated-follow-up', want: 'upright' };
    return;
  }
  if (s.bout) endBout(ctx, start, 'break');
}
