import { applySettingsPatch, type Settings } from '../../electron/common/settings.js';
import { settingName } from './setting-names.js';
import type { Words } from './words.js';

/**
 * The page checks a change with main's own schema before sending it (main checks it again on arrival), so an
 * out-of-range value is explained where it was typed and never crosses the bridge. The schema speaks English to
 * logs and scenario authors, naming fields by their code names; the page reads which rule was broken from it and
 * says so in the user's language, naming the setting as its label does.
 */

type Rule = [RegExp, (match: RegExpExecArray, words: Words, name: string) => string];

const RULES: Rule[] = [
  [
    /^[\w.]+ must be a whole number from (\d+) to (\d+) (minutes|seconds|o'clock|[\w ]+?)(?:, or "never")?$/,
    ([, min, max, unit], { t, number }, name) => {
      const values = { name, min: number(Number(min)), max: number(Number(max)) };
      if (unit === 'minutes') return t('settings.problem.wholeMinutes', values);
      if (unit === 'seconds') return t('settings.problem.wholeSeconds', values);
      if (unit === "o'clock") return t('settings.problem.wholeHour', values);
      return t('settings.problem.wholeTimes', values);
    },
  ],
  [/^start must be a time/, (_, { t }) => t('settings.problem.startTime')],
  [/^end must be a time/, (_, { t }) => t('settings.problem.endTime')],
  [/^a working-hours range must end after it starts/, (_, { t }) => t('settings.problem.endAfterStart')],
  [/^at most (\d+) working-hours ranges per day/, ([, n], { t, number }) => t('settings.problem.tooManyRanges', { n: number(Number(n)) })],
  [/^working-hours ranges on one day must not overlap/, (_, { t }) => t('settings.problem.overlap')],
  [/^shortGapMin must be less than awayGapMin/, (_, { t }) => t('settings.problem.shortBeforeAway')],
  [/^shortcut must use Ctrl/, (_, { t }) => t('settings.problem.shortcutNeedsModifier')],
  [/^shortcut must/, (_, { t }) => t('settings.problem.shortcutInvalid')],
  [/^[\w.]+ must be (?:true or false|"[\w-]+"|one of)/, (_, { t }, name) => t('settings.problem.choice', { name })],
];

/** The setting a message is about: its leading path, without a list index ("workingHours.days.mon.0"). */
function pathOf(message: string): string {
  return (/^([\w.]+?)(?:\.\d+)?(?::| must)/.exec(message)?.[1] ?? '').trim();
}

export function friendlyMessage(message: string, words: Words): string {
  const path = pathOf(message);
  const name = settingName(path, words.t, words.locale);
  // describeIssues puts the path in front of a message that does not start with it.
  const rest = message.replace(/^[\w.]+: /, '');
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(rest);
    if (match) return say(match, words, name ?? words.t('settings.problem.thisSetting'));
  }
  return name ? words.t('settings.problem.other', { name }) : words.t('settings.problem.unknown');
}

export type CheckedChange = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function checkChange(current: Settings, patch: unknown, words: Words): CheckedChange {
  const result = applySettingsPatch(current, patch);
  return result.ok ? { ok: true, settings: result.value } : { ok: false, errors: [...new Set(result.errors.map((m) => friendlyMessage(m, words)))] };
}
