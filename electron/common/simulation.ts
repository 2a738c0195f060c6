import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { renderEngineMessage } from './engine-messages.js';
import type { HistoryEvent } from './history-events.js';
import { summarizeDay } from './history-summary.js';
import type { RoutineCatalogue } from './routine-catalogue.js';
import { judgeRoutine } from './routine-outcome.js';
import { QUIET_REASONS, type QuietReason, type QuietReadings } from './quiet-moments.js';
import type { Scenario, ScenarioEvent } from './scenario.js';
import { LimberCore } from './limber-core.js';
import { isEngineCommand, scenarioCommand, type UserCommand as AppUserCommand } from './user-intents.js';
import type { LibraryCatalogue } from './routine-library.js';
import { SittingEngine, type EngineOutput, type IdleSample, type PowerEvent } from './sitting-engine.js';
import type { EngineClock } from './timeline.js';
import { CATALOGUES } from './i18n/catalogues.js';
import { createTranslator } from './i18n/translator.js';

const SIMULATOR_LANGUAGE = createTranslator('en', CATALOGUES.en, { locale: 'en-GB' });

/**
 * Runs a scripted day with a virtual clock. The simulator plays the operating system: it keeps the true time, a
 * wall clock that scenario clock jumps move, a monotonic clock that stops while suspended, the time zone, and the
 * user's input. `runScenario` runs the app's core (LimberCore) on it, so a preview applies every rule the app
 * applies: the half-length rule for routines, lock inference on Linux, the reminders limit. `runEngineScenario`
 * drives the bare engine with the same script, for the engine's own property tests. Either way the system hears
 * about input only through the idle time it reads when it runs, and it runs only when its one timer fires or an
 * event reaches it.
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
   * Called after every input to the engine (or the core). Tests use it to check invariants against the truth; with
   * `runEngineScenario` they may also return saved state for the run to go on from, as if restarted on the spot.
   */
  afterStep?: (engine: Pick<SittingEngine, 'snapshot' | 'toJSON'>, truth: SimulatedTruth) => unknown;
  /**
   * Wake the engine this often instead of when it asks (a polling loop; `runEngineScenario` only). The property test that checks
   * "one rule, one place" compares such a run with the normal one: both must prompt and count alike.
   */
  sampleEveryMs?: number;
  /** Called each time the subject's one timer fires (the core's or the engine's), with the true time; for the bench. */
  timerFired?: (trueNow: number) => void;
}

/**
 * What the driver talks to. Inputs return nothing: what happened is collected through `history`, and the one
 * timer through `armed` (monotonic deadline and what to call).
 */
interface Subject {
  /** Called by the driver after each step it took. */
  afterStep?(): void;
  wake(): void;
  power(event: PowerEvent): void;
  quiet(readings: QuietReadings): void;
  command(command: AppUserCommand): string | null;
  routineStarted(event: RoutineEvent): void;
  routineFinished(event: RoutineEvent): void;
  finish(): void;
}

type RoutineEvent = Extract<ScenarioEvent, { type: 'routine' }>;

interface World {
  clock: EngineClock;
  /** The idle time the desktop would report now (`unavailable` when it cannot). */
  idle(): IdleSample;
  locked(): boolean;
  record(events: readonly HistoryEvent[]): void;
  /** The subject's one timer, as a monotonic deadline. */
  arm(deadline: number | null, fire: () => void): void;
  mono(): number;
}

export function runScenario(scenario: Scenario, catalogue: RoutineCatalogue | LibraryCatalogue, hooks: SimulationHooks = {}): SimulationResult {
  return drive(scenario, (world, truth) => coreSubject(scenario, catalogue, world, hooks, truth), hooks.timerFired);
}

export function runEngineScenario(scenario: Scenario, catalogue: RoutineCatalogue, hooks: SimulationHooks = {}): SimulationResult {
  return drive(scenario, (world, truth) => engineSubject(scenario, catalogue, world, hooks, truth), hooks.timerFired);
}

