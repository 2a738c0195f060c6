import { z } from 'zod';
import { LANGUAGES } from './i18n/languages.js';
import { DEFAULT_QUIET_MOMENTS, quietMomentsSchema } from './quiet-moments.js';

/** The quiet-moment ranges and reasons, for the settings page, which takes values from this module only. */
export { GRACE_RANGE, HOLD_LIMIT_RANGE, QUIET_REASONS } from './quiet-moments.js';

/**
 * One schema for the user's settings. It validates the settings file, every settings change that crosses IPC
 * and the `settings` block of simulator scenarios, so a value the engine sees has always been checked once.
 * Messages name the field and its allowed range, because the user (or a scenario author) has to act on them.
 */

function wholeNumber(field: string, min: number, max: number, unit: string) {
  const message = `${field} must be a whole number from ${min} to ${max} ${unit}`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function minutesOfDay(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

const timeRangeSchema = z
  .object({
    start: z.string().regex(CLOCK_TIME, { error: 'start must be a time from 00:00 to 23:59 (HH:MM)' }),
    end: z.string().regex(CLOCK_TIME, { error: 'end must be a time from 00:01 to 24:00 (HH:MM)' }),
  })
  .refine((r) => minutesOfDay(r.start) < minutesOfDay(r.end), {
    error: 'a working-hours range must end after it starts (use 24:00 for midnight)',
  });
export type TimeRange = z.infer<typeof timeRangeSchema>;

const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(6, { error: 'at most 6 working-hours ranges per day' })
  .refine(
    (ranges) => {
      const sorted = [...ranges].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
      return sorted.every((r, i) => i === 0 || minutesOfDay(sorted[i - 1]!.end) <= minutesOfDay(r.start));
    },
    { error: 'working-hours ranges on one day must not overlap' },
  );

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const nineToFive = [{ start: '09:00', end: '17:00' }];

export const workingHoursSchema = z.object({
  enabled: z.boolean({ error: 'workingHours.enabled must be true or false' }),
  days: z.object({
    sun: dayRangesSchema,
    mon: dayRangesSchema,
    tue: dayRangesSchema,
    wed: dayRangesSchema,
    thu: dayRangesSchema,
    fri: dayRangesSchema,
    sat: dayRangesSchema,
  }),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const BREAK_INTERVAL_PRESETS = [20, 30, 45, 60] as const;

export const settingsSchema = z
  .object({
    /** Minutes of sitting before a break is due. */
    breakIntervalMin: wholeNumber('breakIntervalMin', 10, 120, 'minutes'),
    /** Minutes between reminders while a break stays due. */
    reminderIntervalMin: wholeNumber('reminderIntervalMin', 1, 30, 'minutes'),
    /**
     * Reminders after a break's first prompt; one interval after the last, the break counts as ignored and Limber
     * goes quiet until a full interval of sitting later.
     */
    maxReminders: wholeNumber('maxReminders', 0, 10, 'reminders per break'),
    promptStyle: z.enum(['gentle', 'window'], { error: 'promptStyle must be "gentle" or "window"' }),
    snoozeMin: wholeNumber('snoozeMin', 1, 30, 'minutes'),
    snoozeLimit: wholeNumber('snoozeLimit', 0, 5, 'snoozes'),
    /** An idle gap at least this long is excluded from sitting. */
    shortGapMin: wholeNumber('shortGapMin', 1, 10, 'minutes'),
    /** An idle gap at least this long ends the bout: a natural break. */
    awayGapMin: wholeNumber('awayGapMin', 2, 30, 'minutes'),
    /** After a seated routine the bout goes on; the next prompt comes this much later. */
    seatedFollowUpMin: wholeNumber('seatedFollowUpMin', 5, 60, 'minutes'),
    /** A routine given up sooner than this counts only as acknowledging the prompt. */
    abandonGraceSec: wholeNumber('abandonGraceSec', 10, 300, 'seconds'),
    standingSuggestMin: wholeNumber('standingSuggestMin', 15, 180, 'minutes'),
    posturePreference: z.enum(['seated', 'standing', 'alternate'], {
      error: 'posturePreference must be "seated", "standing" or "alternate"',
    }),
    flexionSensitive: z.boolean({ error: 'flexionSensitive must be true or false' }),
    microBreak: z.object({
      enabled: z.boolean({ error: 'microBreak.enabled must be true or false' }),
      afterMin: wholeNumber('microBreak.afterMin', 10, 60, 'minutes'),
      seconds: wholeNumber('microBreak.seconds', 10, 60, 'seconds'),
      quietBeforeBreakMin: wholeNumber('microBreak.quietBeforeBreakMin', 0, 30, 'minutes'),
      quietAfterPromptMin: wholeNumber('microBreak.quietAfterPromptMin', 0, 30, 'minutes'),
    }),
    workingHours: workingHoursSchema,
    /** History days end at this local hour, so a late evening stays one day. */
    dayBoundaryHour: wholeNumber('dayBoundaryHour', 0, 12, "o'clock"),
    sound: z.boolean({ error: 'sound must be true or false' }),
    launchAtLogin: z.boolean({ error: 'launchAtLogin must be true or false' }),
    shortcut: z
      .string({ error: 'shortcut must be a key combination such as CommandOrControl+Alt+S' })
      .max(64, { error: 'shortcut must be at most 64 characters' })
      .regex(/^$|^(?:[A-Za-z0-9]+\+)*[A-Za-z0-9=\-[\];',./`\\]+$/, {
        error: 'shortcut must be a key combination such as CommandOrControl+Alt+S, or empty for none',
      })
      // A plain key ("S", "Space") or Shift with one would be taken from every app: it needs Ctrl, Alt, Command
      // or Super with it, unless it is a function key.
      .refine(isGlobalShortcut, { error: 'shortcut must use Ctrl, Alt, Command or Super with a key, or be a function key (F1 to F24)' }),
    /** Calls, presentations, fullscreen apps and Do Not Disturb hold a due break (quiet-moments.ts). */
    // A file written before quiet moments existed gets the defaults, not a "repaired" notice.
    quietMoments: quietMomentsSchema.default(() => structuredClone(DEFAULT_QUIET_MOMENTS)),
    /** "system" follows the system's preferred languages; a code overrides them (i18n/languages.ts). */
    // Files from before translations get "system", which is what they had.
    language: z.enum(['system', ...LANGUAGES], { error: `language must be "system" or one of ${LANGUAGES.join(', ')}` }).default('system'),
  })
  .refine((s) => s.shortGapMin < s.awayGapMin, {
    error: 'shortGapMin must be less than awayGapMin',
    path: ['shortGapMin'],
  });

export type Settings = z.infer<typeof settingsSchema>;

const HOLDING_MODIFIERS = /^(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Super|Meta)$/i;
const ANY_MODIFIER = /^(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Super|Meta|Shift)$/i;

/** Empty (no shortcut), or a key held with Ctrl/Alt/Command/Super, or a function key with or without modifiers. */
export function isGlobalShortcut(shortcut: string): boolean {
  if (shortcut === '') return true;
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1]!;
  const modifiers = parts.slice(0, -1);
  if (ANY_MODIFIER.test(key) || !modifiers.every((m) => ANY_MODIFIER.test(m))) return false;
  return /^F([1-9]|1\d|2[0-4])$/i.test(key) || modifiers.some((m) => HOLDING_MODIFIERS.test(m));
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  breakIntervalMin: 30,
  reminderIntervalMin: 5,
  maxReminders: 3,
  promptStyle: 'window',
  snoozeMin: 5,
  snoozeLimit: 2,
  shortGapMin: 2,
  awayGapMin: 5,
  seatedFollowUpMin: 10,
  abandonGraceSec: 60,
  standingSuggestMin: 45,
  posturePreference: 'alternate',
  flexionSensitive: false,
  microBreak: { enabled: false, afterMin: 20, seconds: 20, quietBeforeBreakMin: 5, quietAfterPromptMin: 10 },
  workingHours: {
    enabled: false,
    days: { sun: [], mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [] },
  },
  dayBoundaryHour: 4,
  sound: true,
  launchAtLogin: false,
  shortcut: 'CommandOrControl+Alt+S',
  quietMoments: DEFAULT_QUIET_MOMENTS,
  language: 'system',
}) as Settings;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** One line per problem, each starting with the field's path so the user knows where to look. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const message = issue.message;
    // Messages written above already start with the field name; zod's own (unknown keys, wrong shapes) do not.
    return path && !message.startsWith(path) ? `${path}: ${message}` : message;
  });
}

