import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../electron/common/scenario.js';
import { runEngineScenario, type SimulationResult } from '../../electron/common/simulation.js';
import { testCatalogue } from '../support/engine-fixtures.js';

/**
 * The oracle for "one rule, one place". The engine only runs when its one timer fires, at `nextWakeAt`; if any
 * rule could decide to fire at a time no rule asked to be woken for, a run that samples every second would see
 * it first. So for random days (input, idle, locks, announced and silent suspends, clock jumps, commands,
 * routines, working hours), the run driven by `nextWakeAt` and the run sampled every second must give the same
 * prompts and the same bouts.
 *
 * Scripted events fall on whole minutes, where the return checks while away fall too, so a return is seen at the
 * same instant by both runs. One tolerance remains, the documented one: a silent suspend is placed at the last
 * comparison of the clocks before it, which for the timer-driven run is up to one short-gap threshold (2 min)
 * earlier, so a bout that a silent suspend ends may end up to that much earlier there.
 *
 * Clock jumps are left out of days with working hours: a jump moves a working-hours edge after the engine armed
 * its timer for it, so the edge is applied in its right place but only once the timer fires, and whether the
 * user was at the keyboard just before the edge is then known only as the sampled run knows it.
 *
 * Deterministic per seed: ORACLE_SEED picks the seed (a fixed one by default), ORACLE_RUNS the number of days,
 * and a failure names the seed to replay it.
 *
 * Known open (issue 9): ORACLE_SEED=1, 2 and 3 still find disagreements, each shrinking to a day with a silent
 * suspend. Seed 3 is understood: outside working hours the engine sleeps until the edge, and a silent suspend
 * delays that (monotonic) timer by its own length, so presence at the edge is judged that much late and the bout
 * starts late; comparing the clocks every 2 min outside tracking too would fix it at 30 wakes an hour. Seeds 1
 * and 2 are not analysed yet.
 */

const MIN = 60_000;
const SEED = Number(process.env.ORACLE_SEED ?? 20_261_201);
const RUNS = Number(process.env.ORACLE_RUNS ?? 24);
const SILENT_SUSPEND_TOLERANCE_MS = 2 * MIN;

const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('active' as const), minutes: fc.integer({ min: 1, max: 50 }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('idle' as const), minutes: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lock' as const), minutes: fc.integer({ min: 1, max: 30 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('suspend' as const), minutes: fc.integer({ min: 1, max: 60 }), silent: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock-jump' as const), minutes: fc.integer({ min: -180, max: 180 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      command: fc.constantFrom('start-break', 'snooze', 'skip', 'resume', 'standing-on', 'standing-off', 'pause', 'count-gap-as-break'),
      pauseMinutes: fc.constantFrom(30, 60),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('routine' as const),
      posture: fc.constantFrom('seated' as const, 'standing' as const, 'moving' as const),
      minutes: fc.integer({ min: 1, max: 5 }),
      abandoned: fc.boolean(),
    }),
  },
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const settingsArb = fc.record({
  breakIntervalMin: fc.constantFrom(10, 20, 30, 45),
  promptStyle: fc.constantFrom('gentle', 'window'),
  maxReminders: fc.integer({ min: 0, max: 4 }),
  microBreak: fc.record({ enabled: fc.boolean() }),
  workingHours: fc.record({
    enabled: fc.boolean(),
    days: fc.constant({ mon: [{ start: '08:30', end: '11:00' }, { start: '11:30', end: '13:30' }] }),
  }),
});

const START = Date.parse('2026-03-02T08:00:00Z');
const END = Date.parse('2026-03-02T14:00:00Z');
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

interface Day {
  scenario: Scenario;
  silentSuspends: Array<{ from: number; to: number }>;
}

