import type { HeldSummary } from '../../../electron/common/history-summary.js';
import type { QuietReason } from '../../../electron/common/quiet-moments.js';
import { durationText } from '../words.js';

/** History's words for prompts held through quiet moments: "held for calls: 2 × 35 min" (the average length). */

const PLURAL: Record<QuietReason, string> = {
  call: 'calls',
  presentation: 'presentations',
  fullscreen: 'fullscreen apps',
  dnd: 'Do Not Disturb',
  awake: 'videos',
  app: 'your quiet apps',
};

export function heldLine(entry: HeldSummary): string {
  const each = durationText(Math.round(entry.seconds / Math.max(1, entry.count)));
  return `held for ${PLURAL[entry.reason]}: ${entry.count} × ${each}`;
}
