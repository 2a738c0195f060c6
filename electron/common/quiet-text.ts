import { formatMinutes } from './duration-text.js';
import type { Translate } from './i18n/translator.js';
import type { QuietReason } from './quiet-moments.js';

/** The words for quiet moments: the tray's and `--status`'s reason, the prompt after one, the hold-limit notice. */

/** The reason the tray gives: "in a call". The first reason is the one the user would name. */
export function quietDuring(t: Translate, reasons: readonly QuietReason[]): string {
  switch (reasons[0] ?? 'dnd') {
    case 'call':
      return t('quiet.during.call');
    case 'presentation':
      return t('quiet.during.presentation');
    case 'fullscreen':
      return t('quiet.during.fullscreen');
    case 'dnd':
      return t('quiet.during.dnd');
    case 'awake':
      return t('quiet.during.awake');
    case 'app':
      return t('quiet.during.app');
  }
}

/** After the moment, as the first words of the prompt that was held: "Call over — time to stand up." */
export function quietOver(t: Translate, reasons: readonly QuietReason[]): string {
  switch (reasons[0] ?? 'dnd') {
    case 'call':
      return t('quiet.over.call');
    case 'presentation':
      return t('quiet.over.presentation');
    case 'fullscreen':
      return t('quiet.over.fullscreen');
    case 'dnd':
      return t('quiet.over.dnd');
    case 'awake':
      return t('quiet.over.awake');
    case 'app':
      return t('quiet.over.app');
  }
}

/** The notice's sentence, one per reason, since a reason reads differently inside a sentence than in the tray. */
function heldWhile(t: Translate, reasons: readonly QuietReason[]): string {
  switch (reasons[0] ?? 'dnd') {
    case 'call':
      return t('quiet.notice.call');
    case 'presentation':
      return t('quiet.notice.presentation');
    case 'fullscreen':
      return t('quiet.notice.fullscreen');
    case 'dnd':
      return t('quiet.notice.dnd');
    case 'awake':
      return t('quiet.notice.awake');
    case 'app':
      return t('quiet.notice.app');
  }
}

/** The one quiet notice at the hold limit. */
export function quietNoticeText(t: Translate, reasons: readonly QuietReason[], heldSeconds: number): { title: string; body: string } {
  return { title: t('quiet.notice.title', { duration: formatMinutes(t, heldSeconds) }), body: heldWhile(t, reasons) };
}
