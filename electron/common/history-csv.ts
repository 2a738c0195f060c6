import type { DaySummary } from './history-summary.js';

/**
 * History as a spreadsheet: one row per day. Minutes rather than seconds, because that is what people chart.
 * Cells are quoted per RFC 4180, and any text cell a spreadsheet would read as a formula is defused, since the
 * file is opened by tools that execute `=…` cells.
 */

const COLUMNS: ReadonlyArray<{ header: string; value: (s: DaySummary) => number }> = [
  { header: 'sitting_min', value: (s) => minutes(s.sittingSeconds) },
  { header: 'longest_bout_min', value: (s) => minutes(s.longestBoutSeconds) },
  { header: 'bouts', value: (s) => s.boutCount },
  { header: 'breaks_taken', value: (s) => s.breaksTaken },
  { header: 'seated_breaks', value: (s) => s.postureBreaks },
  { header: 'breaks_skipped', value: (s) => s.breaksSkipped },
  { header: 'natural_breaks', value: (s) => s.naturalBreaks },
  { header: 'snoozed', value: (s) => s.snoozed },
  { header: 'prompts', value: (s) => s.prompts },
  { header: 'micro_breaks', value: (s) => s.microBreaks },
  { header: 'upright_min', value: (s) => minutes(s.uprightSeconds) },
  { header: 'short_gaps', value: (s) => s.shortGaps },
];

export const HISTORY_CSV_HEADER = ['date', ...COLUMNS.map((c) => c.header)];

export function historyCsv(days: Iterable<readonly [string, DaySummary]>): string {
  const rows = [HISTORY_CSV_HEADER.map(csvCell)];
  for (const [day, summary] of days) rows.push([csvCell(day), ...COLUMNS.map((c) => csvCell(c.value(summary)))]);
  // CRLF line ends are what RFC 4180 and Excel expect.
  return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) || defused !== value ? `"${defused.replace(/"/g, '""')}"` : defused;
}

function minutes(seconds: number): number {
  return Math.round((seconds / 60) * 10) / 10;
}
