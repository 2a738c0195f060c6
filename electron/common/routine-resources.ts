import english from '../../resources/locales/en.json' with { type: 'json' };

/**
 * Every exercise and routine file, imported statically so the same module works in Node, Vite and the browser
 * without file-system access. A test compares this list with the folders, so a new file cannot be forgotten here.
 * The order of routines is the tie-break order of suggestions. Their words are in the catalogues; English's,
 * the source, come with them here.
 */

import standingSideReach from '../../resources/exercises/standing-side-reach.json' with { type: 'json' };
import allFoursHipSway from '../../resources/exercises/all-fours-hip-sway.json' with { type: 'json' };
import supportedSideStretch from '../../resources/exercises/supported-side-stretch.json' with { type: 'json' };
import lyingCrescentStretch from '../../resources/exercises/lying-crescent-stretch.json' with { type: 'json' };
import seatedGluteSqueeze from '../../resources/exercises/seated-glute-squeeze.json' with { type: 'json' };
import heelOnChairHamstringStretch from '../../resources/exercises/heel-on-chair-hamstring-stretch.json' with { type: 'json' };
import lyingPiriformisStretch from '../../resources/exercises/lying-piriformis-stretch.json' with { type: 'json' };
import kneelingHipFlexorStretch from '../../resources/exercises/kneeling-hip-flexor-stretch.json' with { type: 'json' };
import allFoursCatCow from '../../resources/exercises/all-fours-cat-cow.json' with { type: 'json' };
import kneeHug from '../../resources/exercises/knee-hug.json' with { type: 'json' };
import seatedForwardBend from '../../resources/exercises/seated-forward-bend.json' with { type: 'json' };
import standingForwardReach from '../../resources/exercises/standing-forward-reach.json' with { type: 'json' };
import singleKneeToChest from '../../resources/exercises/single-knee-to-chest.json' with { type: 'json' };
import chinTuck from '../../resources/exercises/chin-tuck.json' with { type: 'json' };
import sideNeckStretch from '../../resources/exercises/side-neck-stretch.json' with { type: 'json' };
import shoulderShrugRoll from '../../resources/exercises/shoulder-shrug-roll.json' with { type: 'json' };
import chestOpener from '../../resources/exercises/chest-opener.json' with { type: 'json' };
import seatedTwist from '../../resources/exercises/seated-twist.json' with { type: 'json' };
import seatedHipMarch from '../../resources/exercises/seated-hip-march.json' with { type: 'json' };
import seatedFigureFour from '../../resources/exercises/seated-figure-four.json' with { type: 'json' };
import standingHipFlexorStretch from '../../resources/exercises/standing-hip-flexor-stretch.json' with { type: 'json' };
import seatedCatCow from '../../resources/exercises/seated-cat-cow.json' with { type: 'json' };
import calfRaise from '../../resources/exercises/calf-raise.json' with { type: 'json' };
import halfSquat from '../../resources/exercises/half-squat.json' with { type: 'json' };
import wristStretch from '../../resources/exercises/wrist-stretch.json' with { type: 'json' };
import seatedHamstringStretch from '../../resources/exercises/seated-hamstring-stretch.json' with { type: 'json' };
import walk from '../../resources/exercises/walk.json' with { type: 'json' };
import lookAway from '../../resources/exercises/look-away.json' with { type: 'json' };
import seatedBackExtension from '../../resources/exercises/seated-back-extension.json' with { type: 'json' };
import moveBreakRoutine from '../../resources/routines/move-break.json' with { type: 'json' };
import standAndStretchRoutine from '../../resources/routines/stand-and-stretch.json' with { type: 'json' };
import backBreakRoutine from '../../resources/routines/back-break.json' with { type: 'json' };
import neckAndShoulderResetRoutine from '../../resources/routines/neck-and-shoulder-reset.json' with { type: 'json' };
import lowBackAndHipsRoutine from '../../resources/routines/low-back-and-hips.json' with { type: 'json' };
import quickWalkRoutine from '../../resources/routines/quick-walk.json' with { type: 'json' };
import standTallRoutine from '../../resources/routines/stand-tall.json' with { type: 'json' };
import gentleBackAndHipsRoutine from '../../resources/routines/gentle-back-and-hips.json' with { type: 'json' };
import fullDeskResetRoutine from '../../resources/routines/full-desk-reset.json' with { type: 'json' };
import eyesAndHandsRoutine from '../../resources/routines/eyes-and-hands.json' with { type: 'json' };
import atHomeBackStretchesRoutine from '../../resources/routines/at-home-back-stretches.json' with { type: 'json' };

export const exerciseData: readonly unknown[] = [
  standingSideReach,
  allFoursHipSway,
  supportedSideStretch,
  lyingCrescentStretch,
  seatedGluteSqueeze,
  heelOnChairHamstringStretch,
  lyingPiriformisStretch,
  kneelingHipFlexorStretch,
  allFoursCatCow,
  kneeHug,
  seatedForwardBend,
  standingForwardReach,
  singleKneeToChest,
  chinTuck,
  sideNeckStretch,
  shoulderShrugRoll,
  chestOpener,
  seatedTwist,
  seatedHipMarch,
  seatedFigureFour,
  standingHipFlexorStretch,
  seatedCatCow,
  calfRaise,
  halfSquat,
  wristStretch,
  seatedHamstringStretch,
  walk,
  lookAway,
  seatedBackExtension,
];

export const routineData: readonly unknown[] = [
  moveBreakRoutine,
  standAndStretchRoutine,
  backBreakRoutine,
  neckAndShoulderResetRoutine,
  lowBackAndHipsRoutine,
  quickWalkRoutine,
  standTallRoutine,
  gentleBackAndHipsRoutine,
  fullDeskResetRoutine,
  eyesAndHandsRoutine,
  atHomeBackStretchesRoutine,
];

/** The English catalogue's words for the exercises and routines (`content.exercises`, `content.routines`). */
export const englishContent: unknown = english.content;
