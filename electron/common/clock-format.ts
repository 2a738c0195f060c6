import { localParts } from './calendar.js';

export { formatMinutes } from './duration-text.js';

/**
 * Clock times as the user reads them in the tray and the status line. Absolute times ("≈ 10:42") rather than
 * countdowns ("in 19 min"), because the menu and tooltip are rebuilt only when the state changes: a countdown
 * would be wrong a minute later, an absolute time stays true until something happens.
 */

export interface ClockContext {
  timeZone: string;
  /** BCP 47 locale; decides 24-hour or AM/PM. */
  locale: string;
  /** Wall-clock now (epoch ms): times on another day get the weekday. */
  nowWall: number;
}

/** Building an Intl formatter costs far more than using one, and the tray asks on every change: keep them. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, kind: 'time' | 'weekday-time'): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time' ? { hour: 'numeric', minute: '2-digit', timeZone } : { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone };
    found = new Intl.DateTimeFormat(locale, options);
    if (formatters.size > 64) formatters.clear();
    formatters.set(key, found);
  }
  return found;
}

export function formatClockTime(wall: number, ctx: ClockContext): string {
  const a = localParts(wall, ctx.timeZone);
  const b = localParts(ctx.nowWall, ctx.timeZone);
  if (a.year === b.year && a.month === b.month && a.day === b.day) return formatter(ctx.locale, ctx.timeZone, 'time').format(wall);
  // One formatter for both, so each locale puts the weekday where it goes ("Di., 05:00", "5:00 (火)").
  return formatter(ctx.locale, ctx.timeZone, 'weekday-time').format(wall);
}

