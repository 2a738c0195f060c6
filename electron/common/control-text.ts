import type { PauseLength } from './engine/types.js';

/**
 * The words for the day-to-day controls, written once: the tray menu, the break window and Settings' "Right now"
 * section all offer Snooze and Pause, and must name them alike. No value imports, so any page may take it.
 */

export const snoozeText = (minutes: number): string => `Snooze ${minutes} min`;

/** Why Snooze is greyed out: the tray shows it as the item itself, the pages beside the button. */
export const NO_SNOOZES_LEFT = 'No snoozes left for this sitting bout';

export const PAUSE_CHOICES: ReadonlyArray<{ id: string; label: string; length: Exclude<PauseLength, { untilWall: number }> }> = [
  { id: 'pause-30m', label: '30 minutes', length: { minutes: 30 } },
  { id: 'pause-1h', label: '1 hour', length: { minutes: 60 } },
  { id: 'pause-2h', label: '2 hours', length: { minutes: 120 } },
  { id: 'pause-tomorrow', label: 'Until tomorrow', length: 'tomorrow' },
  { id: 'pause-indefinite', label: 'Until I resume', length: 'until-resumed' },
];
