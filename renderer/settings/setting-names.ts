import type { Settings, Weekday } from '../../electron/common/settings.js';
import { WEEK } from './words.js';

/**
 * The user's name for each setting (its label's words, where the window shows it), for text that has to name a
 * setting away from its field: the schema's messages and the list of what a repair reset. Paths are the ones a
 * repair reports; a day's working hours is checked as one list, so it is one setting.
 */

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends readonly unknown[] | string | number | boolean ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type SettingPath = Leaves<Settings>;

type DayPath = `workingHours.days.${Weekday}`;

export const SETTING_NAMES = {
  breakIntervalMin: 'Break interval',
  reminderIntervalMin: 'Reminder interval',
  maxReminders: 'Reminders per break',
  promptStyle: 'How to remind you',
  snoozeMin: 'Snooze length',
  snoozeLimit: 'Snoozes per sitting bout',
  shortGapMin: 'Short pause',
  awayGapMin: 'Time away',
  seatedFollowUpMin: 'Next reminder after a seated routine',
  abandonGraceSec: 'Shortest stopped routine that still counts',
  standingSuggestMin: 'Standing reminder',
  posturePreference: 'Preferred routines',
  flexionSensitive: 'Leave out forward bends',
  'microBreak.enabled': 'Eye breaks',
  'microBreak.afterMin': 'Eye break interval',
  'microBreak.seconds': 'Eye break length',
  'microBreak.quietBeforeBreakMin': 'No eye break just before a break',
  'microBreak.quietAfterPromptMin': 'No eye break just after a reminder',
  'workingHours.enabled': 'Only during working hours',
  dayBoundaryHour: 'Day end',
  sound: 'Sound',
  launchAtLogin: 'Start Limber when I log in',
  shortcut: 'Shortcut',
  'quietMoments.signals.call': 'Hold breaks during calls',
  'quietMoments.signals.presentation': 'Hold breaks while presenting',
  'quietMoments.signals.fullscreen': 'Hold breaks while an app is fullscreen',
  'quietMoments.signals.dnd': 'Hold breaks during Do Not Disturb',
  'quietMoments.signals.awake': 'Hold breaks while an app keeps the screen awake',
  'quietMoments.signals.app': 'Hold breaks while my apps run',
  'quietMoments.graceMin': 'Wait after a quiet moment',
  'quietMoments.holdLimitMin': 'Longest hold',
  'quietMoments.apps': 'My quiet apps',
  language: 'Language',
} as const satisfies Record<Exclude<SettingPath, DayPath>, string>;

const NAMES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SETTING_NAMES),
  ...WEEK.map(({ day, name }): [DayPath, string] => [`workingHours.days.${day}`, `${name}’s working hours`]),
]);

/** The setting's name, or undefined for a path that is not a setting (one a newer Limber wrote, say). */
export function settingName(path: string): string | undefined {
  return NAMES.get(path);
}
