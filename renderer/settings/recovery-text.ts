import { settingName } from './setting-names.js';

/**
 * What a repair of the settings file did, in sentences. Besides settings, main reports two things that are not
 * settings at all, and they get sentences of their own: `(whole file)` when the file was not readable JSON, and
 * `schemaVersion` when its version mark was unknown (usually a newer Limber wrote it) and nothing else was lost.
 */

const WHOLE_FILE = '(whole file)';
const VERSION = 'schemaVersion';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/** Whole groups a repair may reset at once (`"workingHours": null`), by the name their part of the window has. */
const GROUP_NAMES: ReadonlyMap<string, string> = new Map([
  ['workingHours', 'Working hours'],
  ['workingHours.days', 'Working hours'],
  ['microBreak', 'Eye breaks'],
]);

const nameOf = (path: string) => settingName(path) ?? GROUP_NAMES.get(path);

export function repairText(droppedFields: readonly string[]): string {
  if (droppedFields.includes(WHOLE_FILE)) return 'Limber could not read it at all, so every setting is back to its default.';
  const reset = [...new Set(droppedFields.flatMap((path) => nameOf(path) ?? []))];
  const unknown = droppedFields.filter((path) => path !== VERSION && nameOf(path) === undefined);
  const sentences: string[] = [];
  if (droppedFields.includes(VERSION)) {
    sentences.push('It is marked with a version this Limber does not understand, perhaps because a newer Limber wrote it.');
  }
  // One form for one or many, so the sentence reads right whatever the names are ("Working hours").
  if (reset.length > 0) sentences.push(`Reset to the default: ${list.format(reset)}.`);
  // Named by count, not by key: a raw key means nothing to the reader, and it may be from a newer Limber.
  if (unknown.length === 1) sentences.push('One entry this version of Limber does not use was left out.');
  if (unknown.length > 1) sentences.push(`${unknown.length} entries this version of Limber does not use were left out.`);
  sentences.push(reset.length > 0 ? 'Everything else was kept.' : 'Every setting this Limber knows was kept.');
  return sentences.join(' ');
}
