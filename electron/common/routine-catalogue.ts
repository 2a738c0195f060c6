import type { Posture } from './history-events.js';

/**
 * What the sitting engine needs to know about routines: enough to name one in a prompt and to apply the bout
 * rules (standing and moving routines end a sitting bout, seated ones do not). The routine library behind it is
 * data under `resources/`; the engine never reads that data directly.
 */
export interface RoutineSummary {
  id: string;
  name: string;
  posture: Posture;
  /** Computed from the routine's steps. */
  seconds: number;
}

export type PosturePreference = 'seated' | 'standing' | 'alternate';

export interface SuggestionRequest {
  /** What the moment calls for: `upright` after a seated routine or for a break, `moving` after long standing. */
  want: 'any' | 'seated' | 'upright' | 'moving';
  preference: PosturePreference;
  /** The posture of the last routine the user did today, if any. */
  lastPosture: Posture | null;
  /** The id of the last routine the user did, so the same one is not offered twice in a row. */
  lastRoutineId: string | null;
  /** Routines done lately, newest first: among equally good choices, the one done longest ago is offered. */
  recentRoutineIds?: readonly string[];
  flexionSensitive: boolean;
  breakIntervalMin: number;
}

export interface RoutineCatalogue {
  suggest(request: SuggestionRequest): RoutineSummary;
  byId(id: string): RoutineSummary | undefined;
}
