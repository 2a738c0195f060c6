import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../electron/common/history-events.js';
import { emptyDaySummary, summarizeDay, summarizeDays } from '../../electron/common/history-summary.js';

const ZONE = 'Europe/Berlin';
const BOUNDARY = 4;
/** 2026-05-12 09:00 in Berlin (CEST, UTC+2). */
const MORNING = Date.UTC(2026, 4, 12, 7, 0);
const MIN = 60_000;

function at(minutesAfterMorning: number): number {
  return MORNING + minutesAfterMorning * MIN;
}

const day: HistoryEvent[] = [
  { type: 'prompt', at: at(0), kind: 'break', routine: 'neck-roll', reason: 'sitting' },
  { type: 'snoozed', at: at(1), minutes: 10 },
  { type: 'prompt', at: at(11), kind: 'break', routine: 'neck-roll', reason: 'sitting' },
  { type: 'bout', at: at(12), start: at(-50), end: at(12), sittingSeconds: 3600, cause: 'break' },
  { type: 'break', at: at(15), start: at(12), routine: 'hip-opener', posture: 'standing', seconds: 180, partial: false },
  { type: 'acknowledged', at: at(15), routine: 'hip-opener', seconds: 180 },
  { type: 'prompt', at: at(40), kind: 'micro', routine: null, reason: 'sitting' },
  { type: 'short-gap', at: at(60), start: at(57), end: at(60), seconds: 180 },
  { type: 'prompt', at: at(80), kind: 'reminder', routine: 'wrist-circles', reason: 'sitting' },
  { type: 'break', at: at(82), start: at(80), routine: 'wrist-circles', posture: 'seated', seconds: 120, partial: false },
  { type: 'prompt', at: at(100), kind: 'break', routine: null, reason: 'standing' },
  { type: 'skipped', at: at(101) },
  { type: 'bout', at: at(130), start: at(15), end: at(130), sittingSeconds: 6720, cause: 'away' },
  { type: 'natural-break', at: at(160), start: at(130), end: at(160), seconds: 1800 },
  { type: 'standing', at: at(220), start: at(160), end: at(220), seconds: 3600 },
  { type: 'bout', at: at(300), start: at(220), end: at(300), sittingSeconds: 4500, cause: 'break' },
  { type: 'break', at: at(305), start: at(300), routine: 'walk', posture: 'moving', seconds: 290, partial: true },
  { type: 'held', at: at(340), start: at(310), end: at(340), seconds: 1800, kind: 'break', reasons: ['call'], outcome: 'delivered', limitNotice: false },
  { type: 'held', at: at(380), start: at(375), end: at(380), seconds: 300, kind: 'micro', reasons: ['call'], outcome: 'dropped', limitNotice: false },
  { type: 'held', at: at(420), start: at(380), end: at(420), seconds: 2400, kind: 'reminder', reasons: ['call', 'dnd'], outcome: 'delivered', limitNotice: false },
  { type: 'held', at: at(450), start: at(440), end: at(450), seconds: 600, kind: 'break', reasons: ['presentation'], outcome: 'withdrawn', limitNotice: false },
];

describe('summarizeDay', () => {
  it('gives all zeros for an empty day', () => {
    expect(summarizeDay([])).toEqual(emptyDaySummary());
    const { held, ...counts } = summarizeDay([]);
    expect(held).toEqual([]);
    expect(Object.values(counts).every((value) => value === 0)).toBe(true);
  });

  it('counts a hand-made day', () => {
    expect(summarizeDay(day)).toEqual({
      sittingSeconds: 3600 + 6720 + 4500,
      longestBoutSeconds: 6720,
      boutCount: 3,
      breaksTaken: 2,
      postureBreaks: 1,
      breaksSkipped: 1,
      breaksIgnored: 0,
      naturalBreaks: 1,
      snoozed: 1,
      prompts: 4,
      microBreaks: 1,
      uprightSeconds: 180 + 290 + 3600,
      shortGaps: 1,
      // Held spans count under the reason that first held them; a dropped micro-break held nothing.
      held: [
        { reason: 'call', count: 2, seconds: 1800 + 2400 },
        { reason: 'presentation', count: 1, seconds: 600 },
      ],
    });
  });

  it('counts a partial upright break as taken, because it still ended the bout', () => {
    const partial: HistoryEvent = {
      type: 'break',
      at: at(5),
      start: at(0),
      routine: null,
      posture: 'moving',
      seconds: 40,
      partial: true,
    };
    expect(summarizeDay([partial])).toMatchObject({ breaksTaken: 1, postureBreaks: 0, uprightSeconds: 40 });
  });

  it('does not count natural-break time as upright', () => {
    const away: HistoryEvent = { type: 'natural-break', at: at(30), start: at(0), end: at(30), seconds: 1800 };
    expect(summarizeDay([away])).toMatchObject({ naturalBreaks: 1, uprightSeconds: 0 });
  });
});

describe('summarizeDays', () => {
  it('returns an empty map for no events', () => {
    expect(summarizeDays([], ZONE, BOUNDARY).size).toBe(0);
  });

  it('files a bout that crosses 04:00 under the day it ended in', () => {
    // 2026-05-13 03:30 and 04:30 in Berlin.
    const beforeBoundary = Date.UTC(2026, 4, 13, 1, 30);
    const afterBoundary = Date.UTC(2026, 4, 13, 2, 30);
    const events: HistoryEvent[] = [
      { type: 'bout', at: afterBoundary, start: beforeBoundary, end: afterBoundary, sittingSeconds: 3600, cause: 'end' },
      { type: 'skipped', at: beforeBoundary },
    ];
    const summaries = summarizeDays(events, ZONE, BOUNDARY);
    expect([...summaries.keys()]).toEqual(['2026-05-12', '2026-05-13']);
    expect(summaries.get('2026-05-12')).toMatchObject({ boutCount: 0, breaksSkipped: 1 });
    expect(summaries.get('2026-05-13')).toMatchObject({ boutCount: 1, sittingSeconds: 3600 });
  });

  it('agrees with summarizeDay for a single day', () => {
    expect(summarizeDays(day, ZONE, BOUNDARY)).toEqual(new Map([['2026-05-12', summarizeDay(day)]]));
  });
});
