import { NO_SNOOZES_LEFT } from './control-text.js';

/**
 * What the engine and the core say to the user, as data: a code and the figures the words need. The engine never
 * writes a sentence; the edges (tray, break window, simulator, log) turn a message into words with
 * `renderEngineMessage`, so a translation replaces one catalogue and no rule.
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

type Catalogue = { [C in EngineMessageCode]: (message: Extract<EngineMessage, { code: C }>) => string };

const ENGLISH: Catalogue = {
  'nothing-to-snooze': () => 'Nothing to snooze: no break is due.',
  'snooze-limit': ({ limit }) =>
    `${NO_SNOOZES_LEFT} (at most ${limit}). Take the break or skip it.`,
  'nothing-to-skip': () => 'Nothing to skip: no break is due.',
  'pause-in-past': () => 'A pause must end in the future.',
  'not-paused': () => 'Not paused: nothing to resume.',
  'already-standing': () => 'Already standing.',
  'not-standing': () => 'Not standing: nothing to stop.',
  'no-short-gap': () => 'No recent short gap to count as a break.',
  'shutting-down': () => 'Limber is shutting down.',
};

export function renderEngineMessage(message: EngineMessage, catalogue: Catalogue = ENGLISH): string {
  const render = catalogue[message.code] as (m: EngineMessage) => string;
  return render(message);
}
