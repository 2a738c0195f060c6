import type { Translate } from './i18n/translator.js';

/**
 * The one rounding rule for lengths, shared by the tray, the notifications and every page: whole minutes, rounded
 * to the nearest, with hours above an hour. A routine of 123 s is "2 min" in the menu, in a notification and on
 * the break window's first screen alike. Only a type import, so any page may take it as a value.
 */
export function formatMinutes(t: Translate, seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  if (minutes < 60) return t('common.duration.minutes', { count: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = t('common.duration.hours', { count: h });
  return m === 0 ? hours : t('common.duration.hoursMinutes', { hours, minutes: t('common.duration.minutes', { count: m }) });
}
