import type { DaySummary } from '../../../electron/common/history-summary.js';
import type { HistoryView } from '../../../electron/common/ipc-contract.js';

/**
 * The days the history screen shows. A history day ends at the user's day-boundary hour (04:00 by default), so
 * "today" is the local date of now minus that many hours: at 01:30 it is still yesterday's evening.
 */

const DAY_MS = 86_400_000;

function keyOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function todayKey(now: number, boundaryHour: number): string {
  return keyOf(new Date(now - boundaryHour * 3_600_000));
}

/** `count` day keys ending with `last`, oldest first. Noon keeps daylight-saving changes from skipping a day. */
export function daysEndingOn(last: string, count: number): string[] {
  const [y, m, d] = last.split('-').map(Number) as [number, number, number];
  const noon = new Date(y, m - 1, d, 12).getTime();
  return Array.from({ length: count }, (_, i) => keyOf(new Date(noon - (count - 1 - i) * DAY_MS)));
}

export function emptySummary(): DaySummary {
  return {
    sittingSeconds: 0,
    longestBoutSeconds: 0,
    boutCount: 0,
    breaksTaken: 0,
    postureBreaks: 0,
    breaksSkipped: 0,
    breaksIgnored: 0,
    naturalBreaks: 0,
    snoozed: 0,
    prompts: 0,
    microBreaks: 0,
    uprightSeconds: 0,
    shortGaps: 0,
    held: [],
  };
}

export interface ShownDay {
  day: string;
  summary: DaySummary;
  /** False for a day with nothing recorded, drawn as a gap rather than as zero sitting. */
  recorded: boolean;
}

export function showDays(view: HistoryView, keys: readonly string[]): ShownDay[] {
  const known = new Map(view.days.map((d) => [d.day, d.summary]));
  return keys.map((day) => {
    const summary = known.get(day);
    return { day, summary: summary ?? emptySummary(), recorded: summary !== undefined };
  });
}

/** Breaks of every kind the user took: standing or moving, seated, and away from the desk. */
export function breaksOf(summary: DaySummary): number {
  return summary.breaksTaken + summary.postureBreaks + summary.naturalBreaks;
}
