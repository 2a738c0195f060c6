import type { HeldSummary } from '../../../electron/common/history-summary.js';
import type { QuietReason } from '../../../electron/common/quiet-moments.js';
import type { Key, Words } from '../words.js';

/** History's words for prompts held through quiet moments: "Held for calls: 2 × 35 min" (the average length). */

const HELD_FOR = {
  call: 'history.held.call',
  presentation: 'history.held.presentation',
  fullscreen: 'history.held.fullscreen',
  dnd: 'history.held.dnd',
  awake: 'history.held.awake',
  app: 'history.held.app',
} as const satisfies Record<QuietReason, Key>;

export function heldLine(entry: HeldSummary, { t, number, duration }: Words): string {
  const each = duration(Math.round(entry.seconds / Math.max(1, entry.count)));
  return t(HELD_FOR[entry.reason], { times: number(entry.count), each });
}
