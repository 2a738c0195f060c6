import type { Motion } from './motion.js';
import { VIEW_BOX, type Camera } from './props.js';

/**
 * The one crop every moving figure of a routine is shown through. Each kind of scene has its own camera (a
 * seated body fills a closer crop than a standing one), but a routine that moves from the chair to standing would then show
 * the body half as big again on its seated steps; through one crop holding every step's own, the body keeps one
 * size from the first step to the last. A routine of one kind of scene keeps that scene's camera. (The small
 * frames of the reduced-motion strip keep each motion's own, closer crop, where legibility comes first.)
 */
export function routineCamera(motions: ReadonlyArray<Motion | null>): Camera | undefined {
  const crops = motions.filter((m): m is Motion => m !== null).map((m) => m.data.camera ?? { size: VIEW_BOX, y: 0 });
  if (crops.length === 0) return undefined;
  const top = Math.min(...crops.map((c) => c.y));
  const bottom = Math.max(...crops.map((c) => c.y + c.size));
  // Crops are centred across the box, so a square as wide as the widest holds every one across; its lowest
  // edge stays where the lowest crop's is, which keeps the floor line where each scene had it.
  const size = Math.max(bottom - top, ...crops.map((c) => c.size));
  return { size, y: bottom - size };
}
