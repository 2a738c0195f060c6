import fs from 'node:fs';
import path from 'node:path';
import { fileTimestamp, readFileIfExists, readSmallFile, setAside, writeFileAtomic } from './atomic-file.js';

/**
 * The engine's state between runs. Written after every engine input (each one changes at least the clock
 * anchor), so a killed process loses nothing the user did; read back once at start. Whatever is read is handed
 * to SittingEngine.restore, which validates it; here only unreadable JSON is caught.
 */

export const ENGINE_STATE_FILE = 'engine-state.json';

/** The state is a few kilobytes; far more than this is not a file Limber wrote. */
const MAX_STATE_BYTES = 1_048_576;

export class EngineStateFile {
  readonly file: string;
  private lastWritten: string | null = null;

  constructor(dir: string) {
    this.file = path.join(dir, ENGINE_STATE_FILE);
  }

  /**
   * Something at the path that cannot be the state Limber wrote (a folder, a FIFO, a huge file, not JSON) is moved
   * aside as `engine-state.damaged-<time>.json`, so the next write can take its place; `setAside` says where.
   */
  read(now = Date.now()): { saved: unknown; problem: string | null; setAside: string | null } {
    const read = readSmallFile(this.file, MAX_STATE_BYTES);
    if (read.kind === 'missing') return { saved: undefined, problem: null, setAside: null };
    let problem: string;
    if (read.kind === 'text') {
      try {
        return { saved: JSON.parse(read.text) as unknown, problem: null, setAside: null };
      } catch (error) {
        problem = `${ENGINE_STATE_FILE} is not valid JSON: ${(error as Error).message}`;
      }
    } else {
      problem = `${ENGINE_STATE_FILE} could not be used: ${read.reason}`;
    }
    const aside = path.join(path.dirname(this.file), `engine-state.damaged-${fileTimestamp(now)}.json`);
    return { saved: undefined, problem, setAside: setAside(this.file, aside) ? aside : null };
  }

  /**
   * Keeps a copy of a state file that parsed but that the engine refused, before the next write replaces it.
   * Returns the copy's path, or null when there was nothing to copy or no room for it.
   */
  keepCopy(now = Date.now()): string | null {
    const copy = path.join(path.dirname(this.file), `engine-state.damaged-${fileTimestamp(now)}.json`);
    try {
      fs.copyFileSync(this.file, copy, fs.constants.COPYFILE_EXCL);
      return copy;
    } catch {
      return null;
    }
  }

  /** Skips the disk when nothing changed since the last write. */
  write(state: unknown): void {
    const text = JSON.stringify(state);
    if (text === this.lastWritten) return;
    writeFileAtomic(this.file, text);
    this.lastWritten = text;
  }
}

/**
 * `limber --status` runs in a second process that cannot ask the first one a question (Electron's
 * second-instance channel only goes one way). The first instance therefore keeps its current status line in
 * this file, rewritten whenever it changes; since the line uses absolute times, it stays true until then.
 */
export const STATUS_FILE = 'status.txt';

export class StatusFile {
  readonly file: string;
  private lastWritten: string | null = null;

  constructor(dir: string) {
    this.file = path.join(dir, STATUS_FILE);
  }

  write(line: string): void {
    if (line === this.lastWritten) return;
    writeFileAtomic(this.file, `${line}\n`);
    this.lastWritten = line;
  }

  read(): string | null {
    return readFileIfExists(this.file)?.trim() ?? null;
  }
}
