import type { Translate } from '../../electron/common/i18n/translator.js';
import { WEEKDAYS, type Settings, type Weekday } from '../../electron/common/settings.js';
import { weekdayName, type Key } from './words.js';

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

export const SETTING_NAME_KEYS = {
  breakIntervalMin: 'settings.names.breakIntervalMin',
  reminderIntervalMin: 'settings.names.reminderIntervalMin',
  maxReminders: 'settings.names.maxReminders',
  promptStyle: 'settings.names.promptStyle',
  snoozeMin: 'settings.names.snoozeMin',
  snoozeLimit: 'settings.names.snoozeLimit',
  shortGapMin: 'settings.names.shortGapMin',
  awayGapMin: 'settings.names.awayGapMin',
  seatedFollowUpMin: 'settings.names.seatedFollowUpMin',
  abandonGraceSec: 'settings.names.abandonGraceSec',
  standingSuggestMin: 'settings.names.standingSuggestMin',
  posturePreference: 'settings.names.posturePreference',
  flexionSensitive: 'settings.names.flexionSensitive',
  'microBreak.enabled': 'settings.names.microBreakEnabled',
  'microBreak.afterMin': 'settings.names.microBreakAfterMin',
  'microBreak.seconds': 'settings.names.microBreakSeconds',
  'microBreak.quietBeforeBreakMin': 'settings.names.microBreakQuietBeforeBreakMin',
  'microBreak.quietAfterPromptMin': 'settings.names.microBreakQuietAfterPromptMin',
  'workingHours.enabled': 'settings.names.workingHoursEnabled',
  dayBoundaryHour: 'settings.names.dayBoundaryHour',
  sound: 'settings.names.sound',
  launchAtLogin: 'settings.names.launchAtLogin',
  shortcut: 'settings.names.shortcut',
  'quietMoments.signals.call': 'settings.names.quietCall',
  'quietMoments.signals.presentation': 'settings.names.quietPresentation',
  'quietMoments.signals.fullscreen': 'settings.names.quietFullscreen',
  'quietMoments.signals.dnd': 'settings.names.quietDnd',
  'quietMoments.signals.awake': 'settings.names.quietAwake',
  'quietMoments.signals.app': 'settings.names.quietApp',
  'quietMoments.graceMin': 'settings.names.quietGraceMin',
  'quietMoments.holdLimitMin': 'settings.names.quietHoldLimitMin',
  'quietMoments.apps': 'settings.names.quietApps',
  language: 'settings.names.language',
} as const satisfies Record<Exclude<SettingPath, DayPath>, Key>;

const DAY_PATH = new RegExp(`^workingHours\\.days\\.(${WEEKDAYS.join('|')})$`);

/** The setting's name, or undefined for a path that is not a setting (one a newer Limber wrote, say). */
export function settingName(path: string, t: Translate, locale: string): string | undefined {
  if (Object.hasOwn(SETTING_NAME_KEYS, path)) return t(SETTING_NAME_KEYS[path as keyof typeof SETTING_NAME_KEYS]);
  const day = DAY_PATH.exec(path)?.[1] as Weekday | undefined;
  return day ? t('settings.names.workingHoursDay', { day: weekdayName(locale, day) }) : undefined;
}
