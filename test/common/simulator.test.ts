import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { parseScenario } from '../../electron/common/scenario.js';
import { runScenario } from '../../electron/common/simulation.js';
import { simulate } from '../support/scenario-runner.js';

/* The simulator runs the app's core: what a preview shows is what the app would do, and bad files say every problem. */

describe('the simulator runs the core', () => {
  it('keeps durations exact across a time-zone change and prints each time in the zone the clock showed then', () => {
    const r = simulate({
      settings: { breakIntervalMin: 120 },
      events: [
        { at: '09:00', type: 'active' },
        { at: '10:00', type: 'time-zone', to: 'America/New_York' },
        { at: '10:20', type: 'idle' },
      ],
    });
    expect(r.bouts[0]).toEqual({ start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T04:20:00-05:00', sittingSeconds: 80 * 60, endedBy: 'away' });
  });

  it('moves the day boundary with the zone: a pause until tomorrow ends at 04:00 in the new zone', () => {
    const r = simulate({
      end: '2026-03-03T17:00',
      settings: { dayBoundaryHour: 4 },
      events: [
        { at: '18:00', type: 'time-zone', to: 'America/New_York' },
        { at: '20:00', type: 'command', command: 'pause', until: 'tomorrow' },
        { at: '20:00', type: 'active' },
      ],
    });
    // 04:00 in New York is 10:00 in Berlin: without the zone change the pause would have ended six hours sooner.
    expect(r.bouts.at(-1)!.start).toBe('2026-03-03T04:00:00-05:00');
  });

  it('infers a screen lock from the idle state on Linux, so no prompt falls due while locked', () => {
    const day = (events: Array<Record<string, unknown>>) => simulate({ end: '10:30', platform: 'linux', events });
    const locked = day([
      { at: '09:00', type: 'active' },
      { at: '09:29', type: 'lock' },
      { at: '09:40', type: 'unlock' },
      { at: '09:40', type: 'active' },
    ]);
    expect(locked.prompts.filter((p) => p.at < '2026-03-02T09:40')).toEqual([]);
    // The same minutes merely idle (no lock): the break is due at 09:30, under the 2-minute away threshold.
    const idle = day([
      { at: '09:00', type: 'active' },
      { at: '09:29', type: 'idle' },
      { at: '09:40', type: 'active' },
    ]);
    expect(idle.prompts[0]!.at).toBe('2026-03-02T09:30:00+01:00');
  });

  it('applies the half-length rule: a named routine reaching its end in a third of its time is a break stopped early', () => {
    const r = simulate({
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:31', type: 'routine', routine: 'move-break', seconds: 60 },
      ],
    });
    expect(r.history.filter((e) => e.type === 'break')).toMatchObject([{ routine: 'move-break', posture: 'moving', seconds: 60, partial: true }]);
  });
});

describe('scenario errors', () => {
  const base = { timeZone: 'Europe/Berlin', start: '2026-03-02T09:00:00', end: '2026-03-02T17:00:00', events: [] as unknown[] };
  const errorsOf = (input: unknown) => {
    const result = parseScenario(input, { routine: (id) => defaultCatalogue.byId(id) });
    if (result.ok) throw new Error('expected the scenario to be refused');
    return result.errors;
  };

  it('reports every problem, each once and with its field in one form, even after a structural error', () => {
    const errors = errorsOf({
      ...base,
      events: [
        { at: '10:00', type: 'teleport' },
        { at: '2026-02-30T10:00', type: 'active' },
        { at: '11:00', type: 'routine', routine: 'handstand', seconds: 60 },
        { at: '18:30', type: 'idle' },
        { at: '12:00', type: 'clock-jump', by: '99999999999h' },
        { at: '12:00', type: 'time-zone', to: 'Mars/Olympus' },
        { at: '12:00', type: 'routine', routine: 'move-break', posture: 'seated', seconds: 60 },
      ],
    });
    expect(errors).toEqual([
      expect.stringMatching(/^events\[0\]\.type: type must be one of/),
      'events[1].at: 2026-02-30T10:00 is not a real date',
      "events[2].routine: no routine 'handstand' in the library",
      'events[3].at: 18:30 is outside the scenario (start to end)',
      'events[4].by: a clock jump is at most 1000000000h either way',
      'events[5].to: must be an IANA time zone such as America/New_York',
      "events[6].posture: routine 'move-break' is moving, not seated",
    ]);
    for (const error of errors) expect(error).not.toMatch(/events\.\d/);
  });

  it('refuses month 13 and impossible days at the top level too, naming the field', () => {
    expect(errorsOf({ ...base, start: '2026-13-01T09:00:00', end: '2026-13-02T09:00:00' })).toEqual([
      'start: 2026-13-01T09:00:00 is not a real date',
      'end: 2026-13-02T09:00:00 is not a real date',
    ]);
    expect(errorsOf({ ...base, end: '2026-02-29T17:00:00' })).toEqual(['end: 2026-02-29T17:00:00 is not a real date']);
  });

  it('refuses clock jumps that add up past what a date can hold, and runs the largest allowed one without crashing', () => {
    expect(errorsOf({ ...base, events: [{ at: '10:00', type: 'clock-jump', by: '600000000h' }, { at: '11:00', type: 'clock-jump', by: '600000000h' }] })).toEqual([
      'events[1].by: the clock jumps add up to more than 1000000000h',
    ]);
    const parsed = parseScenario({ ...base, events: [{ at: '09:00', type: 'active' }, { at: '10:00', type: 'clock-jump', by: '-1000000000h' }] });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = runScenario(parsed.value, defaultCatalogue);
    expect(r.summary.sittingSeconds).toBeGreaterThan(0);
    expect(r.summary.sittingSeconds).toBeLessThanOrEqual(8 * 3600);
  });
});
