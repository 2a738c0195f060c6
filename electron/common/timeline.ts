/**
 * The engine keeps its own timeline: epoch milliseconds that advance by true elapsed time. Two clocks feed it.
 * The monotonic clock measures durations without being fooled by NTP steps, manual changes or time-zone moves, but
 * on Linux it stops while the machine sleeps. The wall clock keeps running through sleep but can jump. So:
 *
 * - elapsed time is the monotonic delta;
 * - wall time that advanced beyond the monotonic delta is time the machine was asleep without telling us: an
 *   unobserved span, during which nobody can have typed;
 * - wall time that went backwards is ignored for durations (it only moves what local time the calendar reads).
 *
 * Where the system also has a clock that runs through suspend and is never set (the boot clock:
 * electron/node/boot-clock.ts reads Linux's /proc/uptime, macOS's mach_continuous_time and Windows'
 * GetTickCount64), elapsed time is that clock's delta instead, and the wall clock is used for nothing but the
 * calendar: a silent suspend is still seen (the boot clock ran, the monotonic one did not), and a wall clock set
 * forward or back moves no engine time, so every instant the engine records stays on the true timeline. The macOS
 * and Windows readings are tested only through fakes so far; they have not run on a real machine of either kind.
 *
 * Without such a clock (it failed to load, or read nonsense), a forward wall-clock jump looks exactly like a
 * silent suspend. It is treated as time away, which can end a bout early but never inflates a duration; the
 * engine's times then run ahead of the true timeline by the jump.
 */

export interface EngineClock {
  /** Epoch milliseconds as the system clock reads them: may jump either way. */
  wallNow(): number;
  /** Milliseconds from an arbitrary origin; never decreases, may stop during suspend. */
  monoNow(): number;
  /** Identifies the monotonic clock's origin; a different value means its readings are not comparable. */
  readonly monoOrigin: string;
  /** The IANA zone the user's calendar is in right now. */
  timeZone(): string;
  /**
   * A clock that keeps running through suspend and never jumps (milliseconds since boot), where the system has
   * one. `origin` identifies the boot: readings from another boot are not comparable.
   */
  boot?: { now(): number; readonly origin: string };
}

/** One reading of the boot clock, for `advanceTimeline`. */
export interface BootReading {
  now: number;
  origin: string;
}

export interface TimelineAnchor {
  /** Engine time at the last reading. */
  t: number;
  wall: number;
  mono: number;
  monoOrigin: string;
  /** The boot clock at the last reading, when the system has one. */
  boot: BootReading | null;
}

export interface TimelineStep {
  now: number;
  anchor: TimelineAnchor;
  /** Wall time minus engine time: what to add to an engine time to show it as the user's clock would. */
  wallOffset: number;
  /** Time that passed without the monotonic clock: asleep, or the process was not running. */
  unobserved: { start: number; end: number } | null;
}

/** Rate differences between the two clocks (NTP slewing) stay well below this between two readings. */
export const CLOCK_SLACK_MS = 5_000;

export function advanceTimeline(
  prev: TimelineAnchor | null,
  wallReading: number,
  monoReading: number,
  monoOrigin: string,
  bootReading: BootReading | null = null,
): TimelineStep {
  // performance.now() has sub-millisecond precision; history stores whole milliseconds, so the timeline keeps
  // to them. Flooring each reading (not each delta) means the rounding never accumulates.
  const wall = Math.floor(wallReading);
  const mono = Math.floor(monoReading);
  const boot = bootReading && Number.isFinite(bootReading.now) ? { now: Math.floor(bootReading.now), origin: bootReading.origin } : null;
  if (!prev) {
    const anchor = { t: wall, wall, mono, monoOrigin, boot };
    return { now: wall, anchor, wallOffset: 0, unobserved: null };
  }
  const wallDelta = wall - prev.wall;
  let observed: number;
  let missed: number;
  const sameMono = prev.monoOrigin === monoOrigin;
  if (boot && prev.boot && prev.boot.origin === boot.origin && boot.now >= prev.boot.now) {
    // The boot clock measures what really elapsed; the monotonic clock, what the process saw of it.
    const elapsed = boot.now - prev.boot.now;
    observed = sameMono ? Math.min(elapsed, Math.max(0, mono - prev.mono)) : 0;
    missed = elapsed - observed > CLOCK_SLACK_MS ? elapsed - observed : 0;
    observed = elapsed - missed;
  } else if (sameMono) {
    observed = Math.max(0, mono - prev.mono);
    missed = wallDelta - observed > CLOCK_SLACK_MS ? wallDelta - observed : 0;
  } else {
    // A restart: nothing was observed since the last reading, so a wall-clock gap of any size is unobserved.
    observed = wallDelta > CLOCK_SLACK_MS ? 0 : Math.max(0, wallDelta);
    missed = wallDelta > CLOCK_SLACK_MS ? wallDelta : 0;
  }
  const now = prev.t + missed + observed;
  const unobserved = missed > 0 ? { start: prev.t, end: prev.t + missed } : null;
  return { now, anchor: { t: now, wall, mono, monoOrigin, boot }, wallOffset: wall - now, unobserved };
}
