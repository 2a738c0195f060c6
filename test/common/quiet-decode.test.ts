import { describe, expect, it } from 'vitest';
import {
  QUNS,
  decodeAlsaCaptureStatus,
  decodeCapabilityUse,
  decodeFocusAssertions,
  decodeFocusAssist,
  decodeInhibitedActions,
  decodeMacFullscreen,
  decodeNetWmState,
  decodeNotificationsInhibited,
  decodeRunningSomewhere,
  decodeShowBanners,
  decodeUserNotificationState,
  fullscreenOnDisplay,
} from '../../electron/common/quiet-decode.js';

describe('Linux answers', () => {
  it('GNOME: show-banners false is Do Not Disturb (gnome-control-center notifications panel writes it)', () => {
    expect(decodeShowBanners(false)).toBe('on');
    expect(decodeShowBanners(true)).toBe('off');
    expect(decodeShowBanners('false')).toBe('unknown');
  });

  it('KDE: org.freedesktop.Notifications Inhibited is a boolean (plasma-workspace notificationmanager)', () => {
    expect(decodeNotificationsInhibited(true)).toBe('on');
    expect(decodeNotificationsInhibited(false)).toBe('off');
    expect(decodeNotificationsInhibited(1)).toBe('unknown');
  });

  it('gnome-session InhibitedActions: only the idle bit (8, GSM_INHIBITOR_FLAG_IDLE) counts', () => {
    // An app that inhibits idle alone (8), idle and suspend together (12), or suspend only (4).
    expect(decodeInhibitedActions(8)).toBe('on');
    expect(decodeInhibitedActions(12)).toBe('on');
    expect(decodeInhibitedActions(4)).toBe('off');
    expect(decodeInhibitedActions(0)).toBe('off');
    expect(decodeInhibitedActions(-1)).toBe('unknown');
    expect(decodeInhibitedActions(null)).toBe('unknown');
  });

  it('ALSA capture status (sound/core/pcm.c): RUNNING records; closed, SETUP and PREPARED do not; errors are unknown', () => {
    expect(decodeAlsaCaptureStatus('closed\n')).toBe('off');
    expect(decodeAlsaCaptureStatus('state: RUNNING\nowner_pid   : 1\n')).toBe('on');
    expect(decodeAlsaCaptureStatus('state: PREPARED\nowner_pid   : 1\n')).toBe('off');
    expect(decodeAlsaCaptureStatus('error -19\n')).toBe('unknown');
  });

  it('EWMH _NET_WM_STATE: fullscreen when the atom is listed', () => {
    expect(decodeNetWmState(['_NET_WM_STATE_ABOVE', '_NET_WM_STATE_FULLSCREEN'])).toBe('on');
    expect(decodeNetWmState(['_NET_WM_STATE_MAXIMIZED_VERT', '_NET_WM_STATE_MAXIMIZED_HORZ'])).toBe('off');
    expect(decodeNetWmState(null)).toBe('unknown');
  });
});

