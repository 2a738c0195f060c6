import { z } from 'zod';
import { QUIET_REASONS } from './quiet-moments.js';

/**
 * History is a list of plain events, appended as they happen. Times are epoch milliseconds on the engine's
 * timeline (true elapsed time, immune to wall-clock jumps); durations are stored explicitly in seconds so a
 * reader never has to subtract timestamps that a clock change may have skewed.
 */

const time = z.number().int().nonnegative();
const seconds = z.number().int().nonnegative();
const routineId = z.string().min(1).max(64).nullable();

export const postureSchema = z.enum(['seated', 'standing', 'moving']);
export type Posture = z.infer<typeof postureSchema>;

export const boutEndCauseSchema = z.enum(['away', 'break', 'pause', 'end']);
export type BoutEndCause = z.infer<typeof boutEndCauseSchema>;

export const promptKindSchema = z.enum(['break', 'reminder', 'micro']);
export type PromptKind = z.infer<typeof promptKindSchema>;

export const historyEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('bout'),
    at: time,
    start: time,
    end: time,
    sittingSeconds: seconds,
    cause: boutEndCauseSchema,
  }),
  z.object({
    type: z.literal('prompt'),
    at: time,
    kind: promptKindSchema,
    routine: routineId,
    /** `standing`: the prompt suggests moving or sitting down after a long standing span. */
    reason: z.enum(['sitting', 'standing']),
  }),
  z.object({
    type: z.literal('break'),
    at: time,
    start: time,
    routine: routineId,
    posture: postureSchema,
    seconds,
    /** Given up after the grace period: counted, but marked as not finished. */
    partial: z.boolean(),
  }),
  z.object({ type: z.literal('acknowledged'), at: time, routine: routineId, seconds }),
  z.object({ type: z.literal('snoozed'), at: time, minutes: z.number().int().positive() }),
  z.object({ type: z.literal('skipped'), at: time }),
  /** A due break got its first prompt and every reminder the limit allows without an answer; Limber went quiet. */
  z.object({ type: z.literal('ignored'), at: time, reminders: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('natural-break'),
    at: time,
    start: time,
    end: time,
    seconds,
    /** The user said a short gap, already recorded as one, was a break. */
    confirmed: z.literal(true).optional(),
  }),
  z.object({ type: z.literal('standing'), at: time, start: time, end: time, seconds }),
  /** An idle gap of 2–5 min: excluded from sitting, not a break. The user may later say it was one. */
  z.object({ type: z.literal('short-gap'), at: time, start: time, end: time, seconds }),
  /**
   * A prompt held through a quiet moment (a call, a presentation, Do Not Disturb), from when it was due to when
   * it went out (`delivered`), stopped being wanted (`withdrawn`: a break taken, a skip, the user left), or, for
   * a micro-break, was dropped at once (`dropped`, a zero-length span).
   */
  z.object({
    type: z.literal('held'),
    at: time,
    start: time,
    end: time,
    seconds,
    kind: z.enum(['break', 'reminder', 'standing', 'micro']),
    reasons: z.array(z.enum(QUIET_REASONS)).min(1).max(QUIET_REASONS.length),
    outcome: z.enum(['delivered', 'withdrawn', 'dropped']),
    /** The one quiet notification at the hold limit came during this span. */
    limitNotice: z.boolean(),
  }),
]);

export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type HistoryEventType = HistoryEvent['type'];
