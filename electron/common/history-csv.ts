import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import type { HistoryEvent } from './history-events.js';

/**
 * History as a spreadsheet: one row per recorded event, times as local ISO 8601 with their offset (so a row says
 * both what the clock read and when that was), durations in seconds as stored. Every event type has the same
 * columns; a cell an event does not have stays empty. Cells are quoted per RFC 4180, and any text cell a
 * spreadsheet would read as a formula is defused, since the file is opened by tools that execute `=…` cells.
 */

export const HISTORY_CSV_HEADER = ['time', 'event', 'start', 'end', 'seconds', 'posture', 'routine', 'kind', 'detail'] as const;

type Row = Record<(typeof HISTORY_CSV_HEADER)[number], string | number>;

function row(event: HistoryEvent, iso: (ms: number) => string): Row {
  const base: Row = { time: iso(event.at), event: event.type, start: '', end: '', seconds: '', posture: '', routine: '', kind: '', detail: '' };
  switch (event.type) {
    case 'bout':
      return { ...base, start: iso(event.start), end: iso(event.end), seconds: event.sittingSeconds, detail: `ended by ${event.cause}` };
    case 'prompt':
      return { ...base, routine: event.routine ?? '', kind: event.kind, detail: `after ${event.reason}` };
    case 'break':
      return { ...base, start: iso(event.start), seconds: event.seconds, posture: event.posture, routine: event.routine ?? '', detail: event.partial ? 'stopped early' : '' };
    case 'acknowledged':
      return { ...base, seconds: event.seconds, routine: event.routine ?? '' };
    case 'snoozed':
      return { ...base, seconds: event.minutes * 60 };
    case 'skipped':
      return base;
    case 'ignored':
      return { ...base, detail: `after ${event.reminders} reminder${event.reminders === 1 ? '' : 's'}` };
    case 'natural-break':
      return { ...base, start: iso(event.start), end: iso(event.end), seconds: event.seconds, detail: event.confirmed ? 'you said you were up' : '' };
    case 'held':
      return { ...base, start: iso(event.start), end: iso(event.end), seconds: event.seconds, kind: event.kind, detail: `${event.outcome}; ${event.reasons.join(' ')}` };
    case 'standing':
    case 'short-gap':
      return { ...base, start: iso(event.start), end: iso(event.end), seconds: event.seconds };
  }
}

export function historyCsv(events: readonly HistoryEvent[], timeZone: string): string {
  const iso = (ms: number) => formatISO(new TZDate(ms, timeZone));
  const rows = [HISTORY_CSV_HEADER.map(csvCell)];
  // Appended in the order they happened, except that a span is written when it ends: sorted, it reads as a diary.
  const sorted = [...events].sort((a, b) => a.at - b.at);
  for (const event of sorted) {
    const cells = row(event, iso);
    rows.push(HISTORY_CSV_HEADER.map((column) => csvCell(cells[column])));
  }
  // CRLF line ends are what RFC 4180 and Excel expect.
  return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) || defused !== value ? `"${defused.replace(/"/g, '""')}"` : defused;
}