export function parseSettings(input: unknown): Result<Settings> {
  const parsed = settingsSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: describeIssues(parsed.error) };
}

type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K] };
export type SettingsPatch = Patch<Settings>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = Object.hasOwn(base, key) ? merge(base[key], value) : value;
  return out;
}

/**
 * Applies a partial change on top of valid settings. Unknown fields are refused rather than ignored, so a typo in
 * a scenario or a stale page never silently does nothing.
 */
export function applySettingsPatch(base: Settings, patch: unknown): Result<Settings> {
  if (!isPlainObject(patch)) return { ok: false, errors: ['settings must be an object'] };
  const unknown = unknownKeys(base, patch, '');
  if (unknown.length > 0) return { ok: false, errors: unknown.map((k) => `${k}: not a setting`) };
  return parseSettings(merge(base, patch));
}

function unknownKeys(base: unknown, patch: Record<string, unknown>, prefix: string): string[] {
  if (!isPlainObject(base)) return [];
  return Object.entries(patch).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!Object.hasOwn(base, key)) return [path];
    return isPlainObject(value) ? unknownKeys(base[key], value, path) : [];
  });
}

/**
 * Keeps every field of a damaged settings object that is valid on its own and takes the default for the rest.
 * Used when the settings file fails validation: one bad value must not cost the user all their other choices.
 */
export function salvageSettings(input: unknown): { settings: Settings; dropped: string[] } {
  let current: Settings = DEFAULT_SETTINGS;
  const dropped: string[] = [];
  if (!isPlainObject(input)) return { settings: current, dropped: ['(whole file)'] };
  for (const [path, value] of leaves(input, '')) {
    const patch = nest(path, value);
    const next = applySettingsPatch(current, patch);
    if (next.ok) current = next.value;
    else dropped.push(path);
  }
  return { settings: current, dropped };
}

/** Deeper than any setting: a value nested further is damage, kept whole as one leaf that fails validation. */
const MAX_SETTING_DEPTH = 4;

function leaves(obj: Record<string, unknown>, prefix: string, depth = 1): Array<[string, unknown]> {
  return Object.entries(obj).flatMap(([key, value]): Array<[string, unknown]> => {
    const path = prefix ? `${prefix}.${key}` : key;
    // Working-hours days are validated as whole lists, so a day is the smallest unit worth keeping.
    if (isPlainObject(value) && depth < MAX_SETTING_DEPTH && !path.startsWith('workingHours.days.')) return leaves(value, path, depth + 1);
    return [[path, value]];
  });
}

function nest(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((acc, key) => ({ [key]: acc }), value) as Record<string, unknown>;
}
