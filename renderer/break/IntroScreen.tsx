import type { ReactNode } from 'react';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import { INTRO_TEXT, SAFETY_LINE, SNOOZE_USED_UP, SWITCH_TEXT, durationText, movesText, postureText } from './words.js';

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
  const choice = choiceOf(plan);
  // The floor set is done at home, on its own time: it is no desk break to swap, snooze or skip.
  const atHome = routine.kind === 'home';
  const due = plan.breakDue && !atHome;
  const snoozeId = 'snooze-state';
  return (
    <section className="screen intro" aria-labelledby="intro-title">
      <p className="eyebrow">{atHome ? INTRO_TEXT.atHome : due ? INTRO_TEXT.due : INTRO_TEXT.anyTime}</p>
      <h1 id="intro-title">{routine.name}</h1>
      <p className="summary">{routine.summary}</p>
      <ul className="facts" aria-label={INTRO_TEXT.facts}>
        <li>{durationText(routine.seconds)}</li>
        <li>{postureText(plan)}</li>
        <li>{movesText(plan.steps.length)}</li>
      </ul>
      {children}

      {!atHome && (
        <div className="posture-switch" role="group" aria-label={SWITCH_TEXT.label}>
          <button
            type="button"
            aria-pressed={choice === 'seated'}
            disabled={busy || (choice !== 'seated' && !alternatives.seated)}
            onClick={() => choice !== 'seated' && onChoose('seated')}
          >
            {SWITCH_TEXT.seated}
          </button>
          <button
            type="button"
            aria-pressed={choice === 'upright'}
            disabled={busy || (choice !== 'upright' && !alternatives.standing)}
            onClick={() => choice !== 'upright' && onChoose('upright')}
          >
            {SWITCH_TEXT.upright}
          </button>
        </div>
      )}

      <button type="button" className="primary start" onClick={onStart} disabled={busy} autoFocus>
        {INTRO_TEXT.start}
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
              {INTRO_TEXT.snooze(plan.snoozeMin)}
            </button>
            <button type="button" onClick={onSkip} disabled={busy}>
              {INTRO_TEXT.skip}
            </button>
          </>
        ) : (
          <button type="button" onClick={onClose}>
            {INTRO_TEXT.notNow}
          </button>
        )}
      </div>
      {due && plan.snoozesLeft === 0 && (
        <p id={snoozeId} className="snooze-state">
          {SNOOZE_USED_UP}
        </p>
      )}
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      <p className="safety">{SAFETY_LINE}</p>
    </section>
  );
}
