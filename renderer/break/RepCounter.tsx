import { useEffect, useRef } from 'react';
import { useWords } from './words.js';

/** Stands in for the rep number inside the counter's sentence: a character no catalogue uses. */
const REP_MARK = '\u2063';

export interface RepCounterProps {
  rep: number;
  reps: number;
  running: boolean;
  animated: boolean;
  /** Share of the segment already done, read on each animation frame. */
  progress: () => number;
  onCount: () => void;
}

/**
 * The app counts at a steady pace; anyone moving faster taps the counter (or presses Space) to count the current
 * rep as done. The thin bar under the number shows the pace within the rep.
 */
export function RepCounter({ rep, reps, running, animated, progress, onCount }: RepCounterProps) {
  const { t, number } = useWords();
  const pace = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!animated) return;
    const draw = () => {
      const withinRep = (progress() * reps) % 1;
      pace.current?.style.setProperty('transform', `scaleX(${withinRep})`);
    };
    draw();
    if (!running) return;
    let frame = requestAnimationFrame(function loop() {
      draw();
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [animated, running, progress, reps, rep]);

  // One sentence per language, so each puts the number where its word order wants it; the number is cut out of
  // it here to be drawn large.
  const [before = '', after = ''] = t('break.step.rep.counter', { rep: REP_MARK, total: reps }).split(REP_MARK).map((part) => part.trim());

  return (
    // The visible words are the button's name, so what people see is what voice control and screen readers say.
    <button type="button" className="rep-counter" onClick={onCount}>
      <span className="rep-of">{before}</span> <span className="rep-number">{number(rep)}</span> <span className="rep-of">{after}</span>{' '}
      {animated && (
        <span className="rep-pace" aria-hidden="true">
          <span ref={pace} className="rep-pace-fill" />
        </span>
      )}
      <span className="rep-hint">{t('break.step.rep.hint')}</span>
    </button>
  );
}
