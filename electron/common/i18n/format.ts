/**
 * Numbers, lists and calendar dates in the reader's locale. Catalogues never spell these out: a sentence takes
 * them as placeholders, formatted here, because digits, separators, the order of day and month and the words
 * joining a list all differ by locale. Clock times are in ../clock-format.ts, which takes the same locale.
 */

/** Building an Intl formatter costs far more than using one: keep them. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    if (cache.size > 128) cache.clear();
    cache.set(key, found);
  }
  return found;
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatPercent(locale: string, fraction: number): string {
  return formatNumber(locale, fraction, { style: 'percent', maximumFractionDigits: 0 });
}

/** "a, b and c" with the locale's own joining words. */
export function formatList(locale: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}

/**
 * A history day key ("2026-03-02") as the locale writes a date. The key is a calendar date, not an instant, so
 * it is formatted in UTC, where its midnight is exactly that date.
 */
export function formatDayKey(locale: string, dayKey: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  const instant = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })).format(instant);
}

/** The names of the week's days, Monday first, as the locale writes them. */
export function weekdayNames(locale: string, width: 'long' | 'short' | 'narrow' = 'long'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => formatDayKey(locale, `2024-01-0${i + 1}`, { weekday: width }));
}
