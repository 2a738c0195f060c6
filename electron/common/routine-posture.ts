import type { Position } from './routine-library.js';

/**
 * What a routine asks of the body, read from its steps rather than from the posture the sitting engine files it
 * under: Back Break counts as a standing break for the bout rules, but it starts in the chair. The tray groups its
 * routines by this and the break window names it, so the two never disagree.
 */
export const POSTURE_LABELS = ['Seated', 'Seated, then standing', 'Seated and standing', 'Standing', 'On the move', 'On the floor'] as const;
export type PostureLabel = (typeof POSTURE_LABELS)[number];

/** The same rule as a key, for words from a catalogue. */
export type PostureKey = 'seated' | 'seated-then-standing' | 'seated-and-standing' | 'standing' | 'moving' | 'floor';

export function postureOf(kind: string, positions: readonly Position[]): PostureKey {
  if (kind === 'home') return 'floor';
  if (kind === 'move') return 'moving';
  const seated = positions.map((position) => position === 'seated');
  if (seated.every(Boolean)) return 'seated';
  if (!seated.some(Boolean)) return 'standing';
  const firstStanding = seated.indexOf(false);
  return seated.slice(firstStanding).some(Boolean) ? 'seated-and-standing' : 'seated-then-standing';
}

const LABEL_OF: Record<PostureKey, PostureLabel> = {
  seated: 'Seated',
  'seated-then-standing': 'Seated, then standing',
  'seated-and-standing': 'Seated and standing',
  standing: 'Standing',
  moving: 'On the move',
  floor: 'On the floor',
};

export function routinePostureLabel(kind: string, positions: readonly Position[]): PostureLabel {
  return LABEL_OF[postureOf(kind, positions)];
}
