import {
  BODY_ANGLES,
  JOINT_LIMITS,
  LIMB_ANGLES,
  RADII,
  SEGMENTS,
  placeSkeleton,
  reach,
  skeletonAt,
  turn,
  type JointName,
  type LimbAngles,
  type LimbSide,
  type PartName,
  type Point,
  type Pose,
  type Skeleton,
  type View,
} from './body.js';
import { VIEW_BOX, drawProp, type Camera, type PropSpec, type Surface, type SurfaceName } from './props.js';

/**
 * An exercise's movement as data (resources/motions/<exercise id>.json): which view shows it, the props, the
 * stretched parts, the named poses and when each is reached. This module turns that data into a pose for any
 * moment of a step, and is the only place that knows how time maps onto the keyframes.
 */

export type PartialLimb = Partial<LimbAngles>;

export interface PoseSpec {
  /** A stance from stances.json or another pose of the same motion, which this one changes. */
  base?: string;
  set?: Partial<Omit<Pose, 'near' | 'far'>>;
  near?: PartialLimb;
  far?: PartialLimb;
  /**
   * Two-bone reaches: a wrist or an ankle placed on a point, solved for the shoulder and elbow (hip and knee).
   * `on` puts it on a surface at that x, resting on it.
   */
  reach?: Partial<Record<ReachJoint, ReachSpec | null>>;
  /** Feet turned flat on the floor after the reach, the way a foot stands. */
  flatFeet?: LimbSide[];
  /** Contacts this pose makes besides the motion's own (a heel up on the chair), checked by the tests. */
  contacts?: Contact[];
  /** Where the eyes look, drawn as a line of sight, for exercises about where to look: a point in the view box. */
  gaze?: Point;
}

/** A point in the view box, a point on a surface, or a point offset from another joint of the same figure. */
export interface ReachSpec {
  x?: number;
  y?: number;
  on?: SurfaceName;
  to?: JointName;
  dx?: number;
  dy?: number;
  bend?: 1 | -1;
}

export type ReachJoint = `${LimbSide}.${'wrist' | 'ankle'}`;

export interface Contact {
  /** `feet`: whichever foot is lower (walking). */
  part: PartName | 'feet';
  on: SurfaceName;
}

export interface Anchor {
  /** `feet`: the lower foot rests on the surface and `x` places the hips (walking on the spot). */
  part: PartName | 'feet';
  /** The surface the part rests on; without one, `y` places the part's end directly (figures seen from above). */
  on?: SurfaceName;
  y?: number;
  /** Where the part's first end sits across the view box (for a foot, its heel; `end: "b"`: its toe). */
  x: number;
  end?: 'a' | 'b';
}

export type Timeline =
  /** Into the held pose, then still: `at` in seconds from the start of the step. */
  | { kind: 'hold'; keys: Array<{ pose: string; at: number }> }
  /**
   * A loop: `at` is the share of one cycle. Rep exercises loop once per rep, at the app's pace; timed ones (a walk)
   * give their own cycle length.
   */
  | { kind: 'cycle'; keys: Array<{ pose: string; at: number }>; seconds?: number };

export interface MotionData {
  view: View;
  /** Front view only: seen from behind, so the arms and head are farther away than the hips and legs. */
  fromBehind?: boolean;
  props: PropSpec[];
  accent: PartName[];
  /** Parts nearer the viewer than the trunk, drawn over it: a lap seen from the front, a leg crossed over it. */
  inFront?: PartName[];
  anchor: Anchor;
  contacts: Contact[];
  /** Per-side exercises: which limbs of the first-side figure do the work (the near ones are the left). */
  works?: LimbSide;
  poses: Record<string, PoseSpec>;
  timeline: Timeline;
  /**
   * The crop of the view box it is shown in (see Camera): the name of a shared camera from cameras.json, so every
   * figure of one kind of scene (seated, standing) shows the same body at the same size from step to step, or a
   * crop of its own. Without one the figure is shown in the whole box.
   */
  camera?: Camera | string;
}

export interface Motion {
  id: string;
  /** The motion's data with its camera looked up. */
  data: MotionData & { camera?: Camera };
  surfaces: Partial<Record<SurfaceName, Surface>>;
  /** Every named pose with its stance and changes applied, reaches included. */
  poses: Record<string, ResolvedPose>;
  /** The poses the timeline passes through, in order: what the reduced-motion strip shows. */
  keyPoses: string[];
  /** The pose a still shows: the held one, or the far end of a loop. */
  heldPose: string;
}

