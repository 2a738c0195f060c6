import { APP_ORIGIN } from '../../electron/common/app-origin.js';
import { buildBreakPlan } from '../../electron/common/break-plan.js';
import type { Posture } from '../../electron/common/history-events.js';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import type { Translator } from '../../electron/common/i18n/translator.js';
import { catalogueIn, defaultCatalogue } from '../../electron/common/routine-library.js';

/**
 * The BreakPlan main would send, built by main's own builder from the real routine library, for the dev bridge
 * and the Chromium tests. Only the figure URLs change: outside Electron there is no app:// scheme, so they point
 * at wherever the page is served from.
 */

export interface PlanContext {
  /** Replaces `app://limber/figures/`: `/figures/` in dev, the routed origin's in tests. */
  figureBase: string;
  lastPosture?: Posture | null;
  lastRoutineId?: string | null;
  breakIntervalMin?: number;
  snoozesLeft?: number;
  snoozeMin?: number;
  breakDue?: boolean;
  sound?: boolean;
  breaksToday?: number;
  shortGap?: { from: string; to: string } | null;
  /** The language of the routine's words, as main's current translator gives them; English unless given. */
  translator?: Translator;
}

export function buildPlan(routineId: string, context: PlanContext): BreakPlan {
  const plan = buildBreakPlan({
    catalogue: context.translator ? catalogueIn(context.translator) : defaultCatalogue,
    routineId,
    suggestion: {
      preference: 'alternate',
      lastPosture: context.lastPosture ?? null,
      lastRoutineId: context.lastRoutineId ?? null,
      flexionSensitive: false,
      breakIntervalMin: context.breakIntervalMin ?? 30,
    },
    snoozesLeft: context.snoozesLeft ?? 2,
    snoozeMin: context.snoozeMin ?? 5,
    breakDue: context.breakDue ?? true,
    sound: context.sound ?? true,
    breaksToday: context.breaksToday ?? 0,
    shortGap: context.shortGap ?? null,
  });
  const appFigures = `${APP_ORIGIN}/figures/`;
  return {
    ...plan,
    steps: plan.steps.map((step) => ({
      ...step,
      figure: step.figure.startsWith(appFigures) ? context.figureBase + step.figure.slice(appFigures.length) : step.figure,
    })),
  };
}