function coreSubject(
  scenario: Scenario,
  catalogue: RoutineCatalogue | LibraryCatalogue,
  world: World,
  hooks: SimulationHooks,
  truth: () => Omit<SimulatedTruth, 'output'>,
): Subject {
  let timer: { id: number } | null = null;
  let sinceLastStep: HistoryEvent[] = [];
  let refusedLastStep: EngineOutput['refused'] = null;
  let nextTimerId = 0;
  const core = new LimberCore({
    clock: world.clock,
    catalogue,
    settings: () => scenario.settings,
    history: {
      append: (event) => {
        world.record([event]);
        sinceLastStep.push(event);
      },
      // Today's figures are not part of the output; the core only needs an answer.
      readDay: () => [],
      readRange: () => [],
      days: () => [],
      // The simulated disk never fills up.
      unsaved: [],
      retry: () => 0,
      trouble: null,
    },
    engineState: { write: () => {} },
    status: { write: () => {} },
    // The preview speaks English with a 24-hour clock, whatever the machine running it says.
    translator: () => SIMULATOR_LANGUAGE,
    idle: {
      read: () => {
        const idle = world.idle();
        if (idle === 'unavailable') return { idleSeconds: 0, state: 'unknown' };
        const idleSeconds = Math.max(0, idle ?? 0) / 1000;
        // Linux has no lock event: the desktop only reports the locked state, and the core infers the lock.
        return { idleSeconds, state: world.locked() && scenario.platform === 'linux' ? 'locked' : idleSeconds >= 60 ? 'idle' : 'active' };
      },
    },
    timers: {
      set: (callback, ms) => {
        const handle = { id: nextTimerId++ };
        timer = handle;
        world.arm(world.mono() + ms, () => {
          if (timer === handle) callback();
        });
        return handle;
      },
      clear: (handle) => {
        if (timer === handle) {
          timer = null;
          world.arm(null, () => {});
        }
      },
    },
    ui: { showPrompt: () => {}, withdrawPrompt: () => {}, openBreakWindow: () => {}, showMicroBreak: () => {}, showQuietNotice: () => {}, render: () => {} },
    log: () => {},
    detectStuckIdle: false,
  });
  core.start(undefined);
  const routineId = (event: RoutineEvent): string => event.routine ?? defaultRoutine(catalogue, scenario, event.posture);
  const view = { snapshot: () => core.snapshot(), toJSON: () => core.state() as ReturnType<SittingEngine['toJSON']> };
  return {
    afterStep: () => {
      const output: EngineOutput = { events: sinceLastStep, commands: [], refused: refusedLastStep };
      sinceLastStep = [];
      refusedLastStep = null;
      if (hooks.afterStep?.(view, { ...truth(), output }) !== undefined) throw new Error('only runEngineScenario can restore saved state');
    },
    wake: () => core.refresh(),
    quiet: (readings) => core.quiet(readings),
    power: (event) => {
      if (scenario.platform === 'linux' && (event === 'lock' || event === 'unlock')) return;
      core.power(event);
    },
    command: (command) => {
      // A scenario asks only what a user at the desk could: the engine's commands, or Stretch now.
      const refused = isEngineCommand(command) ? core.command(command) : command.type === 'play-routine' ? core.play(command.routineId) : null;
      refusedLastStep = refused;
      return refused && renderEngineMessage(SIMULATOR_LANGUAGE.t, refused);
    },
    routineStarted: (event) => core.routineStarted(routineId(event)),
    routineFinished: (event) => {
      core.routineFinished({ routineId: routineId(event), activeSeconds: event.seconds, reachedEnd: !event.abandoned });
    },
    finish: () => core.finish(),
  };
}

/** A scripted routine that names only a posture plays what the library offers for that posture. */
function defaultRoutine(catalogue: RoutineCatalogue, scenario: Scenario, posture: RoutineEvent['posture']): string {
  const want = posture === 'seated' ? 'seated' : posture === 'moving' ? 'moving' : 'upright';
  const settings = scenario.settings;
  return catalogue.suggest({ want, preference: settings.posturePreference, lastPosture: null, lastRoutineId: null, flexionSensitive: settings.flexionSensitive, breakIntervalMin: settings.breakIntervalMin }).id;
}