export interface ResolvedPose {
  angles: Pose;
  reach: Partial<Record<ReachJoint, { target: Point | { to: JointName; dx: number; dy: number; y?: number }; bend: 1 | -1 }>>;
  flatFeet: LimbSide[];
  gaze?: Point;
}

export type Stances = Record<string, PoseSpec>;
export type Cameras = Record<string, Camera>;

const NEUTRAL_LIMB: LimbAngles = { hip: 0, knee: 0, ankle: 0, shoulder: 0, elbow: 0, wrist: 0, thighOut: 0, shinOut: 0, upperArmOut: 0, forearmOut: 0 };
export const NEUTRAL: Pose = {
  lean: 0,
  spineMid: 0,
  spineUpper: 0,
  neck: 0,
  head: 0,
  twist: 0,
  headTurn: 0,
  shrug: 0,
  spineOut: 0,
  near: NEUTRAL_LIMB,
  far: NEUTRAL_LIMB,
};

function surfacesOf(data: MotionData): Partial<Record<SurfaceName, Surface>> {
  return Object.assign({}, ...data.props.map((p) => drawProp(p, data.view).surfaces));
}

/** How far above a surface a joint sits when its part rests there. */
const restHeight: Record<'wrist' | 'ankle', number> = {
  wrist: RADII.wrist,
  ankle: SEGMENTS.ankleDrop + RADII.heel,
};

export function resolveMotion(id: string, raw: MotionData, stances: Stances, cameras: Cameras = {}): Motion {
  const camera = typeof raw.camera === 'string' ? cameras[raw.camera] : raw.camera;
  if (typeof raw.camera === 'string' && !camera) throw new Error(`${id}: no camera named "${raw.camera}"`);
  const data = { ...raw, camera };
  const surfaces = surfacesOf(data);
  const resolving = new Set<string>();
  const resolved: Record<string, ResolvedPose> = {};
  // A pose may share its stance's name ("stand" based on the stance "stand"): then its base is the stance.
  const resolve = (name: string, stance = false): ResolvedPose => {
    const key = stance ? `stance:${name}` : name;
    const done = resolved[key];
    if (done) return done;
    const spec = stance ? stances[name] : (data.poses[name] ?? stances[name]);
    if (!spec) throw new Error(`${id}: no pose or stance named "${name}"`);
    if (resolving.has(key)) throw new Error(`${id}: pose "${name}" is based on itself`);
    resolving.add(key);
    const base: ResolvedPose = spec.base ? resolve(spec.base, spec.base === name && !stance) : { angles: NEUTRAL, reach: {}, flatFeet: [] };
    const angles: Pose = {
      ...base.angles,
      ...spec.set,
      near: { ...base.angles.near, ...spec.near },
      far: { ...base.angles.far, ...spec.far },
    };
    const reaches = { ...base.reach };
    for (const [joint, target] of Object.entries(spec.reach ?? {}) as Array<[ReachJoint, NonNullable<PoseSpec['reach']>[ReachJoint]]>) {
      if (!target) {
        // null lets go of a reach the base pose made (a foot that leaves the floor).
        delete reaches[joint];
        continue;
      }
      const [side, kind] = joint.split('.') as [LimbSide, 'wrist' | 'ankle'];
      const s = data.view === 'front' && side === 'far' ? -1 : 1;
      const bend = target.bend ?? (((kind === 'wrist' ? 1 : -1) * s) as 1 | -1);
      let y = target.y;
      if (target.on) {
        const surface = surfaces[target.on];
        if (!surface) throw new Error(`${id}: pose "${name}" reaches for a ${target.on} the figure does not have`);
        y = surface.y - restHeight[joint.endsWith('wrist') ? 'wrist' : 'ankle'];
      }
      if (target.to) {
        // Across from another joint; down to a surface when `on` names one, else offset from that joint too.
        reaches[joint] = { target: { to: target.to, dx: target.dx ?? 0, dy: target.dy ?? 0, ...(y === undefined ? {} : { y }) }, bend };
        continue;
      }
      if (y === undefined || target.x === undefined) throw new Error(`${id}: pose "${name}" reach for ${joint} needs x and y or on`);
      reaches[joint] = { target: { x: target.x, y }, bend };
    }
    const flatFeet = spec.flatFeet ?? base.flatFeet;
    const gaze = spec.gaze ?? base.gaze;
    resolving.delete(key);
    const pose = { angles, reach: reaches, flatFeet, ...(gaze && { gaze }) };
    resolved[key] = pose;
    return pose;
  };
  for (const name of Object.keys(data.poses)) resolve(name);
  const keyPoses = [...new Set(data.timeline.keys.map((k) => k.pose))];
  const heldPose =
    data.timeline.kind === 'hold' ? data.timeline.keys[data.timeline.keys.length - 1]!.pose : (keyPoses[1] ?? keyPoses[0]!);
  const motion: Motion = { id, data, surfaces, poses: {}, keyPoses, heldPose };
  for (const name of Object.keys(data.poses)) {
    const pose = resolved[name]!;
    motion.poses[name] = { ...pose, angles: solvePose(motion, pose).angles };
  }
  return motion;
}

