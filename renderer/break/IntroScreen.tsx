import type { ReactNode } from 'react';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import { useWords } from './words.js';

export type PostureChoice = 'seated' | 'upright';

export interface IntroScreenProps {
  plan: BreakPlan;
  busy: boolean;
  notice: string | null;
  onChoose: (choice: PostureChoice) => void;
  onStart: () => void;
  onSnooze: () => void;
  onSkip: () => void;
  onClose: () => void;
  /** Shown under the routine's facts: the "Were you up?" offer when the plan carries a gap. */
  children?: ReactNode;
}

export const choiceOf = (plan: BreakPlan): PostureChoice => (plan.routine.posture === 'seated' ? 'seated' : 'upright');

export function IntroScreen({ plan, busy, notice, onChoose, onStart, onSnooze, onSkip, onClose, children }: IntroScreenProps) {
  const { routine, alternatives } = plan;
  const { t, durationText, movesText, postureText, snoozeText } = useWords();
  const choice = choiceOf(plan);
  // The floor set is done at home, on its own time: it is no desk break to swap, snooze or skip.
  const atHome = routine.kind === 'home';
  const due = plan.breakDue && !atHome;
  const snoozeId = 'snooze-state';
  return (
    <section className="screen intro" aria-labelledby="intro-title">
      <p className="eyebrow">{atHome ? t('break.intro.atHome') : due ? t('break.intro.due') : t('break.intro.anyTime')}</p>
      <h1 id="intro-title">{routine.name}</h1>
      <p className="summary">{routine.summary}</p>
      <ul className="facts" aria-label={t('break.intro.facts')}>
        <li>{durationText(routine.seconds)}</li>
        <li>{postureText(plan)}</li>
        <li>{movesText(plan.steps.length)}</li>
      </ul>
      {children}

      {!atHome && (
        <div className="posture-switch" role="group" aria-label={t('break.intro.switchLabel')}>
          <button
            type="button"
            aria-pressed={choice === 'seated'}
            disabled={busy || (choice !== 'seated' && !alternatives.seated)}
            onClick={() => choice !== 'seated' && onChoose('seated')}
          >
            {t('break.intro.seated')}
          </button>
          <button
            type="button"
            aria-pressed={choice === 'upright'}
            disabled={busy || (choice !== 'upright' && !alternatives.standing)}
            onClick={() => choice !== 'upright' && onChoose('upright')}
          >
            {t('break.intro.upright')}
          </button>
        </div>
      )}

      <button type="button" className="primary start" onClick={onStart} disabled={busy} autoFocus>
        {t('break.intro.start')}
      </button>
      <div className="actions">
        {due ? (
          <>
            <button
              type="button"
              onClick={onSnooze}
              disabled={busy || plan.snoozesLeft === 0}
              aria-describedby={plan.snoozesLeft === 0 ? snoozeId : undefined}
            >
              {snoozeText(plan.snoozeMin)}
            </button>
            <button type="button" onClick={onSkip} disabled={busy}>
              {t('break.intro.skip')}
            </button>
          </>
        ) : (
          <button type="button" onClick={onClose}>
            {t('break.intro.notNow')}
          </button>
        )}
      </div>
      {due && plan.snoozesLeft === 0 && (
        <p id={snoozeId} className="snooze-state">
          {t('break.intro.noSnoozesLeft')}
        </p>
      )}
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      <p className="safety">{t('break.intro.safety')}</p>
    </section>
  );
}
