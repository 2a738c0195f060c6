import { useEffect, useRef } from 'react';
import { useWords } from './words.js';

/**
 * How the routine ended: played through, run to its end too quickly to count as done (see routine-clock), or
 * stopped with Finish early.
 */
export type Ending = 'completed' | 'too-quick' | 'stopped';

export interface FinishScreenProps {
  routineName: string;
  /** The routine's planned length, to say plainly how a quick run-through compares. */
  plannedSeconds: number;
  ending: Ending;
  seconds: number;
  breaksToday: number;
  closeAfterMs: number;
  onClose: () => void;
}

export function FinishScreen({ routineName, plannedSeconds, ending, seconds, breaksToday, closeAfterMs, onClose }: FinishScreenProps) {
  const { t, breaksTodayText, durationText } = useWords();
  const spent = seconds < 1 ? t('break.finish.underASecond') : durationText(seconds);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    timer.current = setTimeout(onClose, closeAfterMs);
    return () => clearTimeout(timer.current);
  }, [onClose, closeAfterMs]);
  const closeNow = () => {
    clearTimeout(timer.current);
    onClose();
  };

  return (
    <section className="screen finish" aria-labelledby="finish-title">
      {/* The check mark means "done": a run cut short does not get it. */}
      {ending === 'completed' && <div className="finish-mark" aria-hidden="true" />}
      <h1 id="finish-title">{ending === 'completed' ? t('break.finish.titleDone') : t('break.finish.titleOther')}</h1>
      {ending === 'completed' && (
        <>
          <p>{t('break.finish.done', { routine: routineName })}</p>
          <p className="breaks-today">{breaksTodayText(breaksToday)}</p>
        </>
      )}
      {ending === 'too-quick' && (
        <p>{t('break.finish.tooQuick', { routine: routineName, spent, planned: durationText(plannedSeconds) })}</p>
      )}
      {ending === 'stopped' && (
        <p>{t('break.finish.stopped', { routine: routineName, spent })}</p>
      )}
      <p className="closing">{t('break.finish.closing')}</p>
      <button type="button" className="primary" onClick={closeNow} autoFocus>
        {t('break.finish.closeNow')}
      </button>
    </section>
  );
}
