import fs from 'node:fs';
import path from 'node:path';
import { historyDayKey, parseDateKey } from '../common/calendar.js';
import type { HistoryEvent } from '../common/history-events.js';
import { historyTroubleText, writeFailureText, type HistoryTrouble, type WriteFailure } from '../common/storage-problem-text.js';
import { fileTimestamp, setAside, syncDirectory } from './atomic-file.js';
import { decodeHistoryLine, encodeHistoryLine } from './history-line.js';
import { LOG_WORDS } from './log-words.js';
import { writeFailureOf } from './write-failure.js';
import { completeLines, cutDamagedTail, intactLength } from './jsonl-file.js';

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
  /** How many unwritten events to keep in memory at most; default MAX_PENDING_EVENTS. */
  maxPending?: number;
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

export interface SetAside {
  /** What was in the way: the history folder itself, or one day's file. */
  name: string;
  reason: string;
  /** Where it now is; null when even moving it failed, and it is skipped instead. */
  movedTo: string | null;
}

export interface RepairReport {
  /** Files whose damaged end was cut off by open(). */
  repairedTails: TailRepair[];
  /** Damaged ends that could not be cut off (the side file could not be written): left in place, never read. */
  unrepairedTails: Array<{ day: string; reason: string }>;
  /** Lines left in place but skipped on read. */
  unreadableLines: UnreadableLine[];
  /** Things that were not what the store keeps (a folder named like a day, a file named `history`). */
  setAside: SetAside[];
}

/** Unsaved events kept in memory at most; a full day is a few hundred, so this is weeks of a read-only disk. */
export const MAX_PENDING_EVENTS = 20_000;

interface PendingLine {
  day: string;
  event: HistoryEvent;
  line: Buffer;
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

interface OpenDay {
  day: string;
  fd: number;
  /** Where the file ended before the next append, so a failed write can be cut back off. */
  size: number;
  /** The file does not end in a newline (a torn tail left in place): the next line must start a line first. */
  needsNewline: boolean;
}

/**
 * Append-only event history, one JSON Lines file per history day. Appends are single whole-line writes, so a
 * crash can only leave a partial last line, which the next open() cuts off and sets aside.
 *
 * An event that cannot be written (disk full, read-only remount, the folder gone) is not lost: it waits in
 * memory, in order, and every later append or `retry()` writes the waiting ones first. A write that fails part
 * way is cut back off before the event is tried again, so it is never on disk twice. `problem` says why history
 * is not being saved while anything waits.
 */
export class HistoryStore {
  readonly folder: string;
  readonly repairReport: RepairReport;
  private readonly zone: () => string;
  private readonly boundaryHour: () => number;
  private readonly durable: boolean;
  private readonly maxPending: number;
  private openDay: OpenDay | null = null;
  private closedBecause: string | null = null;
  private readonly pending: PendingLine[] = [];
  private lastFailure: WriteFailure | null = null;
  private droppedCount = 0;

  private constructor(options: HistoryStoreOptions, folder: string, repairReport: RepairReport) {
    const { timeZone } = options;
    this.folder = folder;
    this.repairReport = repairReport;
    this.zone = typeof timeZone === 'function' ? timeZone : () => timeZone;
    const { boundaryHour } = options;
    this.boundaryHour = typeof boundaryHour === 'function' ? boundaryHour : () => boundaryHour;
    this.durable = options.durable ?? true;
    this.maxPending = options.maxPending ?? MAX_PENDING_EVENTS;
  }

  /** Never throws: whatever is in the way is set aside or skipped, and the report says what was done. */
  static open(options: HistoryStoreOptions): HistoryStore {
    const folder = path.join(options.dir, 'history');
    const report: RepairReport = { repairedTails: [], unrepairedTails: [], unreadableLines: [], setAside: [] };
    let usable = true;
    try {
      if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) {
        const to = `${folder}.damaged-${fileTimestamp(Date.now())}`;
        const moved = setAside(folder, to);
        report.setAside.push({ name: 'history', reason: 'it is a file, not a folder', movedTo: moved ? to : null });
      }
      fs.mkdirSync(folder, { recursive: true });
    } catch {
      usable = false;
    }
    if (usable) repairFolder(folder, report);
    return new HistoryStore(options, folder, report);
  }

  /**
   * Validates, then writes one line, after any that are waiting. Throws InvalidHistoryEventError (and keeps
   * nothing) on a bad event; a write that fails keeps the event waiting instead of throwing.
   */
  append(event: HistoryEvent): void {
    if (this.closedBecause) throw new Error(`HistoryStore is closed: ${this.closedBecause}`);
    const line = Buffer.from(encodeHistoryLine(event), 'utf8');
    const day = historyDayKey(event.at, this.zone(), this.boundaryHour());
    this.pending.push({ day, event, line });
    if (this.pending.length > this.maxPending) {
      this.pending.shift();
      this.droppedCount += 1;
    }
    this.retry();
  }

  /** Writes what is waiting, oldest first, until one fails; returns how many still wait. */
  retry(): number {
    while (this.pending.length > 0 && !this.closedBecause) {
      const next = this.pending[0]!;
      try {
        this.write(next);
      } catch (error) {
        this.lastFailure = writeFailureOf(error);
        return this.pending.length;
      }
      this.pending.shift();
    }
    this.lastFailure = null;
    return this.pending.length;
  }

