import { BREAK_WINDOW_SIZE } from '../../electron/common/window-placement.js';
import { BREAK_URL, routeApp } from '../renderer/support/app-origin.js';
import { ensureRendererBuilt } from '../renderer/support/built-renderer.js';
import { launchChromium } from '../renderer/support/chromium.js';
import { installFakeBridge, plansFor } from '../renderer/support/fake-bridge.js';

/**
 * `figure_frame_ms_p95`: the main-thread time of one whole animation frame in the break window (the frame's
 * scripts, then style, layout, pre-paint, paint and the commit to the compositor), on the production build in
 * Debian's headless Chromium, for every frame of a whole routine played at 60 frames a second. The figure is
 * the frame's main cost; the countdown ring, the rep counter's pace bar and the re-render on each new second are
 * in the same frames and counted with it. Goal: at most 8 ms, half a 60 Hz frame.
 *
 * How a frame is timed: the page's own requestAnimationFrame, setTimeout and performance.now are replaced
 * (before any page script runs) by a driver on the real ones. Each real frame, the driver moves the page's time
 * on by 1/60 s, fires the timers that are due and the page's frame callbacks, all inside one real frame
 * callback, and then posts a message. Chromium runs the rest of that frame (style, layout, paint, commit) in the
 * same task, so the message runs right after the frame is rendered; the frame's cost is the real clock from the
 * callback's start to the message (tasks the frame queues, such as React's render after a timer, run before the
 * message and count too). The next frame is asked for only then, so frames never overlap, and Chromium runs with
 * its frame-rate limit off, so a routine takes its frames' cost in wall time, not its own length. What the
 * figure draws on each frame is what it would draw at 60 Hz; only the wait between frames is cut.
 * Checked against a Chromium trace (devtools.timeline): per frame, this is within about 0.3 ms (5 %) of the
 * trace's BeginMainFrame task, the slice holding FireAnimationFrame, UpdateLayoutTree, Layout, PrePaint, Paint,
 * Layerize and Commit. Not counted: raster and compositing, which run off the main thread.
 *
 * Two routines, each whole: Full desk reset has every kind of step (timed, reps, holds, both sides) over nine
 * figures; At-home back stretches is the floor set, on the mat, eight more figures. The number is the higher
 * of their two 95th percentiles, so a regression in either set shows.
 */

export const FRAME_GOAL_MS = 8;
const ROUTINES = ['full-desk-reset', 'at-home-back-stretches'] as const;
const FRAME_MS = 1000 / 60;
/** The frame rate is up to the frames' own cost: no 60 Hz wait between them. */
const UNCAPPED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

declare global {
  interface Window {
    /** Resolves, once the finish screen shows, with the cost of every frame drawn while the routine ran. */
    __routineFrames: Promise<number[]>;
  }
}

/** Runs in the page before its own scripts; see the comment at the top. */
function installFrameDriver(frameMs: number): void {
  const realNow = performance.now.bind(performance);
  const realFrame = window.requestAnimationFrame.bind(window);
  let now = realNow();
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  let callbacks = new Map<number, FrameRequestCallback>();
  Object.defineProperty(performance, 'now', { value: () => now });
  const setTimer = (run: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): number => {
    const id = nextId++;
    timers.set(id, { at: now + Math.max(0, Number(delay) || 0), run: () => run(...args) });
    return id;
  };
  window.setTimeout = setTimer as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void timers.delete(id ?? 0)) as typeof window.clearTimeout;
  window.requestAnimationFrame = (callback) => {
    const id = nextId++;
    callbacks.set(id, callback);
    return id;
  };
  window.cancelAnimationFrame = (id) => void callbacks.delete(id);

  const frames: number[] = [];
  let finished: (frames: number[]) => void = () => {};
  window.__routineFrames = new Promise((resolve) => (finished = resolve));
  const rendered = new MessageChannel();
  let began = 0;
  let counting = false;
  rendered.port1.onmessage = () => {
    if (counting) frames.push(realNow() - began);
    if (document.getElementById('finish-title')) finished(frames);
    else realFrame(frame);
  };
  function frame(): void {
    began = realNow();
    // From the first step on screen to the finish screen: the routine itself, not the intro before it.
    counting = document.getElementById('step-title') !== null;
    now += frameMs;
    for (;;) {
      let due: [number, { at: number; run: () => void }] | undefined;
      for (const timer of timers) if (timer[1].at <= now && (!due || timer[1].at < due[1].at)) due = timer;
      if (!due) break;
      timers.delete(due[0]);
      due[1].run();
    }
    const running = callbacks;
    callbacks = new Map();
    for (const callback of running.values()) callback(now);
    rendered.port2.postMessage(null);
  }
  realFrame(frame);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function routineFrames(routine: string): Promise<number[]> {
  const bridge = plansFor(routine);
  const browser = await launchChromium(UNCAPPED_FRAMES);
  try {
    const context = await browser.newContext({ viewport: BREAK_WINDOW_SIZE });
    await routeApp(context);
    await installFakeBridge(context, bridge);
    // The test transpiler's `__name` helper does not exist in the page (see fake-bridge.ts).
    await context.addInitScript({ content: `(() => { const __name = (target) => target; (${installFrameDriver.toString()})(${FRAME_MS}); })();` });
    const page = await context.newPage();
    const seconds = bridge.plans[routine]!.routine.seconds;
    // A page error or a routine that never reaches its end stops the run with a reason instead of hanging it:
    // even at one frame per real 60th of a second the routine takes its own length.
    let stalled: ReturnType<typeof setTimeout> | undefined;
    const failed = new Promise<never>((_, reject) => {
      page.on('pageerror', (error) => reject(new Error(`${routine}: the page threw: ${error.message}`)));
      stalled = setTimeout(() => reject(new Error(`${routine}: no finish screen after ${seconds + 120} s`)), (seconds + 120) * 1000);
    });
    // Handled by the races below; an error after the last of them has nothing left to stop.
    failed.catch(() => {});
    let frames: number[];
    try {
      await Promise.race([page.goto(BREAK_URL), failed]);
      await Promise.race([page.getByRole('button', { name: 'Start' }).click(), failed]);
      // One wait for the whole routine, in the page: no polling that would add work to the frames.
      frames = await Promise.race([page.evaluate(() => window.__routineFrames), failed]);
    } finally {
      clearTimeout(stalled);
    }
    const expected = Math.round((seconds * 1000) / FRAME_MS);
    if (frames.length < expected) throw new Error(`${routine}: ${frames.length} frames were drawn, a whole routine has ${expected}`);
    return frames;
  } finally {
    await browser.close();
  }
}

export async function measureFigureFrames(): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  let worst = 0;
  for (const routine of ROUTINES) worst = Math.max(worst, percentile(await routineFrames(routine), 95));
  return { figure_frame_ms_p95: Math.round(worst * 100) / 100 };
}
