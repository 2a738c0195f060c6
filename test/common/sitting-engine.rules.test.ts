import { describe, expect, it } from 'vitest';
import { hm, simulate } from '../support/scenario-runner.js';

const bouts = (r: ReturnType<typeof simulate>) => r.bouts.map((b) => [hm(b.start), hm(b.end), b.sittingSeconds, b.endedBy]);
const prompts = (r: ReturnType<typeof simulate>) => r.prompts.map((p) => `${hm(p.at)} ${p.kind}`);

describe('rule 1: what counts as sitting', () => {
  it('counts gaps under 2 min, excludes 2–5 min gaps, and ends the bout at the start of a 5+ min gap', () => {
    const r = simulate({
      end: '10:00',
      settings: { breakIntervalMin: 120 },
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:10', type: 'idle' },
        { at: '09:11:30', type: 'active' }, // 90 s: reading, still sitting
        { at: '09:20', type: 'idle' },
        { at: '09:23', type: 'active' }, // 3 min: excluded, bout goes on
        { at: '09:40', type: 'idle' },
        { at: '09:50', type: 'active' }, // 10 min: a natural break
      ],
    });
    expect(bouts(r)).toEqual([
      ['09:00', '09:40', 37 * 60, 'away'],
      ['09:50', '10:00', 10 * 60, 'end'],
    ]);
    expect(r.summary.naturalBreaks).toBe(1);
    expect(r.history.filter((e) => e.type === 'short-gap')).toHaveLength(1);
  });

  it('classifies a screen lock and a suspend by their length like any other gap', () => {
    const r = simulate({
      end: '11:00',
      settings: { breakIntervalMin: 120 },
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:10', type: 'lock' },
        { at: '09:11', type: 'unlock' },
        { at: '09:11', type: 'active' }, // 1 min locked: counts
        { at: '09:30', type: 'suspend' },
        { at: '09:34', type: 'resume' },
        { at: '09:34', type: 'active' }, // 4 min asleep: excluded
        { at: '10:00', type: 'lock' },
        { at: '10:20', type: 'unlock' },
        { at: '10:21', type: 'active' }, // 20 min locked: a natural break
      ],
    });
    // The 4-min sleep is excluded as a whole: input seen soon after the resume dates the return to the resume.
    expect(bouts(r)).toEqual([
      ['09:00', '10:00', 56 * 60, 'away'],
      // Input a minute after the unlock: whoever unlocked was there, so the new bout starts at the unlock.
      ['10:20', '11:00', 40 * 60, 'end'],
    ]);
  });

  it('notices a suspend nobody announced from the wall clock running ahead of the monotonic clock', () => {
    const r = simulate({
      end: '11:00',
      settings: { breakIntervalMin: 120 },
      events: [
        { at: '09:00', type: 'active' },
        { at: '10:00', type: 'suspend', silent: true },
        { at: '10:30', type: 'resume', silent: true },
        { at: '10:30', type: 'active' },
      ],
    });
    expect(r.bouts).toHaveLength(2);
    const [first, second] = r.bouts;
    // The engine learns of the sleep only when its timer next fires, so the edges are known to within one
    // wake interval (2 min) — never wrong by the length of the sleep.
    expect(hm(first!.end) >= '09:58' && hm(first!.end) <= '10:00').toBe(true);
    expect(first!.endedBy).toBe('away');
    expect(hm(second!.start) >= '10:30' && hm(second!.start) <= '10:32').toBe(true);
    expect(r.summary.sittingSeconds).toBeLessThanOrEqual(90 * 60);
  });
});

describe('rule 2: prompts and reminders', () => {
  it('prompts when sitting reaches the interval and reminds every 5 min while the break stays due', () => {
    const r = simulate({ end: '09:42', events: [{ at: '09:00', type: 'active' }] });
    expect(prompts(r)).toEqual(['09:30 break', '09:35 reminder', '09:40 reminder']);
    expect(r.prompts[0]!.routine).toBeTruthy();
  });

  it('uses the configured interval, and excluded gaps push the prompt back by their length', () => {
    const r = simulate({
      end: '10:00',
      settings: { breakIntervalMin: 45 },
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:20', type: 'idle' },
        { at: '09:24', type: 'active' },
      ],
    });
    expect(prompts(r)[0]).toBe('09:49 break');
  });

  it('never prompts while the user is away, and withdraws a due break once they take a natural one', () => {
    const r = simulate({
      end: '10:30',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'idle' },
        { at: '09:50', type: 'active' },
      ],
    });
    expect(prompts(r)).toEqual(['09:30 break', '10:20 break', '10:25 reminder']);
  });
});

