import { addDays, instantOf, localParts, weekdayOf, type LocalDate } from './calendar.js';
import { WEEKDAYS, minutesOfDay, type WorkingHours } from './settings.js';

/**
 * Working hours are local-time ranges per weekday. Every question is answered by turning the ranges of the days
 * around an instant into real instants in the user's zone, so a daylight-saving day gets its true length.
 */

interface Span {
  start: number;
  end: number;
}

function spansOn(date: LocalDate, hours: WorkingHours, timeZone: string): Span[] {
  const day = WEEKDAYS[weekdayOf(date)]!;
  return hours.days[day].map((r) => ({
    start: instantOf(date, minutesOfDay(r.start), timeZone),
    end: minutesOfDay(r.end) >= 24 * 60 ? instantOf(addDays(date, 1), 0, timeZone) : instantOf(date, minutesOfDay(r.end), timeZone),
  }));
}

/** Spans on the days from `from` to `to` days around the instant's local date, merged where they touch. */
function spansAround(ms: number, hours: WorkingHours, timeZone: string, from: number, to: number): Span[] {
  const p = localParts(ms, timeZone);
  const today = { year: p.year, month: p.month, day: p.day };
  const spans: Span[] = [];
  for (let offset = from; offset <= to; offset++) spans.push(...spansOn(addDays(today, offset), hours, timeZone));
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export function isWithinWorkingHours(ms: number, hours: WorkingHours, timeZone: string): boolean {
  if (!hours.enabled) return true;
  return spansAround(ms, hours, timeZone, -1, 0).some((s) => s.start <= ms && ms < s.end);
}

/** The next instant after `ms` at which tracking starts or stops because of working hours; null if never. */
export function nextWorkingHoursEdge(ms: number, hours: WorkingHours, timeZone: string): number | null {
  if (!hours.enabled) return null;
  for (const s of spansAround(ms, hours, timeZone, -1, 8)) {
    if (s.start > ms) return s.start;
    if (s.end > ms) return s.end;
  }
  return null;
}

/** The latest instant at or before `ms` at which working hours started or ended; null if none in the last week. */
export function lastWorkingHoursEdge(ms: number, hours: WorkingHours, timeZone: string): number | null {
  if (!hours.enabled) return null;
  let last: number | null = null;
  for (const s of spansAround(ms, hours, timeZone, -8, 0)) {
    if (s.start <= ms) last = s.start;
    if (s.end <= ms) last = s.end;
  }
  return last;
}

/**
 * Remembers the answer between two edges. Time-zone arithmetic is the engine's most expensive work, and between
 * edges the answer cannot change; a wall clock set back lands outside the window and is computed afresh.
 */
export class WorkingHoursWindow {
  private window: { hours: WorkingHours; zone: string; from: number; to: number; inside: boolean } | null = null;

  at(ms: number, hours: WorkingHours, timeZone: string): { inside: boolean; nextEdge: number | null } {
    let w = this.window;
    if (!w || w.hours !== hours || w.zone !== timeZone || ms < w.from || ms >= w.to) {
      const inside = isWithinWorkingHours(ms, hours, timeZone);
      const from = lastWorkingHoursEdge(ms, hours, timeZone) ?? Number.NEGATIVE_INFINITY;
      const to = nextWorkingHoursEdge(ms, hours, timeZone) ?? Number.POSITIVE_INFINITY;
      w = this.window = { hours, zone: timeZone, from, to, inside };
    }
    return { inside: w.inside, nextEdge: Number.isFinite(w.to) ? w.to : null };
  }
}
