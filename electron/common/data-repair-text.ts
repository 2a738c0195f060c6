import { formatDayKey } from './i18n/format.js';
import type { Translate, Translator } from './i18n/translator.js';

/**
 * One notification at start for everything in the data folder Limber had to set aside (settings have their own).
 * Each item says what it was and what Limber did, in words; the body stays short because notification centres
 * cut long text, and the log holds the details.
 */
export type SetAsideThing =
  | { kind: 'tracking-state' }
  | { kind: 'history-folder' }
  | { kind: 'history-file'; name: string }
  /** The unfinished last line of one day's history (a day key, "2026-03-02"). */
  | { kind: 'history-tail'; day: string };

export interface SetAsideItem {
  what: SetAsideThing;
  /** Where the damaged original now is, or null when it could not even be moved. */
  keptAs: string | null;
  /** Why it was left where it is instead, when it was (for the log; the notification only says that it was). */
  leftInPlaceBecause?: string;
}

/** For the log, which stays in English whatever the user reads. */
export function setAsideDescription(item: SetAsideItem): string {
  const { what } = item;
  const name =
    what.kind === 'tracking-state'
      ? 'the saved tracking state'
      : what.kind === 'history-folder'
        ? 'the history folder'
        : what.kind === 'history-file'
          ? `history file ${what.name}`
          : `the unfinished last line of the history for ${what.day}`;
  if (item.keptAs) return `${name}: kept as ${item.keptAs}`;
  return item.leftInPlaceBecause ? `${name}: left in place because ${item.leftInPlaceBecause}` : `${name}: skipped`;
}

function sentence({ t, locale }: Pick<Translator, 't' | 'locale'>, { what, keptAs, leftInPlaceBecause }: SetAsideItem): string {
  switch (what.kind) {
    case 'tracking-state':
      return keptAs ? t('repair.data.stateKept', { file: keptAs }) : t('repair.data.stateSkipped');
    case 'history-folder':
      return keptAs ? t('repair.data.folderKept', { file: keptAs }) : t('repair.data.folderSkipped');
    case 'history-file':
      return keptAs ? t('repair.data.fileKept', { name: what.name, file: keptAs }) : t('repair.data.fileSkipped', { name: what.name });
    case 'history-tail': {
      const day = formatDayKey(locale, what.day, { day: 'numeric', month: 'long', year: 'numeric' });
      return leftInPlaceBecause ? t('repair.data.tailLeft', { day }) : t('repair.data.tailSkipped', { day });
    }
  }
}

export function dataRepairNotice(translator: Pick<Translator, 't' | 'locale'>, items: readonly SetAsideItem[]): { title: string; body: string } | null {
  if (items.length === 0) return null;
  const { t } = translator;
  return { title: t('repair.data.title'), body: t('repair.data.body', { items: items.map((item) => sentence(translator, item)).join(' ') }) };
}

/**
 * Settings rebuilt from a damaged file. The notification only counts; Settings, which it opens, names each
 * setting in words. `droppedFields` holds `(whole file)` when nothing could be read.
 */
export function settingsRepairNotice(t: Translate, droppedFields: readonly string[], backupFileName: string): { title: string; body: string } {
  const body = droppedFields.includes('(whole file)')
    ? t('repair.settings.wholeFile', { file: backupFileName })
    : t('repair.settings.reset', { count: droppedFields.length, file: backupFileName });
  return { title: t('repair.settings.title'), body };
}
