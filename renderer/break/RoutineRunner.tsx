import { useEffect, useRef, useState } from 'react';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import { workingSideOf } from '../../electron/common/figure/working-side.js';
import { isOnControl, useKeyDown, useReducedMotion } from './hooks.js';
import { ProgressStrip } from './ProgressStrip.js';
import type { Segment } from './routine-clock.js';
import { StepDetails } from './StepDetails.js';
import { StopDialog } from './StopDialog.js';
import { useRoutinePlayer } from './useRoutinePlayer.js';
import { useWords } from './words.js';
import { useLocale } from '../i18n/PageI18n.js';

export interface RoutineRunnerProps {
  plan: BreakPlan;
  onSegmentChange: (segment: Segment) => void;
  onPauseChange: (paused: boolean) => void;
  /** Past the last step, by time or by Next; `completed` says whether it counts as done (see routine-clock). */
  onReachEnd: (seconds: number, completed: boolean) => void;
  onFinishEarly: (seconds: number) => void;
  onStopAndClose: (seconds: number) => void;
  /** The window is going away without the user stopping here (closed from the title bar, or by main). */
  onClosedMidway: (seconds: number) => void;
}

/**
 * Keyboard, as the hint line under the controls says: Space is the step's main action when no button has focus
 * (count a rep on rep steps, otherwise pause; resume when paused), P always pauses or resumes, ←/→ go back and
 * forward, and Esc asks before stopping. A focused button keeps Space and Enter for itself.
 */
export function RoutineRunner(props: RoutineRunnerProps) {
  const { plan, onSegmentChange, onPauseChange, onReachEnd, onFinishEarly, onStopAndClose, onClosedMidway } = props;
  const [view, player] = useRoutinePlayer(plan, { onSegmentChange, onReachEnd });
  const [asking, setAsking] = useState<{ wasRunning: boolean } | null>(null);
  const animated = !useReducedMotion();
  const { t, sideText, stepCountText } = useWords();
  // Right to left, the strip runs from the right: the arrow key pointing back along it goes back.
  const { dir } = useLocale();
  const [backKey, nextKey] = dir === 'rtl' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];

  // Start has just gone from the screen; without a new home, focus would fall out of the window for Tab users.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  const closedMidway = useRef(onClosedMidway);
  useEffect(() => {
    closedMidway.current = onClosedMidway;
  });
  useEffect(() => {
    const leaving = () => closedMidway.current(player.seconds());
    window.addEventListener('pagehide', leaving);
    return () => window.removeEventListener('pagehide', leaving);
  }, [player]);

  const { segment } = view;
  const step = plan.steps[segment.stepIndex]!;
  const ready = segment.kind === 'ready';
  const repStep = !ready && segment.repMs !== null;

  const pause = () => {
    player.pause();
    onPauseChange(true);
  };
  const resume = () => {
    player.resume();
    onPauseChange(false);
  };
  const askToStop = () => {
    setAsking({ wasRunning: view.running });
    player.pause();
  };
  const keepGoing = () => {
    if (asking?.wasRunning) player.resume();
    setAsking(null);
  };

  useKeyDown((event) => {
    if (asking || view.finished || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case ' ':
        if (isOnControl(event)) return;
        event.preventDefault();
        if (event.repeat) return;
        if (!view.running) resume();
        else if (repStep) player.countRep();
        else pause();
        return;
      case 'p':
      case 'P':
        if (event.repeat) return;
        if (view.running) pause();
        else resume();
        return;
      case nextKey:
        event.preventDefault();
        player.next();
        return;
      case backKey:
        event.preventDefault();
        player.back();
        return;
      case 'Escape':
        event.preventDefault();
        askToStop();
        return;
    }
  });

  const { motion } = step;
  const side = sideText(segment.side, workingSideOf(motion, segment.side));
  const keys = !view.running ? t('break.step.keys.resume') : repStep ? t('break.step.keys.countOrPause') : t('break.step.keys.pause');

  return (
    <section className={ready ? 'screen step is-ready' : 'screen step'} aria-labelledby="step-title">
      <ProgressStrip steps={plan.steps.length} current={segment.stepIndex} upcoming={ready} />
      <p className="step-count">
        {ready ? t('break.step.nextUp') : stepCountText(segment.stepIndex, plan.steps.length)}
        {side && !ready && (
          <span className={segment.side === 'second' ? 'side-badge switched' : 'side-badge'}>
            {segment.side === 'second' && <span aria-hidden="true">⇄ </span>}
            {side}
          </span>
        )}
        {!view.running && <span className="paused-badge">{t('break.step.paused')}</span>}
      </p>

      <StepDetails
        step={step}
        motion={motion}
        segment={segment}
        view={view}
        animated={animated}
        progress={player.progress}
        onCount={() => (view.running ? player.countRep() : resume())}
        titleRef={title}
      />

      <div className="step-controls">
        <div className="controls">
          <button type="button" onClick={player.back}>
            <span className="arrow arrow-back" aria-hidden="true">
              ←
            </span>{' '}
            {t('break.step.back')}
          </button>
          <button type="button" className="primary" onClick={view.running ? pause : resume}>
            {view.running ? t('break.step.pause') : t('break.step.resume')}
          </button>
          <button type="button" onClick={player.next}>
            {t('break.step.next')}{' '}
            <span className="arrow arrow-next" aria-hidden="true">
              →
            </span>
          </button>
        </div>
        <div className="controls-footer">
          <button type="button" className="link" onClick={() => onFinishEarly(player.stop())}>
            {t('break.step.finishEarly')}
          </button>
          <p className="keys">
            <span>{keys}</span> <span>{t('break.step.keys.steps')}</span>
          </p>
        </div>
      </div>

      <StopDialog open={asking !== null} onKeepGoing={keepGoing} onStop={() => onStopAndClose(player.stop())} />
    </section>
  );
}
