import { useEffect, useRef } from 'react';

export interface CountdownRingProps {
  /** The time left as shown, e.g. "45" or "1:59". */
  shown: string;
  unit: string;
  running: boolean;
  animated: boolean;
  /** Share of the segment already done, read on each animation frame. */
  progress: () => number;
}

/**
 * The ring is moved by animation frames straight on the SVG, so a smooth sweep costs no React renders; the number
 * inside changes once a second through normal renders. With reduced motion the ring is not drawn at all.
 */
export function CountdownRing({ shown, unit, running, animated, progress }: CountdownRingProps) {
  const arc = useRef<SVGCircleElement>(null);

  useEffect(() => {
    if (!animated) return;
    const draw = () => arc.current?.setAttribute('stroke-dashoffset', String(-progress()));
    draw();
    if (!running) return;
    let frame = requestAnimationFrame(function loop() {
      draw();
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [animated, running, progress, shown]);

  return (
    <div className="countdown">
      {animated && (
        <svg className="ring" viewBox="0 0 100 100" aria-hidden="true">
          <circle className="ring-track" cx="50" cy="50" r="44" pathLength={1} />
          <circle ref={arc} className="ring-arc" cx="50" cy="50" r="44" pathLength={1} strokeDasharray="1 1" />
        </svg>
      )}
      <p className="countdown-value">
        <span className={shown.length > 2 ? 'countdown-number wide' : 'countdown-number'}>{shown}</span>
        <span className="countdown-unit">{unit}</span>
      </p>
    </div>
  );
}
