import { readFileSync } from 'node:fs';
import type { EngineClock } from '../common/timeline.js';

/**
 * Linux's boot-time clock, read from /proc/uptime: seconds since boot, counting time asleep, never moved by a
 * wall-clock change. With it the engine tells a silent suspend (this clock ran on, the monotonic one stopped)
 * from a wall clock set forward (neither ran), so history stays on the true timeline. The boot id says whether two
 * readings come from the same boot. Elsewhere (and where /proc cannot be read) there is none.
 */
export function linuxBootClock(read: (path: string) => string = (p) => readFileSync(p, 'utf8')): EngineClock['boot'] {
  let origin: string;
  try {
    origin = read('/proc/sys/kernel/random/boot_id').trim();
    if (!origin || Number.isNaN(uptimeMs(read))) return undefined;
  } catch {
    return undefined;
  }
  return {
    origin,
    now: () => {
      try {
        return uptimeMs(read);
      } catch {
        return Number.NaN;
      }
    },
  };
}

function uptimeMs(read: (path: string) => string): number {
  const seconds = Number(read('/proc/uptime').split(' ')[0]);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : Number.NaN;
}
