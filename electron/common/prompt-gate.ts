/**
 * The one gate every prompt passes: a break, a reminder, a standing suggestion and an eye micro-break all ask
 * `mayPrompt` before they fire, and none has a rule of its own about when not to speak.
 *
 * A closed gate holds a prompt; it never drops it. The rule that wanted to fire stays due and fires at the first
 * input or wake after the gate opens. `until` says when the gate opens by itself (the end of a snooze), so the
 * engine can wake then; `null` means it opens on an input the engine will be given (a return, a resume, an unlock,
 * the end of a call) or at a time another rule already wakes for (a pause end, a working-hours edge).
 *
 * The gate's inputs are a list: to hold prompts for another reason, add its name to `HoldReason`, its fact to
 * `GateFacts` and one entry to `PROMPT_GATE`.
 */

export type HoldReason = 'paused' | 'outside-hours' | 'in-routine' | 'away' | 'quiet' | 'snoozed';

/** What the gate's inputs read: plain facts about one instant, gathered by the engine in one place. */
export interface GateFacts {
  now: number;
  paused: boolean;
  outsideHours: boolean;
  inRoutine: boolean;
  /** At the keyboard: not locked, not asleep, and (with idle detection) input within the short-gap threshold. */
  present: boolean;
  snoozedUntil: number | null;
  /** A quiet moment (a call, a presentation, Do Not Disturb) or its grace; null when there is none. */
  quiet: { until: number | null } | null;
}

export interface GateInput {
  reason: HoldReason;
  /** Null when this input does not hold prompts now; otherwise when it stops holding them, if known. */
  holds(facts: GateFacts): { until: number | null } | null;
}

const untilUnknown = { until: null };

/** In order of what the user would call the reason: the first that holds names the answer. */
export const PROMPT_GATE: readonly GateInput[] = [
  { reason: 'paused', holds: (f) => (f.paused ? untilUnknown : null) },
  { reason: 'outside-hours', holds: (f) => (f.outsideHours ? untilUnknown : null) },
  { reason: 'in-routine', holds: (f) => (f.inRoutine ? untilUnknown : null) },
  { reason: 'away', holds: (f) => (f.present ? null : untilUnknown) },
  { reason: 'quiet', holds: (f) => f.quiet },
  {
    reason: 'snoozed',
    holds: (f) => (f.snoozedUntil !== null && f.snoozedUntil > f.now ? { until: f.snoozedUntil } : null),
  },
];

export type GateAnswer =
  | { open: true }
  | {
      open: false;
      /** The first reason that holds, for the status line and logs. */
      reason: HoldReason;
      /** Every reason that holds. */
      reasons: HoldReason[];
      /** When the gate opens by itself; null when an input (or another rule's wake) must open it. */
      until: number | null;
    };

export function mayPrompt(facts: GateFacts, inputs: readonly GateInput[] = PROMPT_GATE): GateAnswer {
  const reasons: HoldReason[] = [];
  let until: number | null = -Infinity;
  for (const input of inputs) {
    const hold = input.holds(facts);
    if (!hold) continue;
    reasons.push(input.reason);
    until = until === null || hold.until === null ? null : Math.max(until, hold.until);
  }
  if (reasons.length === 0) return { open: true };
  return { open: false, reason: reasons[0]!, reasons, until };
}

/**
 * When a prompt rule that wants to fire at `at` can next fire: at `at` if the gate is open then, when the gate
 * opens if that is known, and null (wait for an input) if not.
 */
export function firstChanceAt(at: number, gate: GateAnswer): number | null {
  if (gate.open) return at;
  return gate.until === null ? null : Math.max(at, gate.until);
}
