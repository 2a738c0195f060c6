import type { Scenario, ScenarioEvent } from '../../electron/common/scenario.js';
import type { IdleSample } from '../../electron/common/sitting-engine.js';

/**
 * The world as a timer-driven engine saw it. Between two readings of its clocks the engine sees nothing; what
 * happened unannounced in between (a silent suspend, a wall clock set) it learns at the second reading, exactly in
 * size but not in place, and it places it by a fixed rule. `worldAsSeen` rewrites a scripted day so that each
 * such event happens where the engine placed it, and changes nothing a reading could see: the engine, run on the
 * rewritten day, must give exactly what it gave on the original one, and an engine reading every second must then
 * agree with it exactly. Each move is returned with the readings around it, to be held to the documented bound.
 */

/** One reading of the clocks by the engine, as the simulator's afterStep hook sees it. */
export interface Reading {
  at: number;
  /** The idle time the desktop reported at this reading. */
  idle: IdleSample;
  outsideHours: boolean;
  /** Neither paused nor outside working hours at this reading. */
  tracking: boolean;
  /** Watching for the user's absence (tracking, seated, outside routines) and not already seeing one. */
  present: boolean;
}

export interface Move {
  what: 'silent suspend' | 'clock jump';
  from: number;
  to: number;
  /** The readings around the event: the last one before it and the one that found it. */
  between: [number, number];
  /** Time the machine was awake between those two readings. */
  awakeBetweenReadingsMs: number;
  /** Whether the engine was tracking at the reading before it. */
  trackingBefore: boolean;
}

/** Working hours as the oracle's days have them, in wall-clock epoch ms. */
export interface Hours {
  inside(wall: number): boolean;
  edges: readonly number[];
}

const talks = (e: ScenarioEvent) =>
  ['command', 'routine', 'lock', 'unlock', 'quiet'].includes(e.type) || ((e.type === 'suspend' || e.type === 'resume') && !e.silent);

const silent = (e: ScenarioEvent, type: 'suspend' | 'resume') => e.type === type && 'silent' in e && e.silent;

