import { settingName } from './setting-names.js';

/**
 * What a repair of the settings file did, in sentences. Besides settings, main reports two things that are not
 * settings at all, and they get sentences of their own: `(whole file)` when the file was not readable JSON, and
 * `schemaVersion` when its version mark was unknown (usually a newer Limber wrote it) and nothing else was lost.
 */

const WHOLE_FILE = '(whole file)';
const VERSION = 'schemaVersion';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

export function repairText(droppedFields: readonly string[]): string {
  if (droppedFields.includes(WHOLE_FILE)) return 'Limber could not read it at all, so every setting is back to its default.';
  const reset = droppedFields.flatMap((path) => settingName(path) ?? []);
  const unknown = droppedFields.filter((path) => path !== VERSION && settingName(path) === undefined);
  const sentences: string[] = [];
  if (droppedFields.includes(VERSION)) {
    sentences.push('It is marked with a version this Limber does not understand, perhaps because a newer Limber wrote it.');
  }
  if (reset.length === 1) sentences.push(`${reset[0]} went back to its default.`);
  if (reset.length > 1) sentences.push(`These went back to their defaults: ${list.format(reset)}.`);
  if (unknown.length > 0) sentences.push(`Settings this Limber does not know were left out: ${list.format(unknown.map((path) => `“${path}”`))}.`);
  sentences.push(reset.length > 0 ? 'Everything else was kept.' : 'Every setting this Limber knows was kept.');
  return sentences.join(' ');
}
