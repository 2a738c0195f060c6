import { z } from 'zod';
import type { PromptKind } from './history-events.js';
import {
  QUIET_REASONS,
  activeQuietReasons,
  graceMs,
  holdLimitMs,
  unknownReadings,
  type QuietMomentsSettings,
  type QuietReadings,
  type QuietReason,
} from './quiet-moments.js';

/**
 * The quiet-moment half of the prompt gate. A prompt that falls in a quiet moment is held, never lost: the
 * engine keeps it due, the bout keeps counting, and this decides when it may come — a grace after the moment
 * ends, or one quiet notice once it has been held past the limit. Micro-breaks are dropped instead: an eye break
 * an hour late is no use to anyone.
 *
 * Plain JSON state, saved with the engine's; the class works on the state object it is given, in place.
 */

export const quietReasonSchema = z.enum(QUIET_REASONS);
const reasonSchema = quietReasonSchema;
const readingSchema = z.enum(['on', 'off', 'unknown']);

export const quietHoldStateSchema = z.object({
  /** What the desktop last said, per reason, before the user's switches are applied. */
  readings: z.object({
    call: readingSchema,
    presentation: readingSchema,
    fullscreen: readingSchema,
    dnd: readingSchema,
    awake: readingSchema,
    app: readingSchema,
  }),
  /** The reasons that hold prompts right now (already filtered by the user's switches). */
  active: z.array(reasonSchema),
  /** When the current quiet moment began; null outside one. */
  since: z.number().nullable(),
  /** When the last quiet moment ended: the grace runs from here. */
  endedAt: z.number().nullable(),
  /** The prompt being held, if one is. */
  held: z
    .object({
      since: z.number(),
      kind: z.enum(['break', 'reminder', 'standing']),
      /** Every reason seen while it was held, in order of first sight. */
      reasons: z.array(reasonSchema),
      limitNoticeAt: z.number().nullable(),
    })
    .nullable(),
});
export type QuietHoldState = z.infer<typeof quietHoldStateSchema>;

export function initialQuietHoldState(): QuietHoldState {
  return { readings: unknownReadings(), active: [], since: null, endedAt: null, held: null };
}

export type HeldKind = NonNullable<QuietHoldState['held']>['kind'];

/** A held span that has ended, for history and for the words of the prompt that follows it. */
export interface HeldSpan {
  kind: HeldKind;
  start: number;
  end: number;
  reasons: QuietReason[];
  /** The quiet notice came at the hold limit. */
  limitNotice: boolean;
}

export type GateAnswer =
  /** Prompt now. `after` is set when this prompt had been held: "Call over — time to stand up." */
  | { verdict: 'deliver'; after: HeldSpan | null }
  /** Not now; the engine keeps the prompt due and asks again at `nextWakeAt`. */
  | { verdict: 'hold'; reasons: QuietReason[] }
  /** Held past the limit: one notification with no window and no sound, then keep holding. */
  | { verdict: 'limit-notice'; reasons: QuietReason[]; heldSince: number }
  /** A micro-break in a quiet moment: forget it. */
  | { verdict: 'drop'; reasons: QuietReason[] };

export type GateKind = PromptKind | 'standing';

export class QuietHold {
  private s: QuietHoldState;

  constructor(
    private settings: QuietMomentsSettings,
    state: QuietHoldState = initialQuietHoldState(),
  ) {
    this.s = state;
  }

  toJSON(): QuietHoldState {
    return structuredClone(this.s);
  }

  /** The desktop's readings changed (or were read again): the reasons the user's switches allow now hold. */
  read(now: number, readings: QuietReadings): void {
    this.s.readings = { ...readings };
    this.observe(now, activeQuietReasons(readings, this.settings));
  }

  /** A switch turned off lets go of its reason at once. */
  setSettings(now: number, settings: QuietMomentsSettings): void {
    this.settings = settings;
    this.observe(now, activeQuietReasons(this.s.readings, settings));
  }

  /** When the gate's quiet input opens by itself: the grace's end; null while the moment lasts; undefined when not quiet. */
  opensAt(now: number): number | null | undefined {
    if (this.s.active.length > 0) return null;
    if (this.inGrace(now)) return this.s.endedAt! + graceMs(this.settings);
    return undefined;
  }

