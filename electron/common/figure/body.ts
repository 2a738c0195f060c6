/**
 * The one body every exercise figure is drawn with: a planar figure with fixed segment lengths, posed by joint
 * angles, seen from the side (facing +x) or from the front. Pure arithmetic, no DOM, so the player, the stills
 * script and the tests all pose the same body the same way.
 *
 * Angles are degrees. Directions use one convention throughout: a segment at angle ω points along
 * (sin ω, cos ω) in view-box coordinates (y grows downward), so 0 is straight down and 90 is forward (+x).
 */

export type View = 'side' | 'front';

export interface LimbAngles {
  /** Side: flexion (thigh forward). Front: abduction (thigh out to its own side). */
  hip: number;
  /** Flexion: the shin folds back behind the thigh. */
  knee: number;
  /**
   * Plantar flexion: positive points the toes; 0 is the foot square to the shin. Front view: 0 turns the foot out
   * to its side, 70 points it on along the shin (feet seen from behind, toes toward the viewer).
   */
  ankle: number;
  /** Side: flexion (arm forward and up). Front: abduction (arm out to its own side and up). */
  shoulder: number;
  /** Flexion: the forearm folds forward (side) or outward (front). */
  elbow: number;
  wrist: number;
  /**
   * How far a segment turns out of the picture plane (toward the viewer in the side view, forward in the front
   * view). Its drawn length shrinks by the cosine; its true length never changes.
   */
  thighOut: number;
  shinOut: number;
  upperArmOut: number;
  forearmOut: number;
}

export interface Pose {
  /** How far the lower spine leans from upright: forward (side) or toward +x (front). -90 lies on the back. */
  lean: number;
  /** Bend of the middle and upper spine relative to the segment below: positive rounds, negative arches. */
  spineMid: number;
  spineUpper: number;
  neck: number;
  head: number;
  /** Rotation of the shoulders about the spine, in both views. */
  twist: number;
  /** Rotation of the head about the neck: in the front view, positive turns the face toward +x. */
  headTurn: number;
  /** How far both shoulders are drawn up toward the ears, in view-box units. */
  shrug: number;
  /**
   * How far the whole spine, neck and head point away from the viewer (a body on hands and knees seen from
   * behind): their drawn lengths shrink by the cosine, as a limb's do.
   */
  spineOut: number;
  /** Side: the limbs nearer the viewer. Front: the limbs on the +x side. */
  near: LimbAngles;
  far: LimbAngles;
}

export type AngleName = Exclude<keyof Pose, 'near' | 'far'>;
export type LimbAngleName = keyof LimbAngles;
export const LIMB_ANGLES: readonly LimbAngleName[] = ['hip', 'knee', 'ankle', 'shoulder', 'elbow', 'wrist', 'thighOut', 'shinOut', 'upperArmOut', 'forearmOut'];
export const BODY_ANGLES: readonly AngleName[] = ['lean', 'spineMid', 'spineUpper', 'neck', 'head', 'twist', 'headTurn', 'shrug', 'spineOut'];

/** Segment lengths in view-box units (the figure stands about 125 units tall in a 160 unit box). */
export const SEGMENTS = {
  spineLower: 12,
  spineMid: 11,
  spineUpper: 11,
  neck: 6,
  /** From the top of the neck to the centre of the head. */
  headCentre: 7,
  upperArm: 20,
  forearm: 18,
  hand: 7,
  thigh: 31,
  shin: 30,
  /** From the ankle down to the sole line, along the shin. */
  ankleDrop: 3,
  /** Sole from the heel to the toe tip, side view; foreshortened to `footFront` in the front view. */
  foot: 15,
  footFront: 6,
  heel: 3,
} as const;

export const RADII = {
  head: 8.5,
  pelvis: 8.5,
  waist: 7,
  chest: 8,
  shoulderTop: 6.5,
  neck: 3.3,
  thigh: 6,
  knee: 4.3,
  ankle: 3,
  heel: 2.6,
  toe: 1.7,
  shoulder: 3.9,
  elbow: 3,
  wrist: 2.3,
  fingers: 1.9,
} as const;

/** The front view is wider across the body; depth radii stay as above. */
export const FRONT = {
  pelvis: 10,
  waist: 8.5,
  chest: 10.5,
  shoulderTop: 9.5,
  hipOffset: 6,
  shoulderOffset: 12,
} as const;

export interface JointLimit {
  min: number;
  max: number;
}

/**
 * What a human joint allows, generous enough for stretches and tight enough to catch a typo that would fold a
 * knee backwards. The front view measures abduction, which has its own range; there a thigh turned toward the
 * viewer (a seated lap, a leg crossed over it) is drawn near horizontal and its shin folds back across it.
 */
