import { EventEmitter } from 'node:events';
import type { PartialReadings, QuietReason, QuietSource, QuietSourceId, SignalReading, SignalStatus, SignalUnavailable } from '../../common/quiet-moments.js';

/**
 * A desktop's quiet signals read at the engine's own wakes, as on Windows and macOS, where a plain process gets
 * no push for them: each sample's readings are kept, and a change is announced once. The system's calls go
 * through `attempt`, so one that throws (a missing export, a service that is not there) reads as unknown.
 */
export abstract class SampledSource implements QuietSource {
  private readonly events = new EventEmitter();

  constructor(private current: PartialReadings) {}

  readings(): PartialReadings {
    return this.current;
  }

  abstract statuses(): SignalStatus[];

  abstract sample(): void;

  onChange(listener: () => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  dispose(): void {
    this.events.removeAllListeners();
  }

  /** Keeps a sample's readings, and says so when they differ from the last. */
  protected update(next: PartialReadings): void {
    const changed = JSON.stringify(next) !== JSON.stringify(this.current);
    this.current = next;
    if (changed) this.events.emit('change');
  }
}

/** A system call that throws answers `fallback`, never an error in the core. */
export function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** One signal's status; `why` is shown only while it reads unknown. */
export function signalStatus(reason: QuietReason, reading: SignalReading | undefined, source: QuietSourceId, why: SignalUnavailable): SignalStatus {
  const value = reading ?? 'unknown';
  return { reason, reading: value, source, unavailable: value === 'unknown' ? why : null };
}