const cosd = (deg: number) => Math.cos((deg * Math.PI) / 180);
const ease = (t: number) => t * t * (3 - 2 * t);
const mix = (a: number, b: number, t: number) => a + (b - a) * t;

function mixPose(a: Pose, b: Pose, t: number): Pose {
  const out = { ...a, near: { ...a.near }, far: { ...a.far } };
  for (const k of BODY_ANGLES) out[k] = mix(a[k], b[k], t);
  for (const k of LIMB_ANGLES) {
    out.near[k] = mix(a.near[k], b.near[k], t);
    out.far[k] = mix(a.far[k], b.far[k], t);
  }
  return out;
}

function mixResolved(a: ResolvedPose, b: ResolvedPose, t: number): ResolvedPose {
  const reaches: ResolvedPose['reach'] = {};
  for (const joint of Object.keys(a.reach) as ReachJoint[]) {
    const ra = a.reach[joint]!;
    const rb = b.reach[joint];
    if (!rb) continue;
    if ('to' in ra.target || 'to' in rb.target) {
      const same = 'to' in ra.target && 'to' in rb.target && ra.target.to === rb.target.to;
      if (same && 'to' in ra.target && 'to' in rb.target) {
        const y = ra.target.y !== undefined && rb.target.y !== undefined ? { y: mix(ra.target.y, rb.target.y, t) } : {};
        reaches[joint] = { target: { to: ra.target.to, dx: mix(ra.target.dx, rb.target.dx, t), dy: mix(ra.target.dy, rb.target.dy, t), ...y }, bend: ra.bend };
      }
      else if (t < 0.5) reaches[joint] = ra;
      continue;
    }
    reaches[joint] = { target: { x: mix(ra.target.x, rb.target.x, t), y: mix(ra.target.y, rb.target.y, t) }, bend: ra.bend };
  }
  const gaze = a.gaze && b.gaze && { x: mix(a.gaze.x, b.gaze.x, t), y: mix(a.gaze.y, b.gaze.y, t) };
  return { angles: mixPose(a.angles, b.angles, t), reach: reaches, flatFeet: a.flatFeet.filter((s) => b.flatFeet.includes(s)), ...(gaze && { gaze }) };
}

/** An angle found by reaching, turned by whole turns into the joint's range when that is possible. */
function inRange(angle: number, { min, max }: { min: number; max: number }): number {
  if (angle < min && angle + 360 <= max) return angle + 360;
  if (angle > max && angle - 360 >= min) return angle - 360;
  return angle;
}

export const lowestOf = (part: { a: Point; b: Point; ra: number; rb: number }) => Math.max(part.a.y + part.ra, part.b.y + part.rb);

function anchored(motion: Motion, skeleton: Skeleton): Skeleton {
  const { anchor } = motion.data;
  const joint = Object.keys(skeleton.joints)[0] as JointName;
  const from = skeleton.joints[joint];
  if (anchor.part === 'feet') {
    const surface = motion.surfaces[anchor.on ?? 'floor'];
    if (!surface) throw new Error(`${motion.id}: anchored on a surface the figure does not have`);
    const lowest = Math.max(lowestOf(skeleton.parts['near.foot']), lowestOf(skeleton.parts['far.foot']));
    return placeSkeleton(skeleton, joint, { x: anchor.x, y: from.y + surface.y - lowest });
  }
  const part = skeleton.parts[anchor.part];
  const end = anchor.end === 'b' ? part.b : part.a;
  let dy: number;
  if (anchor.on) {
    const surface = motion.surfaces[anchor.on];
    if (!surface) throw new Error(`${motion.id}: anchored on a ${anchor.on} the figure does not have`);
    dy = surface.y - Math.max(part.a.y + part.ra, part.b.y + part.rb);
  } else dy = (anchor.y ?? 0) - end.y;
  return placeSkeleton(skeleton, joint, { x: from.x + anchor.x - end.x, y: from.y + dy });
}

