import { EventEmitter } from 'node:events';
import { decodeCapabilityUse, decodeFocusAssist, decodeUserNotificationState, type CapabilityUse } from '../../common/quiet-decode.js';
import { combineReadings, type PartialReadings, type QuietSource, type SignalReading, type SignalStatus } from '../../common/quiet-moments.js';

/**
 * Windows' quiet signals, sampled at the engine's own wakes (Windows pushes none of them to a plain process
 * without a message loop or a thread of its own):
 * - SHQueryUserNotificationState: a fullscreen app, a Direct3D game, presentation mode;
 * - Focus Assist / Do not disturb, through the WNF state the shell publishes;
 * - microphone and camera in use, from the capability access store in the user's registry.
 * The calls sit behind `WindowsApi`, so the decisions are tested anywhere; `windows-ffi.ts` binds it with koffi.
 */

export interface WindowsApi {
  /** SHQueryUserNotificationState: its HRESULT and the state it wrote. */
  userNotificationState(): { hresult: number; state: number };
  /** NtQueryWnfStateData on the quiet-hours profile: NTSTATUS and the DWORD profile. */
  focusAssist(): { status: number; profile: number };
  /** Every app the consent store lists for `microphone` or `webcam`, or null when the store cannot be read. */
  capabilityUse(capability: 'microphone' | 'webcam'): CapabilityUse[] | null;
}

export class WindowsSignals implements QuietSource {
  private readonly events = new EventEmitter();
  private current: PartialReadings = {};
  private parts: { shell: PartialReadings; focus: SignalReading; mic: SignalReading; camera: SignalReading } = {
    shell: { fullscreen: 'unknown', presentation: 'unknown' },
    focus: 'unknown',
    mic: 'unknown',
    camera: 'unknown',
  };

  constructor(
    private readonly api: WindowsApi,
    /** How Limber itself appears in the consent store, so its own use is not a call. */
    private readonly self: string | null = null,
  ) {}

  readings(): PartialReadings {
    return this.current;
  }

  statuses(): SignalStatus[] {
    const p = this.parts;
    const status = (reason: SignalStatus['reason'], reading: SignalReading, source: string, why: string): SignalStatus => ({
      reason,
      reading,
      source,
      unavailable: reading === 'unknown' ? why : null,
    });
    return [
      status('fullscreen', p.shell.fullscreen ?? 'unknown', 'Fullscreen app (Windows shell)', 'Windows did not say whether an app is fullscreen'),
      status('presentation', p.shell.presentation ?? 'unknown', 'Presentation mode (Windows shell)', 'Windows did not say whether it is presenting'),
      status('dnd', p.focus, 'Focus Assist / Do not disturb', 'this version of Windows does not publish its Focus Assist state'),
      status('call', combineReadings([{ call: p.mic }, { call: p.camera }]).call, 'Microphone or camera in use', 'the privacy settings do not list which apps use the microphone'),
    ];
  }

  sample(): void {
    const api = this.api;
    const shell = attempt(() => api.userNotificationState(), null);
    const focus = attempt(() => api.focusAssist(), null);
    this.parts = {
      shell: shell ? decodeUserNotificationState(shell.hresult, shell.state) : { fullscreen: 'unknown', presentation: 'unknown' },
      focus: focus ? decodeFocusAssist(focus.status, focus.profile) : 'unknown',
      mic: decodeCapabilityUse(attempt(() => api.capabilityUse('microphone'), null), this.self),
      camera: decodeCapabilityUse(attempt(() => api.capabilityUse('webcam'), null), this.self),
    };
    const next = combineReadings([this.parts.shell, { dnd: this.parts.focus }, { call: this.parts.mic }, { call: this.parts.camera }]);
    const reduced: PartialReadings = { fullscreen: next.fullscreen, presentation: next.presentation, dnd: next.dnd, call: next.call };
    const changed = JSON.stringify(reduced) !== JSON.stringify(this.current);
    this.current = reduced;
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

/** An FFI call that throws (a missing export on an old Windows) is an unknown, never an error in the core. */
function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
