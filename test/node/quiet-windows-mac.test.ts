import { describe, expect, it } from 'vitest';
import { MacSignals, type MacApi } from '../../electron/node/quiet/mac-signals.js';
import { WindowsSignals, type WindowsApi } from '../../electron/node/quiet/windows-signals.js';

/* The Windows and macOS sources over their typed API ports, fed the values those APIs return. */

function windowsApi(overrides: Partial<WindowsApi> = {}): WindowsApi {
  return {
    userNotificationState: () => ({ hresult: 0, state: 5 }),
    focusAssist: () => ({ status: 0, profile: 0 }),
    capabilityUse: () => [],
    processNames: () => ['System', 'explorer.exe', 'Code.exe'],
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
    expect(signals.readings()).toEqual({ fullscreen: 'off', presentation: 'off', dnd: 'off', call: 'off', app: 'off' });
    state = 4;
    profile = 1;
    zoom = 0n;
    signals.sample();
    expect(signals.readings()).toEqual({ fullscreen: 'off', presentation: 'on', dnd: 'on', call: 'on', app: 'off' });
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
    expect(signals.statuses().find((s) => s.reason === 'dnd')!.unavailable).toEqual({ code: 'windows-focus-assist-unpublished' });
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
      processNames: () => ['launchd', 'Finder'],
    };
    const signals = new MacSignals(api, 1);
    signals.sample();
    expect(signals.readings()).toEqual({ call: 'off', fullscreen: 'on', dnd: 'unknown', app: 'off' });
    running = 1;
    signals.sample();
    expect(signals.readings().call).toBe('on');
    const broken = new MacSignals({ ...api, onScreenWindows: () => { throw new Error('no WindowServer'); } }, 1);
    broken.sample();
    expect(broken.readings().fullscreen).toBe('unknown');
  });
});

describe('quiet apps on Windows and macOS', () => {
  it('lists processes only when the user has quiet apps, or when Settings asks for the picker', () => {
    let listed = 0;
    let running = ['System', 'explorer.exe', 'Code.exe', 'svchost.exe', 'svchost.exe'];
    const apps: string[] = [];
    const signals = new WindowsSignals(
      windowsApi({
        processNames: () => {
          listed++;
          return running;
        },
      }),
      'Limber.exe',
      () => apps,
    );
    signals.sample();
    signals.sample();
    expect(listed).toBe(0);
    expect(signals.readings().app).toBe('off');
    // The picker: each name once, sorted.
    expect(signals.runningApps()).toEqual(['Code.exe', 'explorer.exe', 'svchost.exe', 'System']);
    expect(listed).toBe(1);
    // A quiet app, matched in any case, holds from the next sample.
    apps.push('zoom.exe');
    signals.sample();
    expect(signals.readings().app).toBe('off');
    running = [...running, 'Zoom.exe'];
    signals.sample();
    expect(signals.readings().app).toBe('on');
    expect(listed).toBe(3);
  });

  it('reads unknown, and lists nothing, where processes cannot be listed', () => {
    const api: MacApi = {
      inputRunningSomewhere: () => ({ status: 0, value: 0 }),
      onScreenWindows: () => [],
      mainDisplayBounds: () => ({ x: 0, y: 0, width: 1440, height: 900 }),
      focusAssertions: () => null,
      processNames: () => {
        throw new Error('proc_listpids: not permitted');
      },
    };
    const signals = new MacSignals(api, 1, () => ['zoom.us']);
    signals.sample();
    expect(signals.readings().app).toBe('unknown');
    expect(signals.statuses().find((s) => s.reason === 'app')!.unavailable).toEqual({ code: 'processes-unreadable' });
    expect(signals.runningApps()).toEqual([]);
    const working = new MacSignals({ ...api, processNames: () => ['zoom.us', 'Finder', 'zoom.us'] }, 1, () => ['zoom.us']);
    working.sample();
    expect(working.readings().app).toBe('on');
    expect(working.runningApps()).toEqual(['Finder', 'zoom.us']);
  });
});
