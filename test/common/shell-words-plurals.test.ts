import { describe, expect, it } from 'vitest';
import { formatClockTime } from '../../electron/common/clock-format.js';
import { pauseLengthText, snoozeText } from '../../electron/common/control-text.js';
import { settingsRepairNotice } from '../../electron/common/data-repair-text.js';
import { formatMinutes } from '../../electron/common/duration-text.js';
import { renderEngineMessage } from '../../electron/common/engine-messages.js';
import { emptyDaySummary } from '../../electron/common/history-summary.js';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import type { Language } from '../../electron/common/i18n/languages.js';
import { microBreakText } from '../../electron/common/prompt-text.js';
import { quietNoticeText } from '../../electron/common/quiet-text.js';
import { sittingSnapshot } from '../support/engine-fixtures.js';
import { statusLine, tooltipText } from '../../electron/common/status-text.js';
import { todayLine } from '../../electron/common/tray-menu.js';
import { translatorFor } from '../support/translators.js';

/*
 * Languages with many plural forms get the right one from the shell's words, with every placeholder filled. The
 * expected text is the catalogue's own sentence for the CLDR category of the number, filled in here: the test
 * holds whatever the translators write, and fails if a form is picked wrongly or a placeholder is left open.
 */

/** The catalogue's sentence for `key` in the plural category of `count`, with its placeholders filled. */
function expected(language: Language, key: string, count: number | null, values: Record<string, string | number> = {}): string {
  const category = count === null ? null : new Intl.PluralRules(language).select(count);
  const full = category === null ? key : `${key}_${category}`;
  const template = full.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], CATALOGUES[language]);
  expect(typeof template, `${language} ${full}`).toBe('string');
  return (template as string).replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => String(name === 'count' ? count : values[name]));
}

const NOON = Date.parse('2026-03-02T11:00:00Z');

const sitting = () => sittingSnapshot(NOON, { idleDetection: 'unavailable' });

// Polish: one (1), few (2–4, 22–24), many (5–21, 25…), other (fractions). Arabic: zero, one, two, few (3–10), many (11–99), other (100…).
const COUNTS: Record<'pl' | 'ar', number[]> = { pl: [1, 2, 4, 5, 12, 21, 22, 25], ar: [0, 1, 2, 3, 10, 11, 99, 100] };

describe.each(['pl', 'ar'] as const)('shell words in %s', (language) => {
  const { t, locale } = translatorFor(language);
  const counts = COUNTS[language];

  it('has every plural category the language needs among the counts tried', () => {
    const categories = new Set(counts.map((n) => new Intl.PluralRules(language).select(n)));
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((c) => c !== 'other' || language === 'ar');
    for (const category of needed) expect(categories.has(category), category).toBe(true);
  });

  it('counts minutes and hours', () => {
    for (const n of counts) {
      if (n < 60) expect(formatMinutes(t, n * 60)).toBe(expected(language, 'common.duration.minutes', n));
      if (n > 0) expect(formatMinutes(t, n * 3600)).toBe(expected(language, 'common.duration.hours', n));
    }
    expect(formatMinutes(t, 62 * 60)).toBe(
      expected(language, 'common.duration.hoursMinutes', null, { hours: expected(language, 'common.duration.hours', 1), minutes: expected(language, 'common.duration.minutes', 2) }),
    );
  });

  it('snoozes, pauses and refuses a snooze by the number', () => {
    for (const n of counts) {
      expect(snoozeText(t, n)).toBe(expected(language, 'common.snoozeFor', n));
      expect(pauseLengthText(t, { minutes: n * 60 })).toBe(expected(language, 'common.pauseFor.hours', n));
      expect(renderEngineMessage(t, { code: 'snooze-limit', limit: n })).toBe(expected(language, 'engine.snoozeLimit', n));
    }
    expect(pauseLengthText(t, { minutes: 30 })).toBe(expected(language, 'common.pauseFor.minutes', 30));
  });

  it("says today's breaks and the longest bout, the micro-break's seconds, a held break's wait and how many settings were reset", () => {
    for (const n of counts) {
      const today = { ...emptyDaySummary(), breaksTaken: n, longestBoutSeconds: 52 * 60 };
      expect(todayLine(t, today)).toBe(expected(language, 'tray.today', n, { longest: expected(language, 'common.duration.minutes', 52) }));
      expect(microBreakText(t, n).body).toBe(expected(language, 'notify.micro.body', n));
      if (n < 60) {
        expect(quietNoticeText(t, ['call'], n * 60)).toEqual({
          title: expected(language, 'quiet.notice.title', null, { duration: expected(language, 'common.duration.minutes', n) }),
          body: expected(language, 'quiet.notice.call', null),
        });
      }
      expect(settingsRepairNotice(t, Array.from({ length: n }, (_, i) => `field${i}`), 'config.corrupt-1.json').body).toBe(
        expected(language, 'repair.settings.reset', n, { file: 'config.corrupt-1.json' }),
      );
    }
  });

  it('fills the status line and tooltip with clock times in the language’s own format', () => {
    const clock = { timeZone: 'Europe/Berlin', locale, nowWall: NOON };
    const since = formatClockTime(NOON - 23 * 60_000, clock);
    const next = formatClockTime(NOON + 7 * 60_000, clock);
    expect(since).toBe(new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(NOON - 23 * 60_000));
    const status = expected(language, 'status.sittingSinceNext', null, { since, next });
    expect(statusLine(t, sitting(), clock)).toBe(status);
    expect(tooltipText(t, sitting(), clock)).toBe(expected(language, 'tray.tooltipIdleUnavailable', null, { status }));
  });
});