export const JOINT_LIMITS: Record<View, Record<AngleName | LimbAngleName, JointLimit>> = {
  side: {
    lean: { min: -100, max: 120 },
    spineMid: { min: -30, max: 40 },
    spineUpper: { min: -30, max: 40 },
    neck: { min: -45, max: 50 },
    head: { min: -30, max: 30 },
    twist: { min: -60, max: 60 },
    headTurn: { min: -80, max: 80 },
    shrug: { min: 0, max: 7 },
    spineOut: { min: 0, max: 0 },
    hip: { min: -35, max: 150 },
    knee: { min: 0, max: 160 },
    ankle: { min: -30, max: 90 },
    shoulder: { min: -90, max: 185 },
    elbow: { min: 0, max: 155 },
    wrist: { min: -90, max: 90 },
    thighOut: { min: -85, max: 85 },
    shinOut: { min: -85, max: 85 },
    upperArmOut: { min: -85, max: 85 },
    forearmOut: { min: -85, max: 85 },
  },
  front: {
    // Past 90: a front-view body lying on its side, or one seen from above running along the mat.
    lean: { min: -120, max: 120 },
    spineMid: { min: -30, max: 30 },
    spineUpper: { min: -30, max: 30 },
    neck: { min: -45, max: 45 },
    head: { min: -30, max: 30 },
    twist: { min: -60, max: 60 },
    headTurn: { min: -80, max: 80 },
    shrug: { min: 0, max: 7 },
    spineOut: { min: 0, max: 80 },
    // Past ±45: seen from above and a little from one side, a body on hands and knees runs along the mat and its
    // thighs and arms hang down under it, so both sides' limbs are drawn across the body toward the viewer's side.
    hip: { min: -100, max: 100 },
    knee: { min: -175, max: 175 },
    ankle: { min: -30, max: 90 },
    // Past -30: an arm brought forward across the chest (hands on the opposite shoulders, a trunk turned toward
    // the viewer's side), or hanging under a body on hands and knees seen from above, points to the other side.
    shoulder: { min: -90, max: 200 },
    elbow: { min: -155, max: 155 },
    wrist: { min: -90, max: 90 },
    thighOut: { min: -85, max: 85 },
    shinOut: { min: -85, max: 85 },
    upperArmOut: { min: -85, max: 85 },
    forearmOut: { min: -85, max: 85 },
  },
};

export interface Point {
  x: number;
  y: number;
}

/** A tapered segment: a circle at each end, joined by their outer tangents. */
export interface Capsule {
  a: Point;
  b: Point;
  ra: number;
  rb: number;
}

export type LimbSide = 'near' | 'far';
export type PartName =
  | 'pelvis'
  | 'waist'
  | 'chest'
  | 'neck'
  | 'head'
  | 'nose'
  | `${LimbSide}.${'thigh' | 'shin' | 'foot' | 'upperArm' | 'forearm' | 'hand'}`;

export const PART_NAMES: readonly PartName[] = [
  'pelvis',
  'waist',
  'chest',
  'neck',
  'head',
  'nose',
  ...(['near', 'far'] as const).flatMap((side) =>
    (['thigh', 'shin', 'foot', 'upperArm', 'forearm', 'hand'] as const).map((part) => `${side}.${part}` as const),
  ),
];

export type JointName =
  | 'hip'
  | 'waist'
  | 'chest'
  | 'neckBase'
  | 'headTop'
  | 'headCentre'
  | `${LimbSide}.${'hip' | 'knee' | 'ankle' | 'heel' | 'toe' | 'shoulder' | 'elbow' | 'wrist' | 'fingers'}`;

