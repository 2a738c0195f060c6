import { formatList } from '../../electron/common/i18n/format.js';
import { settingName } from './setting-names.js';
import type { Words } from './words.js';

/**
 * What a repair of the settings file did, in sentences. Besides settings, main reports two things that are not
 * settings at all, and they get sentences of their own: `(whole file)` when the file was not readable JSON, and
 * `schemaVersion` when its version mark was unknown (usually a newer Limber wrote it) and nothing else was lost.
 */

const WHOLE_FILE = '(whole file)';
const VERSION = 'schemaVersion';

export function repairText(droppedFields: readonly string[], { t, locale }: Words): string {
  if (droppedFields.includes(WHOLE_FILE)) return t('settings.recovery.wholeFile');
  /** Whole groups a repair may reset at once (`"workingHours": null`), by the name their part of the window has. */
  const groupName = (path: string) =>
    path === 'workingHours' || path === 'workingHours.days' ? t('settings.recovery.groups.workingHours') : path === 'microBreak' ? t('settings.recovery.groups.microBreak') : undefined;
  const nameOf = (path: string) => settingName(path, t, locale) ?? groupName(path);
  const reset = [...new Set(droppedFields.flatMap((path) => nameOf(path) ?? []))];
  const unknown = droppedFields.filter((path) => path !== VERSION && nameOf(path) === undefined);
  const sentences: string[] = [];
  if (droppedFields.includes(VERSION)) sentences.push(t('settings.recovery.newerVersion'));
  // One form for one or many, so the sentence reads right whatever the names are ("Working hours").
  if (reset.length > 0) sentences.push(t('settings.recovery.reset', { names: formatList(locale, reset) }));
  // Named by count, not by key: a raw key means nothing to the reader, and it may be from a newer Limber.
  if (unknown.length > 0) sentences.push(t('settings.recovery.unknownLeftOut', { count: unknown.length }));
  sentences.push(reset.length > 0 ? t('settings.recovery.restKept') : t('settings.recovery.allKept'));
  return joinSentences(sentences, locale);
}

/** Sentences follow one another with a space in every language Limber speaks except Japanese and Chinese. */
export function joinSentences(sentences: readonly string[], locale: string): string {
  return sentences.join(/^(ja|zh)\b/.test(locale) ? '' : ' ');
}
