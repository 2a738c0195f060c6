import { refreshTracking } from './bouts.js';
import type { EngineContext } from './context.js';
import type { TimingRule } from './timing-rule.js';

/**
 * Rules of the calendar: a pause ending, a working-hours edge, the history day turning. The first two start or
 * stop tracking and are applied each at its own instant, in order, even when one input covers several of them.
 */

export const pauseEndRule: TimingRule = {
  name: 'pause end',
  nextAt: (ctx) => ctx.s.pause?.until ?? null,
  fire: (ctx, at) => refreshTracking(ctx, at),
};

export const workingHoursEdgeRule: TimingRule = {
  name: 'working-hours edge',
  nextAt: (ctx, now) => ctx.workingHours(now).nextEdge,
  fire: (ctx, at) => refreshTracking(ctx, at),
};

/** The history day turns: nothing in the engine changes, but the app shows a new day, so it wakes. */
export const dayBoundaryRule: TimingRule = {
  name: 'day boundary',
  nextAt: (ctx, now) => ctx.nextDayStart(now),
  fire: () => {},
};

export const EDGE_RULES: readonly TimingRule[] = [pauseEndRule, workingHoursEdgeRule];

/** Applies every edge between two instants at its own time, then judges tracking as of the later one. */
export function passTimedEdges(ctx: EngineContext, from: number, to: number): void {
  let at = from;
  for (let guard = 0; guard < 64; guard++) {
    let next = Infinity;
    let rule: TimingRule | null = null;
    for (const r of EDGE_RULES) {
      const t = r.nextAt(ctx, at);
      if (t === null) continue;
      const when = Math.max(t, at);
      if (when <= to && when < next) {
        next = when;
        rule = r;
      }
    }
    if (!rule) break;
    at = next;
    rule.fire(ctx, at);
  }
  // A wall clock set back (or a new time zone) can move the user out of working hours without passing an edge.
  // When it was set between the two readings is unknown; it is applied now, at the reading that saw it, so that a
  // clock set in passing can never invent a stretch outside working hours and split a bout that really went on.
  refreshTracking(ctx, to);
}
