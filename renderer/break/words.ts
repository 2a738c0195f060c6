import type { BreakPlan, PlanStep } from '../../electron/common/ipc-contract.js';
import { postureOf } from '../../electron/common/routine-posture.js';
import type { Ending } from './FinishScreen.js';
import type { Side } from './routine-clock.js';

/** The window's wording in one place, so the screens and the spoken announcements never disagree. */

// English stand-ins for the shared words (common.*), until this window reads its catalogue (wt-break): the
// shared modules now take a `t`, which this page does not have yet.
const snoozeText = (minutes: number) => `Snooze ${minutes} min`;
const NO_SNOOZES_LEFT = 'No snoozes left for this sitting bout';
function formatMinutes(seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
const POSTURE_WORDS = {
  seated: 'Seated',
  'seated-then-standing': 'Seated, then standing',
  'seated-and-standing': 'Seated and standing',
  standing: 'Standing',
  moving: 'On the move',
  floor: 'On the floor',
} as const;

/** A hold or a timed move, exactly: the countdown beside it shows the same seconds. */
export function lengthText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * How long a routine is, or how long one took: seconds under a minute, whole minutes above, rounded as the tray
 * and the notifications round them, so "2 min" in the menu is "2 min" here.
 */
export function durationText(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : formatMinutes(seconds);
}

/** A countdown as people read one: plain seconds under a minute, minutes and seconds above. */
export function clockText(seconds: number): string {
  if (seconds < 60) return String(seconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What a routine asks of the body, by the rule the tray groups its routines by. */
export function postureText(plan: Pick<BreakPlan, 'routine' | 'steps'>): string {
  return POSTURE_WORDS[postureOf(plan.routine.kind, plan.steps.map((step) => step.position))];
}

/** The two sides of the one-tap switch: in the chair, or up (standing or moving, whatever the routine asks). */
export const SWITCH_TEXT = { label: 'Do it seated or on your feet', seated: 'Seated', upright: 'On your feet' } as const;

export const INTRO_TEXT = {
  due: 'Time for a short break',
  anyTime: 'A short stretch, whenever you like',
  atHome: 'Floor stretches, for when you are at home',
  facts: 'About this routine',
  start: 'Start',
  snooze: snoozeText,
  skip: 'Skip',
  notNow: 'Not now',
} as const;

export const movesText = (count: number) => (count === 1 ? '1 move' : `${count} moves`);

export const SNOOZE_USED_UP = `${NO_SNOOZES_LEFT}.`;

export function doseText(step: PlanStep): string {
  const each = step.perSide ? ' each side' : '';
  switch (step.dose.kind) {
    case 'reps':
      return `${step.dose.reps} times${each}`;
    case 'hold':
      return `Hold ${lengthText(step.dose.seconds)}${each}`;
    case 'time':
      return `${lengthText(step.dose.seconds)}${each}`;
  }
}

export type BodySide = 'left' | 'right';

/** The side badge: the working side when the figure shows one, otherwise which turn this is. */
export function sideText(side: Side, working: BodySide | null = null): string | null {
  if (side !== 'both' && working) return working === 'left' ? 'Left side' : 'Right side';
  if (side === 'first') return 'First side';
  if (side === 'second') return 'Other side';
  return null;
}

/** The figure's text alternative: the movement's name from the exercise data, and the side at work. */
export function figureLabel(step: PlanStep, side: Side, working: BodySide | null = null): string {
  const which = side !== 'both' && working ? `, ${working} side working` : '';
  return `Figure: ${step.name}${which}`;
}

export function breaksTodayText(count: number): string {
  return count === 1 ? 'That’s your first break today.' : `That makes ${count} breaks today.`;
}

export const SAFETY_LINE = 'Keep every stretch mild — never into pain. If anything hurts, ease off or stop.';

/** What the live region says when a segment begins: enough to follow along without looking. */
export function segmentAnnouncement(steps: readonly PlanStep[], stepIndex: number, kind: 'exercise' | 'ready', side: Side): string {
  const step = steps[stepIndex];
  if (!step) return '';
  if (kind === 'ready') return `Get ready. Next up: ${step.name}.`;
  const where = `Step ${stepIndex + 1} of ${steps.length}: ${step.name}.`;
  if (side === 'second') return `Switch sides. ${where} Other side. ${doseText({ ...step, perSide: false })}.`;
  const first = side === 'first' ? ' First side.' : '';
  return `${where}${first} ${doseText(step)}.`;
}

export function endingAnnouncement(ending: Ending): string {
  if (ending === 'completed') return 'All done. Nice work.';
  if (ending === 'too-quick') return 'End of the routine. It counts as finished early.';
  return 'Routine stopped.';
}
