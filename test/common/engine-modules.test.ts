import { describe, expect, it } from 'vitest';
import { initialEngineState, type EngineState } from '../../electron/common/engine-state.js';
import { openBout, sittingMs, standingMs } from '../../electron/common/engine/bouts.js';
import { EngineContext } from '../../electron/common/engine/context.js';
import { awayRule, idleGapRule, placeUnseen, sanitizeIdle } from '../../electron/common/engine/presence.js';
import { breakDueRule, breakIgnoredRule, reminderRule } from '../../electron/common/engine/prompt-rules.js';
import { passTimedEdges } from '../../electron/common/engine/tracking-edges.js';
import { advanceTimeline } from '../../electron/common/timeline.js';
import { MIN, ManualClock, settingsWith, testCatalogue } from '../support/engine-fixtures.js';

/** Each engine module on its own, on a hand-built context. */

const T0 = Date.parse('2026-03-02T08:00:00Z');

function context(over: Partial<EngineState> = {}, settings: Record<string, unknown> = {}): EngineContext {
  const s: EngineState = { ...initialEngineState(), anchor: { t: T0, wall: T0, mono: 0, monoOrigin: 'x', boot: null }, lastInput: T0, ...over };
  return new EngineContext(s, settingsWith(settings), { clock: new ManualClock(T0), catalogue: testCatalogue });
}

describe('presence', () => {
  it('an idle gap can open exactly one short-gap threshold after the last input, and ends the bout at the away threshold', () => {
    const ctx = context();
    openBout(ctx, T0);
    expect(idleGapRule.nextAt(ctx, T0)).toBe(T0 + 2 * MIN);
    idleGapRule.fire(ctx, T0 + 2 * MIN);
    expect(ctx.s.gap).toMatchObject({ start: T0, cause: 'idle', endedBout: false });
    expect(idleGapRule.nextAt(ctx, T0 + 2 * MIN)).toBeNull();
    expect(awayRule.nextAt(ctx, T0 + 2 * MIN)).toBe(T0 + 5 * MIN);
    ctx.s.anchor!.t = T0 + 5 * MIN;
    awayRule.fire(ctx, T0 + 5 * MIN);
    expect(ctx.s.bout).toBeNull();
    expect(ctx.out.events).toEqual([expect.objectContaining({ type: 'bout', start: T0, end: T0, cause: 'away' })]);
  });

  it('cleans odd idle readings', () => {
    expect(sanitizeIdle(-5)).toBe(0);
    expect(sanitizeIdle(Number.NaN)).toBeUndefined();
    expect(sanitizeIdle(1e30)).toBe(365 * 24 * 3600_000);
    expect(sanitizeIdle('unavailable')).toBe('unavailable');
  });
});

describe('placing time that passed unseen', () => {
  // The last reading was at T0; this one, 13 min later, finds 10 of them unseen.
  const span = { start: T0, end: T0 + 10 * MIN };
  const now = T0 + 13 * MIN;

  it('ends it at this reading when the reading dates no input since the last one', () => {
    expect(placeUnseen(span, now, null)).toEqual({ start: T0 + 3 * MIN, end: now });
    expect(placeUnseen(span, now, T0 - MIN)).toEqual({ start: T0 + 3 * MIN, end: now });
  });

  it('ends it at the input the reading dates, when the span fits before that input', () => {
    expect(placeUnseen(span, now, T0 + 12 * MIN)).toEqual({ start: T0 + 2 * MIN, end: T0 + 12 * MIN });
    expect(placeUnseen(span, now, T0 + 10 * MIN)).toEqual(span);
  });

  it('puts it after an input that came too soon after the last reading for the span to fit before it', () => {
    expect(placeUnseen(span, now, T0 + 2 * MIN)).toEqual({ start: T0 + 3 * MIN, end: now });
  });
});

