import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../electron/common/duration-text.js';
import { formatDayKey, formatNumber, weekdayNames } from '../../electron/common/i18n/format.js';
import type { Translate } from '../../electron/common/i18n/translator.js';
import type { Settings, Weekday } from '../../electron/common/settings.js';
import { useLocale } from '../i18n/PageI18n.js';

/** The settings window's shared wording: words from the page's catalogue, numbers and dates by its locale. */

/** A key of the catalogue, checked against en.json. */
export type Key = ParseKeys;

export const POSTURE_CHOICES: ReadonlyArray<{ value: Settings['posturePreference']; labelKey: Key; hintKey: Key }> = [
  { value: 'alternate', labelKey: 'settings.breaks.posture.alternate', hintKey: 'settings.breaks.posture.alternateHint' },
  { value: 'standing', labelKey: 'settings.breaks.posture.standing', hintKey: 'settings.breaks.posture.standingHint' },
  { value: 'seated', labelKey: 'settings.breaks.posture.seated', hintKey: 'settings.breaks.posture.seatedHint' },
];

/** Monday first, as most calendars show a working week (the order of format.ts's weekdayNames). */
export const WEEK_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The week's days with their names in the locale, Monday first. */
export function week(locale: string): Array<{ day: Weekday; name: string }> {
  const names = weekdayNames(locale, 'long');
  return WEEK_DAYS.map((day, i) => ({ day, name: names[i]! }));
}

export function weekdayName(locale: string, day: Weekday): string {
  return weekdayNames(locale, 'long')[WEEK_DAYS.indexOf(day)]!;
}

/** What every part of the window needs to put words and numbers on screen. */
export interface Words {
  t: Translate;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** A count or amount in the locale's digits and separators. */
  number(value: number): string;
  /** Sitting time and the like, by the same rounding rule as the tray's. */
  duration(seconds: number): string;
  /** A history day ("2026-03-02") as the locale writes a date: `short` is its weekday, `dayOfMonth` its number. */
  day(dayKey: string, style: 'short' | 'long' | 'dayOfMonth'): string;
}

const DAY_STYLES: Record<'short' | 'long' | 'dayOfMonth', Intl.DateTimeFormatOptions | undefined> = {
  short: { weekday: 'short' },
  long: undefined,
  dayOfMonth: { day: 'numeric' },
};

export function wordsFor(t: Translate, locale: string, dir: 'ltr' | 'rtl' = 'ltr'): Words {
  return {
    t,
    locale,
    dir,
    number: (value) => formatNumber(locale, value),
    duration: (seconds) => formatMinutes(t, seconds),
    day: (dayKey, style) => formatDayKey(locale, dayKey, DAY_STYLES[style]),
  };
}

export function useWords(): Words {
  const { t } = useTranslation();
  const { locale, dir } = useLocale();
  return wordsFor(t, locale, dir);
}