function toDay(steps: Step[], settings: Record<string, unknown>): Day {
  const events: Array<Record<string, unknown>> = [];
  const silentSuspends: Day['silentSuspends'] = [];
  let t = START;
  for (const s of steps) {
    if (t >= END - 10 * MIN) break;
    const at = clock(t);
    switch (s.kind) {
      case 'active':
      case 'idle':
        events.push({ at, type: s.kind });
        t += s.minutes * MIN;
        break;
      case 'lock':
        events.push({ at, type: 'lock' }, { at: clock(t + s.minutes * MIN), type: 'unlock' });
        t += s.minutes * MIN;
        events.push({ at: clock(t), type: 'active' });
        break;
      case 'suspend':
        if (s.silent) silentSuspends.push({ from: t, to: t + s.minutes * MIN });
        events.push({ at, type: 'suspend', silent: s.silent }, { at: clock(t + s.minutes * MIN), type: 'resume', silent: s.silent });
        t += s.minutes * MIN;
        events.push({ at: clock(t), type: 'active' });
        break;
      case 'clock-jump':
        if ((settings['workingHours'] as { enabled: boolean }).enabled) break;
        events.push({ at, type: 'clock-jump', by: `${s.minutes}m` });
        break;
      case 'command':
        events.push(s.command === 'pause' ? { at, type: 'command', command: 'pause', for: `${s.pauseMinutes}m` } : { at, type: 'command', command: s.command });
        t += MIN;
        break;
      case 'routine':
        events.push({ at, type: 'routine', posture: s.posture, seconds: s.minutes * 60, abandoned: s.abandoned });
        t += s.minutes * MIN + MIN;
        break;
    }
  }
  const parsed = parseScenario({ timeZone: 'UTC', start: '2026-03-02T08:00:00', end: '2026-03-02T14:00:00', settings, events });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return { scenario: parsed.value, silentSuspends };
}

interface Item {
  what: string;
  at: number[];
  sittingSeconds?: number;
}

/** Prompts and bouts in history order, as what they are and when. */
function items(result: SimulationResult): Item[] {
  return result.history.flatMap((e): Item[] => {
    if (e.type === 'prompt') return [{ what: `${e.kind} ${e.reason} ${e.routine}`, at: [e.at] }];
    if (e.type === 'bout') return [{ what: `bout ${e.cause}`, at: [e.start, e.end], sittingSeconds: e.sittingSeconds }];
    return [];
  });
}

/**
 * The spans in which the documented tolerance applies: from one check interval before a silent suspend until the
 * end of the first bout after it. The timer-driven engine places the suspend at its last reading before it (up to
 * 2 min early) and sees the return at its first wake after it (up to 2 min late, the timer it had armed).
 */
function toleranceWindows(sampled: SimulationResult, silent: Array<{ from: number; to: number }>): Array<[number, number]> {
  return silent.map(({ from, to }) => {
    const next = sampled.history.find((e) => e.type === 'bout' && e.start >= to);
    return [from - SILENT_SUSPEND_TOLERANCE_MS, next && next.type === 'bout' ? next.end : END] as [number, number];
  });
}

function agree(driven: Item[], sampled: Item[], windows: Array<[number, number]>): void {
  expect(driven.map((i) => i.what)).toEqual(sampled.map((i) => i.what));
  const loose = (t: number) => windows.some(([from, to]) => t >= from && t <= to + SILENT_SUSPEND_TOLERANCE_MS);
  driven.forEach((item, i) => {
    const other = sampled[i]!;
    const tolerant = other.at.some(loose);
    item.at.forEach((t, k) => {
      if (tolerant) expect(Math.abs(t - other.at[k]!)).toBeLessThanOrEqual(SILENT_SUSPEND_TOLERANCE_MS);
      else expect(t).toBe(other.at[k]);
    });
    if (item.sittingSeconds !== undefined) {
      if (tolerant) expect(Math.abs(item.sittingSeconds - other.sittingSeconds!)).toBeLessThanOrEqual((2 * SILENT_SUSPEND_TOLERANCE_MS) / 1000);
      else expect(item.sittingSeconds).toBe(other.sittingSeconds);
    }
  });
}

describe('one rule, one place: the timer-driven engine and an engine sampled every second agree', () => {
  it(`gives the same prompts and bouts on random days (seed ${SEED})`, () => {
    const failures: string[] = [];
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 50 }), settingsArb, (steps, settings) => {
        const { scenario, silentSuspends } = toDay(steps, settings);
        const driven = runEngineScenario(scenario, testCatalogue);
        const sampled = runEngineScenario(scenario, testCatalogue, { sampleEveryMs: 1000 });
        agree(items(driven), items(sampled), toleranceWindows(sampled, silentSuspends));
        expect(driven.summary.wakeups).toBeLessThan(sampled.summary.wakeups);
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        reporter: (details) => {
          if (details.failed) failures.push(`seed ${SEED}: ${details.counterexample ? JSON.stringify(details.counterexample) : ''}\n${String(details.errorInstance)}`);
        },
      },
    );
    expect(failures, `replay with ORACLE_SEED=${SEED}`).toEqual([]);
  });
});
