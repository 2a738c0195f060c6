import type { BreakPlan, PlanStep } from '../../electron/common/ipc-contract.js';
import { resolveMotion, type Motion, type MotionData, type Stances } from './motion.js';

/**
 * A step's motion as the break window gets it: inside the plan, from main, with the stances it builds on. Resolved
 * once per step (the plan objects live as long as the window shows them). Data that does not resolve leaves the
 * figure empty rather than the window broken.
 */
const resolved = new WeakMap<object, Motion | null>();

export function motionOfStep(plan: Pick<BreakPlan, 'stances'>, step: PlanStep): Motion | null {
  const data = step.motion;
  if (typeof data !== 'object' || data === null) return null;
  if (resolved.has(data)) return resolved.get(data)!;
  let motion: Motion | null;
  try {
    motion = resolveMotion(step.exerciseId, data as MotionData, plan.stances as Stances);
  } catch {
    motion = null;
  }
  resolved.set(data, motion);
  return motion;
}
