import { TZDate } from '@date-fns/tz';

/**
 * Local-time arithmetic in one named IANA time zone. Durations never go through here: they are plain
 * millisecond differences. Only calendar questions do (what weekday is it, when is 04:00 tomorrow), and those
 * must be answered in the user's zone with daylight-saving rules applied.
 */

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const d = new TZDate(ms, timeZone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    weekday: d.getDay(),
  };
}

/**
 * The instant at which the zone's clocks read the given local time. A local time inside a spring-forward gap
 * resolves to the instant just after the gap, as clocks do; one inside a fall-back overlap resolves to the first.
 */
export function instantOf(date: LocalDate, minutesOfDay: number, timeZone: string): number {
  const hour = Math.floor(minutesOfDay / 60);
  const minute = minutesOfDay % 60;
  return new TZDate(date.year, date.month - 1, date.day, hour, minute, 0, 0, timeZone).getTime();
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function formatDateKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function parseDateKey(key: string): LocalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) throw new Error(`not a date key (YYYY-MM-DD): ${key}`);
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  // Date.UTC rolls 2026-02-30 over into March; a real date comes back unchanged.
  const back = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (date.month < 1 || date.month > 12 || back.getUTCMonth() !== date.month - 1 || back.getUTCDate() !== date.day) {
    throw new Error(`not a real date: ${key}`);
  }
  return date;
}

/**
 * The history day an instant belongs to. A day runs from `boundaryHour` local time to the same hour on the next
 * calendar date, so a late evening that runs past midnight stays one day.
 */
export function historyDayOf(ms: number, timeZone: string, boundaryHour: number): LocalDate {
  const p = localParts(ms, timeZone);
  const date = { year: p.year, month: p.month, day: p.day };
  return p.hour < boundaryHour ? addDays(date, -1) : date;
}

export function historyDayKey(ms: number, timeZone: string, boundaryHour: number): string {
  return formatDateKey(historyDayOf(ms, timeZone, boundaryHour));
}

/** The first instant of the history day after the one containing `ms`. */
export function nextDayStart(ms: number, timeZone: string, boundaryHour: number): number {
  const day = historyDayOf(ms, timeZone, boundaryHour);
  return instantOf(addDays(day, 1), boundaryHour * 60, timeZone);
}

/** The first instant of the history day containing `ms`. */
export function dayStart(ms: number, timeZone: string, boundaryHour: number): number {
  return instantOf(historyDayOf(ms, timeZone, boundaryHour), boundaryHour * 60, timeZone);
}

/** Remembers the current history day's bounds, which only change once a day (see WorkingHoursWindow for why). */
export class HistoryDayWindow {
  private window: { zone: string; boundaryHour: number; from: number; to: number } | null = null;

  nextStart(ms: number, timeZone: string, boundaryHour: number): number {
    let w = this.window;
    if (!w || w.zone !== timeZone || w.boundaryHour !== boundaryHour || ms < w.from || ms >= w.to) {
      w = this.window = { zone: timeZone, boundaryHour, from: dayStart(ms, timeZone, boundaryHour), to: nextDayStart(ms, timeZone, boundaryHour) };
    }
    return w.to;
  }
}
