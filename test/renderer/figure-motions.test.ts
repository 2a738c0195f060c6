import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import {
  BODY_ANGLES,
  BONES,
  JOINT_LIMITS,
  LIMB_ANGLES,
  PART_NAMES,
  SEGMENTS,
  distance,
  mirrorSkeleton,
  type Pose,
  type Skeleton,
} from '../../electron/common/figure/body.js';
import { CAMERAS, MOTION_IDS, STANCES, motionFor, workingSide } from '../../electron/common/figure/library.js';
import { MOTION_DATA } from '../../electron/common/figure/motion-resources.js';
import { lowestOf, poseAtTime, resolveMotion, skeletonOfPose, solvePose, type Motion, type MotionData } from '../../electron/common/figure/motion.js';
import { DESK_Y, VIEW_BOX } from '../../electron/common/figure/props.js';

/* Every exercise's figure, checked against the body model's rules over its whole motion. */

const exercises = [...defaultCatalogue.library.exercises.values()];
const motion = (id: string): Motion => {
  const found = motionFor(id);
  if (!found) throw new Error(`no motion for ${id}`);
  return found;
};

/** Poses along the whole motion: a hold from its start to well past its last key, a cycle across one loop. */
function samples(m: Motion): Array<{ at: string; skeleton: Skeleton }> {
  const t = m.data.timeline;
  const times =
    t.kind === 'hold'
      ? Array.from({ length: Math.ceil((t.keys.at(-1)!.at + 2) / 0.25) }, (_, i) => ({ seconds: i * 0.25 }))
      : Array.from({ length: 50 }, (_, i) => (t.seconds ? { seconds: (i / 50) * t.seconds } : { seconds: 0, repShare: i / 50 }));
  return times.map((time) => ({ at: JSON.stringify(time), skeleton: poseAtTime(m, time) }));
}

describe('figure library', () => {
  it('has exactly one motion per exercise', () => {
    expect([...MOTION_IDS].sort()).toEqual(exercises.map((e) => e.id).sort());
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: its timeline fits its dose and its side', (id, exercise) => {
    const m = motion(id);
    const t = m.data.timeline;
    expect(t.keys.length).toBeGreaterThan(0);
    for (const key of t.keys) expect(Object.keys(m.poses), `${id} ${key.pose}`).toContain(key.pose);
    for (let i = 1; i < t.keys.length; i++) expect(t.keys[i]!.at).toBeGreaterThanOrEqual(t.keys[i - 1]!.at);
    expect(new Set(t.keys.map((k) => k.pose)).size, 'a movement needs at least two poses').toBeGreaterThanOrEqual(2);
    if (exercise.dose.kind === 'reps') {
      expect(t.kind).toBe('cycle');
      expect(t.kind === 'cycle' && t.seconds, 'a rep loop keeps the rep counter`s pace').toBeFalsy();
    }
    if (exercise.dose.kind === 'hold') expect(t.kind).toBe('hold');
    if (t.kind === 'cycle')
      for (const key of t.keys) {
        expect(key.at).toBeGreaterThanOrEqual(0);
        expect(key.at).toBeLessThan(1);
      }
    if (t.kind === 'hold') expect(t.keys.at(-1)!.at, 'moves into the hold within the first seconds').toBeLessThanOrEqual(6);
    // Per-side steps name the working side; the second side names the other one.
    expect(Boolean(m.data.works)).toBe(exercise.perSide);
    if (exercise.perSide) expect(new Set([workingSide(id, 'first'), workingSide(id, 'second')])).toEqual(new Set(['left', 'right']));
    expect(m.data.accent.length, 'something is shown as stretched or working').toBeGreaterThan(0);
    for (const part of m.data.accent) expect(PART_NAMES).toContain(part);
  });
});

