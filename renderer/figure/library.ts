import type { MotionData, Stances } from './motion.js';
import { resolveMotion, type Motion } from './motion.js';
import stances from '../../resources/motions/stances.json' with { type: 'json' };
import allFoursCatCow from '../../resources/motions/all-fours-cat-cow.json' with { type: 'json' };
import allFoursHipSway from '../../resources/motions/all-fours-hip-sway.json' with { type: 'json' };
import calfRaise from '../../resources/motions/calf-raise.json' with { type: 'json' };
import chestOpener from '../../resources/motions/chest-opener.json' with { type: 'json' };
import chinTuck from '../../resources/motions/chin-tuck.json' with { type: 'json' };
import halfSquat from '../../resources/motions/half-squat.json' with { type: 'json' };
import heelOnChairHamstringStretch from '../../resources/motions/heel-on-chair-hamstring-stretch.json' with { type: 'json' };
import kneeHug from '../../resources/motions/knee-hug.json' with { type: 'json' };
import kneelingHipFlexorStretch from '../../resources/motions/kneeling-hip-flexor-stretch.json' with { type: 'json' };
import lookAway from '../../resources/motions/look-away.json' with { type: 'json' };
import lyingCrescentStretch from '../../resources/motions/lying-crescent-stretch.json' with { type: 'json' };
import lyingPiriformisStretch from '../../resources/motions/lying-piriformis-stretch.json' with { type: 'json' };
import seatedBackExtension from '../../resources/motions/seated-back-extension.json' with { type: 'json' };
import seatedCatCow from '../../resources/motions/seated-cat-cow.json' with { type: 'json' };
import seatedFigureFour from '../../resources/motions/seated-figure-four.json' with { type: 'json' };
import seatedForwardBend from '../../resources/motions/seated-forward-bend.json' with { type: 'json' };
import seatedGluteSqueeze from '../../resources/motions/seated-glute-squeeze.json' with { type: 'json' };
import seatedHamstringStretch from '../../resources/motions/seated-hamstring-stretch.json' with { type: 'json' };
import seatedHipMarch from '../../resources/motions/seated-hip-march.json' with { type: 'json' };
import seatedTwist from '../../resources/motions/seated-twist.json' with { type: 'json' };
import shoulderShrugRoll from '../../resources/motions/shoulder-shrug-roll.json' with { type: 'json' };
import sideNeckStretch from '../../resources/motions/side-neck-stretch.json' with { type: 'json' };
import singleKneeToChest from '../../resources/motions/single-knee-to-chest.json' with { type: 'json' };
import standingForwardReach from '../../resources/motions/standing-forward-reach.json' with { type: 'json' };
import standingHipFlexorStretch from '../../resources/motions/standing-hip-flexor-stretch.json' with { type: 'json' };
import standingSideReach from '../../resources/motions/standing-side-reach.json' with { type: 'json' };
import supportedSideStretch from '../../resources/motions/supported-side-stretch.json' with { type: 'json' };
import walk from '../../resources/motions/walk.json' with { type: 'json' };
import wristStretch from '../../resources/motions/wrist-stretch.json' with { type: 'json' };

/**
 * Every exercise's motion, imported statically so the break window, the stills script and the tests read the
 * same data without file access. A test checks that each exercise in the library has exactly one entry here.
 */
const data: Record<string, unknown> = {
  'all-fours-cat-cow': allFoursCatCow,
  'all-fours-hip-sway': allFoursHipSway,
  'calf-raise': calfRaise,
  'chest-opener': chestOpener,
  'chin-tuck': chinTuck,
  'half-squat': halfSquat,
  'heel-on-chair-hamstring-stretch': heelOnChairHamstringStretch,
  'knee-hug': kneeHug,
  'kneeling-hip-flexor-stretch': kneelingHipFlexorStretch,
  'look-away': lookAway,
  'lying-crescent-stretch': lyingCrescentStretch,
  'lying-piriformis-stretch': lyingPiriformisStretch,
  'seated-back-extension': seatedBackExtension,
  'seated-cat-cow': seatedCatCow,
  'seated-figure-four': seatedFigureFour,
  'seated-forward-bend': seatedForwardBend,
  'seated-glute-squeeze': seatedGluteSqueeze,
  'seated-hamstring-stretch': seatedHamstringStretch,
  'seated-hip-march': seatedHipMarch,
  'seated-twist': seatedTwist,
  'shoulder-shrug-roll': shoulderShrugRoll,
  'side-neck-stretch': sideNeckStretch,
  'single-knee-to-chest': singleKneeToChest,
  'standing-forward-reach': standingForwardReach,
  'standing-hip-flexor-stretch': standingHipFlexorStretch,
  'standing-side-reach': standingSideReach,
  'supported-side-stretch': supportedSideStretch,
  'walk': walk,
  'wrist-stretch': wristStretch,
};

export const STANCES = stances as Stances;
export const MOTION_IDS: readonly string[] = Object.keys(data);

const cache = new Map<string, Motion>();

/** The resolved motion of an exercise, or null when it has none (a newer exercise than this build knows). */
export function motionFor(exerciseId: string): Motion | null {
  const cached = cache.get(exerciseId);
  if (cached) return cached;
  const raw = data[exerciseId];
  if (!raw) return null;
  const motion = resolveMotion(exerciseId, raw as MotionData, STANCES);
  cache.set(exerciseId, motion);
  return motion;
}

/**
 * Which of the person's sides works on a per-side step, as the figure shows it. The figure faces right (side
 * view) or the viewer (front view), so its near limbs are its left ones; the second side is the mirror image.
 */
export function workingSide(exerciseId: string, side: 'both' | 'first' | 'second'): 'left' | 'right' | null {
  const works = motionFor(exerciseId)?.data.works;
  if (!works || side === 'both') return null;
  const firstIsLeft = works === 'near';
  return firstIsLeft === (side === 'first') ? 'left' : 'right';
}
