import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { renderEngineMessage } from './engine-messages.js';
import type { HistoryEvent } from './history-events.js';
import { summarizeDay } from './history-summary.js';
import type { RoutineCatalogue } from './routine-catalogue.js';
import { judgeRoutine } from './routine-outcome.js';
import { QUIET_REASONS, type QuietReason, type QuietReadings } from './quiet-moments.js';
import type { Scenario, ScenarioCommand, ScenarioEvent } from './scenario.js';
import { SittingEngine, type EngineOutput, type IdleSample, type UserCommand } from './sitting-engine.js';
import type { EngineClock } from './timeline.js';

/**
 * Runs the real engine over a scripted day with a virtual clock. The simulator plays the operating system: it
 * keeps the true time, a wall clock that scenario clock jumps move, a monotonic clock that stops while suspended,
 * and the user's input. Like the app, the engine hears about input only through the idle time it is handed when
 * it runs, and it runs only when its one timer fires or an event reaches it.
 */

export interface SimulationResult {
  /** `held`: the prompt waited through a quiet moment, for this long and for these reasons. */
  prompts: Array<{ at: string; kind: string; routine: string | null; held?: { reasons: QuietReason[]; minutes: number } }>;
  bouts: Array<{ start: string; end: string; sittingSeconds: number; endedBy: string }>;
  refused: Array<{ at: string; command: string; reason: string }>;
  summary: {
    sittingSeconds: number;
    longestBoutSeconds: number;
    /** Standing or moving routines: breaks that ended a bout. */
    breaksTaken: number;
    /** Seated routines: the bout went on. */
    postureBreaks: number;
    naturalBreaks: number;
    skipped: number;
    /** Breaks left unanswered through every reminder (`maxReminders`). */
    ignored: number;
    snoozed: number;
    uprightSeconds: number;
    /** Times the engine's timer fired. */
    wakeups: number;
  };
  /** Every history event, with engine times; not printed by the CLI but used by tests. */
  history: HistoryEvent[];
}

/** Before the first scripted input, the user is taken to have been away this long. */
const AWAY_BEFORE_START_MS = 3600_000;

/** What the simulated machine knows at one step: the truth the engine can only estimate. */
export interface SimulatedTruth {
  trueNow: number;
  wallNow: number;
  idle: IdleSample;
  locked: boolean;
  suspended: boolean;
  output: EngineOutput;
}

export interface SimulationHooks {
  /**
   * Called after every engine input. Tests use it to check invariants against the truth, or return saved state
   * for the run to go on from, as if the app had restarted on the spot.
   */
  afterStep?: (engine: SittingEngine, truth: SimulatedTruth) => unknown;
  /**
   * Wake the engine this often instead of when it asks (a polling loop). The property test that checks
   * "one rule, one place" compares such a run with the normal one: both must prompt and count alike.
   */
  sampleEveryMs?: number;
}

