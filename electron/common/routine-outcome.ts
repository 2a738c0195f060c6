import type { Posture } from './history-events.js';
import type { RoutineSummary } from './routine-catalogue.js';

/**
 * The one judgement of how a routine went. The page only reports what happened; whether that counts as a break,
 * a posture break (seated: the bout goes on), a mere acknowledgement, or a break stopped early is decided here,
 * and the page, the core, the engine and the simulator all take the answer from here.
 */

/** What the break window saw: which routine, how long it really ran (pauses excluded), whether it got to the end. */
export interface RoutineReport {
  routineId: string | null;
  activeSeconds: number;
  reachedEnd: boolean;
}

/**
 * Reaching the end counts as completing the routine only when at least this share of its planned time really
 * went by in it. Pressing → through every step gets there in seconds, and that is a routine finished early, not
 * done. Half rather than all, because counting reps ahead of the app's pace is allowed, and someone who does the
 * moves briskly has still done them.
 */
export const COMPLETED_SHARE = 0.5;

/** The active seconds after which reaching the end of a routine this long counts as doing it. */
export function secondsToComplete(plannedSeconds: number): number {
  return Math.ceil(Math.max(0, plannedSeconds) * COMPLETED_SHARE);
}

export type RoutineVerdict =
  /** Standing or moving: the bout of sitting ends. */
  | 'break'
  /** Seated: good for the body, but the user is still sitting, so the bout goes on. */
  | 'posture-break'
  /** Stopped within the grace period: the prompt was seen, nothing was done. */
  | 'acknowledgement';

export interface RoutineOutcome {
  routineId: string | null;
  /** From the routine library, never from the page. */
  posture: Posture;
  seconds: number;
  verdict: RoutineVerdict;
  /** Not done to the end (or to the end in a fraction of its time): counted, and marked as stopped early. */
  stoppedEarly: boolean;
}

/**
 * `routine` is the library's entry for the reported id; null when there is none (a routine of unknown length,
 * such as one left running when the app was killed), which is taken as standing and as having no length.
 */
export function judgeRoutine(report: RoutineReport, routine: Pick<RoutineSummary, 'posture' | 'seconds'> | null, abandonGraceSec: number): RoutineOutcome {
  const seconds = Number.isFinite(report.activeSeconds) ? Math.max(0, Math.round(report.activeSeconds)) : 0;
  const posture = routine?.posture ?? 'standing';
  const completed = report.reachedEnd && seconds >= secondsToComplete(routine?.seconds ?? 0);
  const verdict: RoutineVerdict = !completed && seconds < abandonGraceSec ? 'acknowledgement' : posture === 'seated' ? 'posture-break' : 'break';
  return { routineId: report.routineId, posture, seconds, verdict, stoppedEarly: !completed };
}
