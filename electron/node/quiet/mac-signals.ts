import {
  decodeFocusAssertions,
  decodeMacFullscreen,
  decodeQuietApps,
  decodeRunningSomewhere,
  runningAppNames,
  type MacWindow,
} from '../../common/quiet-decode.js';
import type { PartialReadings, SignalStatus } from '../../common/quiet-moments.js';
import { SampledSource, attempt, signalStatus } from './sampled-source.js';

/**
 * macOS's quiet signals, sampled at the engine's own wakes, none needing a permission prompt:
 * - the microphone: CoreAudio's "running somewhere" property of the default input device;
 * - an app fullscreen on the current Space: the on-screen window list's bounds, layers and owners (no names, which
 *   would need screen-recording permission);
 * - Focus: the Do Not Disturb assertions file, where the system lets Limber read it;
 * - the user's quiet apps among the running processes (libproc's names, only while the list is not empty).
 * The calls sit behind `MacApi`; `mac-ffi.ts` binds it with koffi.
 */

export interface MacApi {
  inputRunningSomewhere(): { status: number; value: number };
  onScreenWindows(): MacWindow[] | null;
  mainDisplayBounds(): { x: number; y: number; width: number; height: number } | null;
  /** The parsed assertions file, or null when it cannot be read. */
  focusAssertions(): unknown;
  /** The names of the running processes (libproc's `proc_name`), or null when they cannot be listed. */
  processNames(): string[] | null;
}

export class MacSignals extends SampledSource {
  constructor(
    private readonly api: MacApi,
    private readonly selfPid: number = process.pid,
    /** The user's quiet apps (process names). */
    private readonly apps: () => readonly string[] = () => [],
  ) {
    super({ call: 'unknown', fullscreen: 'unknown', dnd: 'unknown', app: 'unknown' });
  }

  statuses(): SignalStatus[] {
    const r: PartialReadings = this.readings();
    return [
      signalStatus('call', r.call, 'mac-microphone', { code: 'mac-no-input-device' }),
      signalStatus('fullscreen', r.fullscreen, 'mac-fullscreen', { code: 'mac-window-list-unreadable' }),
      signalStatus('dnd', r.dnd, 'mac-focus', { code: 'mac-focus-unreadable' }),
      signalStatus('app', r.app, 'quiet-apps', { code: 'processes-unreadable' }),
    ];
  }

  sample(): void {
    const api = this.api;
    const mic = attempt(() => api.inputRunningSomewhere(), null);
    const apps = this.apps();
    this.update({
      call: mic ? decodeRunningSomewhere(mic.status, mic.value) : 'unknown',
      fullscreen: decodeMacFullscreen(attempt(() => api.onScreenWindows(), null), attempt(() => api.mainDisplayBounds(), null), this.selfPid),
      dnd: decodeFocusAssertions(attempt(() => api.focusAssertions(), null)),
      // The process list is taken only when the user has quiet apps to look for.
      app: decodeQuietApps(apps.length > 0 ? attempt(() => api.processNames(), null) : [], apps),
    });
  }

  /** For the picker in Settings, only when it asks: nothing lists processes on a timer. */
  runningApps(): string[] {
    return runningAppNames(attempt(() => this.api.processNames(), null));
  }
}