export function runScenario(scenario: Scenario, catalogue: RoutineCatalogue, hooks: SimulationHooks = {}): SimulationResult {
  let trueNow = scenario.start;
  let wallOffset = 0;
  let mono = 0;
  let suspended = false;
  let locked = false;
  let inputActive = false;
  let lastInput = scenario.start - AWAY_BEFORE_START_MS;
  let idleAvailable = true;
  let timerDeadline: number | null = null;
  let wakeups = 0;

  const clock: EngineClock = {
    wallNow: () => trueNow + wallOffset,
    monoNow: () => mono,
    monoOrigin: 'simulation',
    timeZone: () => scenario.timeZone,
    // The simulated machine is Linux with a boot-time clock: it runs through suspend and no clock jump moves it.
    boot: { now: () => trueNow - scenario.start, origin: 'simulation-boot' },
  };
  let engine = new SittingEngine({ clock, catalogue }, scenario.settings);
  const history: HistoryEvent[] = [];
  const refused: SimulationResult['refused'] = [];
  const zone = scenario.timeZone;
  const iso = (ms: number) => formatISO(new TZDate(ms, zone));

  const idle = (): IdleSample => {
    if (!idleAvailable) return 'unavailable';
    return inputActive ? 0 : trueNow - lastInput;
  };
  const take = (out: EngineOutput) => {
    history.push(...out.events);
    const replaced = hooks.afterStep?.(engine, { trueNow, wallNow: trueNow + wallOffset, idle: idle(), locked, suspended, output: out });
    if (replaced !== undefined) {
      const restored = SittingEngine.restore({ clock, catalogue }, scenario.settings, replaced);
      if (restored.problems.length > 0) throw new Error(`saved state did not restore: ${restored.problems.join('; ')}`);
      engine = restored.engine;
    }
    timerDeadline = mono + (hooks.sampleEveryMs ?? engine.msUntilNextWake());
  };
  const stopInput = () => {
    if (inputActive) lastInput = trueNow;
    inputActive = false;
  };
  /** A click or key press: the command itself is input. */
  const touch = () => {
    if (!inputActive) lastInput = trueNow;
  };

  const pendingRoutineEnds: Array<{ at: number; event: Extract<ScenarioEvent, { type: 'routine' }> }> = [];
  const queue = [...scenario.events];

  const apply = (event: ScenarioEvent) => {
    switch (event.type) {
      case 'quiet':
        take(engine.quiet(quietReadings(event.reasons), idle()));
        break;
      case 'active':
        inputActive = true;
        lastInput = trueNow;
        return;
      case 'idle':
        stopInput();
        return;
      case 'lock':
        stopInput();
        locked = true;
        take(engine.power('lock', idle()));
        return;
      case 'unlock':
        locked = false;
        take(engine.power('unlock', idle()));
        return;
      case 'suspend':
        stopInput();
        if (!event.silent) take(engine.power('suspend', idle()));
        suspended = true;
        return;
      case 'resume':
        suspended = false;
        if (!event.silent) take(engine.power('resume', idle()));
        return;
      case 'clock-jump':
        wallOffset += event.byMs;
        return;
      case 'idle-unavailable':
        idleAvailable = false;
        return;
      case 'idle-available':
        idleAvailable = true;
        return;
      case 'command': {
        touch();
        const out = engine.command(toUserCommand(event.command, trueNow + wallOffset), idle());
        if (out.refused) refused.push({ at: iso(trueNow), command: event.command.command, reason: renderEngineMessage(out.refused) });
        take(out);
        return;
      }
      case 'routine':
        touch();
        take(engine.routineStarted(event.routine, idle()));
        pendingRoutineEnds.push({ at: trueNow + event.seconds * 1000, event });
        pendingRoutineEnds.sort((a, b) => a.at - b.at);
        return;
    }
  };

  const advanceTo = (t: number) => {
    if (!suspended) mono += t - trueNow;
    trueNow = t;
  };

  // Input at the very start is in place before the engine first looks; what speaks to the engine follows it.
  const talksToEngine = (e: ScenarioEvent) =>
    ['command', 'routine', 'lock', 'unlock'].includes(e.type) || ((e.type === 'suspend' || e.type === 'resume') && !e.silent);
  const atStart: ScenarioEvent[] = [];
  while (queue.length > 0 && queue[0]!.at <= trueNow) atStart.push(queue.shift()!);
  atStart.filter((e) => !talksToEngine(e)).forEach(apply);
  take(engine.wake(idle()));
  atStart.filter(talksToEngine).forEach(apply);

  for (;;) {
    const nextEvent = queue[0]?.at ?? Infinity;
    const nextRoutineEnd = pendingRoutineEnds[0]?.at ?? Infinity;
    const nextTimer = !suspended && timerDeadline !== null ? trueNow + Math.max(0, timerDeadline - mono) : Infinity;
    // A timer due exactly at the end would look at a day that is over; scripted events at the end still happen.
    const next = Math.min(nextEvent, nextRoutineEnd, nextTimer >= scenario.end ? Infinity : nextTimer);
    if (next > scenario.end) break;
    advanceTo(next);
    if (nextEvent === next) apply(queue.shift()!);
    else if (nextRoutineEnd === next) {
      const { event } = pendingRoutineEnds.shift()!;
      touch();
      // A scripted routine may name one from the library (whose length and posture then count) or just a posture.
      const known = (event.routine !== null && catalogue.byId(event.routine)) || null;
      const report = { routineId: event.routine, activeSeconds: event.seconds, reachedEnd: !event.abandoned };
      take(engine.routineFinished(judgeRoutine(report, known ?? { posture: event.posture, seconds: 0 }, scenario.settings.abandonGraceSec), idle()));
    } else {
      wakeups += 1;
      take(engine.wake(idle()));
    }
  }
  advanceTo(scenario.end);
  take(engine.finish());

  return summarize(history, refused, wakeups, iso);
}

/** The reasons a scenario names are on; every other one is known to be off. */
function quietReadings(reasons: readonly QuietReason[]): QuietReadings {
  return Object.fromEntries(QUIET_REASONS.map((r) => [r, reasons.includes(r) ? 'on' : 'off'])) as QuietReadings;
}

function toUserCommand(command: ScenarioCommand, wallNow: number): UserCommand {
  if (command.command !== 'pause') return { type: command.command };
  if ('forMs' in command) return { type: 'pause', length: { minutes: command.forMs / 60_000 } };
  if ('until' in command) return { type: 'pause', length: command.until === 'tomorrow' ? 'tomorrow' : 'until-resumed' };
  // A pause "until 14:00" means 14:00 as the user's clock reads it, which a clock jump may have moved.
  return { type: 'pause', length: { untilWall: Math.max(command.untilWallLocal, wallNow) } };
}

function summarize(
  history: HistoryEvent[],
  refused: SimulationResult['refused'],
  wakeups: number,
  iso: (ms: number) => string,
): SimulationResult {
  const prompts: SimulationResult['prompts'] = [];
  const bouts: SimulationResult['bouts'] = [];
  let held: { reasons: QuietReason[]; minutes: number } | null = null;
  for (const e of history) {
    // A delivered hold is recorded just before the prompt it held.
    if (e.type === 'held' && e.outcome === 'delivered') held = { reasons: e.reasons, minutes: Math.round(e.seconds / 60) };
    if (e.type === 'prompt') {
      prompts.push({ at: iso(e.at), kind: e.kind, routine: e.routine, ...(held && { held }) });
      held = null;
    }
    if (e.type === 'bout') bouts.push({ start: iso(e.start), end: iso(e.end), sittingSeconds: e.sittingSeconds, endedBy: e.cause });
  }
  // The same aggregation as the app's history page, so a preview and the real day agree.
  const day = summarizeDay(history);
  const summary = {
    sittingSeconds: day.sittingSeconds,
    longestBoutSeconds: day.longestBoutSeconds,
    breaksTaken: day.breaksTaken,
    postureBreaks: day.postureBreaks,
    naturalBreaks: day.naturalBreaks,
    skipped: day.breaksSkipped,
    ignored: day.breaksIgnored,
    snoozed: day.snoozed,
    uprightSeconds: day.uprightSeconds,
    wakeups,
  };
  return { prompts, bouts, refused, summary, history };
}
