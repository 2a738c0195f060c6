import { z } from 'zod';
import { postureSchema } from './history-events.js';
import { initialQuietHoldState, quietHoldStateSchema } from './quiet-hold.js';

/**
 * Everything the sitting engine remembers, as plain JSON. It is saved on every state change and read back after a
 * restart, so it is validated like any other file the user's machine may have damaged.
 */

/**
 * A moment on the engine's timeline, in epoch milliseconds. Bounded to years 1970–9999 so that a damaged file
 * (`9e15`) cannot hold a time that Date, and every calendar step after it, refuses.
 */
export const MAX_ENGINE_TIME = Date.UTC(9999, 11, 31);
const t = z.number().int().min(0).max(MAX_ENGINE_TIME);

export const RECENT_ROUTINES = 6;

const gapSchema = z.object({
  /** When input stopped (or, for `waiting`, when tracking began without the user present). */
  start: t,
  /** The latest moment at which the user is known to have still been away. */
  seenUntil: t,
  cause: z.enum(['idle', 'lock', 'suspend', 'waiting']),
  /** The gap reached the away threshold and ended the bout: a natural break in progress. */
  endedBout: z.boolean(),
  /** When the machine was last resumed or unlocked during the gap: someone was at it then. */
  wokeAt: t.nullable(),
});
export type Gap = z.infer<typeof gapSchema>;

const boutSchema = z.object({
  start: t,
  /** Spans excluded from sitting: idle gaps of 2–5 min, short standing spans. */
  excludedMs: z.number().int().nonnegative(),
  snoozes: z.number().int().nonnegative(),
});
export type Bout = z.infer<typeof boutSchema>;

const planSchema = z.object({
  /** Sitting (ms) at which the current plan began: bout start, a skip, a seated routine. */
  baselineMs: z.number().int().nonnegative(),
  span: z.enum(['interval', 'seated-follow-up']),
  want: z.enum(['any', 'upright']),
});
export type Plan = z.infer<typeof planSchema>;

const dueSchema = z.object({
  since: t,
  prompts: z.number().int().nonnegative(),
  nextPromptAt: t,
  /** Every reminder went unanswered: the break stays due, but Limber is quiet until a full interval later. */
  ignored: z.boolean().default(false),
});
export type Due = z.infer<typeof dueSchema>;

export const engineStateSchema = z.object({
  version: z.literal(1),
  // The timeline floors every monotonic reading, so `mono` is a whole number; a fraction would carry into every
  // history time of the session, which history refuses.
  anchor: z
    .object({
      t,
      wall: t,
      mono: z.number().int().nonnegative(),
      monoOrigin: z.string(),
      /** The boot clock (runs through suspend, never jumps) at the last reading, where the system has one. */
      boot: z.object({ now: z.number().int().nonnegative(), origin: z.string().max(200) }).nullable().default(null),
    })
    .nullable(),
  wallOffset: z.number().int().min(-MAX_ENGINE_TIME).max(MAX_ENGINE_TIME),
  idleDetection: z.enum(['available', 'unavailable']),
  lastInput: t.nullable(),
  locked: z.boolean(),
  suspended: z.boolean(),
  gap: gapSchema.nullable(),
  bout: boutSchema.nullable(),
  lastBoutEnd: t.nullable(),
  plan: planSchema,
  due: dueSchema.nullable(),
  snoozedUntil: t.nullable(),
  pause: z.object({ since: t, until: t.nullable() }).nullable(),
  outsideHours: z.boolean(),
  standing: z
    .object({
      since: t,
      suggested: z.boolean(),
      /** Time inside the spell that passed unseen (asleep, or a clock set forward): not credited as upright. */
      unseenMs: z.number().int().nonnegative().default(0),
    })
    .nullable(),
  routine: z.object({ since: t, id: z.string().nullable() }).nullable(),
  lastRoutine: z.object({ id: z.string().nullable(), posture: postureSchema }).nullable(),
  /** Routines done lately, newest first, so suggestions rotate instead of settling on two favourites. */
  recentRoutines: z.array(z.string()).max(RECENT_ROUTINES).default([]),
  lastPromptAt: t.nullable(),
  /** Sitting (ms) at the last eye micro-break, or when the eyes last rested in a gap. */
  microAnchorMs: z.number().int().nonnegative(),
  /**
   * The latest 2–5 min gap in the open bout, which the user may say was a break after all ("Were you up?").
   * `excludedBefore` is the bout's excluded time before this gap, so the bout can be cut at the gap's start.
   */
  lastShortGap: z.object({ start: t, end: t, excludedBefore: z.number().int().nonnegative() }).nullable(),
  /** Quiet moments: what the desktop says, and the prompt held through one (quiet-hold.ts). */
  quiet: quietHoldStateSchema.default(initialQuietHoldState),
});

export type EngineState = z.infer<typeof engineStateSchema>;

export function initialEngineState(): EngineState {
  return {
    version: 1,
    anchor: null,
    wallOffset: 0,
    idleDetection: 'available',
    lastInput: null,
    locked: false,
    suspended: false,
    gap: null,
    bout: null,
    lastBoutEnd: null,
    plan: { baselineMs: 0, span: 'interval', want: 'any' },
    due: null,
    snoozedUntil: null,
    pause: null,
    outsideHours: false,
    standing: null,
    routine: null,
    lastRoutine: null,
    recentRoutines: [],
    lastPromptAt: null,
    microAnchorMs: 0,
    lastShortGap: null,
    quiet: initialQuietHoldState(),
  };
}