  /** Starts a held span for a prompt the gate keeps back, unless one is already running. */
  startHolding(now: number, kind: HeldKind): void {
    if (this.s.held) return;
    this.s.held = { since: now, kind, reasons: this.reasons(), limitNoticeAt: null };
  }

  held(): QuietHoldState['held'] {
    return this.s.held;
  }

  /** When the one quiet notice is due for the prompt held now; null when none is. */
  limitNoticeAt(): number | null {
    const held = this.s.held;
    const limit = holdLimitMs(this.settings);
    if (!held || limit === null || held.limitNoticeAt !== null || this.s.active.length === 0) return null;
    return held.since + limit;
  }

  markLimitNotice(now: number): void {
    if (this.s.held) this.s.held.limitNoticeAt = now;
  }

  /** The active reasons changed (or were read again). */
  observe(now: number, active: readonly QuietReason[]): void {
    const s = this.s;
    const was = s.active.length > 0;
    s.active = QUIET_REASONS.filter((r) => active.includes(r));
    const is = s.active.length > 0;
    if (!was && is) {
      s.since = now;
      s.endedAt = null;
    } else if (was && !is) {
      s.since = null;
      s.endedAt = now;
    }
    if (s.held) for (const r of s.active) if (!s.held.reasons.includes(r)) s.held.reasons.push(r);
  }

  /** True while prompts must wait: in a quiet moment or its grace. */
  quiet(now: number): boolean {
    return this.s.active.length > 0 || this.inGrace(now);
  }

  /** Reasons to show while holding: the live ones, or during the grace the ones that held the prompt. */
  reasons(): QuietReason[] {
    return this.s.active.length > 0 ? [...this.s.active] : [...(this.s.held?.reasons ?? [])];
  }

  heldSince(): number | null {
    return this.s.held?.since ?? null;
  }

  /** Asked by every prompt rule before it fires. */
  consult(now: number, kind: GateKind): GateAnswer {
    const s = this.s;
    if (!this.quiet(now)) {
      const after = this.release(now);
      return { verdict: 'deliver', after };
    }
    const reasons = this.reasons();
    if (kind === 'micro') return { verdict: 'drop', reasons };
    if (!s.held) {
      s.held = { since: now, kind: kind === 'reminder' ? 'reminder' : kind === 'standing' ? 'standing' : 'break', reasons: [...s.active], limitNoticeAt: null };
      return { verdict: 'hold', reasons };
    }
    const limit = holdLimitMs(this.settings);
    if (limit !== null && s.held.limitNoticeAt === null && now - s.held.since >= limit && s.active.length > 0) {
      s.held.limitNoticeAt = now;
      return { verdict: 'limit-notice', reasons, heldSince: s.held.since };
    }
    return { verdict: 'hold', reasons };
  }

  /**
   * The prompt stopped being wanted while held (the user stood up, took the break, paused): the span ends
   * without a prompt. Returns it for history.
   */
  cancel(now: number): HeldSpan | null {
    return this.release(now);
  }

  /** When the gate's answer could next change on its own: the grace's end, or the hold limit. */
  nextWakeAt(now: number): number | null {
    const s = this.s;
    if (!s.held) return null;
    const candidates: number[] = [];
    if (s.active.length === 0 && s.endedAt !== null) candidates.push(s.endedAt + graceMs(this.settings));
    const limit = holdLimitMs(this.settings);
    if (limit !== null && s.held.limitNoticeAt === null && s.active.length > 0) candidates.push(s.held.since + limit);
    const future = candidates.filter((c) => c > now);
    return future.length > 0 ? Math.min(...future) : null;
  }

  private inGrace(now: number): boolean {
    const s = this.s;
    return s.active.length === 0 && s.endedAt !== null && now < s.endedAt + graceMs(this.settings);
  }

  private release(now: number): HeldSpan | null {
    const held = this.s.held;
    if (!held) return null;
    this.s.held = null;
    return { kind: held.kind, start: held.since, end: Math.max(now, held.since), reasons: held.reasons, limitNotice: held.limitNoticeAt !== null };
  }
}
