import { historyEventSchema, type HistoryEvent } from '../common/history-events.js';

/**
 * One stored event per line: compact JSON, so a line is an atomic, self-describing unit on disk. A field whose
 * value follows from the others is left out (most spans are written when they end, so `at` is their `end`, and
 * durations are the rounded difference of their instants), as is a break's `partial` flag when false. This
 * keeps a year of history well under 2 MB. Omission is conditional, so an event whose fields do not line up is
 * stored in full and reads back unchanged.
 */

type Fields = Record<string, unknown>;

interface Derivation {
  field: string;
  types: ReadonlySet<string>;
  /** Reads only other fields, and yields undefined when one of them is absent. */
  derive(fields: Fields): number | boolean | undefined;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';

function secondsBetween(from: unknown, to: unknown): number | undefined {
  return isNumber(from) && isNumber(to) ? Math.round((to - from) / 1000) : undefined;
}

const SPANS = new Set(['bout', 'natural-break', 'standing', 'short-gap']);
const SPANS_WITH_SECONDS = new Set(['natural-break', 'standing', 'short-gap']);
const BREAK = new Set(['break']);

const DERIVATIONS: readonly Derivation[] = [
  { field: 'at', types: SPANS, derive: ({ end }) => (isNumber(end) ? end : undefined) },
  {
    field: 'at',
    types: BREAK,
    derive: ({ start, seconds }) => (isNumber(start) && isNumber(seconds) ? start + seconds * 1000 : undefined),
  },
  { field: 'seconds', types: SPANS_WITH_SECONDS, derive: ({ start, end }) => secondsBetween(start, end) },
  { field: 'sittingSeconds', types: new Set(['bout']), derive: ({ start, end }) => secondsBetween(start, end) },
  // A break's `at` and `seconds` each follow from the other; the rule above for `at` already ran, so when it
  // dropped `at` this one sees it missing and keeps `seconds`.
  { field: 'seconds', types: BREAK, derive: ({ start, at }) => secondsBetween(start, at) },
  // Only a field the schema requires may get a default: an optional one's absence already means something.
  { field: 'partial', types: BREAK, derive: () => false },
];

/**
 * Each rule looks at the fields the earlier rules left, and expand() undoes the rules in reverse order, so
 * every rule sees the same inputs both ways and a dropped field comes back exactly.
 */
function compact(event: HistoryEvent): Fields {
  const fields: Fields = { ...event };
  for (const { field, types, derive } of DERIVATIONS) {
    if (types.has(event.type) && derive(fields) === fields[field]) delete fields[field];
  }
  return fields;
}

function expand(stored: Fields): Fields {
  const fields = { ...stored };
  const type = String(fields.type);
  for (const { field, types, derive } of [...DERIVATIONS].reverse()) {
    if (!types.has(type) || fields[field] !== undefined) continue;
    const value = derive(fields);
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

export class InvalidHistoryEventError extends Error {
  /** Dotted paths of the offending fields, `(event)` when the value as a whole is wrong. */
  readonly fields: string[];

  constructor(fields: string[], details: string[]) {
    super(`Invalid history event: ${details.join('; ')}`);
    this.name = 'InvalidHistoryEventError';
    this.fields = fields;
  }
}

/** Throws InvalidHistoryEventError naming every bad field. */
export function encodeHistoryLine(event: unknown): string {
  const parsed = historyEventSchema.safeParse(event);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => (issue.path.length ? issue.path.join('.') : '(event)'));
    const details = parsed.error.issues.map((issue, i) => `${fields[i]}: ${issue.message}`);
    throw new InvalidHistoryEventError(fields, details);
  }
  // The parsed copy, not the input: unknown keys are stripped so a caller's extra properties never reach disk.
  return `${JSON.stringify(compact(parsed.data))}\n`;
}

export type DecodedLine = { ok: true; event: HistoryEvent } | { ok: false; reason: string };

export function decodeHistoryLine(text: string): DecodedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not an object' };
  }
  const parsed = historyEventSchema.safeParse(expand(value as Fields));
  if (parsed.success) return { ok: true, event: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, reason: first ? `${first.path.join('.') || '(event)'}: ${first.message}` : 'invalid event' };
}

/** Whether a line could have been written whole: used to tell crash damage from lines merely unknown to us. */
export function isJsonObjectLine(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
