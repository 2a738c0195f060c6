import type { Motion } from './motion.js';

/**
 * Which of the person's sides works on a per-side step, as the figure shows it. The figure faces right (side
 * view) or the viewer (front view), so its near limbs are its left ones; the second side is the mirror image.
 */
export function workingSideOf(motion: Motion | null, side: 'both' | 'first' | 'second'): 'left' | 'right' | null {
  const works = motion?.data.works;
  if (!works || side === 'both') return null;
  const firstIsLeft = works === 'near';
  return firstIsLeft === (side === 'first') ? 'left' : 'right';
}