describe('rule 3: snooze, skip, start now', () => {
  it('snoozes for 5 min at most twice per bout and refuses a third with a clear reason', () => {
    const r = simulate({
      end: '09:50',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'command', command: 'snooze' },
        { at: '09:37', type: 'command', command: 'snooze' },
        { at: '09:43', type: 'command', command: 'snooze' },
      ],
    });
    expect(prompts(r)).toEqual(['09:30 break', '09:36 reminder', '09:42 reminder', '09:47 reminder']);
    expect(r.summary.snoozed).toBe(2);
    expect(r.refused).toEqual([
      { at: expect.stringContaining('09:43'), command: 'snooze', reason: expect.stringMatching(/No snoozes left for this sitting bout \(at most 2\)/) },
    ]);
  });

  it('refuses to snooze or skip when no break is due', () => {
    const r = simulate({
      end: '09:20',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:05', type: 'command', command: 'snooze' },
        { at: '09:06', type: 'command', command: 'skip' },
      ],
    });
    expect(r.refused.map((x) => x.reason)).toEqual([expect.stringMatching(/no break is due/), expect.stringMatching(/no break is due/)]);
  });

  it('records a skip, keeps the bout going and prompts again one full interval later', () => {
    const r = simulate({
      end: '10:10',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'command', command: 'skip' },
      ],
    });
    expect(prompts(r)).toEqual(['09:30 break', '10:01 break', '10:06 reminder']);
    expect(r.summary.skipped).toBe(1);
    expect(r.bouts).toHaveLength(1);
  });

  it('accepts start-break at any time', () => {
    const r = simulate({
      end: '09:10',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:05', type: 'command', command: 'start-break' },
      ],
    });
    expect(r.refused).toEqual([]);
  });
});

describe('rule 4: routines', () => {
  it('a completed standing routine ends the bout at its start and the next prompt is a full interval after it', () => {
    const r = simulate({
      end: '10:10',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'routine', routine: 'stand-stretch', posture: 'standing', seconds: 150 },
      ],
    });
    expect(bouts(r)).toEqual([
      ['09:00', '09:31', 31 * 60, 'break'],
      ['09:33:30', '10:10', 36 * 60 + 30, 'end'],
    ]);
    expect(prompts(r)).toEqual(['09:30 break', '10:03:30 break', '10:08:30 reminder']);
    expect(r.summary.breaksTaken).toBe(1);
  });

  it('a seated routine is a posture break: the bout goes on and a standing routine is suggested 10 min after it', () => {
    const r = simulate({
      end: '09:50',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'routine', routine: 'seated-reset', posture: 'seated', seconds: 120 },
      ],
    });
    expect(r.bouts).toHaveLength(1);
    expect(r.bouts[0]!.sittingSeconds).toBe(50 * 60);
    expect(r.prompts.map((p) => [hm(p.at), p.kind, p.routine])).toEqual([
      ['09:30', 'break', 'move-break'],
      ['09:43', 'break', 'stand-stretch'],
      ['09:48', 'reminder', 'stand-stretch'],
    ]);
    const taken = r.history.filter((e) => e.type === 'break');
    expect(taken).toEqual([expect.objectContaining({ posture: 'seated', seconds: 120, partial: false })]);
  });

  it('a routine given up within 60 s only acknowledges the prompt; after 60 s it counts, marked partial', () => {
    const quick = simulate({
      end: '09:40',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'routine', posture: 'standing', seconds: 30, abandoned: true },
      ],
    });
    expect(quick.summary.breaksTaken).toBe(0);
    expect(quick.history.some((e) => e.type === 'acknowledged')).toBe(true);
    expect(prompts(quick)).toEqual(['09:30 break', '09:36:30 reminder']);
    expect(quick.bouts).toHaveLength(1);

    const partial = simulate({
      end: '09:40',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'routine', posture: 'standing', seconds: 90, abandoned: true },
      ],
    });
    expect(partial.history.filter((e) => e.type === 'break')).toEqual([expect.objectContaining({ partial: true, seconds: 90 })]);
    expect(partial.bouts[0]!.endedBy).toBe('break');
  });
});

describe('rule 5: standing mode', () => {
  it('pauses the sitting clock for a short stand, and a long one ends the bout at its start', () => {
    const r = simulate({
      end: '11:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:10', type: 'command', command: 'standing-on' },
        { at: '09:13', type: 'command', command: 'standing-off' },
        { at: '09:40', type: 'command', command: 'standing-on' },
        { at: '10:40', type: 'command', command: 'standing-off' },
      ],
    });
    expect(bouts(r)[0]).toEqual(['09:00', '09:40', 37 * 60, 'break']);
    expect(prompts(r)).toEqual(['09:33 break', '09:38 reminder', '10:25 break']);
    expect(r.prompts[2]!.routine).toBe('move-break');
    const standing = r.history.filter((e) => e.type === 'standing');
    expect(standing.map((e) => (e.type === 'standing' ? e.seconds : 0))).toEqual([180, 3600]);
    expect(hm(r.bouts[1]!.start)).toBe('10:40');
  });
});

