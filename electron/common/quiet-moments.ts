import { z } from 'zod';

/**
 * Quiet moments: times when a due break must wait — a call, a presentation, a fullscreen app, Do Not Disturb.
 * They reach the engine as plain data, one reading per reason. The engine never asks the system; adapters at the
 * edge (D-Bus on Linux, shell32 and the registry on Windows, CoreAudio and Focus on macOS) turn what the desktop
 * says into these readings, and say `unknown` whenever they cannot tell.
 */

export const QUIET_REASONS = ['call', 'presentation', 'fullscreen', 'dnd', 'awake', 'app'] as const;
export type QuietReason = (typeof QUIET_REASONS)[number];

/** `unknown`: the desktop cannot tell (no such service, no permission, a reply that made no sense). */
export type SignalReading = 'on' | 'off' | 'unknown';

export type QuietReadings = Record<QuietReason, SignalReading>;

/** What one adapter knows: the reasons it has no way to observe are simply absent. */
export type PartialReadings = Partial<Record<QuietReason, SignalReading>>;

export function unknownReadings(): QuietReadings {
  return { call: 'unknown', presentation: 'unknown', fullscreen: 'unknown', dnd: 'unknown', awake: 'unknown', app: 'unknown' };
}

/**
 * Several sources may speak for one reason (GNOME's banner switch and the notification server's `Inhibited` both
 * mean Do Not Disturb). Any `on` wins; otherwise a known `off` beats not knowing.
 */
export function combineReadings(parts: readonly PartialReadings[]): QuietReadings {
  const out = unknownReadings();
  for (const reason of QUIET_REASONS) {
    for (const part of parts) {
      const reading = part[reason];
      if (reading === 'on') out[reason] = 'on';
      else if (reading === 'off' && out[reason] === 'unknown') out[reason] = 'off';
    }
  }
  return out;
}

const MINUTE = 60_000;

export const HOLD_LIMIT_RANGE = { min: 30, max: 240 } as const;
export const GRACE_RANGE = { min: 0, max: 10 } as const;

const switchOf = (name: string) => z.boolean({ error: `quietMoments.signals.${name} must be true or false` });

/** A process name as the system lists it: no path, no control characters. */
const appName = z
  .string({ error: 'quietMoments.apps must be a list of app names' })
  .min(1, { error: 'quietMoments.apps: an app name must not be empty' })
  .max(128, { error: 'quietMoments.apps: an app name must be at most 128 characters' })
  .regex(/^[^/\\\p{Cc}]+$/u, { error: 'quietMoments.apps: an app name is a process name, without a folder' });

export const quietMomentsSchema = z.object({
  /** One switch per reason: a signal that misreads on some machine can be turned off on its own. */
  signals: z.object({
    call: switchOf('call'),
    presentation: switchOf('presentation'),
    fullscreen: switchOf('fullscreen'),
    dnd: switchOf('dnd'),
    awake: switchOf('awake'),
    app: switchOf('app'),
  }),
  /** After a quiet moment ends, the held prompt waits this long, so the user can finish the call. */
  graceMin: z
    .number({ error: 'quietMoments.graceMin must be a whole number from 0 to 10 minutes' })
    .int({ error: 'quietMoments.graceMin must be a whole number from 0 to 10 minutes' })
    .min(GRACE_RANGE.min, { error: 'quietMoments.graceMin must be a whole number from 0 to 10 minutes' })
    .max(GRACE_RANGE.max, { error: 'quietMoments.graceMin must be a whole number from 0 to 10 minutes' }),
  /** Past this long held, one quiet notification comes even during the moment. */
  holdLimitMin: z.union(
    [
      z.number().int().min(HOLD_LIMIT_RANGE.min).max(HOLD_LIMIT_RANGE.max),
      z.literal('never'),
    ],
    { error: 'quietMoments.holdLimitMin must be a whole number from 30 to 240 minutes, or "never"' },
  ),
  /** Process names that make a quiet moment while they run. */
  apps: z
    .array(appName, { error: 'quietMoments.apps must be a list of app names' })
    .max(50, { error: 'quietMoments.apps: at most 50 apps' })
    .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
      error: 'quietMoments.apps: each app at most once',
    }),
});
export type QuietMomentsSettings = z.infer<typeof quietMomentsSchema>;

export const DEFAULT_QUIET_MOMENTS: QuietMomentsSettings = {
  signals: { call: true, presentation: true, fullscreen: true, dnd: true, awake: true, app: true },
  graceMin: 1,
  holdLimitMin: 90,
  apps: [],
};

/** The reasons that hold prompts now: reported on, and switched on by the user. `unknown` never holds. */
export function activeQuietReasons(readings: QuietReadings, settings: QuietMomentsSettings): QuietReason[] {
  return QUIET_REASONS.filter((r) => readings[r] === 'on' && settings.signals[r]);
}

export function holdLimitMs(settings: QuietMomentsSettings): number | null {
  return settings.holdLimitMin === 'never' ? null : settings.holdLimitMin * MINUTE;
}

export function graceMs(settings: QuietMomentsSettings): number {
  return settings.graceMin * MINUTE;
}

// ── Ports: how the adapters at the edge hand readings in ─────────────────────────────────────────────────────

/** The system facilities a quiet signal is read from, each named in the catalogue (settings.quiet.sources.*). */
export const QUIET_SOURCES = [
  'gnome-dnd',
  'notifications-dnd',
  'xfce-dnd',
  'gnome-idle-inhibit',
  'x11-fullscreen',
  'mic-camera',
  'quiet-apps',
  'windows-fullscreen',
  'windows-presentation',
  'windows-focus-assist',
  'mac-microphone',
  'mac-fullscreen',
  'mac-focus',
] as const;
export type QuietSourceId = (typeof QUIET_SOURCES)[number];

/**
 * Why a source cannot tell, as a code Settings puts into words (settings.quiet.why.*); a D-Bus service or an X
 * display is named as the system names it.
 */
export type SignalUnavailable =
  | {
      code:
        | 'not-read-yet'
        | 'no-session-bus'
        | 'bus-gone'
        | 'no-capture-device'
        | 'processes-unreadable'
        | 'wayland'
        | 'not-x11'
        | 'no-active-window'
        | 'x-display-gone'
        | 'windows-fullscreen-unknown'
        | 'windows-presentation-unknown'
        | 'windows-focus-assist-unpublished'
        | 'windows-privacy-unlisted'
        | 'mac-no-input-device'
        | 'mac-window-list-unreadable'
        | 'mac-focus-unreadable';
    }
  | { code: 'no-owner' | 'no-answer' | 'bad-value'; service: string }
  | { code: 'x-display-unreachable'; display: string };

/** One signal as Settings shows it: what it reads now, where from, and why it cannot tell when it cannot. */
export interface SignalStatus {
  reason: QuietReason;
  reading: SignalReading;
  /** The system facility behind it. */
  source: QuietSourceId;
  /** Why the reading is unknown here, when it is. */
  unavailable: SignalUnavailable | null;
}

/**
 * A desktop's quiet signals. Readings change by push (a D-Bus signal, a system event) and `onChange` says so;
 * `sample` is called at the engine's own wakes for the few facts no system pushes (a microphone in use), and
 * must be cheap. Nothing here throws: a source that fails says `unknown`.
 */
export interface QuietSource {
  readings(): PartialReadings;
  statuses(): SignalStatus[];
  sample(): void;
  onChange(listener: () => void): () => void;
  dispose(): void;
}

export function combineSources(sources: readonly QuietSource[]): QuietReadings {
  return combineReadings(sources.map((s) => s.readings()));
}
