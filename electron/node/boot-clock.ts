import { readFileSync } from 'node:fs';
import type { EngineClock } from '../common/timeline.js';
import { loadMacBootCalls, loadWindowsBootCalls } from './boot-clock-ffi.js';

type BootClock = EngineClock['boot'];

/**
 * Linux's boot-time clock, read from /proc/uptime: seconds since boot, counting time asleep, never moved by a
 * wall-clock change. With it the engine tells a silent suspend (this clock ran on, the monotonic one stopped)
 * from a wall clock set forward (neither ran), so history stays on the true timeline. The boot id says whether two
 * readings come from the same boot. Where /proc cannot be read there is none.
 */
export function linuxBootClock(read: (path: string) => string = (p) => readFileSync(p, 'utf8')): BootClock {
  return nativeBootClock(() => ({ now: () => uptimeMs(read), origin: () => read('/proc/sys/kernel/random/boot_id').trim() }));
}

function uptimeMs(read: (path: string) => string): number {
  const seconds = Number(read('/proc/uptime').split(' ')[0]);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : Number.NaN;
}

/** What the macOS boot clock needs from the system; `boot-clock-ffi.ts` binds it. */
export interface MacBootCalls {
  /** clock_gettime_nsec_np(CLOCK_MONOTONIC_RAW): nanoseconds since boot, counting sleep, never set. */
  continuousNs(): number | bigint;
  /** sysctl kern.bootsessionuuid, drawn anew at each boot; null where it cannot be read. */
  bootSessionUuid(): string | null;
}

/** What the Windows boot clock needs from the system; `boot-clock-ffi.ts` binds it. */
export interface WindowsBootCalls {
  /** GetTickCount64: milliseconds since boot, counting sleep and hibernation, never set. */
  tickCount64(): number | bigint;
}

/**
 * macOS's clock that runs through sleep and is never set (mach_continuous_time, read in nanoseconds). The boot is
 * named by the kernel's boot session UUID, or else by the boot instant this process derives (`derivedBootOrigin`).
 */
export function macBootClock(load: () => MacBootCalls = loadMacBootCalls, wallNow: () => number = Date.now): BootClock {
  return nativeBootClock(() => {
    const calls = load();
    const now = (): number => wholeMs(calls.continuousNs(), 1_000_000n);
    return { now, origin: () => calls.bootSessionUuid() ?? derivedBootOrigin(wallNow(), now()) };
  });
}

/** Windows' tick count since boot, which runs through sleep and is never set. Windows names no boot: derived. */
export function windowsBootClock(load: () => WindowsBootCalls = loadWindowsBootCalls, wallNow: () => number = Date.now): BootClock {
  return nativeBootClock(() => {
    const calls = load();
    const now = (): number => wholeMs(calls.tickCount64(), 1n);
    return { now, origin: () => derivedBootOrigin(wallNow(), now()) };
  });
}

/** The boot clock of the system the app runs on; none where the system has none or it cannot be read. */
export function bootClockFor(
  platform: NodeJS.Platform,
  clocks: Partial<Record<NodeJS.Platform, () => BootClock>> = { linux: () => linuxBootClock(), darwin: () => macBootClock(), win32: () => windowsBootClock() },
): BootClock {
  return clocks[platform]?.();
}

/**
 * The boot instant as wall time minus the time since boot, to the second, computed once when the clock is made:
 * one process keeps one origin, so a wall clock set while it runs changes nothing. Another process of the same
 * boot gets the same origin unless the wall clock was set (or drifted half a second against the tick count) in
 * between; a mismatch only makes the engine treat the two readings as not comparable, the path it takes today
 * for every restart, so it costs nothing but the boot clock's help across that one restart. Two boots cannot share
 * a second.
 */
export function derivedBootOrigin(wall: number, sinceBoot: number): string {
  return `boot@${Math.round((wall - sinceBoot) / 1000)}`;
}

/** Longer than any machine stays up: a reading beyond it is nonsense. */
const MAX_SINCE_BOOT_MS = 100 * 365 * 86_400_000;

function wholeMs(reading: number | bigint, unitsPerMs: bigint): number {
  let ms: number;
  if (typeof reading === 'bigint') ms = Number(reading / unitsPerMs);
  else if (typeof reading === 'number' && Number.isInteger(reading)) ms = Math.floor(reading / Number(unitsPerMs));
  else return Number.NaN;
  // Zero is what the macOS call returns on failure, and no machine reads it after booting.
  return ms > 0 && ms <= MAX_SINCE_BOOT_MS ? ms : Number.NaN;
}

/** Fails safe: a library or symbol that is missing, or a first reading that is nonsense, means no boot clock. */
function nativeBootClock(open: () => { now: () => number; origin: () => string }): BootClock {
  let now: () => number;
  let origin: string;
  try {
    const clock = open();
    if (Number.isNaN(clock.now())) return undefined;
    origin = clock.origin();
    if (!origin) return undefined;
    now = clock.now;
  } catch {
    return undefined;
  }
  return {
    origin,
    now: () => {
      try {
        return now();
      } catch {
        return Number.NaN;
      }
    },
  };
}
