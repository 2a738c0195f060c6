import type { DaySummary } from '../../../electron/common/history-summary.js';
import type { HistoryView } from '../../../electron/common/ipc-contract.js';
import { zeroDay } from './settings-window.js';

/**
 * Made-up but plausible history for the history screen: a month of working days with weekends off, from a
 * fixed seed so every run draws the same chart.
 */

export function localKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Day keys ending with the day of `now`, oldest first, as the page counts them (noon, so DST cannot skip one). */
export function daysUpTo(now: Date, count: number): string[] {
  const noon = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12).getTime();
  return Array.from({ length: count }, (_, i) => localKey(new Date(noon - (count - 1 - i) * 86_400_000)));
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function workingDay(random: () => number): DaySummary {
  const bouts = 6 + Math.floor(random() * 6);
  const longest = (25 + Math.floor(random() * 80)) * 60;
  return {
    ...zeroDay(),
    sittingSeconds: Math.max(longest, (4 * 60 + Math.floor(random() * 180)) * 60),
    longestBoutSeconds: longest,
    boutCount: bouts,
    breaksTaken: Math.floor(random() * 6),
    postureBreaks: Math.floor(random() * 3),
    breaksSkipped: Math.floor(random() * 3),
    naturalBreaks: 1 + Math.floor(random() * 4),
    prompts: bouts,
    uprightSeconds: Math.floor(random() * 90) * 60,
  };
}

export function monthOfHistory(now: Date, seed = 7): { view: HistoryView; today: DaySummary; keys: string[] } {
  const random = seeded(seed);
  const keys = daysUpTo(now, 30);
  const days = keys
    .filter((day) => {
      const weekday = new Date(`${day}T12:00:00`).getDay();
      return weekday !== 0 && weekday !== 6;
    })
    .map((day) => ({ day, summary: workingDay(random) }));
  const today = days.find((d) => d.day === keys[keys.length - 1])?.summary ?? zeroDay();
  return { view: { days, events: [] }, today, keys };
}
