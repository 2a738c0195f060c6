import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces a small file so that a reader (or the next start after a crash) sees either the old content or the
 * new, never half of each: write a sibling temp file, flush it, rename it over the target.
 */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/** Null when the file does not exist; other errors (permissions, a directory in the way) are real and thrown. */
export function readFileIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A file-name-safe timestamp, so backups sort by time: 2026-03-02T08-00-00-000Z. */
export function fileTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}
