import { NO_SNOOZES_LEFT, PAUSE_CHOICES, snoozeText } from '../../electron/common/control-text.js';
import { formatMinutes } from '../../electron/common/duration-text.js';
import type { Settings, Weekday } from '../../electron/common/settings.js';

/** The settings window's shared wording. */

export const POSTURE_CHOICES: ReadonlyArray<{ value: Settings['posturePreference']; label: string; hint: string }> = [
  { value: 'alternate', label: 'A mix', hint: 'Alternate moving and stretching, standing up at least every other break.' },
  { value: 'standing', label: 'Standing', hint: 'Get up and move whenever you can.' },
  { value: 'seated', label: 'Seated', hint: 'Stretches you can do in your chair. Standing now and then still helps most.' },
];

/** Monday first, as most calendars show a working week. */
export const WEEK: ReadonlyArray<{ day: Weekday; name: string }> = [
  { day: 'mon', name: 'Monday' },
  { day: 'tue', name: 'Tuesday' },
  { day: 'wed', name: 'Wednesday' },
  { day: 'thu', name: 'Thursday' },
  { day: 'fri', name: 'Friday' },
  { day: 'sat', name: 'Saturday' },
  { day: 'sun', name: 'Sunday' },
];

/** Sitting time and the like, by the same rule as the tray's. */
export const durationText = formatMinutes;

export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The tray menu's pause lengths, in its words. */
export const PAUSE_LENGTHS = PAUSE_CHOICES;

/** The window's own Stretch now, Pause, Resume and Snooze, named as the tray menu names them. */
export const CONTROLS_TEXT = {
  title: 'Right now',
  stretch: 'Stretch now',
  snooze: snoozeText,
  snoozeUsedUp: `${NO_SNOOZES_LEFT}.`,
  pause: 'Pause',
  pauseGroup: 'Pause reminders',
  pauseFor: 'Pause for',
  resume: 'Resume',
  failed: 'That did not work. Please try again.',
} as const;
