import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakPlan, LimberApi } from '../../electron/common/ipc-contract.js';

/**
 * "Were you up?": a 2–5 minute pause was left out of sitting but not counted as a break, because Limber cannot
 * tell a walk from reading at the desk. One click tells it; main records the answer, so history stays true.
 */
export function GapQuestion({ api, gap }: { api: LimberApi; gap: NonNullable<BreakPlan['shortGap']> }) {
  const { t } = useTranslation();
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
      .then((result) => setAnswer(result.ok ? { done: true, text: t('break.gap.counted') } : { done: false, text: result.reason }))
      .catch(() => setAnswer({ done: false, text: t('break.gap.failed') }))
      .finally(() => setBusy(false));
  };
  return (
    <div className="gap-question">
      <button type="button" className="link" onClick={count} disabled={busy}>
        {t('break.gap.count', { from: gap.from, to: gap.to })}
      </button>
      {answer && (
        <p className="notice" role="alert">
          {answer.text}
        </p>
      )}
    </div>
  );
}
