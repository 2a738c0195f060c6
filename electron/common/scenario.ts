import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { QUIET_REASONS, type QuietReason } from './quiet-moments.js';
import { postureSchema } from './history-events.js';
import type { RoutineSummary } from './routine-catalogue.js';
import { DEFAULT_SETTINGS, applySettingsPatch, type Result, type Settings } from './settings.js';

/**
 * A scripted day for the simulator: what the user does, on the true timeline. Scenario files come from users and
 * bug reports, so every field is checked, every problem is reported (not only the first), and each error names its
 * field in one form: `events[3].at: …`.
 */

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const CLOCK = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DURATION = /^([+-])?(?=\d)(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `1h`, `90m`, `-1h30m`, `45s` → milliseconds. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const ms = (Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

function localInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): number {
  return new TZDate(y, mo - 1, d, h, mi, s, 0, zone).getTime();
}

const at = z.string({ error: 'must be a time: HH:MM[:SS] on the start date, or a local ISO time' });
const duration = z.string().refine((v) => parseDuration(v) !== null, { error: 'must be a duration such as 30m, 1h or -1h' });

/**
 * Far beyond any real clock correction, and inside what a Date can hold: a wall clock a billion hours (about
 * 114,000 years) off still has a date, a larger one would not.
 */
export const MAX_CLOCK_JUMP_MS = 1_000_000_000 * 3600_000;
const MAX_SCENARIO_MS = 40 * 24 * 3600_000;

const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ at, type: z.literal('active') }).strict(),
    z.object({ at, type: z.literal('idle') }).strict(),
    z.object({ at, type: z.literal('lock') }).strict(),
    z.object({ at, type: z.literal('unlock') }).strict(),
    z.object({ at, type: z.literal('suspend'), silent: z.boolean().optional() }).strict(),
    z.object({ at, type: z.literal('resume'), silent: z.boolean().optional() }).strict(),
    z.object({ at, type: z.literal('clock-jump'), by: duration }).strict(),
    z.object({ at, type: z.literal('idle-unavailable') }).strict(),
    z.object({ at, type: z.literal('idle-available') }).strict(),
    z.object({ at, type: z.literal('time-zone'), to: z.string().refine(isTimeZone, { error: 'must be an IANA time zone such as America/New_York' }) }).strict(),
    /** A quiet moment begins or changes (`reasons: ["call"]`) or ends (`reasons: []`). */
    z
      .object({
        at,
        type: z.literal('quiet'),
        reasons: z.array(z.enum(QUIET_REASONS, { error: `must be one of ${QUIET_REASONS.join(', ')}` })).max(QUIET_REASONS.length),
      })
      .strict(),
    z
      .object({
        at,
        type: z.literal('command'),
        command: z.enum(['start-break', 'snooze', 'skip', 'pause', 'resume', 'standing-on', 'standing-off', 'count-gap-as-break'], {
          error: 'must be one of start-break, snooze, skip, pause, resume, standing-on, standing-off, count-gap-as-break',
        }),
        for: duration.optional(),
        until: z.string().optional(),
      })
      .strict(),
    z
      .object({
        at,
        type: z.literal('routine'),
        routine: z.string().min(1).optional(),
        posture: postureSchema.optional(),
        seconds: z.number().int().min(1).max(3600),
        abandoned: z.boolean().optional(),
      })
      .strict(),
  ],
  {
    error:
      'type must be one of active, idle, lock, unlock, suspend, resume, clock-jump, time-zone, idle-unavailable, idle-available, quiet, command, routine',
  },
);

const topLevel = {
  timeZone: z.string({ error: 'must be an IANA time zone such as Europe/Berlin' }).refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Berlin' }),
  start: z.string({ error: 'must be a local ISO time such as 2026-03-02T09:00:00' }).regex(LOCAL_ISO, { error: 'must be a local ISO time such as 2026-03-02T09:00:00' }),
  end: z.string({ error: 'must be a local ISO time such as 2026-03-02T17:00:00' }).regex(LOCAL_ISO, { error: 'must be a local ISO time such as 2026-03-02T17:00:00' }),
  settings: z.record(z.string(), z.unknown(), { error: 'must be an object of settings' }).optional(),
  platform: z.enum(['linux', 'macos', 'windows'], { error: 'must be linux, macos or windows' }).optional(),
  events: z.array(z.unknown(), { error: 'must be a list of events' }).max(100_000, { error: 'at most 100000 events' }),
} as const;