describe('Windows answers', () => {
  it('SHQueryUserNotificationState values as Microsoft documents QUERY_USER_NOTIFICATION_STATE (shellapi.h)', () => {
    expect(QUNS).toEqual({ NOT_PRESENT: 1, BUSY: 2, RUNNING_D3D_FULL_SCREEN: 3, PRESENTATION_MODE: 4, ACCEPTS_NOTIFICATIONS: 5, QUIET_TIME: 6, APP: 7 });
    expect(decodeUserNotificationState(0, 2)).toEqual({ fullscreen: 'on', presentation: 'off' });
    expect(decodeUserNotificationState(0, 3)).toEqual({ fullscreen: 'on', presentation: 'off' });
    expect(decodeUserNotificationState(0, 7)).toEqual({ fullscreen: 'on', presentation: 'off' });
    expect(decodeUserNotificationState(0, 4)).toEqual({ fullscreen: 'off', presentation: 'on' });
    expect(decodeUserNotificationState(0, 5)).toEqual({ fullscreen: 'off', presentation: 'off' });
    // Locked or screen saver: a lock, not a quiet moment.
    expect(decodeUserNotificationState(0, 1)).toEqual({ fullscreen: 'off', presentation: 'off' });
    // E_FAIL, or a value from a future Windows.
    expect(decodeUserNotificationState(0x80004005 | 0, 5)).toEqual({ fullscreen: 'unknown', presentation: 'unknown' });
    expect(decodeUserNotificationState(0, 9)).toEqual({ fullscreen: 'unknown', presentation: 'unknown' });
  });

  it('Focus Assist WNF profile: 0 off, 1 priority only, 2 alarms only (Workrave WindowsFocusAssist.cc)', () => {
    expect(decodeFocusAssist(0, 0)).toBe('off');
    expect(decodeFocusAssist(0, 1)).toBe('on');
    expect(decodeFocusAssist(0, 2)).toBe('on');
    // STATUS_OBJECT_NAME_NOT_FOUND on a Windows without the state.
    expect(decodeFocusAssist(0xc0000034 | 0, 0)).toBe('unknown');
  });

  it('Capability access store: an app whose LastUsedTimeStop is 0 is using the device now', () => {
    // FILETIMEs of the shape the store holds (100 ns since 1601); a finished use has both stamps.
    const done = { app: 'Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe', lastUsedTimeStart: 133_456_789_012_345_678n, lastUsedTimeStop: 133_456_789_912_345_678n };
    const live = { app: 'Zoom.exe', lastUsedTimeStart: 133_456_800_000_000_000n, lastUsedTimeStop: 0n };
    const never = { app: 'Teams.exe', lastUsedTimeStart: null, lastUsedTimeStop: null };
    expect(decodeCapabilityUse([done, never])).toBe('off');
    expect(decodeCapabilityUse([done, live])).toBe('on');
    expect(decodeCapabilityUse([{ ...live, app: 'limber.exe' }], 'limber.exe')).toBe('off');
    expect(decodeCapabilityUse(null)).toBe('unknown');
  });
});

describe('macOS answers', () => {
  it('kAudioDevicePropertyDeviceIsRunningSomewhere: non-zero UInt32 while any process captures', () => {
    expect(decodeRunningSomewhere(0, 1)).toBe('on');
    expect(decodeRunningSomewhere(0, 0)).toBe('off');
    // kAudioHardwareBadObjectError ('!obj').
    expect(decodeRunningSomewhere(560947818, 0)).toBe('unknown');
  });

  it('Focus assertions file: a store assertion record means a Focus is on', () => {
    expect(decodeFocusAssertions({ data: [{ storeAssertionRecords: [{ assertionDetails: { assertionDetailsModeIdentifier: 'com.apple.donotdisturb.mode.default' } }] }] })).toBe('on');
    expect(decodeFocusAssertions({ data: [{}] })).toBe('off');
    expect(decodeFocusAssertions({ data: [] })).toBe('off');
    expect(decodeFocusAssertions(null)).toBe('unknown');
    expect(decodeFocusAssertions({ nothing: 1 })).toBe('unknown');
  });

  it('Fullscreen on the Space: another app’s layer-0 window covering the whole display', () => {
    const display = { x: 0, y: 0, width: 1512, height: 982 };
    const menuBar = { ownerPid: 300, layer: 24, bounds: { x: 0, y: 0, width: 1512, height: 37 } };
    const zoomed = { ownerPid: 501, layer: 0, bounds: { x: 0, y: 37, width: 1512, height: 945 } };
    const fullscreen = { ownerPid: 502, layer: 0, bounds: { x: 0, y: 0, width: 1512, height: 982 } };
    expect(decodeMacFullscreen([menuBar, zoomed], display, 1)).toBe('off');
    expect(decodeMacFullscreen([fullscreen], display, 1)).toBe('on');
    expect(decodeMacFullscreen([fullscreen], display, 502)).toBe('off');
    expect(decodeMacFullscreen(null, display, 1)).toBe('unknown');
  });
});

describe('a fullscreen window and the display Limber would use', () => {
  const left = { x: 0, y: 0, width: 1920, height: 1080 };
  const right = { x: 1920, y: 0, width: 2560, height: 1440 };
  it('counts the display that holds the window’s centre, and any display when either is unknown', () => {
    expect(fullscreenOnDisplay({ x: 1920, y: 0, width: 2560, height: 1440 }, right)).toBe(true);
    expect(fullscreenOnDisplay({ x: 1920, y: 0, width: 2560, height: 1440 }, left)).toBe(false);
    // A window a few pixels over the edge (a border) still belongs to its monitor.
    expect(fullscreenOnDisplay({ x: -4, y: -4, width: 1928, height: 1088 }, left)).toBe(true);
    expect(fullscreenOnDisplay(null, left)).toBe(true);
    expect(fullscreenOnDisplay({ x: 0, y: 0, width: 10, height: 10 }, null)).toBe(true);
  });
});
