import { CAMERA_DATA, MOTION_DATA, STANCE_DATA } from './motion-resources.js';
import type { Cameras, MotionData, Stances } from './motion.js';
import { resolveMotion, type Motion } from './motion.js';
import { workingSideOf } from './working-side.js';

/**
 * Every exercise's motion, resolved: main puts each step's into its break plan (the break window never imports
 * this module, so it carries no motion data), and the stills script and the tests read them here.
 */

export const STANCES = STANCE_DATA as Stances;
export const CAMERAS = CAMERA_DATA as Cameras;
export const MOTION_IDS: readonly string[] = Object.keys(MOTION_DATA);

const cache = new Map<string, Motion>();

/** The resolved motion of an exercise, or null when it has none (a newer exercise than this build knows). */
export function motionFor(exerciseId: string): Motion | null {
  const cached = cache.get(exerciseId);
  if (cached) return cached;
  const raw = MOTION_DATA[exerciseId];
  if (!raw) return null;
  const motion = resolveMotion(exerciseId, raw as MotionData, STANCES, CAMERAS);
  cache.set(exerciseId, motion);
  return motion;
}

/** Which of the person's sides works on a per-side step, as the figure shows it (see workingSideOf). */
export function workingSide(exerciseId: string, side: 'both' | 'first' | 'second'): 'left' | 'right' | null {
  return workingSideOf(motionFor(exerciseId), side);
}
