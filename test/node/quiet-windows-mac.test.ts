import { describe, expect, it } from 'vitest';
import { MacSignals, type MacApi } from '../../electron/node/quiet/mac-signals.js';
import { WindowsSignals, type WindowsApi } from '../../electron/node/quiet/windows-signals.js';

/* The Windows and macOS sources over their typed API ports, fed the values those APIs return. */

function windowsApi(overrides: Partial<WindowsApi> = {}): WindowsApi {
  return {
    userNotificationState: () => ({ hresult: 0, state: 5 }),
    focusAssist: () => ({ status: 0, profile: 0 }),
    capabilityUse: () => [],
    ...overrides,
  };
}

describe('WindowsSignals', () => {
  it('reads fullscreen, presentation, Focus Assist and the microphone at each sample, and says when they change', () => {
    let state = 5;
    let profile = 0;
    let zoom: bigint = 133_456_799_000_000_000n;
    const signals = new WindowsSignals(
      windowsApi({
        userNotificationState: () => ({ hresult: 0, state }),
        focusAssist: () => ({ status: 0, profile }),
        capabilityUse: (c) => (c === 'microphone' ? [{ app: 'Zoom.exe', lastUsedTimeStart: 133_456_790_000_000_000n, lastUsedTimeStop: zoom }] : []),
      }),
    );
    let changes = 0;
    signals.onChange(() => changes++);
    signals.sample();
    expect(signals.readings()).toEqual({ fullscreen: 'off', presentation: 'off', dnd: 'off', call: 'off' });
    state = 4;
    profile = 1;
    zoom = 0n;
    signals.sample();
    expect(signals.readings()).toEqual({ fullscreen: 'off', presentation: 'on', dnd: 'on', call: 'on' });
    signals.sample();
    expect(changes).toBe(2);
  });

  it('an API that throws (an old Windows without the export) is unknown, never an error', () => {
    const signals = new WindowsSignals(
      windowsApi({
        focusAssist: () => {
          throw new Error('Cannot find function NtQueryWnfStateData');
        },
        capabilityUse: () => null,
      }),
    );
    expect(() => signals.sample()).not.toThrow();
    expect(signals.readings()).toMatchObject({ dnd: 'unknown', call: 'unknown', fullscreen: 'off' });
    expect(signals.statuses().find((s) => s.reason === 'dnd')!.unavailable).toMatch(/Focus Assist/);
  });
});

describe('MacSignals', () => {
  it('reads the microphone, fullscreen and Focus, each unknown when its call fails', () => {
    let running = 0;
    const api: MacApi = {
      inputRunningSomewhere: () => ({ status: 0, value: running }),
      onScreenWindows: () => [{ ownerPid: 777, layer: 0, bounds: { x: 0, y: 0, width: 1440, height: 900 } }],
      mainDisplayBounds: () => ({ x: 0, y: 0, width: 1440, height: 900 }),
      focusAssertions: () => null,
    };
    const signals = new MacSignals(api, 1);
    signals.sample();
    expect(signals.readings()).toEqual({ call: 'off', fullscreen: 'on', dnd: 'unknown' });
    running = 1;
    signals.sample();
    expect(signals.readings().call).toBe('on');
    const broken = new MacSignals({ ...api, onScreenWindows: () => { throw new Error('no WindowServer'); } }, 1);
    broken.sample();
    expect(broken.readings().fullscreen).toBe('unknown');
  });
});
