import { createRequire } from 'node:module';
import type { MacBootCalls, WindowsBootCalls } from './boot-clock.js';

/**
 * The system calls behind the macOS and Windows boot clocks, through koffi. The engine's clock is built while the
 * shell starts, synchronously, so koffi is required here (not imported at the top, which would load it on
 * Linux too). Each loader throws where its library or symbol is missing; `boot-clock.ts` turns that into "no boot
 * clock". None of this has run on a real macOS or Windows machine yet: only the failure path runs here (Linux).
 */

const require = createRequire(import.meta.url);
const koffi = (): typeof import('koffi') => require('koffi') as typeof import('koffi');

/**
 * macOS's <time.h>: _CLOCK_MONOTONIC_RAW. Apple's clock_gettime(3): "increments monotonically, tracking the time
 * since an arbitrary point like CLOCK_MONOTONIC [which continues to increment while the system is asleep].
 * However, this clock is unaffected by frequency or time adjustments": it is mach_continuous_time in nanoseconds.
 * Not CLOCK_UPTIME_RAW (8) or mach_absolute_time, which stop while the machine sleeps.
 */
const CLOCK_MONOTONIC_RAW = 4;
/** "kern.bootsessionuuid": a UUID the kernel draws at each boot (sysctl(8) lists it), so it names the boot. */
const UUID_BUFFER = 64;

export function loadMacBootCalls(): MacBootCalls {
  const k = koffi();
  const libSystem = k.load('/usr/lib/libSystem.B.dylib');
  const clockGettimeNsecNp = libSystem.func('clock_gettime_nsec_np', 'uint64', ['int']);
  const sysctlbyname = libSystem.func('sysctlbyname', 'int', ['str', 'void *', k.inout(k.pointer('size_t')), 'void *', 'size_t']);
  return {
    // Returns 0 on error (clock_gettime(3)), which the caller rejects as no reading.
    continuousNs: () => clockGettimeNsecNp(CLOCK_MONOTONIC_RAW) as number | bigint,
    bootSessionUuid() {
      const buffer = Buffer.alloc(UUID_BUFFER);
      const size: [number] = [UUID_BUFFER];
      if (sysctlbyname('kern.bootsessionuuid', buffer, size, null, 0) !== 0) return null;
      const end = buffer.indexOf(0);
      return buffer.toString('utf8', 0, end >= 0 ? Math.min(end, size[0]) : Math.min(size[0], UUID_BUFFER)) || null;
    },
  };
}

/**
 * GetTickCount64 (sysinfoapi.h, kernel32.dll, Windows Vista and later): "the number of milliseconds that have
 * elapsed since the system was started", not affected by GetSystemTimeAdjustment. It counts time asleep and
 * hibernated: Microsoft's page sends whoever wants only "the time the system has spent in the working state" to
 * QueryUnbiasedInterruptTime instead, and .NET's Environment.TickCount64 page notes that on Windows the value
 * (GetTickCount64 there) "includes non-awake time". QueryInterruptTime also counts sleep, but needs Windows 10
 * and gives nothing the engine needs beyond milliseconds. Sources: learn.microsoft.com
 * /windows/win32/api/sysinfoapi/nf-sysinfoapi-gettickcount64 and /dotnet/api/system.environment.tickcount64.
 */
export function loadWindowsBootCalls(): WindowsBootCalls {
  const kernel32 = koffi().load('kernel32.dll');
  const GetTickCount64 = kernel32.func('__stdcall', 'GetTickCount64', 'uint64', []);
  return { tickCount64: () => GetTickCount64() as number | bigint };
}
