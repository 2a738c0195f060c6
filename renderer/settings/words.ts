import { PAUSE_CHOICES } from '../../electron/common/control-text.js';
import type { Settings, Weekday } from '../../electron/common/settings.js';

/** The settings window's shared wording. */

// English stand-ins for the shared words (common.*), until this window reads its catalogue (wt-settings): the
// shared modules now take a `t`, which these plain functions do not have.
const snoozeText = (minutes: number) => `Snooze ${minutes} min`;
const NO_SNOOZES_LEFT = 'No snoozes left for this sitting bout';
function formatMinutes(seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
const PAUSE_WORDS = { 'pause-30m': '30 minutes', 'pause-1h': '1 hour', 'pause-2h': '2 hours', 'pause-tomorrow': 'Until tomorrow', 'pause-indefinite': 'Until I resume' } as const;

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
export const PAUSE_LENGTHS = PAUSE_CHOICES.map((choice) => ({ ...choice, label: PAUSE_WORDS[choice.id] }));

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
