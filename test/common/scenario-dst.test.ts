import { describe, expect, it } from 'vitest';
import { simulate } from '../support/scenario-runner.js';

/**
 * Days on which the user's clock does not run 24 ordinary hours, in Europe/Berlin: 29 March 2026 springs forward
 * (02:00 becomes 03:00), 25 October 2026 falls back (03:00 becomes 02:00 again). Durations are elapsed time;
 * working-hours edges, the history day's start and every printed time follow the local clock.
 */

const prompts = (r: ReturnType<typeof simulate>) => r.prompts.map((p) => `${p.at} ${p.kind}`);
const bouts = (r: ReturnType<typeof simulate>) => r.bouts.map((b) => [b.start, b.end, b.sittingSeconds, b.endedBy]);

describe('spring forward', () => {
  it('keeps working hours on local time: 01:00–04:00 is two hours of sitting, and prompts come after 45 min of it', () => {
    const r = simulate({
      date: '2026-03-29',
      start: '00:30',
      end: '05:00',
      settings: { breakIntervalMin: 45, maxReminders: 0, workingHours: { enabled: true, days: { sun: [{ start: '01:00', end: '04:00' }] } } },
      events: [{ at: '00:30', type: 'active' }],
    });
    expect(bouts(r)).toEqual([['2026-03-29T01:00:00+01:00', '2026-03-29T04:00:00+02:00', 2 * 3600, 'pause']]);
    // Ignored at 01:50 (no reminders allowed), the next prompt is 45 min of sitting later: 01:50 + 45 min is 03:35
    // on a clock that skipped 02:00–03:00.
    expect(prompts(r)).toEqual(['2026-03-29T01:45:00+01:00 break', '2026-03-29T03:35:00+02:00 break']);
  });

  it('ends a pause "until tomorrow" at 04:00 local time, five hours after 22:00', () => {
    const r = simulate({
      date: '2026-03-28',
      start: '21:00',
      end: '2026-03-29T07:00:00',
      settings: { breakIntervalMin: 120, dayBoundaryHour: 4 },
      events: [
        { at: '21:00', type: 'active' },
        { at: '22:00', type: 'command', command: 'pause', until: 'tomorrow' },
      ],
    });
    expect(bouts(r)).toEqual([
      ['2026-03-28T21:00:00+01:00', '2026-03-28T22:00:00+01:00', 3600, 'pause'],
      ['2026-03-29T04:00:00+02:00', '2026-03-29T07:00:00+02:00', 3 * 3600, 'end'],
    ]);
    expect(r.prompts[0]!.at).toBe('2026-03-29T06:00:00+02:00');
  });
});

describe('fall back', () => {
  it('prompts at the right instants through the repeated hour: 02:30 summer time, then 02:35 winter time', () => {
    const r = simulate({
      date: '2026-10-25',
      start: '01:30',
      end: '04:30',
      settings: { breakIntervalMin: 60, maxReminders: 0 },
      events: [{ at: '01:30', type: 'active' }],
    });
    // 01:30 summer time to 04:30 winter time is four hours.
    expect(bouts(r)).toEqual([['2026-10-25T01:30:00+02:00', '2026-10-25T04:30:00+01:00', 4 * 3600, 'end']]);
    expect(prompts(r)).toEqual([
      '2026-10-25T02:30:00+02:00 break',
      '2026-10-25T02:35:00+01:00 break', // ignored at 02:35 summer time, then 60 min of sitting
      '2026-10-25T03:40:00+01:00 break',
    ]);
  });

  it('ends a pause "until tomorrow" at 04:00 local time, seven hours after 22:00', () => {
    const r = simulate({
      date: '2026-10-24',
      start: '21:00',
      end: '2026-10-25T07:00:00',
      settings: { breakIntervalMin: 120, dayBoundaryHour: 4 },
      events: [
        { at: '21:00', type: 'active' },
        { at: '22:00', type: 'command', command: 'pause', until: 'tomorrow' },
      ],
    });
    expect(bouts(r)).toEqual([
      ['2026-10-24T21:00:00+02:00', '2026-10-24T22:00:00+02:00', 3600, 'pause'],
      ['2026-10-25T04:00:00+01:00', '2026-10-25T07:00:00+01:00', 3 * 3600, 'end'],
    ]);
  });
});

describe('a time-zone change', () => {
  it('moves working hours to the new zone: flying to New York at noon ends the day there at 06:00 and it starts again at 09:00', () => {
    const r = simulate({
      end: '17:00',
      settings: { breakIntervalMin: 120, workingHours: { enabled: true, days: { mon: [{ start: '09:00', end: '17:00' }] } } },
      events: [
        { at: '09:00', type: 'active' },
        { at: '12:00', type: 'time-zone', to: 'America/New_York' },
      ],
    });
    expect(bouts(r)).toEqual([
      ['2026-03-02T09:00:00+01:00', '2026-03-02T06:00:00-05:00', 3 * 3600, 'pause'],
      ['2026-03-02T09:00:00-05:00', '2026-03-02T11:00:00-05:00', 2 * 3600, 'end'],
    ]);
    expect(r.prompts.map((p) => p.at)).toEqual([
      '2026-03-02T11:00:00+01:00',
      '2026-03-02T11:05:00+01:00',
      '2026-03-02T11:10:00+01:00',
      '2026-03-02T11:15:00+01:00',
    ]);
  });
});
