import { formatMinutes } from './clock-format.js';
import type { HeldSummary } from './history-summary.js';
import type { QuietReason } from './quiet-moments.js';

/** The words for quiet moments: the tray's and `--status`'s reason, the prompt after one, History's line. */

const DURING: Record<QuietReason, string> = {
  call: 'in a call',
  presentation: 'presenting',
  fullscreen: 'an app is fullscreen',
  dnd: 'Do Not Disturb is on',
  awake: 'a video or call is playing',
  app: 'one of your quiet apps is running',
};

/** After the moment, as the first words of the prompt that was held: "Call over — time to stand up." */
const OVER: Record<QuietReason, string> = {
  call: 'Call over',
  presentation: 'Presentation over',
  fullscreen: 'Fullscreen closed',
  dnd: 'Do Not Disturb is off',
  awake: 'Video over',
  app: 'Your quiet app has closed',
};

const PLURAL: Record<QuietReason, string> = {
  call: 'calls',
  presentation: 'presentations',
  fullscreen: 'fullscreen apps',
  dnd: 'Do Not Disturb',
  awake: 'videos',
  app: 'your quiet apps',
};

/** The reason the tray gives: "in a call". The first reason is the one the user would name. */
export function quietDuring(reasons: readonly QuietReason[]): string {
  return DURING[reasons[0] ?? 'dnd'];
}

export function quietOver(reasons: readonly QuietReason[]): string {
  return OVER[reasons[0] ?? 'dnd'];
}

/** History's line for one reason: "held for calls: 2 × 35 min" (the average length). */
export function heldLine(entry: HeldSummary): string {
  const each = formatMinutes(Math.round(entry.seconds / Math.max(1, entry.count)));
  return `held for ${PLURAL[entry.reason]}: ${entry.count} × ${each}`;
}

/** The one quiet notice at the hold limit. */
export function quietNoticeText(reasons: readonly QuietReason[], heldSeconds: number): { title: string; body: string } {
  return {
    title: `A break has waited ${formatMinutes(heldSeconds)}`,
    body: `Held while ${quietDuring(reasons)}. Stand up when you can; Limber asks again once this is over.`,
  };
}
