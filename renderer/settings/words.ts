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

export function durationText(seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
