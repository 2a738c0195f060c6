import { EventEmitter } from 'node:events';
import { decodeFocusAssertions, decodeMacFullscreen, decodeRunningSomewhere, type MacWindow } from '../../common/quiet-decode.js';
import type { PartialReadings, QuietSource, SignalReading, SignalStatus } from '../../common/quiet-moments.js';

/**
 * macOS's quiet signals, sampled at the engine's own wakes, none needing a permission prompt:
 * - the microphone: CoreAudio's "running somewhere" property of the default input device;
 * - an app fullscreen on the current Space: the on-screen window list's bounds, layers and owners (no names, which
 *   would need screen-recording permission);
 * - Focus: the Do Not Disturb assertions file, where the system lets Limber read it.
 * The calls sit behind `MacApi`; `mac-ffi.ts` binds it with koffi.
 */

export interface MacApi {
  inputRunningSomewhere(): { status: number; value: number };
  onScreenWindows(): MacWindow[] | null;
  mainDisplayBounds(): { x: number; y: number; width: number; height: number } | null;
  /** The parsed assertions file, or null when it cannot be read. */
  focusAssertions(): unknown;
}

export class MacSignals implements QuietSource {
  private readonly events = new EventEmitter();
  private current: PartialReadings = { call: 'unknown', fullscreen: 'unknown', dnd: 'unknown' };

  constructor(
    private readonly api: MacApi,
    private readonly selfPid: number = process.pid,
  ) {}

  readings(): PartialReadings {
    return this.current;
  }

  statuses(): SignalStatus[] {
    const r = this.current;
    const status = (reason: SignalStatus['reason'], reading: SignalReading | undefined, source: string, why: string): SignalStatus => ({
      reason,
      reading: reading ?? 'unknown',
      source,
      unavailable: (reading ?? 'unknown') === 'unknown' ? why : null,
    });
    return [
      status('call', r.call, 'Microphone in use (CoreAudio)', 'there is no input device'),
      status('fullscreen', r.fullscreen, 'Fullscreen app on this Space', 'the window list could not be read'),
      status('dnd', r.dnd, 'Focus', 'macOS does not let Limber read the Focus state here'),
    ];
  }

  sample(): void {
    const api = this.api;
    const mic = attempt(() => api.inputRunningSomewhere(), null);
    const next: PartialReadings = {
      call: mic ? decodeRunningSomewhere(mic.status, mic.value) : 'unknown',
      fullscreen: decodeMacFullscreen(attempt(() => api.onScreenWindows(), null), attempt(() => api.mainDisplayBounds(), null), this.selfPid),
      dnd: decodeFocusAssertions(attempt(() => api.focusAssertions(), null)),
    };
    const changed = JSON.stringify(next) !== JSON.stringify(this.current);
    this.current = next;
    if (changed) this.events.emit('change');
  }

  onChange(listener: () => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  dispose(): void {
    this.events.removeAllListeners();
  }
}

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