describe('cameras', () => {
  // A camera of its own per figure would make the body grow and shrink from step to step; one per kind of scene
  // keeps it one size through a routine of that scene, and a routine that mixes scenes shows every step through
  // one crop holding all of theirs (test/common/break-plan-figures.test.ts).
  it('show every seated figure through the seated camera, every standing one through the standing camera, and figures on the mat through the floor camera', () => {
    for (const id of MOTION_IDS) {
      const raw = MOTION_DATA[id] as MotionData;
      const seated = raw.contacts.some((c) => c.part === 'pelvis' && c.on === 'seat');
      const standing = !seated && raw.contacts.some((c) => c.on === 'floor');
      const onMat = raw.contacts.some((c) => c.on === 'mat');
      if (seated) expect(raw.camera, id).toBe('seated');
      if (standing) expect(raw.camera, id).toBe('standing');
      if (onMat) expect(raw.camera, id).toBe('floor');
    }
    expect(motion('seated-twist').data.camera).toEqual(CAMERAS.seated);
  });

  it('rejects a camera name the table does not have, naming the exercise', () => {
    const base = motion('calf-raise').data;
    expect(() => resolveMotion('probe', { ...base, camera: 'balcony' }, STANCES, CAMERAS)).toThrow(/probe: no camera named "balcony"/);
  });
});

describe('seated twist', () => {
  it('turns the chest: seen from the front, the held turn shows a narrower chest and closer shoulders than the start', () => {
    const m = motion('seated-twist');
    const start = skeletonOfPose(m, m.keyPoses[0]!);
    const held = skeletonOfPose(m, m.heldPose);
    expect(held.parts.chest.ra).toBeLessThan(start.parts.chest.ra * 0.9);
    const across = (s: Skeleton) => Math.abs(s.joints['near.shoulder'].x - s.joints['far.shoulder'].x);
    expect(across(held)).toBeLessThan(across(start) * 0.6);
  });
});

describe('look-away', () => {
  it('looks from the screen to far away: first at the screen, then over it and out of the picture', () => {
    const m = motion('look-away');
    // The screen stands 14 units in from the desk's edge, from 34 to 8 units above its top.
    const screenX = m.data.props.find((p) => p.kind === 'desk')!.x! + 14;
    const [screenTop, screenBottom] = [DESK_Y - 34, DESK_Y - 8];
    const start = poseAtTime(m, { seconds: 0 }).gaze!;
    expect(Math.abs(start.x - screenX), 'the first line of sight ends on the screen').toBeLessThanOrEqual(2);
    expect(start.y).toBeGreaterThan(screenTop);
    expect(start.y).toBeLessThan(screenBottom);
    const held = poseAtTime(m, { seconds: 20 });
    const far = held.gaze!;
    const eye = held.joints.headCentre;
    expect(far.x, 'the held line of sight leaves the picture').toBeGreaterThan((VIEW_BOX + m.data.camera!.size) / 2);
    const overScreen = eye.y + ((far.y - eye.y) * (screenX - eye.x)) / (far.x - eye.x);
    expect(overScreen, 'and passes well above the screen').toBeLessThan(screenTop - 4);
    expect(mirrorSkeleton(held, VIEW_BOX).gaze).toEqual({ x: VIEW_BOX - far.x, y: far.y });
  });
});

