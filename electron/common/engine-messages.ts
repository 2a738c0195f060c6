import type { Translate } from './i18n/translator.js';

/**
 * What the engine and the core say to the user, as data: a code and the figures the words need. The engine never
 * writes a sentence; the edges (tray, break window, simulator, log) turn a message into words with
 * `renderEngineMessage` and the catalogue's `engine` section, so a translation replaces one catalogue and no rule.
 */

export type EngineMessage =
  | { code: 'nothing-to-snooze' }
  | { code: 'snooze-limit'; limit: number }
  | { code: 'nothing-to-skip' }
  | { code: 'pause-in-past' }
  | { code: 'not-paused' }
  | { code: 'already-standing' }
  | { code: 'not-standing' }
  | { code: 'no-short-gap' }
  | { code: 'shutting-down' };

export type EngineMessageCode = EngineMessage['code'];

export function renderEngineMessage(t: Translate, message: EngineMessage): string {
  switch (message.code) {
    case 'nothing-to-snooze':
      return t('engine.nothingToSnooze');
    case 'snooze-limit':
      return t('engine.snoozeLimit', { count: message.limit });
    case 'nothing-to-skip':
      return t('engine.nothingToSkip');
    case 'pause-in-past':
      return t('engine.pauseInPast');
    case 'not-paused':
      return t('engine.notPaused');
    case 'already-standing':
      return t('engine.alreadyStanding');
    case 'not-standing':
      return t('engine.notStanding');
    case 'no-short-gap':
      return t('engine.noShortGap');
    case 'shutting-down':
      return t('engine.shuttingDown');
  }
}
