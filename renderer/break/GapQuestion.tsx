import { useState } from 'react';
import type { BreakPlan, LimberApi } from '../../electron/common/ipc-contract.js';

/**
 * "Were you up?": a 2–5 minute pause was left out of sitting but not counted as a break, because Limber cannot
 * tell a walk from reading at the desk. One click tells it; main records the answer, so history stays true.
 */
export function GapQuestion({ api, gap }: { api: LimberApi; gap: NonNullable<BreakPlan['shortGap']> }) {
  const [answer, setAnswer] = useState<{ done: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (answer?.done) {
    return (
      <p className="gap-question" role="status">
        {answer.text}
      </p>
    );
  }
  const count = () => {
    setBusy(true);
    api
      .invoke('break:count-gap')
      .then((result) => setAnswer(result.ok ? { done: true, text: 'Counted as a break. Thanks for telling me.' } : { done: false, text: result.reason }))
      .catch(() => setAnswer({ done: false, text: 'That did not work. Please try again.' }))
      .finally(() => setBusy(false));
  };
  return (
    <div className="gap-question">
      <button type="button" className="link" onClick={count} disabled={busy}>
        I was up {gap.from}–{gap.to}: count it as a break
      </button>
      {answer && (
        <p className="notice" role="alert">
          {answer.text}
        </p>
      )}
    </div>
  );
}