/** `['events', 3, 'at']` → `events[3].at`: the one form every scenario error uses. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function issuesAt(prefix: ReadonlyArray<PropertyKey>, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = fieldPath([...prefix, ...issue.path]);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Whether year-month-day is a date the calendar has (no 2026-02-30, no month 13). */
function realDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export interface ScenarioOptions {
  /** Looks a routine id up in the library the run will use; without it, routine ids are not checked. */
  routine?: (id: string) => RoutineSummary | undefined;
}

type RawEvent = z.infer<typeof eventSchema>;

export type ScenarioCommand =
  | { command: 'start-break' | 'snooze' | 'skip' | 'resume' | 'standing-on' | 'standing-off' | 'count-gap-as-break' }
  | { command: 'pause'; forMs: number }
  | { command: 'pause'; until: 'tomorrow' | 'resume' }
  | { command: 'pause'; untilWallLocal: number };

export type ScenarioEvent =
  | { at: number; type: 'active' | 'idle' | 'lock' | 'unlock' | 'idle-unavailable' | 'idle-available' }
  | { at: number; type: 'time-zone'; to: string }
  | { at: number; type: 'suspend' | 'resume'; silent: boolean }
  | { at: number; type: 'clock-jump'; byMs: number }
  | { at: number; type: 'quiet'; reasons: QuietReason[] }
  | { at: number; type: 'command'; command: ScenarioCommand }
  | { at: number; type: 'routine'; routine: string | null; posture: 'seated' | 'standing' | 'moving'; seconds: number; abandoned: boolean };

export interface Scenario {
  /** The zone at the start; `time-zone` events move it. */
  timeZone: string;
  /** Linux reports no screen-lock event; the app infers the lock from the idle state, and so does the simulator. */
  platform: 'linux' | 'macos' | 'windows';
  start: number;
  end: number;
  settings: Settings;
  /** In time order; events at the same instant keep their order in the file. */
  events: ScenarioEvent[];
}

export function parseScenario(input: unknown, options: ScenarioOptions = {}): Result<Scenario> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: ['a scenario must be a JSON object'] };
  const record = input as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(record)) if (!Object.hasOwn(topLevel, key)) errors.push(`${key}: is not a scenario field`);
  const field = <K extends keyof typeof topLevel>(key: K): z.output<(typeof topLevel)[K]> | undefined => {
    const parsed = topLevel[key].safeParse(record[key]);
    if (parsed.success) return parsed.data as z.output<(typeof topLevel)[K]>;
    errors.push(...issuesAt([key], parsed.error));
    return undefined;
  };
  const zone = field('timeZone');
  const startText = field('start');
  const endText = field('end');
  const rawSettings = field('settings');
  const platform = field('platform') ?? 'macos';
  const rawEvents = field('events') ?? [];

  // Times are read in the start zone; when the zone itself is bad they are still checked for shape, in UTC.
  const readZone = zone ?? 'UTC';
  const startParts = startText ? (LOCAL_ISO.exec(startText)!.slice(1).map((v) => Number(v ?? 0)) as number[]) : null;
  const toInstant = (text: string, where: string): number | null => {
    const iso = LOCAL_ISO.exec(text);
    const clock = CLOCK.exec(text);
    let parts: number[];
    if (iso) parts = iso.slice(1).map((v) => Number(v ?? 0));
    else if (clock && startParts) parts = [startParts[0]!, startParts[1]!, startParts[2]!, ...clock.slice(1).map((v) => Number(v ?? 0))];
    else if (clock) return null; // no valid start date to put it on; `start` is reported already
    else {
      errors.push(`${where}: must be a time: HH:MM[:SS] on the start date, or a local ISO time`);
      return null;
    }
    const [yy, mm, dd, hh, mi, ss] = parts as [number, number, number, number, number, number];
    let valid = true;
    if (!realDate(yy, mm, dd)) {
      errors.push(`${where}: ${text} is not a real date`);
      valid = false;
    }
    if (hh > 23 || mi > 59 || ss > 59) {
      errors.push(`${where}: ${text} is not a valid time of day`);
      valid = false;
    }
    return valid ? localInstant(yy, mm, dd, hh, mi, ss, readZone) : null;
  };

  const start = startText === undefined ? null : toInstant(startText, 'start');
  const end = endText === undefined ? null : toInstant(endText, 'end');
  if (start !== null && end !== null) {
    if (end <= start) errors.push('end: must be after start');
    if (end - start > MAX_SCENARIO_MS) errors.push('end: a scenario covers at most 40 days');
  }

  let settings: Settings = DEFAULT_SETTINGS;
  if (rawSettings) {
    const applied = applySettingsPatch(DEFAULT_SETTINGS, rawSettings);
    if (applied.ok) settings = applied.value;
    // Settings messages start with their field ("breakIntervalMin must be…"); put them in the one form.
    else errors.push(...applied.errors.map((e) => `settings.${e.replace(/^([\w.[\]]+):? /, '$1: ')}`));
  }

  const events: ScenarioEvent[] = [];
  let jumped = 0;
  rawEvents.forEach((rawEvent, i) => {
    const where = `events[${i}]`;
    const parsed = eventSchema.safeParse(rawEvent);
    if (!parsed.success) {
      errors.push(...issuesAt(['events', i], parsed.error));
      return;
    }
    const e = parsed.data;
    const when = toInstant(e.at, `${where}.at`);
    if (when !== null && start !== null && end !== null && (when < start || when > end)) errors.push(`${where}.at: ${e.at} is outside the scenario (start to end)`);
    const event = convertEvent(e, when ?? 0, where, errors, (text) => toInstant(text, `${where}.until`), options);
    if (event?.type === 'clock-jump') {
      jumped += event.byMs;
      if (Math.abs(jumped) > MAX_CLOCK_JUMP_MS) errors.push(`${where}.by: the clock jumps add up to more than ${MAX_CLOCK_JUMP_MS / 3600_000}h`);
    }
    if (event && when !== null) events.push(event);
  });
  if (errors.length > 0 || zone === undefined || start === null || end === null) return { ok: false, errors };
  const order = events.map((e, i) => ({ e, i }));
  order.sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  return { ok: true, value: { timeZone: zone, platform, start, end, settings, events: order.map((o) => o.e) } };
}

