import { describe, expect, it } from 'vitest';
import { historyDayKey, instantOf, nextDayStart } from '../../electron/common/calendar.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { isWithinWorkingHours, lastWorkingHoursEdge, nextWorkingHoursEdge } from '../../electron/common/working-hours.js';
import { advanceTimeline, CLOCK_SLACK_MS } from '../../electron/common/timeline.js';

const hours = {
  enabled: true,
  days: { ...DEFAULT_SETTINGS.workingHours.days, mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }] },
};
const berlin = (iso: string) => Date.parse(iso);

describe('history days', () => {
  it('run from 04:00 to 04:00 local time, including across daylight-saving changes', () => {
    expect(historyDayKey(berlin('2026-10-25T03:30:00+01:00'), 'Europe/Berlin', 4)).toBe('2026-10-24');
    expect(historyDayKey(berlin('2026-10-25T04:00:00+01:00'), 'Europe/Berlin', 4)).toBe('2026-10-25');
    // The autumn day has 25 hours: 04:00 to 04:00 spans one extra hour of real time.
    const start = instantOf({ year: 2026, month: 10, day: 24 }, 4 * 60, 'Europe/Berlin');
    expect(nextDayStart(start, 'Europe/Berlin', 4) - start).toBe(25 * 3600_000);
  });
});

describe('working hours', () => {
  it('answer inside or outside, with several ranges a day', () => {
    expect(isWithinWorkingHours(berlin('2026-03-02T09:30:00+01:00'), hours, 'Europe/Berlin')).toBe(true);
    expect(isWithinWorkingHours(berlin('2026-03-02T12:30:00+01:00'), hours, 'Europe/Berlin')).toBe(false);
    expect(isWithinWorkingHours(berlin('2026-03-01T10:00:00+01:00'), hours, 'Europe/Berlin')).toBe(false); // Sunday
    expect(isWithinWorkingHours(berlin('2026-03-01T10:00:00+01:00'), { ...hours, enabled: false }, 'Europe/Berlin')).toBe(true);
  });

  it('find the next and the last edge, skipping days off', () => {
    expect(nextWorkingHoursEdge(berlin('2026-03-02T10:00:00+01:00'), hours, 'Europe/Berlin')).toBe(berlin('2026-03-02T12:00:00+01:00'));
    expect(nextWorkingHoursEdge(berlin('2026-03-02T18:00:00+01:00'), hours, 'Europe/Berlin')).toBe(berlin('2026-03-03T09:00:00+01:00'));
    expect(nextWorkingHoursEdge(berlin('2026-03-06T18:00:00+01:00'), hours, 'Europe/Berlin')).toBe(berlin('2026-03-09T09:00:00+01:00'));
    expect(lastWorkingHoursEdge(berlin('2026-03-02T12:30:00+01:00'), hours, 'Europe/Berlin')).toBe(berlin('2026-03-02T12:00:00+01:00'));
    expect(nextWorkingHoursEdge(0, { ...hours, enabled: false }, 'Europe/Berlin')).toBeNull();
  });
});

describe('engine timeline', () => {
  it('advances by the monotonic clock, so wall-clock jumps back change no duration', () => {
    const a = advanceTimeline(null, 1_000_000, 0, 'p');
    const b = advanceTimeline(a.anchor, 1_000_000 - 3600_000 + 60_000, 60_000, 'p');
    expect(b.now - a.now).toBe(60_000);
    expect(b.unobserved).toBeNull();
    expect(b.wallOffset).toBe(-3600_000);
  });

  it('turns wall time that ran ahead of the monotonic clock into an unobserved span (a silent suspend)', () => {
    const a = advanceTimeline(null, 1_000_000, 5_000, 'p');
    const b = advanceTimeline(a.anchor, 1_000_000 + 30 * 60_000 + 10_000, 15_000, 'p');
    expect(b.unobserved).toEqual({ start: a.now, end: a.now + 30 * 60_000 });
    expect(b.now - a.now).toBe(30 * 60_000 + 10_000);
  });

  it('keeps whole milliseconds from a sub-millisecond monotonic clock, without drifting', () => {
    let step = advanceTimeline(null, 1_000_000, 0.4, 'p');
    for (let i = 1; i <= 1000; i++) {
      step = advanceTimeline(step.anchor, 1_000_000 + i * 60_000, 0.4 + i * 60_000.3, 'p');
      expect(Number.isInteger(step.now)).toBe(true);
    }
    expect(step.now - 1_000_000).toBe(Math.floor(0.4 + 1000 * 60_000.3));
  });

  it('ignores clock drift within the slack, and treats a restart as an unobserved span', () => {
    const a = advanceTimeline(null, 1_000_000, 0, 'p');
    expect(advanceTimeline(a.anchor, 1_000_000 + 60_000 + CLOCK_SLACK_MS, 60_000, 'p').unobserved).toBeNull();
    const restarted = advanceTimeline(a.anchor, 1_000_000 + 600_000, 12, 'q');
    expect(restarted.unobserved).toEqual({ start: a.now, end: a.now + 600_000 });
    expect(advanceTimeline(a.anchor, 1_000_000 - 600_000, 12, 'q').now).toBe(a.now);
  });
});
