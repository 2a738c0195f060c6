import { historyDayKey } from './calendar.js';
import type { HistoryEvent } from './history-events.js';
import type { QuietReason } from './quiet-moments.js';

export interface DaySummary {
  sittingSeconds: number;
  longestBoutSeconds: number;
  boutCount: number;
  /** Standing or moving breaks: the ones that ended a sitting bout. */
  breaksTaken: number;
  /** Seated breaks: good for the body, but the sitting bout went on. */
  postureBreaks: number;
  breaksSkipped: number;
  /** Breaks that went unanswered through every reminder: not a choice like a skip, so counted apart. */
  breaksIgnored: number;
  naturalBreaks: number;
  snoozed: number;
  /** Break and reminder prompts; micro prompts are counted by `microBreaks` instead. */
  prompts: number;
  /** Micro prompts: a micro-break is a nudge to shift or look away, not something the user reports back on. */
  microBreaks: number;
  /**
   * Only time known to be spent upright: standing or moving breaks plus standing spans. A natural break means
   * the user was away, which says nothing about posture, so it is left out.
   */
  uprightSeconds: number;
  shortGaps: number;
  /** Prompts held through quiet moments, by the reason that first held them ("held for calls: 2 × 35 min"). */
  held: HeldSummary[];
}

export interface HeldSummary {
  reason: QuietReason;
  count: number;
  seconds: number;
}

export function emptyDaySummary(): DaySummary {
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

function addEvent(summary: DaySummary, event: HistoryEvent): void {
  switch (event.type) {
    case 'bout':
      summary.sittingSeconds += event.sittingSeconds;
      summary.longestBoutSeconds = Math.max(summary.longestBoutSeconds, event.sittingSeconds);
      summary.boutCount += 1;
      return;
    case 'break':
      if (event.posture === 'seated') {
        summary.postureBreaks += 1;
      } else {
        summary.breaksTaken += 1;
        summary.uprightSeconds += event.seconds;
      }
      return;
    case 'standing':
      summary.uprightSeconds += event.seconds;
      return;
    case 'skipped':
      summary.breaksSkipped += 1;
      return;
    case 'ignored':
      summary.breaksIgnored += 1;
      return;
    case 'natural-break':
      summary.naturalBreaks += 1;
      // A confirmed break restates a short gap already counted; it is one or the other, never both.
      if (event.confirmed) summary.shortGaps -= 1;
      return;
    case 'snoozed':
      summary.snoozed += 1;
      return;
    case 'prompt':
      if (event.kind === 'micro') summary.microBreaks += 1;
      else summary.prompts += 1;
      return;
    case 'short-gap':
      summary.shortGaps += 1;
      return;
    case 'acknowledged':
      // An acknowledgement restates a prompt or break that is already counted.
      return;
    case 'held': {
      // A dropped micro-break held nothing for any time.
      if (event.outcome === 'dropped') return;
      const reason = event.reasons[0]!;
      let entry = summary.held.find((h) => h.reason === reason);
      if (!entry) summary.held.push((entry = { reason, count: 0, seconds: 0 }));
      entry.count += 1;
      entry.seconds += event.seconds;
      return;
    }
  }
}

export function summarizeDay(events: readonly HistoryEvent[]): DaySummary {
  const summary = emptyDaySummary();
  for (const event of events) addEvent(summary, event);
  return summary;
}

/** Spans still going on, which history records only once they end: seconds so far, or null for none. */
export interface OngoingSpans {
  boutSittingSeconds: number | null;
  standingSeconds: number | null;
}

/**
 * The day as the user is living it: what history holds plus the bout and the standing spell still open. Without
 * them, the longest bout of the day would read zero at exactly the moment it passes the 60 and 90 minute marks.
 */
export function withOngoing(summary: DaySummary, ongoing: OngoingSpans): DaySummary {
  const out = { ...summary };
  if (ongoing.boutSittingSeconds !== null) {
    out.sittingSeconds += ongoing.boutSittingSeconds;
    out.longestBoutSeconds = Math.max(out.longestBoutSeconds, ongoing.boutSittingSeconds);
    out.boutCount += 1;
  }
  if (ongoing.standingSeconds !== null) out.uprightSeconds += ongoing.standingSeconds;
  return out;
}

/**
 * Groups by the day of each event's `at`, which for spans is their end: a bout that runs across the day
 * boundary counts for the day it finished in, the same day the history store files it under.
 * Keys come out in ascending day order.
 */
export function summarizeDays(
  events: readonly HistoryEvent[],
  timeZone: string,
  boundaryHour: number,
): Map<string, DaySummary> {
  const byDay = new Map<string, HistoryEvent[]>();
  for (const event of events) {
    const key = historyDayKey(event.at, timeZone, boundaryHour);
    const dayEvents = byDay.get(key);
    if (dayEvents) dayEvents.push(event);
    else byDay.set(key, [event]);
  }
  const summaries = new Map<string, DaySummary>();
  for (const key of [...byDay.keys()].sort()) summaries.set(key, summarizeDay(byDay.get(key) ?? []));
  return summaries;
}
