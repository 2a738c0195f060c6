/**
 * The shared furniture every figure stands, sits or lies on: one chair, desk, wall, mat, cushion and floor, at
 * fixed heights so that a seated figure in one exercise sits at the same height as in any other. Each prop is a
 * drawing (outline paths) plus the surfaces the body may touch.
 */

export const VIEW_BOX = 160;
export const FLOOR_Y = 150;
/** Seat top: knee height of the body model, so feet rest flat on the floor. */
export const SEAT_Y = 121;
export const DESK_Y = 92;
export const MAT_Y = 146;

/**
 * The part of the view box a figure is shown in: a square `size` wide, centred across the box so the mirrored
 * second side shows the same crop, its top at `y`. A figure lying on the mat fills a closer crop instead of a
 * thin strip along the bottom of the whole box.
 */
export interface Camera {
  size: number;
  y: number;
}

export const viewBoxOf = (camera?: Camera): string =>
  camera ? `${(VIEW_BOX - camera.size) / 2} ${camera.y} ${camera.size} ${camera.size}` : `0 0 ${VIEW_BOX} ${VIEW_BOX}`;

export type PropKind = 'floor' | 'chair' | 'desk' | 'wall' | 'mat' | 'cushion';
export type SurfaceName = 'floor' | 'seat' | 'desk' | 'wall' | 'mat' | 'cushion';

export interface PropSpec {
  kind: PropKind;
  /** Chair: the middle of the seat. Desk: the edge nearest the figure. Wall: its face. Mat, cushion: the middle. */
  x?: number;
  /** Chair: where its back is ('left', 'right', or 'none' for a stool-like view). Desk: which way its top runs. */
  side?: 'left' | 'right' | 'none';
  /** Desk: a screen stands on it. */
  screen?: boolean;
  /** Mat and cushion length, and cushion height. */
  width?: number;
  height?: number;
  /** Mat: seen from above, its top edge at `y` (for figures lying on it drawn from above). */
  y?: number;
}

/** A horizontal surface (y is its top, from x1 to x2) or the wall (x1 = x2 = its face). */
export interface Surface {
  y: number;
  x1: number;
  x2: number;
}

export interface PropDrawing {
  /** Outline paths, stroked. */
  lines: string[];
  /** Solid shapes drawn in the prop's tone (mat, cushion, screen). */
  fills: string[];
  surfaces: Partial<Record<SurfaceName, Surface>>;
}

const n = (v: number) => Math.round(v * 10) / 10;
const line = (...points: Array<[number, number]>) => `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}`;
const rect = (x: number, y: number, w: number, h: number, r: number) =>
  `M${n(x + r)} ${n(y)}H${n(x + w - r)}A${r} ${r} 0 0 1 ${n(x + w)} ${n(y + r)}V${n(y + h - r)}A${r} ${r} 0 0 1 ${n(x + w - r)} ${n(y + h)}H${n(x + r)}A${r} ${r} 0 0 1 ${n(x)} ${n(y + h - r)}V${n(y + r)}A${r} ${r} 0 0 1 ${n(x + r)} ${n(y)}Z`;

export function drawProp(spec: PropSpec, view: 'side' | 'front'): PropDrawing {
  switch (spec.kind) {
    case 'floor':
      return { lines: [line([4, FLOOR_Y + 1], [156, FLOOR_Y + 1])], fills: [], surfaces: { floor: { y: FLOOR_Y, x1: 0, x2: VIEW_BOX } } };
    case 'chair': {
      const x = spec.x ?? 60;
      const half = view === 'front' ? 28 : 17;
      if (view === 'front') {
        // Seen from the front a chair is its seat edge, splayed front legs, and a back rest standing out beside
        // and above the sitter: a solid panel, so it never reads as a door frame.
        const fills = [rect(x - half, SEAT_Y, half * 2, 6, 2.5)];
        const lines = [line([x - half + 4, SEAT_Y + 5], [x - half + 0.5, FLOOR_Y]), line([x + half - 4, SEAT_Y + 5], [x + half - 0.5, FLOOR_Y])];
        if (spec.side !== 'none') {
          fills.push(rect(x - 24, 70, 48, 26, 6));
          lines.push(line([x - 19, 94], [x - 19, SEAT_Y]), line([x + 19, 94], [x + 19, SEAT_Y]));
        }
        return { lines, fills, surfaces: { seat: { y: SEAT_Y, x1: x - half, x2: x + half } } };
      }
      const seat = rect(x - half, SEAT_Y, half * 2, 4, 2);
      const lines = [line([x - half + 3, SEAT_Y + 4], [x - half + 3, FLOOR_Y]), line([x + half - 3, SEAT_Y + 4], [x + half - 3, FLOOR_Y])];
      const fills = [seat];
      if (spec.side !== 'none') {
        const back = spec.side === 'right' ? x + half - 2 : x - half + 2;
        const lean = spec.side === 'right' ? 3 : -3;
        lines.push(line([back, SEAT_Y], [back + lean, 72]));
      }
      return { lines, fills, surfaces: { seat: { y: SEAT_Y, x1: x - half, x2: x + half } } };
    }
    case 'desk': {
      const x = spec.x ?? 110;
      const toRight = spec.side !== 'left';
      const far = toRight ? VIEW_BOX - 2 : 2;
      const [x1, x2] = toRight ? [x, far] : [far, x];
      const fills = [rect(x1, DESK_Y, x2 - x1, 4, 2)];
      const legX = toRight ? x2 - 6 : x1 + 6;
      const lines = [line([legX, DESK_Y + 4], [legX, FLOOR_Y])];
      if (spec.screen) {
        const sx = toRight ? x + 14 : x - 14;
        fills.push(rect(sx - 2, DESK_Y - 34, 4, 26, 1.5));
        lines.push(line([sx, DESK_Y - 8], [sx, DESK_Y]), line([sx - 6, DESK_Y - 0.5], [sx + 6, DESK_Y - 0.5]));
      }
      return { lines, fills, surfaces: { desk: { y: DESK_Y, x1, x2 } } };
    }
    case 'wall': {
      const x = spec.x ?? 130;
      return { lines: [line([x, 12], [x, FLOOR_Y])], fills: [], surfaces: { wall: { y: 0, x1: x, x2: x } } };
    }
    case 'mat': {
      const x = spec.x ?? 80;
      const w = spec.width ?? 140;
      if (spec.y !== undefined) return { lines: [], fills: [rect(x - w / 2, spec.y, w, spec.height ?? 140, 4)], surfaces: {} };
      return { lines: [], fills: [rect(x - w / 2, MAT_Y, w, FLOOR_Y - MAT_Y, 2)], surfaces: { mat: { y: MAT_Y, x1: x - w / 2, x2: x + w / 2 } } };
    }
    case 'cushion': {
      const x = spec.x ?? 80;
      const w = spec.width ?? 26;
      const h = spec.height ?? 10;
      const top = MAT_Y - h;
      return { lines: [], fills: [rect(x - w / 2, top, w, h, Math.min(5, h / 2))], surfaces: { cushion: { y: top, x1: x - w / 2, x2: x + w / 2 } } };
    }
  }
}
