import type { Posture } from './history-events.js';
import type { RoutineSummary, SuggestionRequest } from './routine-catalogue.js';

/**
 * Which break routine to offer. Deterministic on purpose: the same request always gets the same answer, so the
 * engine's behaviour can be replayed from history and tested without seeding anything.
 *
 * The rules are filters in priority order. Each one narrows the pool only if something survives it, so a lower
 * rule gives way when it cannot be met together with a higher one; and whenever some routine meets every rule,
 * the answer meets every rule. What is left is ranked by the soft preferences.
 */

export interface Candidate extends RoutineSummary {
  /** True when a step bends the spine forward. */
  flexion: boolean;
}

/** Break length grows with the interval: roughly 5 s of break per minute of sitting (Hedge 2 min per 30; Homer 6 per 60; CCOHS 5–10 min per hour). */
const SECONDS_PER_SITTING_MINUTE = 5;
const TARGET_MIN_SECONDS = 90;
const TARGET_MAX_SECONDS = 300;

/** Below the 45-minute preset the brief asks for 1–3 minute breaks; the 5-minute routine is for 45 and 60. */
const LONG_ROUTINE_FROM_INTERVAL_MIN = 45;
const SHORT_ROUTINE_MAX_SECONDS = 180;

export function targetSeconds(breakIntervalMin: number): number {
  const raw = breakIntervalMin * SECONDS_PER_SITTING_MINUTE;
  return Math.min(TARGET_MAX_SECONDS, Math.max(TARGET_MIN_SECONDS, raw));
}

export function maxSeconds(breakIntervalMin: number): number {
  return breakIntervalMin < LONG_ROUTINE_FROM_INTERVAL_MIN ? SHORT_ROUTINE_MAX_SECONDS : TARGET_MAX_SECONDS;
}

export function matchesWant(posture: Posture, want: SuggestionRequest['want']): boolean {
  switch (want) {
    case 'any':
      return true;
    case 'seated':
      return posture === 'seated';
    case 'upright':
      return posture !== 'seated';
    case 'moving':
      return posture === 'moving';
  }
}

/**
 * Standing still is only a partial break (Bailey & Locke 2015; Hedge), so at least every other break moves.
 * No routine yet today counts as "not moving": the brief puts movement first.
 */
export function movingDue(request: SuggestionRequest): boolean {
  return request.want !== 'seated' && request.lastPosture !== 'moving';
}

/** The hard rules, highest priority first. Exported so tests check exactly what the selection promises. */
export const RULES: ReadonlyArray<{ name: string; ok: (c: Candidate, r: SuggestionRequest) => boolean }> = [
  // Whole routines are excluded rather than trimmed: dropping the fold from Back Break would leave a different,
  // shorter routine under the same name and length, and the flexion-free routines already cover each posture.
  { name: 'flexion', ok: (c, r) => !r.flexionSensitive || !c.flexion },
  { name: 'want', ok: (c, r) => matchesWant(c.posture, r.want) },
  { name: 'alternation', ok: (c, r) => !movingDue(r) || c.posture === 'moving' },
  { name: 'repeat', ok: (c, r) => c.id !== r.lastRoutineId },
  { name: 'length', ok: (c, r) => c.seconds <= maxSeconds(r.breakIntervalMin) },
  // After a moving break the next one stretches, unless the moment itself calls for moving.
  { name: 'stretch-after-move', ok: (c, r) => r.lastPosture !== 'moving' || r.want === 'moving' || c.posture !== 'moving' },
];

function preferenceRank(posture: Posture, request: SuggestionRequest): number {
  const upright = posture !== 'seated';
  switch (request.preference) {
    case 'seated':
      return upright ? 1 : 0;
    case 'standing':
      return upright ? 0 : 1;
    case 'alternate':
      // After standing, sit; otherwise stand, since only upright routines end the sitting bout.
      return request.lastPosture === 'standing' ? (upright ? 1 : 0) : upright ? 0 : 1;
  }
}

export function selectRoutine<C extends Candidate>(candidates: readonly C[], request: SuggestionRequest): C {
  let pool = candidates;
  for (const rule of RULES) {
    const narrowed = pool.filter((c) => rule.ok(c, request));
    if (narrowed.length > 0) pool = narrowed;
  }
  const target = targetSeconds(request.breakIntervalMin);
  const recent = request.recentRoutineIds ?? [];
  // Never done lately ranks first; otherwise the one done longest ago. Length fit only breaks ties, or the
  // routine nearest the target length would be offered every time.
  const staleness = (id: string) => {
    const at = recent.indexOf(id);
    return at === -1 ? -Infinity : -at;
  };
  const ranked = pool
    .map((c, order) => ({ c, order, pref: preferenceRank(c.posture, request), fresh: staleness(c.id), fit: Math.abs(c.seconds - target) }))
    .sort((a, b) => a.pref - b.pref || (a.fresh === b.fresh ? 0 : a.fresh < b.fresh ? -1 : 1) || a.fit - b.fit || a.order - b.order);
  const best = ranked[0];
  if (!best) throw new Error('selectRoutine needs at least one candidate');
  return best.c;
}
