import fs from 'node:fs';
import path from 'node:path';
import { historyDayKey, parseDateKey } from '../common/calendar.js';
import type { HistoryEvent } from '../common/history-events.js';
import { decodeHistoryLine, encodeHistoryLine } from './history-line.js';
import { completeLines, cutDamagedTail, intactLength, syncDirectory } from './jsonl-file.js';

export { InvalidHistoryEventError } from './history-line.js';

export interface HistoryStoreOptions {
  /** The app's data folder; the store keeps its files in `<dir>/history`. */
  dir: string;
  /** A function when the user's zone can change while the app runs (travel); it is asked on every append. */
  timeZone: string | (() => string);
  /** A function when the user can change it while the app runs (Settings); it is asked on every append. */
  boundaryHour: number | (() => number);
  /**
   * Default true: every append is flushed to the disk before it returns, so a power cut loses at most the
   * event being written. False is only for bulk writers that can regenerate their data (tests).
   */
  durable?: boolean;
}

export interface TailRepair {
  day: string;
  file: string;
  /** Where the cut-off bytes were saved, so nothing the app wrote is ever thrown away. */
  damagedFile: string;
  damagedBytes: number;
}

export interface UnreadableLine {
  day: string;
  /** 1-based, as an editor shows it. */
  line: number;
  reason: string;
}

export interface RepairReport {
  /** Files whose damaged end was cut off by open(). */
  repairedTails: TailRepair[];
  /** Lines left in place but skipped on read. */
  unreadableLines: UnreadableLine[];
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

interface OpenDay {
  day: string;
  fd: number;
  /** Where the file ended before the next append, so a failed write can be cut back off. */
  size: number;
}

/**
 * Append-only event history, one JSON Lines file per history day. Appends are single whole-line writes, so a
 * crash can only leave a partial last line, which the next open() cuts off and sets aside.
 */
export class HistoryStore {
  readonly folder: string;
  readonly repairReport: RepairReport;
  private readonly zone: () => string;
  private readonly boundaryHour: () => number;
  private readonly durable: boolean;
  private openDay: OpenDay | null = null;
  private closedBecause: string | null = null;

  private constructor(options: HistoryStoreOptions, folder: string, repairReport: RepairReport) {
    const { timeZone } = options;
    this.folder = folder;
    this.repairReport = repairReport;
    this.zone = typeof timeZone === 'function' ? timeZone : () => timeZone;
    const { boundaryHour } = options;
    this.boundaryHour = typeof boundaryHour === 'function' ? boundaryHour : () => boundaryHour;
    this.durable = options.durable ?? true;
  }

  static open(options: HistoryStoreOptions): HistoryStore {
    const folder = path.join(options.dir, 'history');
    fs.mkdirSync(folder, { recursive: true });
    return new HistoryStore(options, folder, repairFolder(folder));
  }

  /** Validates, then writes one line. Throws InvalidHistoryEventError (and writes nothing) on a bad event. */
  append(event: HistoryEvent): void {
    if (this.closedBecause) throw new Error(`HistoryStore is closed: ${this.closedBecause}`);
    const line = Buffer.from(encodeHistoryLine(event), 'utf8');
    const target = this.fileFor(historyDayKey(event.at, this.zone(), this.boundaryHour()));
    let written = 0;
    try {
      written = fs.writeSync(target.fd, line);
    } finally {
      if (written !== line.length) this.undoPartialWrite(target);
    }
    if (written !== line.length) throw new Error(`History write was cut short (${written} of ${line.length} bytes)`);
    target.size += written;
    if (this.durable) fs.fdatasyncSync(target.fd);
  }

  /** Events of one history day in the order they were appended; unreadable lines are skipped. */
  readDay(dayKey: string): HistoryEvent[] {
    let content: Buffer;
    try {
      content = fs.readFileSync(this.pathOf(dayKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const events: HistoryEvent[] = [];
    for (const text of completeLines(content)) {
      const decoded = decodeHistoryLine(text);
      if (decoded.ok) events.push(decoded.event);
    }
    return events;
  }

  /** Both ends inclusive; days in ascending order. */
  readRange(fromKey: string, toKey: string): HistoryEvent[] {
    parseDateKey(fromKey);
    parseDateKey(toKey);
    return this.days()
      .filter((day) => day >= fromKey && day <= toKey)
      .flatMap((day) => this.readDay(day));
  }

  /** Day keys that have a file, ascending. */
  days(): string[] {
    return listDays(this.folder);
  }

  close(): void {
    this.closedBecause ??= 'close() was called';
    this.closeDay();
  }

  private pathOf(dayKey: string): string {
    // Also keeps a caller's string from naming a path outside the folder.
    parseDateKey(dayKey);
    return path.join(this.folder, `${dayKey}.jsonl`);
  }

  private fileFor(day: string): OpenDay {
    if (this.openDay?.day === day) return this.openDay;
    this.closeDay();
    const file = this.pathOf(day);
    const isNew = !fs.existsSync(file);
    const fd = fs.openSync(file, 'a');
    this.openDay = { day, fd, size: fs.fstatSync(fd).size };
    if (isNew && this.durable) syncDirectory(this.folder);
    return this.openDay;
  }

  private closeDay(): void {
    if (!this.openDay) return;
    const { fd } = this.openDay;
    this.openDay = null;
    fs.closeSync(fd);
  }

  /** A half-written line followed by the next append would fuse two events into one unreadable line. */
  private undoPartialWrite(target: OpenDay): void {
    try {
      fs.ftruncateSync(target.fd, target.size);
    } catch {
      // Leave the partial line for the next open() to cut off, and write nothing more after it until then.
      this.closedBecause = `a failed write left a partial line in ${target.day}.jsonl`;
      this.openDay = null;
      try {
        fs.closeSync(target.fd);
      } catch {
        // The write error that brought us here is the one worth reporting.
      }
    }
  }
}

function listDays(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .map((name) => DAY_FILE.exec(name)?.[1])
    .filter((day): day is string => day !== undefined)
    .sort();
}

function repairFolder(folder: string): RepairReport {
  const report: RepairReport = { repairedTails: [], unreadableLines: [] };
  const now = Date.now();
  for (const day of listDays(folder)) {
    const file = path.join(folder, `${day}.jsonl`);
    const content = fs.readFileSync(file);
    const keep = intactLength(content);
    if (keep < content.length) {
      const damagedFile = cutDamagedTail(file, content, keep, now);
      report.repairedTails.push({ day, file, damagedFile, damagedBytes: content.length - keep });
    }
    completeLines(content.subarray(0, keep)).forEach((text, index) => {
      const decoded = decodeHistoryLine(text);
      if (!decoded.ok) report.unreadableLines.push({ day, line: index + 1, reason: decoded.reason });
    });
  }
  return report;
}
