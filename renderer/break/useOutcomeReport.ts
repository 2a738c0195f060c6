import { useCallback, useRef } from 'react';
import type { BreakPlan, LimberApi } from '../../electron/common/ipc-contract.js';

/**
 * Sends `break:finished` at most once per window, however the routine ends: completed, finished early, stopped
 * with Esc, or the window closed under it. Main records a break (or a partial one) from it.
 */
export function useOutcomeReport(api: LimberApi, plan: BreakPlan | undefined): (completed: boolean, seconds: number) => Promise<void> {
  const reported = useRef(false);
  return useCallback(
    async (completed: boolean, seconds: number) => {
      if (!plan || reported.current) return;
      reported.current = true;
      const outcome = { routineId: plan.routine.id, posture: plan.routine.posture, seconds, completed };
      await api.invoke('break:finished', outcome).catch(() => {});
    },
    [api, plan],
  );
}
