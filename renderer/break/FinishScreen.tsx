import { useEffect, useRef } from 'react';
import { breaksTodayText, durationText } from './words.js';

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

const spentText = (seconds: number) => (seconds < 1 ? 'under a second' : durationText(seconds));

export function FinishScreen({ routineName, plannedSeconds, ending, seconds, breaksToday, closeAfterMs, onClose }: FinishScreenProps) {
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
      <h1 id="finish-title">{ending === 'completed' ? 'Nice work — thank you!' : 'Thanks for taking a moment'}</h1>
      {ending === 'completed' && (
        <>
          <p>You finished {routineName}.</p>
          <p className="breaks-today">{breaksTodayText(breaksToday)}</p>
        </>
      )}
      {ending === 'too-quick' && (
        <p>
          You went through {routineName} in {spentText(seconds)}, quicker than its {durationText(plannedSeconds)}, so this one
          counts as finished early. Every bit of movement helps.
        </p>
      )}
      {ending === 'stopped' && (
        <p>
          You spent {spentText(seconds)} on {routineName}. Every bit of movement helps.
        </p>
      )}
      <p className="closing">This window closes by itself in a few seconds.</p>
      <button type="button" className="primary" onClick={closeNow} autoFocus>
        Close now
      </button>
    </section>
  );
}
