import path from 'node:path';
import { readFileIfExists, writeFileAtomic } from './atomic-file.js';

/**
 * The engine's state between runs. Written after every engine input (each one changes at least the clock
 * anchor), so a killed process loses nothing the user did; read back once at start. Whatever is read is handed
 * to SittingEngine.restore, which validates it; here only unreadable JSON is caught.
 */

export const ENGINE_STATE_FILE = 'engine-state.json';

export class EngineStateFile {
  readonly file: string;
  private lastWritten: string | null = null;

  constructor(dir: string) {
    this.file = path.join(dir, ENGINE_STATE_FILE);
  }

  read(): { saved: unknown; problem: string | null } {
    const text = readFileIfExists(this.file);
    if (text === null) return { saved: undefined, problem: null };
    try {
      return { saved: JSON.parse(text) as unknown, problem: null };
    } catch (error) {
      return { saved: undefined, problem: `${ENGINE_STATE_FILE} is not valid JSON: ${(error as Error).message}` };
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