function engineSubject(scenario: Scenario, catalogue: RoutineCatalogue, world: World, hooks: SimulationHooks, truth: () => Omit<SimulatedTruth, 'output'>): Subject {
  let engine = new SittingEngine({ clock: world.clock, catalogue }, scenario.settings);
  const take = (out: EngineOutput) => {
    world.record(out.events);
    const replaced = hooks.afterStep?.(engine, { ...truth(), output: out });
    if (replaced !== undefined) {
      const restored = SittingEngine.restore({ clock: world.clock, catalogue }, scenario.settings, replaced);
      if (restored.problems.length > 0) throw new Error(`saved state did not restore: ${restored.problems.join('; ')}`);
      engine = restored.engine;
    }
    world.arm(world.mono() + (hooks.sampleEveryMs ?? engine.msUntilNextWake()), () => take(engine.wake(world.idle())));
    return out;
  };
  return {
    wake: () => void take(engine.wake(world.idle())),
    power: (event) => void take(engine.power(event, world.idle())),
    quiet: (readings) => void take(engine.quiet(readings, world.idle())),
    command: (command) => {
      // The bare engine has no library to play from: Stretch now is its start-break with the suggestion.
      const out = take(engine.command(isEngineCommand(command) ? command : { type: 'start-break' }, world.idle()));
      return out.refused && renderEngineMessage(SIMULATOR_LANGUAGE.t, out.refused);
    },
    routineStarted: (event) => void take(engine.routineStarted(event.routine, world.idle())),
    routineFinished: (event) => {
      // A scripted routine may name one from the library (whose length and posture then count) or just a posture.
      const known = (event.routine !== null && catalogue.byId(event.routine)) || null;
      const report = { routineId: event.routine, activeSeconds: event.seconds, reachedEnd: !event.abandoned };
      take(engine.routineFinished(judgeRoutine(report, known ?? { posture: event.posture, seconds: 0 }, scenario.settings.abandonGraceSec), world.idle()));
    },
    finish: () => void take(engine.finish(world.idle())),
  };
}

