import type { Position } from './routine-library.js';

/**
 * What a routine asks of the body, read from its steps rather than from the posture the sitting engine files it
 * under: Back Break counts as a standing break for the bout rules, but it starts in the chair. The tray groups its
 * routines by this and the break window names it, so the two never disagree.
 */
export const POSTURE_LABELS = ['Seated', 'Seated, then standing', 'Seated and standing', 'Standing', 'On the move', 'On the floor'] as const;
export type PostureLabel = (typeof POSTURE_LABELS)[number];

export function routinePostureLabel(kind: string, positions: readonly Position[]): PostureLabel {
  if (kind === 'home') return 'On the floor';
  if (kind === 'move') return 'On the move';
  const seated = positions.map((position) => position === 'seated');
  if (seated.every(Boolean)) return 'Seated';
  if (!seated.some(Boolean)) return 'Standing';
  const firstStanding = seated.indexOf(false);
  return seated.slice(firstStanding).some(Boolean) ? 'Seated and standing' : 'Seated, then standing';
}
