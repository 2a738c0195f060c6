/*
 * `npm run figures`: draws every exercise with the body model and writes
 *   resources/figures/<exercise figure>.svg   the held pose, one still per exercise
 *   resources/motions/contact-sheet.svg       every exercise's key poses side by side, for review (README)
 * Run it after editing a motion or the model, look at the sheet, and commit the output.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { motionFor } from '../../electron/common/figure/library.js';
import { skeletonOfPose } from '../../electron/common/figure/motion.js';
import { contactSheetSvg, stillSvg } from '../../renderer/figure/still.js';

const figures = fileURLToPath(new URL('../figures/', import.meta.url));
const sheet = fileURLToPath(new URL('./contact-sheet.svg', import.meta.url));
const only = process.argv.slice(2);

const rows = [];
for (const exercise of defaultCatalogue.library.exercises.values()) {
  if (only.length > 0 && !only.includes(exercise.id)) continue;
  const motion = motionFor(exercise.id);
  if (!motion) {
    process.stderr.write(`no motion for ${exercise.id}\n`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(figures + exercise.figure, stillSvg(motion, skeletonOfPose(motion, motion.heldPose)));
  rows.push({ label: exercise.id, motion, frames: motion.keyPoses.map((name) => skeletonOfPose(motion, name)) });
}
writeFileSync(only.length > 0 ? '/tmp/contact-sheet.svg' : sheet, contactSheetSvg(rows));
process.stdout.write(`${rows.length} figures written\n`);
