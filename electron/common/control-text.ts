import type { PauseLength } from './engine/types.js';
import type { Translate } from './i18n/translator.js';

/**
 * The words for the day-to-day controls, written once: the tray menu, the break window and Settings' "Right now"
 * section all offer Snooze and Pause, and must name them alike. No value imports, so any page may take it.
 */

export const snoozeText = (t: Translate, minutes: number): string => t('common.snoozeFor', { count: minutes });

/** Why Snooze is greyed out: the tray shows it as the item itself, the pages beside the button. */
export const noSnoozesLeft = (t: Translate): string => t('common.noSnoozesLeft');

export type PauseChoiceId = 'pause-30m' | 'pause-1h' | 'pause-2h' | 'pause-tomorrow' | 'pause-indefinite';
export type PauseChoiceLength = Exclude<PauseLength, { untilWall: number }>;

export const PAUSE_CHOICES: ReadonlyArray<{ id: PauseChoiceId; length: PauseChoiceLength }> = [
  { id: 'pause-30m', length: { minutes: 30 } },
  { id: 'pause-1h', length: { minutes: 60 } },
  { id: 'pause-2h', length: { minutes: 120 } },
  { id: 'pause-tomorrow', length: 'tomorrow' },
  { id: 'pause-indefinite', length: 'until-resumed' },
];

/** A pause length in words: "30 minutes", "1 hour", "Until tomorrow". */
export function pauseLengthText(t: Translate, length: PauseChoiceLength): string {
  if (length === 'tomorrow') return t('common.pauseFor.tomorrow');
  if (length === 'until-resumed') return t('common.pauseFor.untilResumed');
  const { minutes } = length;
  return minutes % 60 === 0 ? t('common.pauseFor.hours', { count: minutes / 60 }) : t('common.pauseFor.minutes', { count: minutes });
}

/** The pause lengths offered, in the order the tray and Settings list them, with their words. */
export function pauseChoices(t: Translate): Array<{ id: PauseChoiceId; label: string; length: PauseChoiceLength }> {
  return PAUSE_CHOICES.map((choice) => ({ ...choice, label: pauseLengthText(t, choice.length) }));
}