export function worldAsSeen(scenario: Scenario, readings: readonly Reading[], hours: Hours | null): { scenario: Scenario; moves: Move[] } {
  const before = (t: number) => readings.findLast((r) => r.at < t) ?? readings[0]!;
  const atOrAfter = (t: number) => readings.find((r) => r.at >= t) ?? null;
  const moves: Move[] = [];
  let events = scenario.events.map((e) => ({ e }));
  /** Where a new event at `at` goes: after everything at that instant, or before the reading's event there. */
  const insert = (list: typeof events, e: ScenarioEvent, beforeReading: boolean) => {
    const i = list.findIndex((x) => x.e.at > e.at || (beforeReading && x.e.at === e.at && talks(x.e)));
    list.splice(i === -1 ? list.length : i, 0, { e });
  };
  /** Events at one instant, in order, ahead of everything else at it. */
  const insertFirst = (list: typeof events, block: ScenarioEvent[]) => {
    if (block.length === 0) return;
    const i = list.findIndex((x) => x.e.at >= block[0]!.at);
    list.splice(i === -1 ? list.length : i, 0, ...block.map((e) => ({ e })));
  };

  // Clock jumps (only working hours read the wall clock): where the engine's edges put them.
  if (hours) {
    let offset = 0;
    const jumps: Array<{ at: number; byMs: number; offsetAfter: number }> = [];
    for (const e of scenario.events) if (e.type === 'clock-jump') jumps.push({ at: e.at, byMs: e.byMs, offsetAfter: (offset += e.byMs) });
    for (const jump of jumps) {
      const p = before(jump.at);
      const c = atOrAfter(jump.at);
      if (!c) continue;
      // The engine applies the edges of the new clock from the reading before; if that clock puts the earlier
      // reading on the side it was judged on, the jump is as if just after it. Otherwise nothing changed until the
      // first edge of the new clock (or the reading that saw it), where the jump lands the clock.
      let to = p.at + 1;
      if (hours.inside(p.at + jump.offsetAfter) === p.outsideHours) {
        const edge = hours.edges.map((wall) => wall - jump.offsetAfter).find((t) => t > p.at && t <= c.at);
        to = edge ?? c.at;
      }
      events = events.filter((x) => !(x.e.type === 'clock-jump' && x.e.at === jump.at && x.e.byMs === jump.byMs));
      insert(events, { at: to, type: 'clock-jump', byMs: jump.byMs }, true);
      moves.push({ what: 'clock jump', from: jump.at, to, between: [p.at, c.at], awakeBetweenReadingsMs: awake(scenario, p.at, c.at), trackingBefore: p.tracking });
    }
  }

  // Silent suspends: between the reading before and the one that found them, placed as the engine placed them,
  // with the user's input in between reduced to what the reading that found them reported.
  const suspends: Array<{ from: number; to: number; p: Reading }> = [];
  for (let i = 0; i < scenario.events.length; i++) {
    const e = scenario.events[i]!;
    if (!silent(e, 'suspend')) continue;
    const resume = scenario.events.slice(i + 1).find((x) => silent(x, 'resume'));
    // An input to the engine just before it, at the same instant, was the last reading before it.
    const readBefore = scenario.events.slice(0, i).some((x) => x.at === e.at && talks(x));
    const p = readBefore ? readings.findLast((r) => r.at <= e.at)! : before(e.at);
    suspends.push({ from: e.at, to: resume?.at ?? scenario.end, p });
  }
  const groups = new Map<Reading, { p: Reading; c: Reading | null; ms: number; from: number }>();
  for (const s of suspends) {
    const p = s.p;
    const group = groups.get(p) ?? { p, c: atOrAfter(s.to), ms: 0, from: s.from };
    group.ms += s.to - s.from;
    groups.set(p, group);
  }
  for (const { p, c, ms, from } of groups.values()) {
    if (!c) continue;
    const idle = typeof c.idle === 'number' ? c.idle : null;
    const latestInput = idle === null ? null : c.at - idle;
    const end = latestInput !== null && latestInput > p.at && latestInput - ms >= p.at ? latestInput : c.at;
    // Between the two readings the engine saw nothing: the user's input there, and the sleep, are replaced by
    // what the later reading reported. Events at that reading's instant stay; what is put there goes first.
    const inSpan = (e: ScenarioEvent) =>
      (e.at > p.at && e.at < c.at && (e.type === 'active' || e.type === 'idle')) ||
      (e.at >= (from === p.at ? p.at : p.at + 1) && e.at <= c.at && (silent(e, 'suspend') || silent(e, 'resume')));
    events = events.filter((x) => !inSpan(x.e));
    if (end - ms < p.at || (end - ms === p.at && from !== p.at)) throw new Error(`a suspend placed at ${end - ms} is not after the reading before it`);
    // Back after it: at it until it began, as the engine takes them to be. Otherwise no input after the reading before.
    // (Typing resumes just after that reading: an event at its own instant would come before a timer's reading.)
    if (p.present && latestInput !== null && latestInput >= end) insert(events, { at: p.at + 1, type: 'active' }, false);
    else insert(events, { at: p.at, type: 'idle' }, false);
    // At the reading before's own instant, it comes after that reading.
    if (end - ms === p.at) insert(events, { at: p.at, type: 'suspend', silent: true }, false);
    else insertFirst(events, [{ at: end - ms, type: 'suspend', silent: true }]);
    const input: ScenarioEvent[] = latestInput !== null && latestInput > p.at ? [{ at: latestInput, type: 'active' }] : [];
    if (input.length > 0 && latestInput! < c.at) input.push({ at: latestInput!, type: 'idle' });
    if (latestInput === end) insertFirst(events, [{ at: end, type: 'resume', silent: true }, ...input]);
    else {
      insertFirst(events, input);
      insertFirst(events, [{ at: end, type: 'resume', silent: true }]);
    }
    moves.push({ what: 'silent suspend', from, to: end - ms, between: [p.at, c.at], awakeBetweenReadingsMs: c.at - p.at - ms, trackingBefore: p.tracking });
  }
  return { scenario: { ...scenario, events: events.map((x) => x.e) }, moves };
}

/** Time between two instants that the scripted machine was not asleep. */
function awake(scenario: Scenario, from: number, to: number): number {
  let asleepSince: number | null = null;
  let asleep = 0;
  for (const e of scenario.events) {
    if (e.type === 'suspend' && asleepSince === null) asleepSince = e.at;
    if (e.type === 'resume' && asleepSince !== null) {
      asleep += Math.max(0, Math.min(e.at, to) - Math.max(asleepSince, from));
      asleepSince = null;
    }
  }
  if (asleepSince !== null) asleep += Math.max(0, to - Math.max(asleepSince, from));
  return to - from - asleep;
}
