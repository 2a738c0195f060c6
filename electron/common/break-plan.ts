import { figureUrl } from './app-origin.js';
import { motionFor } from './figure/library.js';
import { routineCamera } from './figure/routine-camera.js';
import type { BreakPlan, PlanStep } from './ipc-contract.js';
import type { LibraryCatalogue } from './routine-library.js';
import { secondsToComplete } from './routine-outcome.js';
import type { SuggestionRequest } from './routine-catalogue.js';

/**
 * Everything the break window needs to play one routine, as plain data: the steps with their exercises,
 * doses and figure URLs, plus the seated and standing alternatives for the one-tap switch.
 */

export interface BreakPlanInputs {
  catalogue: LibraryCatalogue;
  routineId: string;
  /** The suggestion context, so the alternatives follow the same rules as the engine's own suggestion. */
  suggestion: Omit<SuggestionRequest, 'want'>;
  snoozesLeft: number;
  snoozeMin: number;
  breakDue: boolean;
  sound: boolean;
  breaksToday: number;
  /** The gap "Were you up?" may count as a break, as clock times; null when there is none. */
  shortGap?: { from: string; to: string } | null;
}

export class UnknownRoutineError extends Error {
  constructor(readonly routineId: string) {
    super(`routineId: no routine '${routineId}'`);
    this.name = 'UnknownRoutineError';
  }
}

export function buildBreakPlan(inputs: BreakPlanInputs): BreakPlan {
  const { catalogue, routineId } = inputs;
  const routine = catalogue.routine(routineId);
  const resolved = catalogue.steps(routineId);
  if (!routine || !resolved) throw new UnknownRoutineError(routineId);
  const motions = resolved.map(({ exercise }) => motionFor(exercise.id));
  const figureCamera = routineCamera(motions);
  const steps: PlanStep[] = resolved.map(({ exercise, dose, seconds }, i) => ({
    exerciseId: exercise.id,
    name: exercise.name,
    position: exercise.position,
    instructions: [...exercise.steps],
    safety: [...exercise.safety],
    dose,
    perSide: exercise.perSide,
    figure: figureUrl(exercise.figure),
    motion: motions[i] ?? null,
    ...(figureCamera ? { figureCamera } : {}),
    seconds,
  }));
  return {
    routine: { id: routine.id, name: routine.name, posture: routine.posture, seconds: routine.seconds, summary: routine.summary, kind: routine.kind },
    steps,
    alternatives: {
      seated: alternative(inputs, 'seated'),
      standing: alternative(inputs, 'upright'),
    },
    snoozesLeft: inputs.snoozesLeft,
    snoozeMin: inputs.snoozeMin,
    breakDue: inputs.breakDue,
    sound: inputs.sound,
    breaksToday: inputs.breaksToday,
    completesAfterSeconds: secondsToComplete(routine.seconds),
    ...(inputs.shortGap ? { shortGap: { ...inputs.shortGap } } : {}),
  };
}

function alternative(inputs: BreakPlanInputs, want: 'seated' | 'upright'): BreakPlan['alternatives']['seated'] {
  const pick = inputs.catalogue.suggest({ ...inputs.suggestion, want });
  const fits = want === 'seated' ? pick.posture === 'seated' : pick.posture !== 'seated';
  return fits ? pick : null;
}
