import { z } from 'zod';
import { EXTERNAL_LINKS, type ExternalLinkId } from './app-origin.js';
import type { DaySummary } from './history-summary.js';
import type { HistoryEvent, Posture } from './history-events.js';
import type { Motion } from './figure/motion.js';
import type { Camera } from './figure/props.js';
import type { Dose, Position } from './routine-library.js';
import type { RoutineSummary } from './routine-catalogue.js';
import type { QuietView } from './quiet-view.js';
import type { Settings } from './settings.js';
import type { Channel } from './ipc-channels.js';
import type { PageLanguage } from './i18n/app-language.js';
import type { Language } from './i18n/languages.js';

export { BRIDGE_KEY, CHANNELS, CHANNEL_PREFIX, EVENT_CHANNELS, isChannel, type Channel, type EventChannel } from './ipc-channels.js';

/**
 * The whole conversation between the pages and the main process. Pages are untrusted: every request payload is
 * parsed by the schema below on arrival in main (a bad one is rejected and changes nothing), and only plain data
 * comes back. The preload turns this table into typed functions; the renderer sees only `LimberApi`.
 */

const routineId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'routineId must be a routine id' }).max(48);
const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date key YYYY-MM-DD' });
const none = z.undefined({ error: 'takes no payload' });
const linkId = z.enum(Object.keys(EXTERNAL_LINKS) as [ExternalLinkId, ...ExternalLinkId[]], { error: 'id must name a link on the allowlist' });

/** What happened in the break window; what it counts as is main's judgement (routine-outcome.ts), not the page's. */
export const breakOutcomeSchema = z
  .object({
    routineId,
    /** Seconds the routine really ran, pauses excluded. */
    activeSeconds: z.number({ error: 'activeSeconds must be a number' }).int().min(0).max(3600, { error: 'activeSeconds must be at most 3600' }),
    reachedEnd: z.boolean({ error: 'reachedEnd must be true or false' }),
  })
  .strict();
export type BreakOutcome = z.infer<typeof breakOutcomeSchema>;

/**
 * What the Settings window can ask of the app when the desktop has no tray icon to ask it from: the tray menu's
 * Stretch now, Pause (for the menu's lengths), Resume and Snooze.
 */
export const appControlSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('stretch') }).strict(),
    z
      .object({
        type: z.literal('pause'),
        length: z.union([z.object({ minutes: z.number().int().min(1).max(24 * 60) }).strict(), z.enum(['tomorrow', 'until-resumed'])], {
          error: 'length must be {minutes: 1 to 1440}, "tomorrow" or "until-resumed"',
        }),
      })
      .strict(),
    z.object({ type: z.literal('resume') }).strict(),
    z.object({ type: z.literal('snooze') }).strict(),
  ],
  { error: 'type must be "stretch", "pause", "resume" or "snooze"' },
);
export type AppControl = z.infer<typeof appControlSchema>;

/**
 * Request schemas by channel. Settings patches are checked twice: shape here, values by the settings schema in
 * main (which knows the current settings a patch applies to).
 */
export const requestSchemas = {
  'break:get-plan': z.object({ routineId: routineId.optional() }).strict().optional(),
  'break:started': z.object({ routineId }).strict(),
  'break:finished': breakOutcomeSchema,
  'break:snooze': none,
  'break:skip': none,
  'break:close': none,
  'break:count-gap': none,
  'today:get': none,
  'settings:get': none,
  'settings:update': z
    .unknown()
    // zod's record quietly drops a `__proto__` key, which would turn a malformed change into an accepted no-op.
    .refine((v) => !(typeof v === 'object' && v !== null && Object.hasOwn(v, '__proto__')), '__proto__: not a setting')
    .pipe(z.record(z.string(), z.unknown(), { error: 'settings change must be an object' })),
  'settings:restore-defaults': none,
  'settings:dismiss-recovery-notice': none,
  'history:get': z.object({ from: dayKey, to: dayKey }).strict(),
  'history:export-csv': none,
  'link:open': z.object({ id: linkId }).strict(),
  'app:complete-first-run': none,
  'app:control': appControlSchema,
  'app:open-log-folder': none,
  /** `runningApps: true` only while the app picker is open: listing processes is not free on every system. */
  'quiet:get': z.object({ runningApps: z.boolean({ error: 'runningApps must be true or false' }) }).strict().optional(),
  'i18n:get': none,
} as const satisfies Record<Channel, z.ZodType>;

