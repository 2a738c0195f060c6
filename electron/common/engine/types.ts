import type { EngineMessage } from '../engine-messages.js';
import type { HistoryEvent, PromptKind } from '../history-events.js';
import type { HoldReason } from '../prompt-gate.js';
import type { QuietReason } from '../quiet-moments.js';
import type { RoutineCatalogue, RoutineSummary } from '../routine-catalogue.js';
import type { RoutineOutcome } from '../routine-outcome.js';
import type { EngineClock } from '../timeline.js';

/** The sitting engine's vocabulary: what goes in, what comes out. */

/** Milliseconds since the user's last keyboard or mouse input, `unavailable` when the desktop cannot tell. */
export type IdleSample = number | 'unavailable' | undefined;

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock' | 'shutdown';

export type PauseLength = { minutes: number } | 'tomorrow' | 'until-resumed' | { untilWall: number };

export type UserCommand =
  | { type: 'start-break' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'standing-on' }
  | { type: 'standing-off' }
  /** "Were you up?" — yes: the latest 2–5 min gap was a break. */
  | { type: 'count-gap-as-break' };

/** How a routine went, as judged once in routine-outcome.ts. */
export type RoutineResult = RoutineOutcome;

export interface Prompt {
  kind: PromptKind;
  reason: 'sitting' | 'standing';
  routine: RoutineSummary;
  /** Zero for the first prompt of a due break, then one more for each reminder. */
  reminder: number;
  sittingSeconds: number;
  /** Set when this prompt was held through a quiet moment: "Call over — time to stand up." */
  heldFor?: { reasons: QuietReason[]; seconds: number };
}

export type EngineCommand =
  | { type: 'show-prompt'; prompt: Prompt }
  | { type: 'withdraw-prompt' }
  | { type: 'open-break-window'; focus: boolean; routine: RoutineSummary }
  | { type: 'show-micro-break'; seconds: number }
  /** Held past the hold limit: one notification with no window and no sound, while the moment goes on. */
  | { type: 'show-quiet-notice'; reasons: QuietReason[]; heldSeconds: number; sittingSeconds: number };

export interface EngineOutput {
  commands: EngineCommand[];
  events: HistoryEvent[];
  /** Why a user command was not carried out; null when it was (or for inputs that are not commands). */
  refused: EngineMessage | null;
}

export type EngineStatus =
  | 'sitting'
  | 'break-due'
  | 'away'
  | 'waiting'
  | 'standing'
  | 'in-routine'
  | 'paused'
  | 'outside-hours';

export interface EngineSnapshot {
  /** Engine time of the last input. Add `wallOffsetMs` to any engine time to show it as the user's clock reads. */
  now: number;
  wallOffsetMs: number;
  status: EngineStatus;
  idleDetection: 'available' | 'unavailable';
  bout: { start: number; sittingSeconds: number } | null;
  breakDue: boolean;
  /** When the next break is expected if the user keeps sitting; null when none is coming. */
  nextBreakAt: number | null;
  snoozedUntil: number | null;
  snoozesLeft: number;
  /** Null while paused until resumed. */
  pausedUntil: number | null;
  standingSince: number | null;
  /** Upright so far in the standing spell (unseen time left out); null when not standing. */
  standingSeconds: number | null;
  /** A recent 2–5 min gap the user may count as a break, to offer "Were you up?". */
  shortGapToConfirm: { start: number; end: number } | null;
  /** Why no prompt may be shown right now, or null when one may; a held prompt comes once this clears. */
  promptsHeld: HoldReason | null;
  /** The quiet moment holding prompts, if any: its reasons, the held prompt's start, the grace's end. */
  quiet: { reasons: QuietReason[]; heldSince: number | null; graceUntil: number | null } | null;
  nextWakeAt: number;
}

export interface EngineDeps {
  clock: EngineClock;
  catalogue: RoutineCatalogue;
}
