import { useEffect } from 'react';
import { breaksTodayText, lengthText } from './words.js';

export interface FinishScreenProps {
  routineName: string;
  completed: boolean;
  seconds: number;
  breaksToday: number;
  closeAfterMs: number;
  onClose: () => void;
}

export function FinishScreen({ routineName, completed, seconds, breaksToday, closeAfterMs, onClose }: FinishScreenProps) {
  useEffect(() => {
    const timer = setTimeout(onClose, closeAfterMs);
    return () => clearTimeout(timer);
  }, [onClose, closeAfterMs]);

  return (
    <section className="screen finish" aria-labelledby="finish-title">
      <div className="finish-mark" aria-hidden="true" />
      <h1 id="finish-title">{completed ? 'Nice work — thank you!' : 'Thanks for taking a moment'}</h1>
      {completed ? (
        <>
          <p>You finished {routineName}.</p>
          <p className="breaks-today">{breaksTodayText(breaksToday)}</p>
        </>
      ) : (
        <p>You spent {lengthText(seconds)} on {routineName}. Every bit of movement helps.</p>
      )}
      <p className="closing">This window closes by itself in a few seconds.</p>
      <button type="button" className="primary" onClick={onClose} autoFocus>
        Close now
      </button>
    </section>
  );
}
