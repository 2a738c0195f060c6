import type { EngineContext } from './context.js';

/**
 * One timing rule, written once. `nextAt` is both the rule's decision and its wake time: the rule fires at an input
 * exactly when `nextAt` is at or before it, and the engine's `nextWakeAt` is the soonest future `nextAt` over all
 * rules. A rule whose time has passed and that has nothing left to do keeps answering that past time; it is not
 * woken for again.
 */
export interface TimingRule {
  readonly name: string;
  /** When this rule could next fire without another input, judged at `now`; null when it cannot. */
  nextAt(ctx: EngineContext, now: number): number | null;
  /** Does what the rule says; called at `now` once `nextAt` has been reached. */
  fire(ctx: EngineContext, now: number): void;
  /**
   * Set on the rules that only look for idle time crossing a threshold or for the user's return: where the
   * desktop's idle watches say so by push (Mutter), the engine arms no wake for them.
   */
  readonly pushedByIdleWatches?: true;
}
