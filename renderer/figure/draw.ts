import type { Capsule, PartName, Skeleton } from '../../electron/common/figure/body.js';
import type { Motion } from '../../electron/common/figure/motion.js';
import { drawProp } from '../../electron/common/figure/props.js';

/**
 * From a posed skeleton to path data, in the one style every figure shares: each segment a filled, tapered
 * capsule whose round ends make the joints. The same list of parts is drawn in the same order on every frame,
 * so the player can update path data in place and a still is the same drawing written to a file.
 */

const n = (v: number) => Math.round(v * 10) / 10;

/** The outline of a tapered segment: the two end circles joined by their outer tangents. */
export function capsulePath({ a, b, ra, rb }: Capsule): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy);
  if (d <= Math.abs(ra - rb) + 0.01) {
    const { x, y } = ra >= rb ? a : b;
    const r = Math.max(ra, rb);
    return `M${n(x - r)} ${n(y)}a${r} ${r} 0 1 0 ${n(2 * r)} 0a${r} ${r} 0 1 0 ${n(-2 * r)} 0Z`;
  }
  const theta = Math.atan2(dy, dx);
  const alpha = Math.acos((ra - rb) / d);
  const p = (c: { x: number; y: number }, r: number, angle: number) => `${n(c.x + r * Math.cos(angle))} ${n(c.y + r * Math.sin(angle))}`;
  // Around b the arc spans 2α on the far side; around a, the rest of the circle.
  const bigA = alpha < Math.PI / 2 ? 1 : 0;
  const bigB = 1 - bigA;
  return (
    `M${p(a, ra, theta + alpha)}L${p(b, rb, theta + alpha)}` +
    `A${n(rb)} ${n(rb)} 0 ${bigB} 0 ${p(b, rb, theta - alpha)}` +
    `L${p(a, ra, theta - alpha)}A${n(ra)} ${n(ra)} 0 ${bigA} 0 ${p(a, ra, theta + alpha)}Z`
  );
}

export type Layer = 'far' | 'body' | 'front';

/**
 * Back to front. Side view: the far limbs (drawn lighter), then the trunk with the near leg, then the near arm,
 * which crosses the trunk and gets a gap around it. Front view: legs and trunk, then both arms.
 */
export const LAYERS: Record<'side' | 'front' | 'behind', Record<Layer, PartName[]>> = {
  side: {
    far: ['far.thigh', 'far.shin', 'far.foot', 'far.upperArm', 'far.forearm', 'far.hand'],
    body: ['pelvis', 'waist', 'chest', 'neck', 'head', 'nose', 'near.thigh', 'near.shin', 'near.foot'],
    front: ['near.upperArm', 'near.forearm', 'near.hand'],
  },
  front: {
    far: [],
    body: ['near.thigh', 'near.shin', 'near.foot', 'far.thigh', 'far.shin', 'far.foot', 'pelvis', 'waist', 'chest', 'neck', 'head', 'nose'],
    front: ['near.upperArm', 'near.forearm', 'near.hand', 'far.upperArm', 'far.forearm', 'far.hand'],
  },
  behind: {
    far: ['head', 'nose', 'neck', 'near.upperArm', 'near.forearm', 'near.hand', 'far.upperArm', 'far.forearm', 'far.hand'],
    body: ['chest', 'waist', 'pelvis'],
    front: ['near.thigh', 'near.shin', 'near.foot', 'far.thigh', 'far.shin', 'far.foot'],
  },
};

export interface FigureShapes {
  layers: Array<{ layer: Layer; parts: Array<{ part: PartName; d: string; accent: boolean }> }>;
  gaze: string | null;
}

export function shapesOf(motion: Motion, skeleton: Skeleton): FigureShapes {
  const accent = new Set(motion.data.accent);
  const over = motion.data.inFront ?? [];
  const layers = (['far', 'body', 'front'] as const).map((layer) => ({
    layer,
    parts: [...(layer === 'front' ? over : []), ...LAYERS[motion.data.fromBehind ? 'behind' : skeleton.view][layer].filter((p) => !over.includes(p))].map((part) => {
      const capsule = skeleton.parts[part];
      // The front view shows a face, not a profile, until the head turns.
      const hidden = part === 'nose' && capsule.a.x === capsule.b.x && capsule.a.y === capsule.b.y;
      return { part, d: hidden ? '' : capsulePath(capsule), accent: accent.has(part) };
    }),
  }));
  const gazeTo = skeleton.gaze;
  const head = skeleton.joints.headCentre;
  const gaze = gazeTo ? `M${n(head.x + (gazeTo.x > head.x ? 9 : -9))} ${n(head.y - 1)}L${n(gazeTo.x)} ${n(gazeTo.y)}` : null;
  return { layers, gaze };
}

export interface PropShapes {
  lines: string[];
  fills: string[];
}

export function propShapes(motion: Motion): PropShapes {
  const drawings = motion.data.props.map((p) => drawProp(p, motion.data.view));
  return { lines: drawings.flatMap((d) => d.lines), fills: drawings.flatMap((d) => d.fills) };
}
