import { useWords } from './words.js';

export interface ProgressStripProps {
  steps: number;
  /** Index of the step on screen (or coming up, during a get-ready pause). */
  current: number;
  /** True while getting ready for `current`: it has not started yet. */
  upcoming: boolean;
}

export function ProgressStrip({ steps, current, upcoming }: ProgressStripProps) {
  const { t, stepCountText } = useWords();
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={t('break.step.progress')}
      aria-valuemin={0}
      aria-valuemax={steps}
      aria-valuenow={current}
      aria-valuetext={stepCountText(current, steps)}
    >
      {Array.from({ length: steps }, (_, i) => (
        <span
          key={i}
          className={i < current ? 'progress-step done' : i === current && !upcoming ? 'progress-step current' : 'progress-step'}
        />
      ))}
    </div>
  );
}