describe.each(exercises.map((e) => e.id))('%s figure', (id) => {
  const m = motion(id);
  const all = samples(m);
  const limits = JOINT_LIMITS[m.data.view];

  it('keeps every key pose within the joints` limits', () => {
    for (const name of Object.keys(m.poses)) {
      const { angles } = solvePose(m, m.poses[name]!);
      for (const k of BODY_ANGLES) {
        expect(angles[k], `${name} ${k}`).toBeGreaterThanOrEqual(limits[k].min);
        expect(angles[k], `${name} ${k}`).toBeLessThanOrEqual(limits[k].max);
      }
      for (const side of ['near', 'far'] as const)
        for (const k of LIMB_ANGLES) {
          expect(angles[side][k], `${name} ${side}.${k}`).toBeGreaterThanOrEqual(limits[k].min);
          expect(angles[side][k], `${name} ${side}.${k}`).toBeLessThanOrEqual(limits[k].max);
        }
    }
  });

  it('meets its declared contacts throughout (seat, floor, mat, desk or cushion), and each pose its own', () => {
    const checks = [
      ...all.map(({ at, skeleton }) => ({ at, skeleton, contacts: m.data.contacts })),
      ...Object.entries(m.data.poses).map(([name, spec]) => ({ at: `pose ${name}`, skeleton: skeletonOfPose(m, name), contacts: spec.contacts ?? [] })),
    ];
    for (const { at, skeleton, contacts } of checks) {
      for (const contact of contacts) {
        const surface = m.surfaces[contact.on]!;
        expect(surface, `${id} has a ${contact.on}`).toBeDefined();
        const parts = contact.part === 'feet' ? [skeleton.parts['near.foot'], skeleton.parts['far.foot']] : [skeleton.parts[contact.part]];
        const lowest = Math.max(...parts.map(lowestOf));
        expect(Math.abs(lowest - surface.y), `${at}: ${contact.part} on the ${contact.on}`).toBeLessThanOrEqual(1.5);
        const part = parts.find((p) => lowestOf(p) === lowest)!;
        const x = part.a.y + part.ra >= part.b.y + part.rb ? part.a.x : part.b.x;
        expect(x, `${at}: ${contact.part} over the ${contact.on}`).toBeGreaterThanOrEqual(surface.x1 - 2);
        expect(x, `${at}: ${contact.part} over the ${contact.on}`).toBeLessThanOrEqual(surface.x2 + 2);
      }
    }
  });

  // A mat seen from above has no surface line to rest on: the figure lies within its outline instead.
  const matFromAbove = m.data.props.find((p) => p.kind === 'mat' && p.y !== undefined);
  if (matFromAbove)
    it('seen from above, lies on its mat: hands, knees, feet, head and every other joint over the mat', () => {
      const mat = matFromAbove;
      const [x1, x2] = [(mat.x ?? 80) - (mat.width ?? 140) / 2, (mat.x ?? 80) + (mat.width ?? 140) / 2];
      const [y1, y2] = [mat.y!, mat.y! + (mat.height ?? 140)];
      for (const { at, skeleton } of all)
        for (const [name, p] of Object.entries(skeleton.joints)) {
          expect(p.x, `${at} ${name} over the mat`).toBeGreaterThanOrEqual(x1);
          expect(p.x, `${at} ${name} over the mat`).toBeLessThanOrEqual(x2);
          expect(p.y, `${at} ${name} over the mat`).toBeGreaterThanOrEqual(y1);
          expect(p.y, `${at} ${name} over the mat`).toBeLessThanOrEqual(y2);
        }
    });

  it('stays inside the view box (its camera`s crop), on both sides', () => {
    const size = m.data.camera?.size ?? VIEW_BOX;
    const [left, top] = [(VIEW_BOX - size) / 2, m.data.camera?.y ?? 0];
    expect(top + size, 'the crop lies inside the view box').toBeLessThanOrEqual(VIEW_BOX);
    for (const { at, skeleton } of all) {
      for (const s of [skeleton, mirrorSkeleton(skeleton, VIEW_BOX)]) {
        for (const [name, c] of Object.entries(s.parts)) {
          for (const [p, r] of [
            [c.a, c.ra],
            [c.b, c.rb],
          ] as const) {
            expect(p.x - r, `${at} ${name}`).toBeGreaterThanOrEqual(left);
            expect(p.x + r, `${at} ${name}`).toBeLessThanOrEqual(left + size);
            expect(p.y - r, `${at} ${name}`).toBeGreaterThanOrEqual(top);
            expect(p.y + r, `${at} ${name}`).toBeLessThanOrEqual(top + size);
          }
        }
      }
    }
  });

  it('never changes a segment`s true length between frames', () => {
    const lengthOf = (s: Skeleton, angles: Pose | null, [a, b, out]: (typeof BONES)[number]) => {
      const drawn = distance(s.joints[a], s.joints[b]);
      if (!out || !angles) return drawn;
      const turned = out === 'spineOut' ? angles.spineOut : angles[a.startsWith('near') ? 'near' : 'far'][out];
      return drawn / Math.cos((turned * Math.PI) / 180);
    };
    const keyed = Object.keys(m.poses).map((name) => solvePose(m, m.poses[name]!));
    const reference = keyed[0]!;
    for (const { skeleton, angles } of keyed) {
      for (const bone of BONES) {
        expect(lengthOf(skeleton, angles, bone), bone.join('–')).toBeCloseTo(lengthOf(reference.skeleton, reference.angles, bone), 6);
      }
    }
    const expected: Record<string, number> = {
      'hip–waist': SEGMENTS.spineLower,
      'waist–chest': SEGMENTS.spineMid,
      'chest–neckBase': SEGMENTS.spineUpper,
      'neckBase–headTop': SEGMENTS.neck,
      'near.hip–near.knee': SEGMENTS.thigh,
      'near.shoulder–near.elbow': SEGMENTS.upperArm,
    };
    for (const bone of BONES) {
      const want = expected[`${bone[0]}–${bone[1]}`];
      if (want !== undefined) expect(lengthOf(reference.skeleton, reference.angles, bone)).toBeCloseTo(want, 6);
    }
    // Between key poses too: the spine and the feet, which carry no out-of-plane turn, keep their drawn length.
    for (const { at, skeleton } of all)
      for (const bone of BONES.filter(([, , out]) => !out))
        expect(distance(skeleton.joints[bone[0]], skeleton.joints[bone[1]]), `${at} ${bone.join('–')}`).toBeCloseTo(
          distance(reference.skeleton.joints[bone[0]], reference.skeleton.joints[bone[1]]),
          6,
        );
  });

  it('mirrors the second side exactly', () => {
    for (const { skeleton } of all.slice(0, 10)) {
      const mirrored = mirrorSkeleton(skeleton, VIEW_BOX);
      for (const [name, p] of Object.entries(skeleton.joints)) {
        const q = mirrored.joints[name as keyof typeof mirrored.joints];
        expect(q.x).toBeCloseTo(VIEW_BOX - p.x, 9);
        expect(q.y).toBeCloseTo(p.y, 9);
      }
      const back = mirrorSkeleton(mirrored, VIEW_BOX);
      for (const [name, p] of Object.entries(skeleton.joints)) expect(back.joints[name as 'hip'].x).toBeCloseTo(p.x, 9);
    }
  });

  it('moves with the clock: a loop closes on itself each rep, a hold keeps still once in its pose', () => {
    const t = m.data.timeline;
    const same = (a: Skeleton, b: Skeleton) => Object.keys(a.joints).every((k) => distance(a.joints[k as 'hip'], b.joints[k as 'hip']) < 0.05);
    if (t.kind === 'cycle') {
      const at = (share: number) => poseAtTime(m, t.seconds ? { seconds: share * t.seconds } : { seconds: 0, repShare: share });
      expect(same(at(0), at(0.9999))).toBe(true);
      expect(Array.from({ length: 20 }, (_, i) => same(at(0), at(i / 20))).filter((still) => !still).length).toBeGreaterThan(5);
    } else {
      const last = t.keys.at(-1)!.at;
      expect(same(poseAtTime(m, { seconds: last }), poseAtTime(m, { seconds: last + 30 }))).toBe(true);
      expect(same(poseAtTime(m, { seconds: 0 }), poseAtTime(m, { seconds: last }))).toBe(false);
    }
  });
});

describe('motion data', () => {
  it('rejects a pose based on itself and a reach for a missing prop, naming the exercise', () => {
    const base = motion('calf-raise').data;
    const loop: MotionData = { ...base, poses: { a: { base: 'b' }, b: { base: 'a' } }, timeline: { kind: 'cycle', keys: [{ pose: 'a', at: 0 }] } };
    expect(() => resolveMotion('probe', loop, STANCES)).toThrow(/probe: pose "a" is based on itself/);
    const reach: MotionData = { ...base, poses: { a: { reach: { 'near.wrist': { x: 10, on: 'cushion' } } } }, timeline: { kind: 'hold', keys: [{ pose: 'a', at: 0 }] } };
    expect(() => resolveMotion('probe', reach, STANCES)).toThrow(/probe: pose "a" reaches for a cushion/);
  });
});
