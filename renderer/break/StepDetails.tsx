import { useEffect, type RefObject } from 'react';
import type { PlanStep } from '../../electron/common/ipc-contract.js';
import { CountdownRing } from './CountdownRing.js';
import type { Motion } from '../../electron/common/figure/motion.js';
import { workingSideOf } from '../../electron/common/figure/working-side.js';
import { Figure } from './Figure.js';
import { RepCounter } from './RepCounter.js';
import type { Segment } from './routine-clock.js';
import type { PlayerView } from './useRoutinePlayer.js';
import { useWords } from './words.js';

export interface StepDetailsProps {
  step: PlanStep;
  /** The step's figure motion, from the plan; null draws no figure. */
  motion: Motion | null;
  segment: Segment;
  view: PlayerView;
  animated: boolean;
  progress: () => number;
  onCount: () => void;
  titleRef: RefObject<HTMLHeadingElement | null>;
}

/** The picture, the count and the words for what is on screen now (or coming up, while getting ready). */
export function StepDetails({ step, motion, segment, view, animated, progress, onCount, titleRef }: StepDetailsProps) {
  const { t, clockText, doseText, figureLabel } = useWords();
  const ready = segment.kind === 'ready';
  const seconds = Math.ceil(view.remainingMs / 1000);
  const unit = ready
    ? t('break.step.countdown.getReady')
    : seconds >= 60
      ? t('break.step.countdown.minutes')
      : t('break.step.countdown.seconds', { count: seconds });

  // The page outlives the step: without this, a step read to its last line with large text would open the next
  // one scrolled past its name and picture.
  useEffect(() => {
    const title = titleRef.current;
    if (title && title.getBoundingClientRect().top < 0) window.scrollTo({ top: 0 });
  }, [segment, titleRef]);

  return (
    <div className="step-body">
      {/* The name comes first, so Tab from it (where focus lands at the start) reaches the rep counter next. */}
      <h2 id="step-title" ref={titleRef} tabIndex={-1}>
        {step.name}
      </h2>
      <p className="dose">{doseText(step)}</p>
      <div className="stage">
        <Figure
          motion={motion}
          camera={step.figureCamera}
          label={figureLabel(step, segment.side, workingSideOf(motion, segment.side))}
          mirrored={segment.side === 'second'}
          animated={animated}
          running={view.running && !ready}
          progress={ready ? () => 0 : progress}
          segmentMs={segment.ms}
          repMs={segment.repMs}
        />
        {!ready && segment.repMs !== null ? (
          <RepCounter
            rep={view.rep}
            reps={segment.ms / segment.repMs}
            running={view.running}
            animated={animated}
            progress={progress}
            onCount={onCount}
          />
        ) : (
          <CountdownRing shown={clockText(seconds)} unit={unit} running={view.running} animated={animated} progress={progress} />
        )}
      </div>

      <ol className="instructions">
        {step.instructions.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {step.safety.length > 0 && <p className="step-safety">{step.safety.join(' ')}</p>}
    </div>
  );
}
