import { describe, expect, it } from 'vitest';
import { RoutineClock, segmentsOf, transitionMs } from '../../renderer/break/routine-clock.js';
import { buildPlan } from '../dev-bridge/plan.js';

/** The player's pacing, with a hand-moved clock: what the user would see tick, pause, skip and add up. */

const plan = buildPlan('neck-and-shoulder-reset', { figureBase: '/figures/' });

function clockAt(start = 0) {
  const time = { now: start };
  const clock = new RoutineClock(segmentsOf(plan), () => time.now, plan.completesAfterSeconds * 1000);
  return { clock, time };
}

describe('segmentsOf', () => {
  it('adds up to exactly the length the prompt promised', () => {
    const total = segmentsOf(plan).reduce((sum, s) => sum + s.ms, 0);
    expect(total).toBe(plan.routine.seconds * 1000);
  });

  it('splits a per-side step into a first and a second side, with get-ready pauses only between steps', () => {
    const kinds = segmentsOf(plan).map((s) => (s.kind === 'ready' ? 'ready' : `${plan.steps[s.stepIndex]!.exerciseId}:${s.side}`));
    expect(kinds).toContain('side-neck-stretch:first');
    expect(kinds[kinds.indexOf('side-neck-stretch:first') + 1]).toBe('side-neck-stretch:second');
    expect(kinds[0]).not.toBe('ready');
    expect(kinds.filter((k) => k === 'ready')).toHaveLength(plan.steps.length - 1);
    expect(transitionMs(plan)).toBe(5000);
  });
});

describe('RoutineClock', () => {
  it('carries time left over from a late timer into the next segment instead of drifting', () => {
    const { clock, time } = clockAt();
    clock.start();
    const first = clock.segment.ms;
    time.now = first + 700;
    expect(clock.advance()).toBe(true);
    expect(clock.elapsedMs()).toBe(700);
    expect(clock.activeMs()).toBe(first + 700);
  });

  it('does not count paused time', () => {
    const { clock, time } = clockAt(1000);
    clock.start();
    time.now = 4000;
    clock.pause();
    time.now = 60_000;
    expect(clock.advance()).toBe(false);
    expect(clock.elapsedMs()).toBe(3000);
    clock.start();
    time.now = 61_000;
    expect(clock.activeMs()).toBe(4000);
  });

  it('counts a rep ahead of the pace and moves on after the last one', () => {
    const reps = buildPlan('back-break', { figureBase: '/' });
    const time = { now: 0 };
    const clock = new RoutineClock(segmentsOf(reps), () => time.now, reps.completesAfterSeconds * 1000);
    clock.start();
    while (clock.segment.repMs === null) clock.next();
    const index = clock.segmentIndex;
    const repCount = clock.segment.ms / clock.segment.repMs!;
    expect(clock.currentRep()).toBe(1);
    clock.countRep();
    expect(clock.currentRep()).toBe(2);
    for (let i = 1; i < repCount; i++) clock.countRep();
    expect(clock.segmentIndex).toBe(index + 1);
  });

  it('skips the get-ready pause on Next and goes back to the previous side on Back', () => {
    const { clock } = clockAt();
    clock.start();
    clock.next();
    expect(clock.segment.kind).toBe('exercise');
    expect(clock.segment.stepIndex).toBe(1);
    clock.next();
    expect(clock.segment.side).toBe('first');
    clock.next();
    expect(clock.segment.side).toBe('second');
    clock.back();
    expect(clock.segment.side).toBe('first');
  });

  it('finishes when Next is pressed on the last step, and then stops counting', () => {
    const { clock, time } = clockAt();
    clock.start();
    while (!clock.finished) clock.next();
    time.now = 99_000;
    expect(clock.running).toBe(false);
    expect(clock.activeMs()).toBe(0);
  });

  it('counts skipping to the end in a few seconds as finished early, not completed', () => {
    const { clock, time } = clockAt();
    clock.start();
    for (let i = 0; !clock.finished; i++) {
      time.now = (i + 1) * 700;
      clock.next();
    }
    expect(clock.activeMs()).toBeLessThan(10_000);
    expect(clock.spentEnough()).toBe(false);
  });

  it('counts reaching the end as completed once half the planned time has really gone by, pauses excluded', () => {
    const half = plan.completesAfterSeconds * 1000;
    expect(half).toBe(Math.ceil(plan.routine.seconds / 2) * 1000);
    const { clock, time } = clockAt();
    clock.start();
    time.now = half - 1000;
    clock.pause();
    time.now = 10 * 60_000;
    clock.start();
    while (!clock.finished) clock.next();
    expect(clock.spentEnough()).toBe(false);

    const later = clockAt();
    later.clock.start();
    later.time.now = half;
    while (!later.clock.finished) later.clock.next();
    later.time.now = 10 * 60_000;
    expect(later.clock.spentEnough()).toBe(true);
  });

  it('counts a routine played through at its own pace as completed', () => {
    const { clock, time } = clockAt();
    clock.start();
    while (!clock.finished) {
      time.now += clock.msUntilChange();
      clock.advance();
    }
    expect(clock.activeMs()).toBe(plan.routine.seconds * 1000);
    expect(clock.spentEnough()).toBe(true);
  });
});
