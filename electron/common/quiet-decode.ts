import type { PartialReadings, SignalReading } from './quiet-moments.js';

/**
 * What each desktop's answer means, as pure functions: the adapters only fetch, these decide. Anything that is not
 * the documented shape decodes to `unknown`, so a strange reply never holds or releases a break by accident.
 */

// ── Linux ───────────────────────────────────────────────────────────────────────────────────────────────────

/** GNOME's Do Not Disturb switch is the `show-banners` key of `org.gnome.desktop.notifications`: false is DND on. */
export function decodeShowBanners(value: unknown): SignalReading {
  if (typeof value !== 'boolean') return 'unknown';
  return value ? 'off' : 'on';
}

/** `org.freedesktop.Notifications` `Inhibited` (KDE Plasma, and servers that follow it): true while DND is on. */
export function decodeNotificationsInhibited(value: unknown): SignalReading {
  if (typeof value !== 'boolean') return 'unknown';
  return value ? 'on' : 'off';
}

/** gnome-session's inhibitor flags (GsmInhibitorFlag): 1 logout, 2 switch user, 4 suspend, 8 idle, 16 automount. */
export const GSM_INHIBIT_IDLE = 8;

/** Video players and call apps inhibit idle while they play or call: the screen is being watched. */
export function decodeInhibitedActions(value: unknown): SignalReading {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return 'unknown';
  return value & GSM_INHIBIT_IDLE ? 'on' : 'off';
}

/**
 * `/proc/asound/cardN/pcmMc/subS/status`: "closed" when no one captures, otherwise lines such as "state: RUNNING".
 * PipeWire and PulseAudio keep a capture device open only while a stream records (they suspend idle nodes).
 */
export function decodeAlsaCaptureStatus(text: string): SignalReading {
  const trimmed = text.trim();
  if (trimmed === 'closed') return 'off';
  const state = /^state:\s*(\w+)/m.exec(trimmed)?.[1];
  if (!state) return 'unknown';
  return state === 'RUNNING' || state === 'DRAINING' ? 'on' : 'off';
}

/** Several capture devices: any one running is a call. */
export function anyOn(readings: readonly SignalReading[]): SignalReading {
  if (readings.includes('on')) return 'on';
  if (readings.includes('off')) return 'off';
  return 'unknown';
}

export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether a fullscreen window covers the display Limber would show its window on: the display holding the
 * window's centre is the one it fills. With no display to compare with, any fullscreen app counts.
 */
export function fullscreenOnDisplay(window: ScreenRect | null, display: ScreenRect | null): boolean {
  if (!window || !display) return true;
  const cx = window.x + window.width / 2;
  const cy = window.y + window.height / 2;
  return cx >= display.x && cx < display.x + display.width && cy >= display.y && cy < display.y + display.height;
}

/** `_NET_WM_STATE` atoms of the active window, as names. */
export function decodeNetWmState(atoms: readonly string[] | null): SignalReading {
  if (atoms === null) return 'unknown';
  return atoms.includes('_NET_WM_STATE_FULLSCREEN') ? 'on' : 'off';
}

// ── Windows ─────────────────────────────────────────────────────────────────────────────────────────────────

/** SHQueryUserNotificationState's QUERY_USER_NOTIFICATION_STATE (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

/**
 * 2 and 3 are a fullscreen app (3 a Direct3D game), 7 a fullscreen Store app, 4 presentation mode (PowerPoint's
 * slide show, `presentationsettings /start`), 6 the quiet hours after a first sign-in. 1 (screen saver, locked)
 * says nothing about quiet: the lock reaches the engine as a lock.
 */
export function decodeUserNotificationState(hresult: number, state: number): PartialReadings {
  if (hresult !== 0) return { fullscreen: 'unknown', presentation: 'unknown' };
  switch (state) {
    case QUNS.BUSY:
    case QUNS.RUNNING_D3D_FULL_SCREEN:
    case QUNS.APP:
      return { fullscreen: 'on', presentation: 'off' };
    case QUNS.PRESENTATION_MODE:
      return { fullscreen: 'off', presentation: 'on' };
    case QUNS.ACCEPTS_NOTIFICATIONS:
    case QUNS.QUIET_TIME:
    case QUNS.NOT_PRESENT:
      return { fullscreen: 'off', presentation: 'off' };
    default:
      return { fullscreen: 'unknown', presentation: 'unknown' };
  }
}

/**
 * Focus Assist (Windows 10) and Do not disturb (Windows 11) publish their active profile through the Windows
 * Notification Facility: NtQueryWnfStateData on WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED ({0xA3BF1C75,
 * 0x0D83063E}) gives a DWORD, 0 off, 1 priority only, 2 alarms only (Workrave's WindowsFocusAssist.cc,
 * windows-focus-assist). `status` is the NTSTATUS; the API is undocumented, so anything else is unknown.
 */
