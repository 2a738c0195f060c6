import {
  anyOn,
  decodeCapabilityUse,
  decodeFocusAssist,
  decodeQuietApps,
  decodeUserNotificationState,
  runningAppNames,
  type CapabilityUse,
} from '../../common/quiet-decode.js';
import type { PartialReadings, SignalReading, SignalStatus } from '../../common/quiet-moments.js';
import { SampledSource, attempt, signalStatus } from './sampled-source.js';

/**
 * Windows' quiet signals, sampled at the engine's own wakes (Windows pushes none of them to a plain process
 * without a message loop or a thread of its own):
 * - SHQueryUserNotificationState: a fullscreen app, a Direct3D game, presentation mode;
 * - Focus Assist / Do not disturb, through the WNF state the shell publishes;
 * - microphone and camera in use, from the capability access store in the user's registry;
 * - the user's quiet apps among the running processes (a Toolhelp snapshot, only while the list is not empty).
 * The calls sit behind `WindowsApi`, so the decisions are tested anywhere; `windows-ffi.ts` binds it with koffi.
 */

export interface WindowsApi {
  /** SHQueryUserNotificationState: its HRESULT and the state it wrote. */
  userNotificationState(): { hresult: number; state: number };
  /** NtQueryWnfStateData on the quiet-hours profile: NTSTATUS and the DWORD profile. */
  focusAssist(): { status: number; profile: number };
  /** Every app the consent store lists for `microphone` or `webcam`, or null when the store cannot be read. */
  capabilityUse(capability: 'microphone' | 'webcam'): CapabilityUse[] | null;
  /** The executable names of the running processes (`Zoom.exe`), or null when they cannot be listed. */
  processNames(): string[] | null;
}

export class WindowsSignals extends SampledSource {
  private parts: { shell: PartialReadings; focus: SignalReading; mic: SignalReading; camera: SignalReading; app: SignalReading } = {
    shell: { fullscreen: 'unknown', presentation: 'unknown' },
    focus: 'unknown',
    mic: 'unknown',
    camera: 'unknown',
    app: 'unknown',
  };

  constructor(
    private readonly api: WindowsApi,
    /** How Limber itself appears in the consent store, so its own use is not a call. */
    private readonly self: string | null = null,
    /** The user's quiet apps (process names). */
    private readonly apps: () => readonly string[] = () => [],
  ) {
    super({});
  }

  statuses(): SignalStatus[] {
    const p = this.parts;
    return [
      signalStatus('fullscreen', p.shell.fullscreen, 'windows-fullscreen', { code: 'windows-fullscreen-unknown' }),
      signalStatus('presentation', p.shell.presentation, 'windows-presentation', { code: 'windows-presentation-unknown' }),
      signalStatus('dnd', p.focus, 'windows-focus-assist', { code: 'windows-focus-assist-unpublished' }),
      signalStatus('call', anyOn([p.mic, p.camera]), 'mic-camera', { code: 'windows-privacy-unlisted' }),
      signalStatus('app', p.app, 'quiet-apps', { code: 'processes-unreadable' }),
    ];
  }

  sample(): void {
    const api = this.api;
    const shell = attempt(() => api.userNotificationState(), null);
    const focus = attempt(() => api.focusAssist(), null);
    const apps = this.apps();
    this.parts = {
      shell: shell ? decodeUserNotificationState(shell.hresult, shell.state) : { fullscreen: 'unknown', presentation: 'unknown' },
      focus: focus ? decodeFocusAssist(focus.status, focus.profile) : 'unknown',
      mic: decodeCapabilityUse(attempt(() => api.capabilityUse('microphone'), null), this.self),
      camera: decodeCapabilityUse(attempt(() => api.capabilityUse('webcam'), null), this.self),
      // The process list is taken only when the user has quiet apps to look for.
      app: decodeQuietApps(apps.length > 0 ? attempt(() => api.processNames(), null) : [], apps),
    };
    const p = this.parts;
    this.update({
      fullscreen: p.shell.fullscreen ?? 'unknown',
      presentation: p.shell.presentation ?? 'unknown',
      dnd: p.focus,
      call: anyOn([p.mic, p.camera]),
      app: p.app,
    });
  }

  /** For the picker in Settings, only when it asks: nothing lists processes on a timer. */
  runningApps(): string[] {
    return runningAppNames(attempt(() => this.api.processNames(), null));
  }
}
