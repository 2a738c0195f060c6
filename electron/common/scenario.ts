import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { QUIET_REASONS, type QuietReason } from './quiet-moments.js';
import { postureSchema } from './history-events.js';
import { DEFAULT_SETTINGS, applySettingsPatch, describeIssues, type Result, type Settings } from './settings.js';

/**
 * A scripted day for the simulator: what the user does, on the true timeline. Scenario files come from users and
 * bug reports, so every field is checked and an error names the field that is wrong.
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
        posture: postureSchema,
        seconds: z.number().int().min(1).max(3600),
        abandoned: z.boolean().optional(),
      })
      .strict(),
  ],
  {
    error:
      'type must be one of active, idle, lock, unlock, suspend, resume, clock-jump, idle-unavailable, idle-available, quiet, command, routine',
  },
);

const scenarioSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Berlin' }),
    start: z.string().regex(LOCAL_ISO, { error: 'must be a local ISO time such as 2026-03-02T09:00:00' }),
    end: z.string().regex(LOCAL_ISO, { error: 'must be a local ISO time such as 2026-03-02T17:00:00' }),
    settings: z.record(z.string(), z.unknown()).optional(),
    events: z.array(eventSchema).max(100_000),
  })
  .strict();

type RawEvent = z.infer<typeof eventSchema>;

export type ScenarioCommand =
  | { command: 'start-break' | 'snooze' | 'skip' | 'resume' | 'standing-on' | 'standing-off' | 'count-gap-as-break' }
  | { command: 'pause'; forMs: number }
  | { command: 'pause'; until: 'tomorrow' | 'resume' }
  | { command: 'pause'; untilWallLocal: number };

export type ScenarioEvent =
  | { at: number; type: 'active' | 'idle' | 'lock' | 'unlock' | 'idle-unavailable' | 'idle-available' }
  | { at: number; type: 'suspend' | 'resume'; silent: boolean }
  | { at: number; type: 'clock-jump'; byMs: number }
  | { at: number; type: 'quiet'; reasons: QuietReason[] }
  | { at: number; type: 'command'; command: ScenarioCommand }
  | { at: number; type: 'routine'; routine: string | null; posture: 'seated' | 'standing' | 'moving'; seconds: number; abandoned: boolean };

export interface Scenario {
  timeZone: string;
  start: number;
  end: number;
  settings: Settings;
  /** In time order; events at the same instant keep their order in the file. */
  events: ScenarioEvent[];
}

export function parseScenario(input: unknown): Result<Scenario> {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  const raw = parsed.data;
  const zone = raw.timeZone;
  const errors: string[] = [];
  const startParts = LOCAL_ISO.exec(raw.start)!.slice(1).map(Number) as number[];
  const [y, mo, d] = startParts as [number, number, number];
  const toInstant = (text: string, field: string): number | null => {
    const iso = LOCAL_ISO.exec(text);
    const clock = CLOCK.exec(text);
    if (iso) {
      const [yy, mm, dd, hh, mi, ss] = iso.slice(1).map((v) => Number(v ?? 0)) as number[];
      if (hh! > 23 || mi! > 59 || ss! > 59) errors.push(`${field}: ${text} is not a valid time of day`);
      return localInstant(yy!, mm!, dd!, hh!, mi!, ss!, zone);
    }
    if (clock) {
      const [hh, mi, ss] = clock.slice(1).map((v) => Number(v ?? 0)) as number[];
      if (hh! > 23 || mi! > 59 || ss! > 59) errors.push(`${field}: ${text} is not a valid time of day`);
      return localInstant(y, mo, d, hh!, mi!, ss!, zone);
    }
    errors.push(`${field}: must be a time: HH:MM[:SS] on the start date, or a local ISO time`);
    return null;
  };

  const start = toInstant(raw.start, 'start') ?? 0;
  const end = toInstant(raw.end, 'end') ?? 0;
  if (end <= start) errors.push('end: must be after start');
  if (end - start > 40 * 24 * 3600_000) errors.push('end: a scenario covers at most 40 days');

  let settings: Settings = DEFAULT_SETTINGS;
  if (raw.settings) {
    const applied = applySettingsPatch(DEFAULT_SETTINGS, raw.settings);
    if (applied.ok) settings = applied.value;
    else errors.push(...applied.errors.map((e) => `settings.${e}`));
  }

  const events: ScenarioEvent[] = [];
  raw.events.forEach((e: RawEvent, i) => {
    const field = `events[${i}]`;
    const when = toInstant(e.at, `${field}.at`);
    if (when === null) return;
    if (when < start || when > end) errors.push(`${field}.at: ${e.at} is outside the scenario (start to end)`);
    const event = convertEvent(e, when, `${field}`, errors, (text) => toInstant(text, `${field}.until`));
    if (event) events.push(event);
  });
  if (errors.length > 0) return { ok: false, errors };
  const order = events.map((e, i) => ({ e, i }));
  order.sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  return { ok: true, value: { timeZone: zone, start, end, settings, events: order.map((o) => o.e) } };
}

function convertEvent(
  e: RawEvent,
  at: number,
  field: string,
  errors: string[],
  toInstant: (text: string) => number | null,
): ScenarioEvent | null {
  switch (e.type) {
    case 'suspend':
    case 'resume':
      return { at, type: e.type, silent: e.silent ?? false };
    case 'clock-jump':
      return { at, type: 'clock-jump', byMs: parseDuration(e.by)! };
    case 'routine':
      return {
        at,
        type: 'routine',
        routine: e.routine ?? null,
        posture: e.posture,
        seconds: e.seconds,
        abandoned: e.abandoned ?? false,
      };
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
