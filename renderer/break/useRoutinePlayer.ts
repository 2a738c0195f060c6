import { useEffect, useState } from 'react';
import type { BreakPlan } from '../../electron/common/ipc-contract.js';
import { RoutineClock, segmentsOf, type Segment } from './routine-clock.js';

/** What the screens draw from: a plain snapshot of the clock, taken whenever something visible changes. */
export interface PlayerView {
  index: number;
  segment: Segment;
  remainingMs: number;
  rep: number;
  running: boolean;
  finished: boolean;
}

export interface PlayerActions {
  pause(): void;
  resume(): void;
  next(): void;
  back(): void;
  countRep(): void;
  /** Stops for good without completing; returns the seconds spent. */
  stop(): number;
  /** Seconds spent so far, pauses excluded. */
  seconds(): number;
  /** Share of the current segment done, for animation frames, which must not wait for a render. */
  progress(): number;
}

export interface PlayerEvents {
  onSegmentChange(segment: Segment): void;
  /** The routine ran out of steps, by time or by Next; `completed` only if enough time went into it. */
  onReachEnd(seconds: number, completed: boolean): void;
}

function viewOf(clock: RoutineClock): PlayerView {
  return {
    index: clock.segmentIndex,
    segment: clock.segment,
    remainingMs: clock.remainingMs(),
    rep: clock.currentRep(),
    running: clock.running,
    finished: clock.finished,
  };
}

const wholeSeconds = (ms: number) => Math.min(3600, Math.round(ms / 1000));

interface Player {
  actions: PlayerActions;
  /** Arms the timer; the returned function disarms it. */
  run(): () => void;
  /** Who hears about segment changes and completion; replaced after every render so it sees fresh state. */
  listen(events: PlayerEvents): void;
}

/**
 * One timer, aimed at the next moment anything on screen changes, and re-armed from its own callback rather
 * than from a render, so the pace never waits on React and never depends on how often the page is drawn.
 */
function createPlayer(clock: RoutineClock, show: (view: PlayerView) => void): Player {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let events: PlayerEvents = { onSegmentChange: () => {}, onReachEnd: () => {} };
  const arm = () => {
    clearTimeout(timer);
    if (clock.running) timer = setTimeout(() => act(() => clock.advance()), clock.msUntilChange());
  };
  const act = (change: () => void) => {
    const before = clock.segmentIndex;
    const wasFinished = clock.finished;
    change();
    show(viewOf(clock));
    arm();
    if (!wasFinished && clock.finished) events.onReachEnd(wholeSeconds(clock.activeMs()), clock.spentEnough());
    else if (clock.segmentIndex !== before) events.onSegmentChange(clock.segment);
  };
  return {
    listen: (latest) => {
      events = latest;
    },
    run: () => {
      arm();
      return () => clearTimeout(timer);
    },
    actions: {
      pause: () => act(() => clock.pause()),
      resume: () => act(() => clock.start()),
      next: () => act(() => clock.next()),
      back: () => act(() => clock.back()),
      countRep: () => act(() => clock.countRep()),
      stop: () => {
        clearTimeout(timer);
        clock.finish();
        show(viewOf(clock));
        return wholeSeconds(clock.activeMs());
      },
      seconds: () => wholeSeconds(clock.activeMs()),
      progress: () => Math.min(1, clock.elapsedMs() / clock.segment.ms),
    },
  };
}

/** Runs a routine from the moment the component mounts (the user has just pressed Start). */
export function useRoutinePlayer(plan: BreakPlan, events: PlayerEvents): [PlayerView, PlayerActions] {
  const [clock] = useState(() => {
    const started = new RoutineClock(segmentsOf(plan), () => performance.now(), plan.completesAfterSeconds * 1000);
    started.start();
    return started;
  });
  const [view, setView] = useState(() => viewOf(clock));
  const [player] = useState(() => createPlayer(clock, setView));
  useEffect(() => player.listen(events));
  useEffect(() => player.run(), [player]);
  return [view, player.actions];
}