  /** Events appended but not yet on disk, oldest first. */
  get unsaved(): readonly HistoryEvent[] {
    return this.pending.map((p) => p.event);
  }

  /** Why history is not being saved, or null when everything appended is on disk. */
  get trouble(): HistoryTrouble | null {
    if (this.pending.length === 0 && this.droppedCount === 0) return null;
    return { waiting: this.pending.length, dropped: this.droppedCount, failure: this.lastFailure };
  }

  /** The same in English, for the log. */
  get problem(): string | null {
    const trouble = this.trouble;
    return trouble && historyTroubleText(LOG_WORDS.t, trouble);
  }

  private write({ day, line }: PendingLine): void {
    const target = this.fileFor(day);
    const data = target.needsNewline ? Buffer.concat([Buffer.from('\n'), line]) : line;
    let written = 0;
    try {
      written = fs.writeSync(target.fd, data);
    } finally {
      if (written !== data.length) this.undoPartialWrite(target);
    }
    if (written !== data.length) throw new Error(`the write was cut short (${written} of ${data.length} bytes)`);
    target.size += written;
    target.needsNewline = false;
    // The line is in the file now; a failed flush must not make it be written a second time.
    if (this.durable) {
      try {
        fs.fdatasyncSync(target.fd);
      } catch {
        // The next successful append's flush carries this line too.
      }
    }
  }

  /** Events of one history day in the order they were appended, waiting ones last; unreadable lines are skipped. */
  readDay(dayKey: string): HistoryEvent[] {
    const events: HistoryEvent[] = [];
    let content: Buffer | null = null;
    try {
      content = fs.readFileSync(this.pathOf(dayKey));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A day key from a caller is checked by pathOf; anything the disk says is a day with nothing readable.
      if (code === undefined) throw error;
    }
    if (content) {
      for (const text of completeLines(content)) {
        const decoded = decodeHistoryLine(text);
        if (decoded.ok) events.push(decoded.event);
      }
    }
    for (const p of this.pending) if (p.day === dayKey) events.push(p.event);
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

  /** Day keys that have a file or waiting events, ascending. */
  days(): string[] {
    let onDisk: string[] = [];
    try {
      onDisk = listDays(this.folder);
    } catch {
      // The folder is gone or unreadable: only what waits in memory is known.
    }
    return [...new Set([...onDisk, ...this.pending.map((p) => p.day)])].sort();
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
    if (isNew) fs.mkdirSync(this.folder, { recursive: true });
    // a+: appends, and lets the last byte be read to see whether the file ends mid-line.
    const fd = fs.openSync(file, 'a+');
    try {
      const size = fs.fstatSync(fd).size;
      this.openDay = { day, fd, size, needsNewline: size > 0 && !endsWithNewline(fd, size) };
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
    if (isNew && this.durable) syncDirectory(this.folder);
    return this.openDay;
  }

  private closeDay(): void {
    if (!this.openDay) return;
    const { fd } = this.openDay;
    this.openDay = null;
    fs.closeSync(fd);
  }

  /**
   * A half-written line followed by the next append would fuse two events into one unreadable line. When it
   * cannot be cut back off, the file is closed; reopening finds the torn end and starts the next line after it,
   * so the fragment stays an unreadable line of its own and the event is written whole once.
   */
  private undoPartialWrite(target: OpenDay): void {
    try {
      fs.ftruncateSync(target.fd, target.size);
    } catch {
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

function endsWithNewline(fd: number, size: number): boolean {
  const last = Buffer.alloc(1);
  fs.readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/**
 * Cuts torn ends off and moves aside what cannot be a day file. Nothing here throws: a day that cannot be
 * repaired (no room for its side file) is left as it is and reported, and appends start a fresh line after it.
 */
function repairFolder(folder: string, report: RepairReport): void {
  const now = Date.now();
  let days: string[];
  try {
    days = listDays(folder);
  } catch {
    return;
  }
  for (const day of days) {
    const file = path.join(folder, `${day}.jsonl`);
    let content: Buffer;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) {
        const to = `${file}.damaged-${fileTimestamp(now)}`;
        const moved = setAside(file, to);
        report.setAside.push({ name: `history/${day}.jsonl`, reason: stat.isDirectory() ? 'it is a folder, not a file' : 'it is not a regular file', movedTo: moved ? to : null });
        continue;
      }
      content = fs.readFileSync(file);
    } catch (error) {
      report.unrepairedTails.push({ day, reason: writeFailureText(LOG_WORDS.t, writeFailureOf(error)).replace('the write failed', 'it could not be read') });
      continue;
    }
    let keep = intactLength(content);
    if (keep < content.length) {
      try {
        const damagedFile = cutDamagedTail(file, content, keep, now);
        report.repairedTails.push({ day, file, damagedFile, damagedBytes: content.length - keep });
      } catch (error) {
        report.unrepairedTails.push({ day, reason: writeFailureText(LOG_WORDS.t, writeFailureOf(error)) });
        keep = content.length;
      }
    }
    completeLines(content.subarray(0, keep)).forEach((text, index) => {
      const decoded = decodeHistoryLine(text);
      if (!decoded.ok) report.unreadableLines.push({ day, line: index + 1, reason: decoded.reason });
    });
  }
}
