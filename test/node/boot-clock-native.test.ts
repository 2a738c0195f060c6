import { describe, expect, it } from 'vitest';
import { advanceTimeline, type BootReading, type TimelineAnchor } from '../../electron/common/timeline.js';
import { bootClockFor, derivedBootOrigin, macBootClock, windowsBootClock, type MacBootCalls } from '../../electron/node/boot-clock.js';

/*
 * The macOS and Windows boot clocks, driven through fake system calls (the real ones exist only there: on this
 * machine only their failure is real). What a user would notice: after a suspend nobody announced, or a wall clock
 * set forward, the engine's times stay on the true timeline.
 */

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 2, 9, 10);

/** A machine: wall clock, a boot clock that runs through sleep, and the process's monotonic clock that does not. */
function machine(bootAtStart: number) {
  const m = {
    wall: T0,
    sinceBoot: bootAtStart,
    mono: 0,
    sleep(ms: number) {
      m.wall += ms;
      m.sinceBoot += ms;
    },
    work(ms: number) {
      m.wall += ms;
      m.sinceBoot += ms;
      m.mono += ms;
    },
    setWall(by: number) {
      m.wall += by;
    },
  };
  return m;
}

function step(prev: TimelineAnchor | null, m: ReturnType<typeof machine>, boot: { now(): number; origin: string }) {
  const reading: BootReading = { now: boot.now(), origin: boot.origin };
  return advanceTimeline(prev, m.wall, m.mono, 'process-1', reading);
}

const clocks = {
  windows: (m: ReturnType<typeof machine>) => windowsBootClock(() => ({ tickCount64: () => m.sinceBoot }), () => m.wall)!,
  // Nanoseconds as koffi hands a uint64 beyond 2^53 back: a bigint.
  macos: (m: ReturnType<typeof machine>) =>
    macBootClock(() => ({ continuousNs: () => BigInt(m.sinceBoot) * 1_000_000n, bootSessionUuid: () => 'B5F0-boot' }), () => m.wall)!,
};

describe.each(Object.entries(clocks))('the %s boot clock', (_name, make) => {
  it('sees a silent suspend as time away, placed where it happened', () => {
    const m = machine(200 * 24 * HOUR);
    const boot = make(m);
    let s = step(null, m, boot);
    m.work(20 * 60_000);
    s = step(s.anchor, m, boot);
    const asleepFrom = s.now;
    m.sleep(HOUR);
    s = step(s.anchor, m, boot);
    expect(s.unobserved).toEqual({ start: asleepFrom, end: asleepFrom + HOUR });
    expect(s.now).toBe(m.wall);
  });

  it('keeps engine time on the true timeline when the wall clock is set forward, and keeps its origin', () => {
    const m = machine(2 * HOUR);
    const boot = make(m);
    const origin = boot.origin;
    let s = step(null, m, boot);
    m.work(60_000);
    m.setWall(3 * HOUR);
    m.work(60_000);
    s = step(s.anchor, m, boot);
    // Two minutes passed, not three hours: no time away, and the jump is only in what the wall clock shows.
    expect(s.unobserved).toBeNull();
    expect(s.now).toBe(T0 + 2 * 60_000);
    expect(s.wallOffset).toBe(3 * HOUR);
    expect(boot.origin).toBe(origin);
  });
});

describe('failures fall back to no boot clock, never an exception', () => {
  it('is absent where the library or symbol cannot be loaded', () => {
    const missing = () => {
      throw new Error('kernel32.dll: cannot open shared object file');
    };
    expect(windowsBootClock(missing)).toBeUndefined();
    expect(macBootClock(missing)).toBeUndefined();
  });

  it('is absent when the first reading is nonsense', () => {
    for (const reading of [0, -5, Number.NaN, 12.5, 10 ** 14, 0n]) {
      expect(windowsBootClock(() => ({ tickCount64: () => reading as number | bigint })), String(reading)).toBeUndefined();
    }
    // clock_gettime_nsec_np returns 0 on error.
    expect(macBootClock(() => ({ continuousNs: () => 0, bootSessionUuid: () => 'x' }))).toBeUndefined();
  });

  it('reads NaN, like the Linux clock, when a later call fails or reads nonsense', () => {
    let tick: () => number = () => 5_000;
    const clock = windowsBootClock(() => ({ tickCount64: () => tick() }))!;
    expect(clock.now()).toBe(5_000);
    tick = () => {
      throw new Error('gone');
    };
    expect(clock.now()).toBeNaN();
    tick = () => -1;
    expect(clock.now()).toBeNaN();
  });

  it('names the macOS boot from the time it started when the boot session UUID cannot be read', () => {
    const calls: MacBootCalls = { continuousNs: () => 90_000_000_000, bootSessionUuid: () => null };
    expect(macBootClock(() => calls, () => T0)!.origin).toBe(derivedBootOrigin(T0, 90_000));
  });

  it('finds neither system\'s library on this Linux machine, and says so by being absent', () => {
    if (process.platform !== 'linux') {
      console.log('skipped: the real-library failure path is checked on Linux only');
      return;
    }
    expect(macBootClock()).toBeUndefined();
    expect(windowsBootClock()).toBeUndefined();
  });
});

describe('the derived boot origin', () => {
  it('stays the same for one boot despite sub-second drift, and differs for the next boot', () => {
    const bootAt = T0 - 5 * HOUR;
    expect(derivedBootOrigin(T0, 5 * HOUR + 300)).toBe(derivedBootOrigin(T0 + 9 * HOUR, 14 * HOUR - 200));
    expect(derivedBootOrigin(bootAt + 40_000 + 1_000, 1_000)).not.toBe(derivedBootOrigin(T0, 5 * HOUR));
  });
});

describe('bootClockFor', () => {
  const stub = (origin: string) => () => ({ origin, now: () => 1 });

  it('picks the clock of the system the app runs on', () => {
    const chosen = { linux: stub('linux'), darwin: stub('darwin'), win32: stub('win32') };
    expect(bootClockFor('linux', chosen)?.origin).toBe('linux');
    expect(bootClockFor('darwin', chosen)?.origin).toBe('darwin');
    expect(bootClockFor('win32', chosen)?.origin).toBe('win32');
    expect(bootClockFor('freebsd', chosen)).toBeUndefined();
  });

  it('uses the real clocks by default: the Linux one here, none for the systems this machine is not', () => {
    if (process.platform !== 'linux') {
      console.log('skipped: checked on Linux only');
      return;
    }
    expect(bootClockFor('linux')?.now()).toBeGreaterThan(0);
    expect(bootClockFor('darwin')).toBeUndefined();
    expect(bootClockFor('win32')).toBeUndefined();
    expect(bootClockFor('aix')).toBeUndefined();
  });
});
