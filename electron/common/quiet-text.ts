import { formatMinutes } from './clock-format.js';
import type { QuietReason } from './quiet-moments.js';

/** The words for quiet moments: the tray's and `--status`'s reason, the prompt after one, the hold-limit notice. */

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

/** The reason the tray gives: "in a call". The first reason is the one the user would name. */
export function quietDuring(reasons: readonly QuietReason[]): string {
  return DURING[reasons[0] ?? 'dnd'];
}

export function quietOver(reasons: readonly QuietReason[]): string {
  return OVER[reasons[0] ?? 'dnd'];
}

/** The one quiet notice at the hold limit. */
export function quietNoticeText(reasons: readonly QuietReason[], heldSeconds: number): { title: string; body: string } {
  return {
    title: `A break has waited ${formatMinutes(heldSeconds)}`,
    body: `Held while ${quietDuring(reasons)}. Stand up when you can; Limber asks again once this is over.`,
  };
}
