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

export function formatClockTime(wall: number, ctx: ClockContext): string {
  const time = new Intl.DateTimeFormat(ctx.locale, { hour: 'numeric', minute: '2-digit', timeZone: ctx.timeZone }).format(wall);
  const a = localParts(wall, ctx.timeZone);
  const b = localParts(ctx.nowWall, ctx.timeZone);
  if (a.year === b.year && a.month === b.month && a.day === b.day) return time;
  const weekday = new Intl.DateTimeFormat(ctx.locale, { weekday: 'short', timeZone: ctx.timeZone }).format(wall);
  return `${weekday} ${time}`;
}