export interface Skeleton {
  view: View;
  joints: Record<JointName, Point>;
  parts: Record<PartName, Capsule>;
  /** Where the eyes look, for exercises about where to look. */
  gaze?: Point;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const along = (p: Point, angle: number, length: number): Point => ({
  x: p.x + Math.sin(rad(angle)) * length,
  y: p.y + Math.cos(rad(angle)) * length,
});

/**
 * Places every joint with the hip root at the origin. Spine segments are given by their "up" lean u, which is the
 * direction ω = 180 − u; a limb hanging from a spine segment of lean u starts from that segment's downward
 * direction, ω = −u, and adds its joint angle, mirrored for the −x limbs of the front view.
 */
export function skeletonAt(pose: Pose, view: View): Skeleton {
  const front = view === 'front';
  const hip: Point = { x: 0, y: 0 };
  const u1 = pose.lean;
  const u2 = u1 + pose.spineMid;
  const u3 = u2 + pose.spineUpper;
  const u4 = u3 + pose.neck;
  const u5 = u4 + pose.head;
  const away = Math.cos(rad(pose.spineOut));
  const waist = along(hip, 180 - u1, SEGMENTS.spineLower * away);
  const chest = along(waist, 180 - u2, SEGMENTS.spineMid * away);
  const neckBase = along(chest, 180 - u3, SEGMENTS.spineUpper * away);
  const headTop = along(neckBase, 180 - u4, SEGMENTS.neck * away);
  const headCentre = along(headTop, 180 - u5, SEGMENTS.headCentre * away);

  const twist = rad(pose.twist);
  const limb = (side: LimbSide) => {
    const a = side === 'near' ? pose.near : pose.far;
    const s = front && side === 'far' ? -1 : 1;
    // Across the body: +x in the front view (scaled by the twist), toward the viewer's right in depth otherwise.
    const hipJoint = front ? along(hip, 90 - u1, s * FRONT.hipOffset) : hip;
    const shoulderBase = along(neckBase, -u3, 2.5 - pose.shrug);
    const shoulder = front
      ? along(shoulderBase, 90 - u3, s * FRONT.shoulderOffset * Math.cos(twist))
      : along(shoulderBase, 90 - u3, (side === 'near' ? 1 : -1) * 5 * Math.sin(twist));
    const thighDir = -u1 + s * a.hip;
    const cos = (deg: number) => Math.cos(rad(deg));
    const knee = along(hipJoint, thighDir, SEGMENTS.thigh * cos(a.thighOut));
    const shinDir = thighDir - s * a.knee;
    const ankle = along(knee, shinDir, SEGMENTS.shin * cos(a.shinOut));
    const sole = along(ankle, shinDir, SEGMENTS.ankleDrop);
    const footDir = front ? shinDir + s * (70 - a.ankle) : shinDir + 90 - a.ankle;
    const heel = front ? sole : along(sole, footDir, -SEGMENTS.heel);
    const toe = along(heel, footDir, front ? SEGMENTS.footFront : SEGMENTS.foot);
    const upperArmDir = -u3 + s * a.shoulder;
    const elbow = along(shoulder, upperArmDir, SEGMENTS.upperArm * cos(a.upperArmOut));
    const forearmDir = upperArmDir + s * a.elbow;
    const wrist = along(elbow, forearmDir, SEGMENTS.forearm * cos(a.forearmOut));
    const fingers = along(wrist, forearmDir + s * a.wrist, SEGMENTS.hand);
    return { hip: hipJoint, knee, ankle, heel, toe, shoulder, elbow, wrist, fingers };
  };
  const near = limb('near');
  const far = limb('far');

  const faceDir = front ? (pose.headTurn >= 0 ? 90 : -90) - u5 : 90 - u5;
  const noseReach = front ? Math.abs(Math.sin(rad(pose.headTurn))) : 1;
  // A little below the middle of the head, where a nose is, so it never reads as the brim of a cap.
  const face = along(headCentre, 180 - u5, -2);
  const noseBase = along(face, faceDir, RADII.head * 0.55);
  const noseTip = along(face, faceDir, RADII.head * 0.55 + (RADII.head * 0.45 + 1) * noseReach);

  const r = front ? FRONT : RADII;
  // Seen from the front, a chest turned by the twist shows part of its depth instead of all of its width.
  const turned = front ? Math.hypot(Math.cos(twist), (RADII.chest / FRONT.chest) * Math.sin(twist)) : 1;
  const limbParts = (side: LimbSide, j: typeof near) =>
    ({
      [`${side}.thigh`]: { a: j.hip, b: j.knee, ra: RADII.thigh, rb: RADII.knee },
      [`${side}.shin`]: { a: j.knee, b: j.ankle, ra: RADII.knee, rb: RADII.ankle },
      [`${side}.foot`]: { a: j.heel, b: j.toe, ra: RADII.heel, rb: RADII.toe },
      [`${side}.upperArm`]: { a: j.shoulder, b: j.elbow, ra: RADII.shoulder, rb: RADII.elbow },
      [`${side}.forearm`]: { a: j.elbow, b: j.wrist, ra: RADII.elbow, rb: RADII.wrist },
      [`${side}.hand`]: { a: j.wrist, b: j.fingers, ra: RADII.wrist, rb: RADII.fingers },
    }) as Partial<Record<PartName, Capsule>>;

  const parts = {
    pelvis: { a: hip, b: waist, ra: r.pelvis, rb: r.waist },
    waist: { a: waist, b: chest, ra: r.waist, rb: r.chest * turned },
    chest: { a: chest, b: neckBase, ra: r.chest * turned, rb: r.shoulderTop * turned },
    neck: { a: neckBase, b: headTop, ra: RADII.neck, rb: RADII.neck },
    head: { a: headCentre, b: headCentre, ra: RADII.head, rb: RADII.head },
    nose: { a: noseBase, b: noseTip, ra: 1.9, rb: 1.5 },
    ...limbParts('near', near),
    ...limbParts('far', far),
  } as Record<PartName, Capsule>;

  const joints = { hip, waist, chest, neckBase, headTop, headCentre } as Record<JointName, Point>;
  for (const [side, j] of [
    ['near', near],
    ['far', far],
  ] as const) {
    for (const [name, point] of Object.entries(j)) joints[`${side}.${name}` as JointName] = point;
  }
  return { view, joints, parts };
}

/** Moves a skeleton so that `joint` lands on `at`. */
export function placeSkeleton(skeleton: Skeleton, joint: JointName, at: Point): Skeleton {
  const from = skeleton.joints[joint];
  const dx = at.x - from.x;
  const dy = at.y - from.y;
  return mapSkeleton(skeleton, (p) => ({ x: p.x + dx, y: p.y + dy }));
}

export function mapSkeleton(skeleton: Skeleton, map: (p: Point) => Point): Skeleton {
  const joints = Object.fromEntries(Object.entries(skeleton.joints).map(([k, p]) => [k, map(p)])) as Skeleton['joints'];
  const parts = Object.fromEntries(
    Object.entries(skeleton.parts).map(([k, c]) => [k, { a: map(c.a), b: map(c.b), ra: c.ra, rb: c.rb }]),
  ) as Skeleton['parts'];
  return { view: skeleton.view, joints, parts, ...(skeleton.gaze && { gaze: map(skeleton.gaze) }) };
}

/** The second side of a per-side exercise: the same drawing reflected across the middle of the view box. */
export function mirrorSkeleton(skeleton: Skeleton, width: number): Skeleton {
  return mapSkeleton(skeleton, (p) => ({ x: width - p.x, y: p.y }));
}

/**
 * Which joints hang from which, so tests can check that every segment keeps its length; the last entry names the
 * out-of-plane angle whose cosine the drawn length carries.
 */
export const BONES: ReadonlyArray<[JointName, JointName, (LimbAngleName | 'spineOut')?]> = [
  ['hip', 'waist', 'spineOut'],
  ['waist', 'chest', 'spineOut'],
  ['chest', 'neckBase', 'spineOut'],
  ['neckBase', 'headTop', 'spineOut'],
  ['headTop', 'headCentre', 'spineOut'],
  ...(['near', 'far'] as const).flatMap(
    (s) =>
      [
        [`${s}.hip`, `${s}.knee`, 'thighOut'],
        [`${s}.knee`, `${s}.ankle`, 'shinOut'],
        [`${s}.heel`, `${s}.toe`],
        [`${s}.shoulder`, `${s}.elbow`, 'upperArmOut'],
        [`${s}.elbow`, `${s}.wrist`, 'forearmOut'],
        [`${s}.wrist`, `${s}.fingers`],
      ] as Array<[JointName, JointName, (LimbAngleName | 'spineOut')?]>,
  ),
];

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * Two-bone reach: the root and middle joint angles that put the end of a chain on `target`, bending the middle
 * joint the way it bends (`bend` +1 or −1 in the chain's angle convention). Unreachable targets get the straight
 * chain pointing at them. Returns the two absolute directions (ω) of the bones.
 */
export function reach(root: Point, target: Point, first: number, second: number, bend: 1 | -1): [number, number] {
  const dx = target.x - root.x;
  const dy = target.y - root.y;
  const d = Math.min(first + second - 1e-6, Math.max(Math.abs(first - second) + 1e-6, Math.hypot(dx, dy)));
  const toTarget = (Math.atan2(dx, dy) * 180) / Math.PI;
  const cosA = (first * first + d * d - second * second) / (2 * first * d);
  const a = (Math.acos(Math.max(-1, Math.min(1, cosA))) * 180) / Math.PI;
  const firstDir = toTarget - bend * a;
  const end = along(root, firstDir, first);
  const secondDir = (Math.atan2(target.x - end.x, target.y - end.y) * 180) / Math.PI;
  return [firstDir, secondDir];
}

/** The angle from `from` to `to`, wrapped into (−180, 180]. */
export function turn(from: number, to: number): number {
  let d = (to - from) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
}
