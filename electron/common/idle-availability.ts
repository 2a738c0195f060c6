/**
 * Some desktops (many Wayland sessions) answer every idle-time question with 0, which would make the engine
 * believe the user never leaves. No API says so; the only sign is the readings themselves. A working source
 * reads above zero sooner or later, because the shell samples at moments chosen by the engine, not by the
 * user's typing rhythm; a source that has read exactly 0 at every one of many samples over an hour is broken.
 *
 * One non-zero reading proves the source works, now and after (it is never declared broken again until the
 * app restarts). An `unknown` idle state is the platform saying outright that it cannot tell.
 */

export interface IdleReading {
  /** Whole seconds since the last input, as powerMonitor.getSystemIdleTime() reports. */
  idleSeconds: number;
  state: 'active' | 'idle' | 'locked' | 'unknown';
  /** Monotonic milliseconds when the reading was taken. */
  at: number;
}

export const STUCK_MIN_SAMPLES = 30;
export const STUCK_MIN_SPAN_MS = 60 * 60_000;

export class IdleAvailability {
  private provenWorking = false;
  private zerosSince: number | null = null;
  private zeroCount = 0;
  private lastZeroAt = 0;

  /** Feeds one reading; answers what the engine should be told about idle detection. */
  observe(reading: IdleReading): 'available' | 'unavailable' {
    if (reading.state === 'unknown') return 'unavailable';
    // While locked the source may legitimately read anything; it proves nothing either way.
    if (reading.state === 'locked') return this.verdict();
    if (reading.idleSeconds > 0 && Number.isFinite(reading.idleSeconds)) {
      this.provenWorking = true;
      this.zerosSince = null;
      this.zeroCount = 0;
      return 'available';
    }
    if (this.provenWorking) return 'available';
    this.zerosSince ??= reading.at;
    this.zeroCount += 1;
    this.lastZeroAt = reading.at;
    return this.verdict();
  }

  private verdict(): 'available' | 'unavailable' {
    if (this.provenWorking || this.zerosSince === null) return 'available';
    const span = this.lastZeroAt - this.zerosSince;
    return this.zeroCount >= STUCK_MIN_SAMPLES && span >= STUCK_MIN_SPAN_MS ? 'unavailable' : 'available';
  }
}