describe('rule 6: pause and working hours', () => {
  it('a pause ends the bout, silences prompts and a new bout starts when it ends', () => {
    const r = simulate({
      end: '11:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:20', type: 'command', command: 'pause', for: '1h' },
      ],
    });
    expect(bouts(r)).toEqual([
      ['09:00', '09:20', 20 * 60, 'pause'],
      ['10:20', '11:00', 40 * 60, 'end'],
    ]);
    expect(prompts(r)).toEqual(['10:50 break', '10:55 reminder']);
  });

  it('pause until tomorrow lasts until the day boundary; resume ends any pause; resume when not paused is refused', () => {
    const r = simulate({
      end: '2026-03-03T05:00:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:05', type: 'command', command: 'resume' },
        { at: '16:00', type: 'command', command: 'pause', until: 'tomorrow' },
      ],
      settings: { breakIntervalMin: 120 },
    });
    expect(r.refused).toEqual([expect.objectContaining({ command: 'resume', reason: expect.stringMatching(/Not paused/) })]);
    expect(bouts(r).map((b) => b.slice(0, 2))).toEqual([
      ['09:00', '16:00'],
      ['04:00', '05:00'],
    ]);
  });

  it('tracks only inside working hours, with several ranges a day', () => {
    const r = simulate({
      start: '08:00',
      end: '18:00',
      settings: {
        workingHours: { enabled: true, days: { mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }] } },
        breakIntervalMin: 120,
      },
      events: [{ at: '08:00', type: 'active' }],
    });
    expect(bouts(r)).toEqual([
      ['09:00', '12:00', 180 * 60, 'pause'],
      ['13:00', '17:00', 240 * 60, 'pause'],
    ]);
    expect(prompts(r).every((p) => (p >= '09:00' && p < '12:00') || (p >= '13:00' && p < '17:00'))).toBe(true);
    expect(prompts(r)[0]).toBe('11:00 break');
  });
});

describe('rule 7: eye micro-breaks', () => {
  it('nudges after 20 min of input, but never within 5 min of a due break', () => {
    const r = simulate({
      end: '10:01',
      settings: { breakIntervalMin: 60, microBreak: { enabled: true } },
      events: [{ at: '09:00', type: 'active' }],
    });
    expect(prompts(r)).toEqual(['09:20 micro', '09:40 micro', '10:00 break']);
  });

  it('waits 10 min after any other prompt and is skipped when the break is close', () => {
    const close = simulate({
      end: '09:30',
      settings: { breakIntervalMin: 23, microBreak: { enabled: true } },
      events: [{ at: '09:00', type: 'active' }],
    });
    expect(prompts(close).filter((p) => p.endsWith('micro'))).toEqual([]);

    const afterSkip = simulate({
      end: '10:30',
      settings: { breakIntervalMin: 30, microBreak: { enabled: true } },
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:35', type: 'command', command: 'skip' },
      ],
    });
    // After the 09:30 prompt the next nudge waits until 09:40; the one after (10:00) would fall within 5 min of
    // the break due at 10:05, so it is dropped.
    // Three reminders (the default limit), then the break counts as ignored at 10:25 and Limber is quiet.
    expect(prompts(afterSkip)).toEqual(['09:20 micro', '09:30 break', '09:40 micro', '10:05 break', '10:10 reminder', '10:15 reminder', '10:20 reminder']);
  });

  it('is off by default', () => {
    const r = simulate({ end: '09:29', events: [{ at: '09:00', type: 'active' }] });
    expect(r.prompts).toEqual([]);
  });
});

describe('"Were you up?": a short gap counted as a break', () => {
  it('cuts the bout at the gap, carries the sitting since into a new bout, and keeps history truthful', () => {
    const r = simulate({
      end: '10:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:20', type: 'idle' },
        { at: '09:24', type: 'active' },
        { at: '09:30', type: 'command', command: 'count-gap-as-break' },
        { at: '09:31', type: 'command', command: 'count-gap-as-break' },
      ],
    });
    expect(bouts(r)).toEqual([
      ['09:00', '09:20', 20 * 60, 'away'],
      ['09:24', '10:00', 36 * 60, 'end'],
    ]);
    expect(r.history.filter((e) => e.type === 'short-gap' || e.type === 'natural-break').map((e) => [e.type, 'confirmed' in e && e.confirmed])).toEqual([
      ['short-gap', false],
      ['natural-break', true],
    ]);
    expect(r.summary.naturalBreaks).toBe(1);
    expect(prompts(r)).toEqual(['09:54 break', '09:59 reminder']);
    expect(r.refused).toEqual([expect.objectContaining({ command: 'count-gap-as-break', reason: 'No recent short gap to count as a break.' })]);
  });
});

