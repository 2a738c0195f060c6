import type { Translate } from './i18n/translator.js';

/**
 * Why Limber could not write its data, as data: the node side classifies the error, and the words are put
 * together here in the reader's language whenever they are shown (the tray, Settings), so a language switch
 * changes them too. The log gets the same words in English.
 */
export interface WriteFailure {
  kind: 'full' | 'read-only' | 'no-permission' | 'missing' | 'quota' | 'other';
  /** The system's own code or message, shown as it is for `other`. */
  detail: string;
}

/** History events kept in memory because the disk refused them, and any that had to be dropped. */
export interface HistoryTrouble {
  waiting: number;
  dropped: number;
  /** The last write's failure, or null when nothing has failed yet (the folder cannot be written). */
  failure: WriteFailure | null;
}

export function writeFailureText(t: Translate, failure: WriteFailure): string {
  switch (failure.kind) {
    case 'full':
      return t('repair.writeFailure.full');
    case 'read-only':
      return t('repair.writeFailure.readOnly');
    case 'no-permission':
      return t('repair.writeFailure.noPermission');
    case 'missing':
      return t('repair.writeFailure.missing');
    case 'quota':
      return t('repair.writeFailure.quota');
    case 'other':
      return t('repair.writeFailure.other', { detail: failure.detail });
  }
}

/** "History is not being saved (the disk is full); 3 events wait in memory …" */
export function historyTroubleText(t: Translate, trouble: HistoryTrouble): string {
  const reason = trouble.failure ? writeFailureText(t, trouble.failure) : t('repair.historyFolderUnwritable');
  const waiting = t('repair.historyNotSaved', { count: trouble.waiting, reason });
  return trouble.dropped > 0 ? `${waiting} ${t('repair.historyDropped', { count: trouble.dropped })}` : waiting;
}

export function settingsNotSavedText(t: Translate, failure: WriteFailure): string {
  return t('repair.settingsNotSaved', { reason: writeFailureText(t, failure) });
}