function drive(
  scenario: Scenario,
  makeSubject: (world: World, truth: () => Omit<SimulatedTruth, 'output'>) => Subject,
  timerFired: SimulationHooks['timerFired'],
): SimulationResult {
  let trueNow = scenario.start;
  let wallOffset = 0;
  let mono = 0;
  let suspended = false;
  let locked = false;
  let inputActive = false;
  let lastInput = scenario.start - AWAY_BEFORE_START_MS;
  let idleAvailable = true;
  let timer: { deadline: number; fire: () => void } | null = null;
  let wakeups = 0;
  /** The zone in effect from each instant on, so every time prints as the user's clock showed it then. */
  const zones: Array<{ from: number; zone: string }> = [{ from: -Infinity, zone: scenario.timeZone }];
  const zoneAt = (ms: number) => zones.findLast((z) => z.from <= ms)!.zone;

  const history: HistoryEvent[] = [];
  const refused: SimulationResult['refused'] = [];
  const iso = (ms: number) => formatISO(new TZDate(ms, zoneAt(ms)));

  const idle = (): IdleSample => {
    if (!idleAvailable) return 'unavailable';
    return inputActive ? 0 : trueNow - lastInput;
  };
  const world: World = {
    clock: {
      wallNow: () => trueNow + wallOffset,
      monoNow: () => mono,
      monoOrigin: 'simulation',
      timeZone: () => zoneAt(trueNow),
      // The simulated machine is Linux with a boot-time clock: it runs through suspend and no clock jump moves it.
      boot: { now: () => trueNow - scenario.start, origin: 'simulation-boot' },
    },
    idle,
    locked: () => locked,
    record: (events) => history.push(...events),
    arm: (deadline, fire) => {
      timer = deadline === null ? null : { deadline, fire };
    },
    mono: () => mono,
  };
  const truth = () => ({ trueNow, wallNow: trueNow + wallOffset, idle: idle(), locked, suspended });
  let current: Subject | null = null;
  const subject = {
    get it(): Subject {
      return current!;
    },
  };

  const stopInput = () => {
    if (inputActive) lastInput = trueNow;
    inputActive = false;
  };
  /** A click or key press: the command itself is input. */
  const touch = () => {
    if (!inputActive) lastInput = trueNow;
  };

  const pendingRoutineEnds: Array<{ at: number; event: RoutineEvent }> = [];
  const queue = [...scenario.events];

  const apply = (event: ScenarioEvent) => {
    switch (event.type) {
      case 'quiet':
        subject.it.quiet(quietReadings(event.reasons));
        return;
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
        subject.it.power('lock');
        return;
      case 'unlock':
        locked = false;
        subject.it.power('unlock');
        return;
      case 'suspend':
        stopInput();
        if (!event.silent) subject.it.power('suspend');
        suspended = true;
        return;
      case 'resume':
        suspended = false;
        if (!event.silent) subject.it.power('resume');
        return;
      case 'clock-jump':
        wallOffset += event.byMs;
        return;
      case 'time-zone':
        // Only the calendar moves: the true timeline, and every duration on it, go on unchanged.
        zones.push({ from: trueNow, zone: event.to });
        return;
      case 'idle-unavailable':
        idleAvailable = false;
        return;
      case 'idle-available':
        idleAvailable = true;
        return;
      case 'command': {
        touch();
        const reason = subject.it.command(scenarioCommand(event.command, trueNow + wallOffset));
        if (reason) refused.push({ at: iso(trueNow), command: event.command.command, reason });
        return;
      }
      case 'routine':
        touch();
        subject.it.routineStarted(event);
        pendingRoutineEnds.push({ at: trueNow + event.seconds * 1000, event });
        pendingRoutineEnds.sort((a, b) => a.at - b.at);
        return;
    }
  };

  const advanceTo = (t: number) => {
    if (!suspended) mono += t - trueNow;
    trueNow = t;
  };

  // Input at the very start is in place before the system first looks; what speaks to it follows it.
  const talksToSubject = (e: ScenarioEvent) =>
    ['command', 'routine', 'lock', 'unlock', 'quiet'].includes(e.type) || ((e.type === 'suspend' || e.type === 'resume') && !e.silent);
  const atStart: ScenarioEvent[] = [];
  while (queue.length > 0 && queue[0]!.at <= trueNow) atStart.push(queue.shift()!);
  atStart.filter((e) => !talksToSubject(e)).forEach(apply);
  // The system starts once the input already under way is in place, as the app starts into a session.
  current = makeSubject(world, truth);
  subject.it.wake();
  subject.it.afterStep?.();
  for (const e of atStart.filter(talksToSubject)) {
    apply(e);
    subject.it.afterStep?.();
  }

  for (;;) {
    const nextEvent = queue[0]?.at ?? Infinity;
    const nextRoutineEnd = pendingRoutineEnds[0]?.at ?? Infinity;
    const armed = timer as { deadline: number; fire: () => void } | null;
    const nextTimer = !suspended && armed !== null ? trueNow + Math.max(0, armed.deadline - mono) : Infinity;
    // A timer due exactly at the end would look at a day that is over; scripted events at the end still happen.
    const next = Math.min(nextEvent, nextRoutineEnd, nextTimer >= scenario.end ? Infinity : nextTimer);
    if (next > scenario.end) break;
    advanceTo(next);
    if (nextEvent === next) apply(queue.shift()!);
    else if (nextRoutineEnd === next) {
      const { event } = pendingRoutineEnds.shift()!;
      touch();
      subject.it.routineFinished(event);
    } else {
      wakeups += 1;
      timer = null;
      timerFired?.(trueNow);
      armed!.fire();
    }
    subject.it.afterStep?.();
  }
  advanceTo(scenario.end);
  subject.it.finish();
  subject.it.afterStep?.();

  return summarize(history, refused, wakeups, iso);
}

/** The reasons a scenario names are on; every other one is known to be off. */
function quietReadings(reasons: readonly QuietReason[]): QuietReadings {
  return Object.fromEntries(QUIET_REASONS.map((r) => [r, reasons.includes(r) ? 'on' : 'off'])) as QuietReadings;
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
