import { useCallback, useRef } from 'react';
import type { BreakPlan, LimberApi } from '../../electron/common/ipc-contract.js';

/**
 * Sends `break:finished` at most once per window, however the routine ends: at the last step, finished early,
 * stopped with Esc, or the window closed under it. It says only what happened; main judges what it counts as.
 */
export function useOutcomeReport(api: LimberApi, plan: BreakPlan | undefined): (reachedEnd: boolean, activeSeconds: number) => Promise<void> {
  const reported = useRef(false);
  return useCallback(
    async (reachedEnd: boolean, activeSeconds: number) => {
      if (!plan || reported.current) return;
      reported.current = true;
      const outcome = { routineId: plan.routine.id, activeSeconds, reachedEnd };
      await api.invoke('break:finished', outcome).catch(() => {});
    },
    [api, plan],
  );
}