export const WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED = [0xa3bf1c75, 0x0d83063e] as const;

export function decodeFocusAssist(status: number, profile: number): SignalReading {
  if (status !== 0) return 'unknown';
  if (profile === 0) return 'off';
  if (profile === 1 || profile === 2) return 'on';
  return 'unknown';
}

/**
 * The capability access store (`HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\
 * ConsentStore\microphone|webcam\...`) keeps, per app that used the device, `LastUsedTimeStart` and
 * `LastUsedTimeStop` (FILETIME as QWORD). An app whose stop is 0 is using the device now.
 */
export interface CapabilityUse {
  app: string;
  lastUsedTimeStart: bigint | null;
  lastUsedTimeStop: bigint | null;
}

export function decodeCapabilityUse(entries: readonly CapabilityUse[] | null, self: string | null = null): SignalReading {
  if (entries === null) return 'unknown';
  const inUse = entries.some(
    (e) => e.app !== self && e.lastUsedTimeStart !== null && e.lastUsedTimeStart > 0n && e.lastUsedTimeStop === 0n,
  );
  return inUse ? 'on' : 'off';
}

// ── macOS ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * `kAudioDevicePropertyDeviceIsRunningSomewhere` of the default input device: a UInt32, non-zero while any
 * process captures from it. `status` is the OSStatus of AudioObjectGetPropertyData; any error is unknown.
 */
export function decodeRunningSomewhere(status: number, value: number): SignalReading {
  if (status !== 0) return 'unknown';
  return value !== 0 ? 'on' : 'off';
}

/**
 * Focus (macOS 12+): `~/Library/DoNotDisturb/DB/Assertions.json` holds the active assertions; a record in
 * `data[0].storeAssertionRecords` means a Focus is on. The file is readable without any permission prompt when the
 * app is not sandboxed; when it cannot be read the answer is unknown.
 */
export function decodeFocusAssertions(json: unknown): SignalReading {
  if (typeof json !== 'object' || json === null) return 'unknown';
  const data = (json as { data?: unknown }).data;
  if (!Array.isArray(data)) return 'unknown';
  if (data.length === 0) return 'off';
  const records = (data[0] as { storeAssertionRecords?: unknown } | null)?.storeAssertionRecords;
  if (records === undefined) return 'off';
  if (!Array.isArray(records)) return 'unknown';
  return records.length > 0 ? 'on' : 'off';
}

/**
 * A fullscreen app on the current Space, from CGWindowListCopyWindowInfo(onScreenOnly) without asking for screen
 * recording: bounds and layer are always given, names are not. A normal-layer (0) window owned by another
 * process whose bounds cover the whole display while the menu bar (layer 24/25, owned by the WindowServer or
 * Dock) is absent means fullscreen.
 */
export interface MacWindow {
  ownerPid: number;
  layer: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export function decodeMacFullscreen(
  windows: readonly MacWindow[] | null,
  display: { x: number; y: number; width: number; height: number } | null,
  selfPid: number,
): SignalReading {
  if (windows === null || display === null) return 'unknown';
  const covers = windows.some(
    (w) =>
      w.ownerPid !== selfPid &&
      w.layer === 0 &&
      w.bounds.x <= display.x &&
      w.bounds.y <= display.y &&
      w.bounds.x + w.bounds.width >= display.x + display.width &&
      w.bounds.y + w.bounds.height >= display.y + display.height,
  );
  return covers ? 'on' : 'off';
}

// ── The user's quiet apps ───────────────────────────────────────────────────────────────────────────────────

/** Whether a process name is one of the user's quiet apps: the name as the system lists it, in any case. */
export function quietAppMatcher(apps: readonly string[]): (processName: string) => boolean {
  const wanted = new Set(apps.map((a) => a.toLowerCase()));
  return (name) => wanted.has(name.toLowerCase());
}

/** One of the user's quiet apps among the running processes; unknown when they could not be listed. */
export function decodeQuietApps(running: readonly string[] | null, apps: readonly string[]): SignalReading {
  if (apps.length === 0) return 'off';
  if (running === null) return 'unknown';
  return running.some(quietAppMatcher(apps)) ? 'on' : 'off';
}

/** The picker's list: each name once, in alphabetical order. */
export function runningAppNames(running: readonly string[] | null): string[] {
  return [...new Set((running ?? []).filter((n) => n.length > 0))].sort((a, b) => a.localeCompare(b));
}
