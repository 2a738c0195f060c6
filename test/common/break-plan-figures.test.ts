import { describe, expect, it } from 'vitest';
import { CAMERAS, motionFor } from '../../electron/common/figure/library.js';
import type { Motion } from '../../electron/common/figure/motion.js';
import { VIEW_BOX, type Camera } from '../../electron/common/figure/props.js';
import { routineCamera } from '../../electron/common/figure/routine-camera.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import type { PlanStep } from '../../electron/common/ipc-contract.js';
import { coreRig } from '../support/core-ports.js';

/*
 * One body at one size through a whole routine: every step's moving figure in a break plan is shown through the
 * same crop, one that holds what each step's own camera shows, so nothing of any figure is cut off.
 */

const FULL: Camera = { size: VIEW_BOX, y: 0 };
const cropOf = (motion: Motion | null) => motion?.data.camera ?? FULL;
const shownThrough = (step: PlanStep) => step.figureCamera ?? FULL;
const holds = (outer: Camera, inner: Camera) => outer.size >= inner.size && outer.y <= inner.y && outer.y + outer.size >= inner.y + inner.size;
const routines = defaultCatalogue.library.routines;
const planOf = (id: string) => coreRig().core.breakPlan(id);

describe('the figures of a break plan', () => {
  it('show every step of a routine through one crop that holds each step`s own camera', () => {
    for (const { id } of routines) {
      const steps = planOf(id).steps;
      const crops = steps.map(shownThrough);
      for (const [i, step] of steps.entries()) {
        expect(crops[i], `${id}: ${step.exerciseId}`).toEqual(crops[0]);
        expect(holds(crops[i]!, cropOf(motionFor(step.exerciseId))), `${id}: ${step.exerciseId} is cut off`).toBe(true);
      }
    }
  });

  it('keep a seated body the size of a standing one in a routine that goes from the chair to standing', () => {
    const steps = planOf('full-desk-reset').steps;
    const seated = steps.find((s) => s.position === 'seated')!;
    const standing = steps.find((s) => s.position === 'standing')!;
    expect(shownThrough(seated).size).toBe(shownThrough(standing).size);
    expect(shownThrough(seated).size, 'seated steps show the body smaller than the seated camera does alone').toBeGreaterThan(CAMERAS.seated!.size);
  });

  it('keep the close camera of a routine that stays in one kind of scene', () => {
    for (const step of planOf('neck-and-shoulder-reset').steps) expect(step.figureCamera).toEqual(CAMERAS.seated);
    for (const step of planOf('move-break').steps) expect(step.figureCamera).toEqual(CAMERAS.standing);
  });

  it('carry each exercise`s own motion, with its own closer crop for the reduced-motion strip', () => {
    for (const step of planOf('back-break').steps) expect(step.motion).toEqual(motionFor(step.exerciseId));
  });
});

describe('routineCamera', () => {
  const seated = { size: 108, y: 48 };
  const floor = { size: 128, y: 28 };

  it('is the larger crop when one holds the other, keeping the floor line where both have it', () => {
    expect(routineCamera([motionWith(seated), motionWith(floor)])).toEqual(floor);
  });

  it('grows to hold crops that neither holds, up to the whole box', () => {
    expect(routineCamera([motionWith({ size: 100, y: 0 }), motionWith({ size: 100, y: 50 })])).toEqual({ size: 150, y: 0 });
    expect(routineCamera([motionWith(seated), motionWith(undefined)])).toEqual(FULL);
  });

  it('leaves steps without a figure out', () => {
    expect(routineCamera([null, motionWith(seated), null])).toEqual(seated);
    expect(routineCamera([null])).toBeUndefined();
  });
});

function motionWith(camera: Camera | undefined): Motion {
  const base = motionFor('calf-raise')!;
  return { ...base, data: { ...base.data, camera } };
}