/** Applies reaches and flat feet to a set of angles, in view-box coordinates. */
export function solvePose(motion: Motion, pose: ResolvedPose): { angles: Pose; skeleton: Skeleton } {
  const view = motion.data.view;
  const limits = JOINT_LIMITS[view];
  let angles = pose.angles;
  let skeleton = anchored(motion, skeletonAt(angles, view));
  const reaches = (Object.entries(pose.reach) as Array<[ReachJoint, ResolvedPose['reach'][ReachJoint] & object]>).sort(
    ([a], [b]) => Number(a.endsWith('wrist')) - Number(b.endsWith('wrist')),
  );
  if (reaches.length > 0) {
    angles = { ...angles, near: { ...angles.near }, far: { ...angles.far } };
    const u1 = angles.lean;
    const u3 = angles.lean + angles.spineMid + angles.spineUpper;
    for (const [joint, { target: spec, bend }] of reaches) {
      const target =
        'to' in spec ? { x: skeleton.joints[spec.to].x + spec.dx, y: spec.y ?? skeleton.joints[spec.to].y + spec.dy } : spec;
      const [side, kind] = joint.split('.') as [LimbSide, 'wrist' | 'ankle'];
      const s = view === 'front' && side === 'far' ? -1 : 1;
      const limb = angles[side];
      if (kind === 'wrist') {
        const [upper, fore] = reach(skeleton.joints[`${side}.shoulder`], target, SEGMENTS.upperArm * cosd(limb.upperArmOut), SEGMENTS.forearm * cosd(limb.forearmOut), bend);
        limb.shoulder = inRange(s * turn(-u3, upper), limits.shoulder);
        limb.elbow = inRange(s * turn(upper, fore), limits.elbow);
      } else {
        const [thigh, shin] = reach(skeleton.joints[`${side}.hip`], target, SEGMENTS.thigh * cosd(limb.thighOut), SEGMENTS.shin * cosd(limb.shinOut), bend);
        limb.hip = inRange(s * turn(-u1, thigh), limits.hip);
        limb.knee = inRange(-s * turn(thigh, shin), limits.knee);
      }
      // Later reaches may aim at a joint this one just moved (hands on a knee that was placed first).
      skeleton = anchored(motion, skeletonAt(angles, view));
    }
  }
  if (pose.flatFeet.length > 0 && view === 'side') {
    angles = { ...angles, near: { ...angles.near }, far: { ...angles.far } };
    for (const side of pose.flatFeet) {
      const limb = angles[side];
      const shinDir = -angles.lean + limb.hip - limb.knee;
      limb.ankle = inRange(turn(90, shinDir + 90), limits.ankle);
    }
    skeleton = anchored(motion, skeletonAt(angles, view));
  }
  if (pose.gaze) skeleton.gaze = pose.gaze;
  return { angles, skeleton };
}

/** The pose between keyframes; `at` is time or cycle share, keys ascending. Cycles wrap to their first key. */
function between(motion: Motion, keys: Array<{ pose: string; at: number }>, at: number, wrap: number | null): ResolvedPose {
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  const poses = motion.poses;
  if (wrap === null) {
    if (at <= first.at) return poses[first.pose]!;
    if (at >= last.at) return poses[last.pose]!;
  }
  for (let i = 0; i < keys.length; i++) {
    const from = keys[i]!;
    const to = keys[i + 1] ?? (wrap === null ? from : { pose: first.pose, at: first.at + wrap });
    if (at >= from.at && at < to.at) {
      const t = to.at === from.at ? 1 : (at - from.at) / (to.at - from.at);
      return mixResolved(poses[from.pose]!, poses[to.pose]!, ease(t));
    }
  }
  if (wrap !== null && at < first.at) return between(motion, keys, at + wrap, wrap);
  return poses[last.pose]!;
}

export interface StepTime {
  /** Time into the current side of the step, in seconds. */
  seconds: number;
  /** For rep steps: the share of the current rep done, exactly as the rep counter's pace bar shows it. */
  repShare?: number;
}

/** The figure at a moment of a step. */
export function poseAtTime(motion: Motion, time: StepTime): Skeleton {
  const { timeline } = motion.data;
  let pose: ResolvedPose;
  if (timeline.kind === 'hold') pose = between(motion, timeline.keys, time.seconds, null);
  else {
    const share = time.repShare ?? (timeline.seconds ? (time.seconds / timeline.seconds) % 1 : 0);
    pose = between(motion, timeline.keys, share, 1);
  }
  return solvePose(motion, pose).skeleton;
}

export function skeletonOfPose(motion: Motion, name: string): Skeleton {
  const pose = motion.poses[name];
  if (!pose) throw new Error(`${motion.id}: no pose named ${name}`);
  return solvePose(motion, pose).skeleton;
}

export { VIEW_BOX };