function convertEvent(
  e: RawEvent,
  at: number,
  field: string,
  errors: string[],
  toInstant: (text: string) => number | null,
  options: ScenarioOptions,
): ScenarioEvent | null {
  switch (e.type) {
    case 'suspend':
    case 'resume':
      return { at, type: e.type, silent: e.silent ?? false };
    case 'clock-jump': {
      const byMs = parseDuration(e.by)!;
      if (Math.abs(byMs) > MAX_CLOCK_JUMP_MS) {
        errors.push(`${field}.by: a clock jump is at most ${MAX_CLOCK_JUMP_MS / 3600_000}h either way`);
        return null;
      }
      return { at, type: 'clock-jump', byMs };
    }
    case 'time-zone':
      return { at, type: 'time-zone', to: e.to };
    case 'routine': {
      const known = e.routine !== undefined && options.routine ? options.routine(e.routine) : undefined;
      if (e.routine !== undefined && options.routine && !known) {
        errors.push(`${field}.routine: no routine '${e.routine}' in the library`);
        return null;
      }
      if (known && e.posture !== undefined && e.posture !== known.posture) {
        errors.push(`${field}.posture: routine '${known.id}' is ${known.posture}, not ${e.posture}`);
        return null;
      }
      const posture = e.posture ?? known?.posture;
      if (posture === undefined) {
        errors.push(`${field}.posture: required when no routine is named (seated, standing or moving)`);
        return null;
      }
      return { at, type: 'routine', routine: e.routine ?? null, posture, seconds: e.seconds, abandoned: e.abandoned ?? false };
    }
    case 'command': {
      if (e.command !== 'pause') {
        if (e.for !== undefined || e.until !== undefined) errors.push(`${field}: only a pause takes "for" or "until"`);
        return { at, type: 'command', command: { command: e.command } };
      }
      if ((e.for === undefined) === (e.until === undefined)) {
        errors.push(`${field}: a pause needs exactly one of "for" (e.g. 1h) or "until" (tomorrow, resume, HH:MM)`);
        return null;
      }
      if (e.for !== undefined) {
        const ms = parseDuration(e.for)!;
        if (ms <= 0) errors.push(`${field}.for: must be a positive duration`);
        else if (ms > MAX_SCENARIO_MS) errors.push(`${field}.for: a pause is at most 40 days`);
        return { at, type: 'command', command: { command: 'pause', forMs: ms } };
      }
      if (e.until === 'tomorrow' || e.until === 'resume') return { at, type: 'command', command: { command: 'pause', until: e.until } };
      const until = toInstant(e.until!);
      return until === null ? null : { at, type: 'command', command: { command: 'pause', untilWallLocal: until } };
    }
    case 'quiet':
      return { at, type: 'quiet', reasons: [...new Set(e.reasons)] };
    default:
      return { at, type: e.type };
  }
}
