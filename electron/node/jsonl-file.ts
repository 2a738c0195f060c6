import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from './atomic-file.js';
import { isJsonObjectLine } from './history-line.js';

const NEWLINE = 0x0a;

/** Whole lines only: bytes after the last newline are a write that never finished, not a line. */
export function completeLines(content: Buffer): string[] {
  const end = content.lastIndexOf(NEWLINE);
  if (end < 0) return [];
  return content.toString('utf8', 0, end).split('\n');
}

/**
 * The length of the prefix that ends with the last line a writer could have finished. A crash (or power loss,
 * which can leave zero-filled or torn blocks) only ever damages the end of an append-only file, so trailing
 * bytes that are not a JSON object line are damage. A trailing line that is JSON but not a known event is kept:
 * it may come from a newer version of the app.
 */
export function intactLength(content: Buffer): number {
  let end = content.lastIndexOf(NEWLINE);
  while (end >= 0) {
    const start = end === 0 ? -1 : content.lastIndexOf(NEWLINE, end - 1);
    if (isJsonObjectLine(content.toString('utf8', start + 1, end))) return end + 1;
    end = start;
  }
  return 0;
}

/** Opens, uses and always closes a file descriptor, then flushes what was written to the disk. */
function withSyncedFd(file: string, flags: string, use: (fd: number) => void): void {
  const fd = fs.openSync(file, flags);
  try {
    use(fd);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export { syncDirectory };

/** A side file that could not be written whole (disk full) is removed: an empty or torn copy helps nobody. */
function writeDurably(file: string, data: Buffer): void {
  try {
    withSyncedFd(file, 'wx', (fd) => fs.writeFileSync(fd, data));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(file, { force: true });
    throw error;
  }
}

/**
 * Cuts `file` back to `keep` bytes. The cut-off bytes are saved beside it first, and durably, so that a crash
 * during repair can never lose them: at worst they exist twice. Returns the side file's path.
 */
export function cutDamagedTail(file: string, content: Buffer, keep: number, now: number): string {
  let stamp = now;
  let sideFile = `${file}.damaged-${stamp}`;
  for (;;) {
    try {
      writeDurably(sideFile, content.subarray(keep));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      stamp += 1;
      sideFile = `${file}.damaged-${stamp}`;
    }
  }
  syncDirectory(path.dirname(file));
  withSyncedFd(file, 'r+', (fd) => fs.ftruncateSync(fd, keep));
  return sideFile;
}
