import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { judgeRoutine, secondsToComplete } from '../../electron/common/routine-outcome.js';

/** What a finished routine counts as in the user's day: the one judgement the page, core and simulator share. */

const GRACE = 30;
const move = defaultCatalogue.byId('move-break')!;
const neck = defaultCatalogue.byId('neck-and-shoulder-reset')!;

describe('judgeRoutine', () => {
  it('counts a standing or moving routine done to the end as a break that ends the bout', () => {
    expect(judgeRoutine({ routineId: move.id, activeSeconds: move.seconds, reachedEnd: true }, move, GRACE)).toEqual({
      routineId: move.id,
      posture: move.posture,
      seconds: move.seconds,
      verdict: 'break',
      stoppedEarly: false,
    });
  });

  it('counts a seated routine as a posture break, taking the posture from the library', () => {
    expect(neck.posture).toBe('seated');
    expect(judgeRoutine({ routineId: neck.id, activeSeconds: neck.seconds, reachedEnd: true }, neck, GRACE)).toMatchObject({
      posture: 'seated',
      verdict: 'posture-break',
      stoppedEarly: false,
    });
  });

  it('counts reaching the end in under half the planned time as stopped early, and from half on as done', () => {
    const half = secondsToComplete(move.seconds);
    expect(half).toBe(Math.ceil(move.seconds / 2));
    expect(judgeRoutine({ routineId: move.id, activeSeconds: half - 1, reachedEnd: true }, move, GRACE)).toMatchObject({ verdict: 'break', stoppedEarly: true });
    expect(judgeRoutine({ routineId: move.id, activeSeconds: half, reachedEnd: true }, move, GRACE)).toMatchObject({ verdict: 'break', stoppedEarly: false });
  });

  it('counts a routine given up within the grace period as only an acknowledgement, however it ended', () => {
    expect(judgeRoutine({ routineId: move.id, activeSeconds: GRACE - 1, reachedEnd: false }, move, GRACE).verdict).toBe('acknowledgement');
    expect(judgeRoutine({ routineId: move.id, activeSeconds: GRACE - 1, reachedEnd: true }, move, GRACE).verdict).toBe('acknowledgement');
    expect(judgeRoutine({ routineId: move.id, activeSeconds: GRACE, reachedEnd: false }, move, GRACE)).toMatchObject({ verdict: 'break', stoppedEarly: true });
  });

  it('takes a routine of unknown length as standing, done when it reached the end, and never trusts a bad number', () => {
    expect(judgeRoutine({ routineId: null, activeSeconds: 0, reachedEnd: false }, null, GRACE)).toMatchObject({ posture: 'standing', verdict: 'acknowledgement', seconds: 0 });
    expect(judgeRoutine({ routineId: null, activeSeconds: 40, reachedEnd: true }, null, GRACE)).toMatchObject({ verdict: 'break', stoppedEarly: false });
    expect(judgeRoutine({ routineId: null, activeSeconds: Number.NaN, reachedEnd: true }, null, GRACE).seconds).toBe(0);
    expect(judgeRoutine({ routineId: null, activeSeconds: -5, reachedEnd: true }, null, GRACE).seconds).toBe(0);
  });
});
