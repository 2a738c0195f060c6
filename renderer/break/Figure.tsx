import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { mirrorSkeleton, type PartName, type Skeleton } from '../../electron/common/figure/body.js';
import { propShapes, shapesOf, type FigureShapes } from '../figure/draw.js';
import { poseAtTime, skeletonOfPose, type Motion } from '../../electron/common/figure/motion.js';
import { VIEW_BOX, viewBoxOf, type Camera } from '../../electron/common/figure/props.js';
import './figure.css';

export interface FigureProps {
  /** The exercise's motion, from the plan; null shows an empty frame. */
  motion: Motion | null;
  /** The routine's crop for the moving figure (PlanStep.figureCamera); the strip keeps the motion's own. */
  camera?: Camera | undefined;
  /** The text alternative: the movement's name, and the working side on per-side steps. */
  label: string;
  mirrored: boolean;
  /** False under reduced motion: the key poses are shown side by side instead. */
  animated: boolean;
  /** Moving while the step runs; still (on the current frame) while paused or getting ready. */
  running: boolean;
  /** Share of the current segment done, read on each animation frame. */
  progress: () => number;
  segmentMs: number;
  repMs: number | null;
}

interface Clock {
  progress: () => number;
  segmentMs: number;
  repMs: number | null;
}

/** Where in its motion the figure is: the same rep share as the rep counter's pace bar, so the two move together. */
function skeletonNow(motion: Motion, clock: Clock, mirrored: boolean): Skeleton {
  const share = clock.progress();
  const seconds = (share * clock.segmentMs) / 1000;
  const repShare = clock.repMs ? (share * (clock.segmentMs / clock.repMs)) % 1 : undefined;
  const skeleton = poseAtTime(motion, repShare === undefined ? { seconds } : { seconds, repShare });
  return mirrored ? mirrorSkeleton(skeleton, VIEW_BOX) : skeleton;
}

type PathRefs = Map<PartName, { gap: SVGPathElement | null; fill: SVGPathElement | null }>;

interface DrawingProps {
  motion: Motion;
  shapes: FigureShapes;
  mirrored: boolean;
  camera: Camera | undefined;
  /** Filled with the path elements, for frames that update them in place. */
  refs?: PathRefs;
  gazeRef?: RefObject<SVGPathElement | null>;
}

function FigureDrawing({ motion, shapes, mirrored, camera, refs, gazeRef }: DrawingProps) {
  const props = useMemo(() => propShapes(motion), [motion]);
  const keep = (part: PartName, which: 'gap' | 'fill') =>
    refs
      ? (el: SVGPathElement | null) => {
          const entry = refs.get(part) ?? { gap: null, fill: null };
          entry[which] = el;
          refs.set(part, entry);
        }
      : undefined;
  return (
    <svg className="figure-svg" viewBox={viewBoxOf(camera)} aria-hidden="true" focusable="false">
      <g transform={mirrored ? `translate(${VIEW_BOX} 0) scale(-1 1)` : undefined} className="figure-props">
        {props.fills.map((d, i) => (
          <path key={`f${i}`} className="figure-prop-fill" d={d} />
        ))}
        {props.lines.map((d, i) => (
          <path key={`l${i}`} className="figure-prop-line" d={d} />
        ))}
      </g>
      {shapes.layers.map(({ layer, parts }) => (
        <g key={layer} className={`figure-layer figure-${layer}`}>
          {layer !== 'far' && (
            <g className="figure-gap">
              {parts.map(({ part, d }) => (
                <path key={part} d={d} ref={keep(part, 'gap')} />
              ))}
            </g>
          )}
          {parts.map(({ part, d, accent }) => (
            <path key={part} d={d} className={accent ? 'figure-accent' : undefined} ref={keep(part, 'fill')} />
          ))}
        </g>
      ))}
      {shapes.gaze !== null && <path className="figure-gaze" d={shapes.gaze} ref={gazeRef} />}
    </svg>
  );
}

/**
 * The exercise drawn by the body model. While the step runs, each animation frame poses the figure for that
 * moment and rewrites the path data in place (no React render per frame); paused, it keeps the last frame.
 * Reduced motion gets the key poses side by side instead, and no frame loop at all.
 */
export function Figure({ motion, camera, label, mirrored, animated, running, progress, segmentMs, repMs }: FigureProps) {
  const refs = useRef<PathRefs>(new Map());
  const gaze = useRef<SVGPathElement | null>(null);
  const clock = useRef<Clock>({ progress, segmentMs, repMs });
  useEffect(() => {
    clock.current = { progress, segmentMs, repMs };
  });

  // The pose at mount and on every segment change; frames take over from there while running.
  const first = motion && animated ? shapesOf(motion, skeletonNow(motion, { progress, segmentMs, repMs }, mirrored)) : null;

  useEffect(() => {
    if (!motion || !animated) return;
    const draw = () => {
      const shapes = shapesOf(motion, skeletonNow(motion, clock.current, mirrored));
      for (const { parts } of shapes.layers) {
        for (const { part, d } of parts) {
          const entry = refs.current.get(part);
          entry?.gap?.setAttribute('d', d);
          entry?.fill?.setAttribute('d', d);
        }
      }
      if (shapes.gaze) gaze.current?.setAttribute('d', shapes.gaze);
    };
    draw();
    if (!running) return;
    let frame = requestAnimationFrame(function loop() {
      draw();
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [motion, animated, running, mirrored, segmentMs, repMs]);

  if (!motion) return <div className="figure" role="img" aria-label={label} />;

  if (!animated) {
    return (
      <div className="figure figure-strip" role="img" aria-label={label}>
        {motion.keyPoses.map((name) => {
          const skeleton = skeletonOfPose(motion, name);
          return (
            <FigureDrawing
              key={name}
              motion={motion}
              mirrored={mirrored}
              camera={motion.data.camera}
              shapes={shapesOf(motion, mirrored ? mirrorSkeleton(skeleton, VIEW_BOX) : skeleton)}
            />
          );
        })}
      </div>
    );
  }

  return (
    <div className="figure figure-animated" role="img" aria-label={label} data-running={running ? 'true' : 'false'}>
      <FigureDrawing
        motion={motion}
        shapes={first!}
        mirrored={mirrored}
        camera={camera ?? motion.data.camera}
        refs={refs.current}
        gazeRef={gaze}
      />
    </div>
  );
}
