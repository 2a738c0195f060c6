import { QUIET_REASONS, type QuietReason, type QuietSourceId, type SignalReading, type SignalStatus, type SignalUnavailable } from './quiet-moments.js';

/**
 * What Settings shows of each quiet signal on this desktop, from the adapters' statuses: detected now (a source
 * reads on), works here but not now (a source reads off), or not available (nothing here can tell, with each
 * source's reason). Several sources may speak for one signal (GNOME's banner switch and the notification
 * server's `Inhibited` for Do Not Disturb), as the engine combines them: any `on` wins, then any `off`.
 */

export type QuietSignalState = 'detected' | 'clear' | 'unavailable';

export interface QuietSignalView {
  reason: QuietReason;
  state: QuietSignalState;
  /** The system facilities behind it and what each reads; empty where this system has none for the signal. */
  sources: Array<{ source: QuietSourceId; reading: SignalReading; unavailable: SignalUnavailable | null }>;
}

export interface QuietView {
  signals: QuietSignalView[];
  /** Process names running now, for the app picker; null unless asked for. */
  runningApps: string[] | null;
}

export function quietView(statuses: readonly SignalStatus[], runningApps: string[] | null): QuietView {
  const signals = QUIET_REASONS.map((reason): QuietSignalView => {
    const sources = statuses.filter((s) => s.reason === reason).map(({ source, reading, unavailable }) => ({ source, reading, unavailable }));
    const state: QuietSignalState = sources.some((s) => s.reading === 'on') ? 'detected' : sources.some((s) => s.reading === 'off') ? 'clear' : 'unavailable';
    return { reason, state, sources };
  });
  return { signals, runningApps };
}