describe('bout accounting', () => {
  it('leaves gaps of the short-gap threshold and standing spans out of sitting', () => {
    const ctx = context();
    openBout(ctx, T0);
    ctx.s.anchor!.t = T0 + 20 * MIN;
    expect(sittingMs(ctx, T0 + 20 * MIN)).toBe(20 * MIN);
    ctx.s.gap = { start: T0 + 17 * MIN, seenUntil: T0 + 20 * MIN, cause: 'idle', endedBout: false, wokeAt: null };
    expect(sittingMs(ctx, T0 + 20 * MIN)).toBe(17 * MIN);
    ctx.s.gap = null;
    ctx.s.standing = { since: T0 + 10 * MIN, suggested: false, unseenMs: 0 };
    expect(sittingMs(ctx, T0 + 20 * MIN)).toBe(10 * MIN);
  });

  it('counts a standing spell without the time that passed unseen in it', () => {
    expect(standingMs({ since: T0, unseenMs: 5 * 3600_000 }, T0 + 5 * 3600_000 + 30 * MIN)).toBe(30 * MIN);
  });
});

describe('prompt rules', () => {
  it('a break falls due at the threshold, through the gate: held while away, moved to the end of a snooze', () => {
    const ctx = context({}, { breakIntervalMin: 30 });
    openBout(ctx, T0);
    expect(breakDueRule.nextAt(ctx, T0)).toBe(T0 + 30 * MIN);
    ctx.s.locked = true;
    expect(breakDueRule.nextAt(ctx, T0)).toBeNull();
    ctx.s.locked = false;
    ctx.s.due = { since: T0, prompts: 1, nextPromptAt: T0 + 5 * MIN, ignored: false };
    ctx.s.snoozedUntil = T0 + 8 * MIN;
    expect(reminderRule.nextAt(ctx, T0)).toBe(T0 + 8 * MIN);
  });

  it('after the last allowed reminder, the next reminder time is when the break counts as ignored', () => {
    const ctx = context({}, { maxReminders: 1 });
    openBout(ctx, T0);
    ctx.s.due = { since: T0, prompts: 2, nextPromptAt: T0 + 10 * MIN, ignored: false };
    expect(reminderRule.nextAt(ctx, T0)).toBeNull();
    expect(breakIgnoredRule.nextAt(ctx, T0)).toBe(T0 + 10 * MIN);
    breakIgnoredRule.fire(ctx, T0 + 10 * MIN);
    expect(ctx.s.due).toMatchObject({ ignored: true });
    expect(ctx.out.events).toEqual([{ type: 'ignored', at: T0 + 10 * MIN, reminders: 1 }]);
    expect(breakIgnoredRule.nextAt(ctx, T0 + 10 * MIN)).toBeNull();
  });
});

describe('calendar edges', () => {
  it('a pause that ended between two inputs ends at its own time, and tracking starts then', () => {
    const ctx = context({ pause: { since: T0, until: T0 + 30 * MIN } });
    ctx.s.anchor!.t = T0 + 40 * MIN;
    ctx.readingInput = T0 + 29 * MIN;
    passTimedEdges(ctx, T0, T0 + 40 * MIN);
    expect(ctx.s.pause).toBeNull();
    expect(ctx.s.bout?.start).toBe(T0 + 30 * MIN);
  });
});

describe('timeline with a boot clock', () => {
  it('takes elapsed time from the boot clock: a wall jump moves nothing, a silent suspend is unobserved time', () => {
    const first = advanceTimeline(null, T0, 0, 'p', { now: 1000, origin: 'b' });
    const jumped = advanceTimeline(first.anchor, T0 + 3600_000 + MIN, MIN, 'p', { now: 1000 + MIN, origin: 'b' });
    expect(jumped.now).toBe(T0 + MIN);
    expect(jumped.unobserved).toBeNull();
    expect(jumped.wallOffset).toBe(3600_000);
    const slept = advanceTimeline(jumped.anchor, T0 + 3600_000 + 32 * MIN, 2 * MIN, 'p', { now: 1000 + 32 * MIN, origin: 'b' });
    expect(slept.now).toBe(T0 + 32 * MIN);
    expect(slept.unobserved).toEqual({ start: T0 + MIN, end: T0 + 31 * MIN });
  });
});
