import type { Translate } from './i18n/translator.js';
import type { Position } from './routine-library.js';

/**
 * What a routine asks of the body, read from its steps rather than from the posture the sitting engine files it
 * under: Back Break counts as a standing break for the bout rules, but it starts in the chair. The tray groups its
 * routines by this and the break window names it, so the two never disagree.
 */
export const POSTURES = ['seated', 'seated-then-standing', 'seated-and-standing', 'standing', 'moving', 'floor'] as const;
export type PostureKey = (typeof POSTURES)[number];

export function postureOf(kind: string, positions: readonly Position[]): PostureKey {
  if (kind === 'home') return 'floor';
  if (kind === 'move') return 'moving';
  const seated = positions.map((position) => position === 'seated');
  if (seated.every(Boolean)) return 'seated';
  if (!seated.some(Boolean)) return 'standing';
  const firstStanding = seated.indexOf(false);
  return seated.slice(firstStanding).some(Boolean) ? 'seated-and-standing' : 'seated-then-standing';
}

export function postureText(t: Translate, posture: PostureKey): string {
  switch (posture) {
    case 'seated':
      return t('common.posture.seated');
    case 'seated-then-standing':
      return t('common.posture.seatedThenStanding');
    case 'seated-and-standing':
      return t('common.posture.seatedAndStanding');
    case 'standing':
      return t('common.posture.standing');
    case 'moving':
      return t('common.posture.onTheMove');
    case 'floor':
      return t('common.posture.onTheFloor');
  }
}

/** The posture line of a routine, in words: "Seated, then standing". */
export function routinePostureLabel(t: Translate, kind: string, positions: readonly Position[]): string {
  return postureText(t, postureOf(kind, positions));
}
