/**
 * Every exercise's motion (resources/motions/), imported statically so main, the stills script and the tests
 * read the same data without file access. Main sends each step's motion inside the break plan, so the break
 * window's script carries none of them. A test checks that each exercise in the library has exactly one entry.
 */

import stances from '../../../resources/motions/stances.json' with { type: 'json' };
import cameras from '../../../resources/motions/cameras.json' with { type: 'json' };
import allFoursCatCow from '../../../resources/motions/all-fours-cat-cow.json' with { type: 'json' };
import allFoursHipSway from '../../../resources/motions/all-fours-hip-sway.json' with { type: 'json' };
import calfRaise from '../../../resources/motions/calf-raise.json' with { type: 'json' };
import chestOpener from '../../../resources/motions/chest-opener.json' with { type: 'json' };
import chinTuck from '../../../resources/motions/chin-tuck.json' with { type: 'json' };
import halfSquat from '../../../resources/motions/half-squat.json' with { type: 'json' };
import heelOnChairHamstringStretch from '../../../resources/motions/heel-on-chair-hamstring-stretch.json' with { type: 'json' };
import kneeHug from '../../../resources/motions/knee-hug.json' with { type: 'json' };
import kneelingHipFlexorStretch from '../../../resources/motions/kneeling-hip-flexor-stretch.json' with { type: 'json' };
import lookAway from '../../../resources/motions/look-away.json' with { type: 'json' };
import lyingCrescentStretch from '../../../resources/motions/lying-crescent-stretch.json' with { type: 'json' };
import lyingPiriformisStretch from '../../../resources/motions/lying-piriformis-stretch.json' with { type: 'json' };
import seatedBackExtension from '../../../resources/motions/seated-back-extension.json' with { type: 'json' };
import seatedCatCow from '../../../resources/motions/seated-cat-cow.json' with { type: 'json' };
import seatedFigureFour from '../../../resources/motions/seated-figure-four.json' with { type: 'json' };
import seatedForwardBend from '../../../resources/motions/seated-forward-bend.json' with { type: 'json' };
import seatedGluteSqueeze from '../../../resources/motions/seated-glute-squeeze.json' with { type: 'json' };
import seatedHamstringStretch from '../../../resources/motions/seated-hamstring-stretch.json' with { type: 'json' };
import seatedHipMarch from '../../../resources/motions/seated-hip-march.json' with { type: 'json' };
import seatedTwist from '../../../resources/motions/seated-twist.json' with { type: 'json' };
import shoulderShrugRoll from '../../../resources/motions/shoulder-shrug-roll.json' with { type: 'json' };
import sideNeckStretch from '../../../resources/motions/side-neck-stretch.json' with { type: 'json' };
import singleKneeToChest from '../../../resources/motions/single-knee-to-chest.json' with { type: 'json' };
import standingForwardReach from '../../../resources/motions/standing-forward-reach.json' with { type: 'json' };
import standingHipFlexorStretch from '../../../resources/motions/standing-hip-flexor-stretch.json' with { type: 'json' };
import standingSideReach from '../../../resources/motions/standing-side-reach.json' with { type: 'json' };
import supportedSideStretch from '../../../resources/motions/supported-side-stretch.json' with { type: 'json' };
import walk from '../../../resources/motions/walk.json' with { type: 'json' };
import wristStretch from '../../../resources/motions/wrist-stretch.json' with { type: 'json' };

/** The shared starting poses motions build on (`base`). */
export const STANCE_DATA: unknown = stances;
/** The shared crops each kind of scene is shown in (`camera`). */
export const CAMERA_DATA: unknown = cameras;

export const MOTION_DATA: Readonly<Record<string, unknown>> = {
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
