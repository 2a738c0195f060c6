import type { ReactNode } from 'react';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import { POSTURE_TEXT, SAFETY_LINE, lengthText } from './words.js';

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
  return (
    <section className="screen intro" aria-labelledby="intro-title">
      <p className="eyebrow">Time for a short break</p>
      <h1 id="intro-title">{routine.name}</h1>
      <p className="summary">{routine.summary}</p>
      <ul className="facts" aria-label="About this routine">
        <li>{lengthText(routine.seconds)}</li>
        {/* The floor set ends the sitting bout like a moving break, but "On the move" would misdescribe it. */}
        <li>{routine.kind === 'home' ? 'On the floor' : POSTURE_TEXT[routine.posture]}</li>
        <li>{plan.steps.length === 1 ? '1 move' : `${plan.steps.length} moves`}</li>
      </ul>
      {children}

      <div className="posture-switch" role="group" aria-label="Do it seated or standing">
        <button
          type="button"
          aria-pressed={choice === 'seated'}
          disabled={busy || (choice !== 'seated' && !alternatives.seated)}
          onClick={() => choice !== 'seated' && onChoose('seated')}
        >
          Seated
        </button>
        <button
          type="button"
          aria-pressed={choice === 'upright'}
          disabled={busy || (choice !== 'upright' && !alternatives.standing)}
          onClick={() => choice !== 'upright' && onChoose('upright')}
        >
          Standing
        </button>
      </div>

      <button type="button" className="primary start" onClick={onStart} disabled={busy} autoFocus>
        Start
      </button>
      <div className="actions">
        {plan.breakDue ? (
          <>
            <button type="button" onClick={onSnooze} disabled={busy}>
              Snooze {plan.snoozeMin} min
            </button>
            <button type="button" onClick={onSkip} disabled={busy}>
              Skip
            </button>
          </>
        ) : (
          <button type="button" onClick={onClose}>
            Not now
          </button>
        )}
      </div>
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      <p className="safety">{SAFETY_LINE}</p>
    </section>
  );
}