export interface PlanStep {
  exerciseId: string;
  name: string;
  position: Position;
  instructions: string[];
  safety: string[];
  dose: Dose;
  perSide: boolean;
  /** `app://` URL of the exercise's line-art figure. */
  figure: string;
  /**
   * The figure's motion, resolved by main from resources/motions/ (figure/motion.ts), or null when the exercise has
   * none. Sent in the plan, so the break window's script carries neither the motion data nor their resolver.
   */
  motion: Motion | null;
  /**
   * The crop the moving figure is shown through: one for the whole routine (figure/routine-camera.ts), so the body
   * keeps one size from step to step. The reduced-motion strip's small frames keep the motion's own, closer crop.
   */
  figureCamera?: Camera;
  /** Both sides included. */
  seconds: number;
}

export interface BreakPlan {
  routine: RoutineSummary & { summary: string; kind: string };
  steps: PlanStep[];
  /** The seated and the standing suggestion, for the one-tap switch. */
  alternatives: { seated: RoutineSummary | null; standing: RoutineSummary | null };
  snoozesLeft: number;
  /** How long a snooze lasts (settings.snoozeMin), for the button's label. */
  snoozeMin: number;
  breakDue: boolean;
  sound: boolean;
  breaksToday: number;
  /** Reaching the end after at least this many active seconds counts as doing the routine (routine-outcome.ts). */
  completesAfterSeconds: number;
  /**
   * A recent 2–5 min gap the user may say was a break ("Were you up?"), as clock times to show. Absent when
   * there is none, so older windows and plans stay valid.
   */
  shortGap?: { from: string; to: string };
}

export type CommandResult = { ok: true } | { ok: false; reason: string };

export interface TrayState {
  status: string;
  breakDue: boolean;
  idleDetection: 'available' | 'unavailable';
  /** For the Settings window's Pause/Resume and Snooze (absent from older cores: treat as not paused, none left). */
  paused?: boolean;
  snoozesLeft?: number;
}

export interface SettingsView {
  settings: Settings;
  /** Set once after a damaged settings file was recovered: what was reset. */
  recovery: { droppedFields: string[]; backupFile: string } | null;
  idleDetection: 'available' | 'unavailable';
  /** Why the global shortcut could not be registered, if it could not. */
  shortcutProblem: string | null;
  /** Why launch at login could not be switched on or off, if it could not. */
  launchAtLoginProblem?: string | null;
  platform: 'darwin' | 'win32' | 'linux' | 'other';
  /** False until the welcome has been finished: the window opens on it instead of the settings. */
  firstRunDone: boolean;
  /** `hidden` when the desktop is known not to show the tray icon (GNOME without the AppIndicator extension). */
  trayIcon?: 'visible' | 'hidden' | 'unknown';
  /** Why something the user did is not being saved (history or settings), in words; empty when all is saved. */
  storageProblems?: string[];
  /** The state as the window opens, for its Stretch now, Pause/Resume and Snooze; later changes are pushed. */
  state?: TrayState | null;
  /** The language the "System language" choice gives on this computer now, named beside that choice. */
  systemLanguage?: Language;
}

export type SettingsUpdateResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export interface HistoryView {
  days: Array<{ day: string; summary: DaySummary }>;
  events: HistoryEvent[];
}

/** What each channel answers. */
export interface Responses {
  'break:get-plan': BreakPlan;
  'break:started': void;
  'break:finished': void;
  'break:snooze': CommandResult;
  'break:skip': CommandResult;
  'break:close': void;
  'break:count-gap': CommandResult;
  'today:get': DaySummary;
  'settings:get': SettingsView;
  'settings:update': SettingsUpdateResult;
  'settings:restore-defaults': SettingsUpdateResult;
  'settings:dismiss-recovery-notice': void;
  'history:get': HistoryView;
  'history:export-csv': { saved: boolean; path: string | null };
  'link:open': void;
  'app:complete-first-run': void;
  'app:control': CommandResult;
  /** Opened in the file manager, or why not (no log yet, no file manager). */
  'app:open-log-folder': { ok: true } | { ok: false; reason: string };
  'quiet:get': QuietView;
  /** The page's catalogue, locale and direction. */
  'i18n:get': PageLanguage;
}

export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

/** No argument for channels without a payload, an optional one where the payload may be left out. */
export type PayloadArgs<C extends Channel> = [Request<C>] extends [undefined]
  ? []
  : undefined extends Request<C>
    ? [payload?: Request<C>]
    : [payload: Request<C>];

/** The API the preload exposes as `window.limber`. */
export interface LimberApi {
  readonly version: string;
  invoke<C extends Channel>(channel: C, ...payload: PayloadArgs<C>): Promise<Responses[C]>;
  /** Returns the unsubscribe function. The callback receives data only, never an Electron event. */
  onStateChanged(callback: (state: TrayState) => void): () => void;
  /** Called with the page's new catalogue when the user switches language. Returns the unsubscribe function. */
  onLanguageChanged(callback: (language: PageLanguage) => void): () => void;
}

export type { Posture };
export type { QuietView, QuietSignalView, QuietSignalState } from './quiet-view.js';
export type { PageLanguage };
