import type { RoutineCatalogue, RoutineSummary, SuggestionRequest } from '../../electron/common/routine-catalogue.js';
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../../electron/common/settings.js';
import { SittingEngine, type EngineSnapshot } from '../../electron/common/sitting-engine.js';
import type { EngineClock } from '../../electron/common/timeline.js';

/** A catalogue small enough to reason about in tests: one routine per posture. */
export const testRoutines: Record<'seated' | 'standing' | 'moving', RoutineSummary> = {
  seated: { id: 'seated-reset', name: 'Seated reset', posture: 'seated', seconds: 120 },
  standing: { id: 'stand-stretch', name: 'Stand & stretch', posture: 'standing', seconds: 150 },
  moving: { id: 'move-break', name: 'Move break', posture: 'moving', seconds: 180 },
};

export const testCatalogue: RoutineCatalogue = {
  suggest(request: SuggestionRequest): RoutineSummary {
    if (request.want === 'moving') return testRoutines.moving;
    if (request.want === 'upright') return testRoutines.standing;
    if (request.want === 'seated' || request.preference === 'seated') return testRoutines.seated;
    return request.lastPosture === 'moving' ? testRoutines.standing : testRoutines.moving;
  },
  byId: (id) => Object.values(testRoutines).find((r) => r.id === id),
};

/** A clock the test moves by hand. `sleep` advances the wall clock only, as a Linux suspend does. */
export class ManualClock implements EngineClock {
  wall: number;
  mono = 1_000_000;
  readonly monoOrigin: string;
  zone: string;

  constructor(startWall: number, zone = 'Europe/Berlin', origin = 'test-process') {
    this.wall = startWall;
    this.zone = zone;
    this.monoOrigin = origin;
  }

  wallNow(): number {
    return this.wall;
  }
  monoNow(): number {
    return this.mono;
  }
  timeZone(): string {
    return this.zone;
  }
  advance(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }
  sleep(ms: number): void {
    this.wall += ms;
  }
  jumpWall(ms: number): void {
    this.wall += ms;
  }
}

export function settingsWith(patch: Record<string, unknown> = {}): Settings {
  const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.value;
}

export const MIN = 60_000;

export function newEngine(clock: ManualClock, patch: Record<string, unknown> = {}): SittingEngine {
  return new SittingEngine({ clock, catalogue: testCatalogue }, settingsWith(patch));
}

/** A snapshot of someone sitting for 23 minutes at `now`, a break due 7 minutes later; tests override what they need. */
export function sittingSnapshot(now: number, over: Partial<EngineSnapshot> = {}): EngineSnapshot {
  return {
    now,
    wallOffsetMs: 0,
    status: 'sitting',
    idleDetection: 'available',
    bout: { start: now - 23 * MIN, sittingSeconds: 23 * 60 },
    breakDue: false,
    nextBreakAt: now + 7 * MIN,
    snoozedUntil: null,
    snoozesLeft: 2,
    pausedUntil: null,
    standingSince: null,
    standingSeconds: null,
    nextWakeAt: now + MIN,
    shortGapToConfirm: null,
    promptsHeld: null,
    quiet: null,
    ...over,
  };
}
