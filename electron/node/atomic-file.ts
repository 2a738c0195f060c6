import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces a small file so that a reader (or the next start after a crash) sees either the old content or the
 * new, never half of each: write a sibling temp file, flush it, rename it over the target, flush the folder so
 * the rename itself survives a power cut. A failed write (disk full, read-only) removes its temp file: nothing
 * is left behind but the old file. One attempt, never a retry loop: a caller on the main thread must not stall.
 */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(file));
}

/**
 * Makes a new or renamed directory entry survive power loss. Windows cannot open directories, nor needs to; a
 * file system that refuses to flush a directory (some network mounts) has already done what it can.
 */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw error;
  } finally {
    fs.closeSync(fd);
  }
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

export type SmallFile = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'unusable'; reason: string };

/**
 * Reads one of the app's own small files without trusting what is at that path: a directory, a FIFO (whose
 * synchronous read would block the main thread forever), a device, a file far larger than the app ever writes
 * or one it may not read are reported as unusable, never thrown. A UTF-8 byte order mark, which some editors
 * add, is not part of the text.
 */
export function readSmallFile(file: string, maxBytes: number): SmallFile {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'unusable', reason: 'it is a folder, not a file' };
    return { kind: 'unusable', reason: `it cannot be opened (${code ?? (error as Error).message})` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'unusable', reason: 'it is a folder, not a file' };
    if (!stat.isFile()) return { kind: 'unusable', reason: 'it is not a regular file' };
    if (stat.size > maxBytes) return { kind: 'unusable', reason: `it is ${megabytes(stat.size)}, far more than Limber ever writes` };
    const text = fs.readFileSync(fd, 'utf8');
    return { kind: 'text', text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    return { kind: 'unusable', reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    fs.closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * Moves whatever is at `from` (file, folder, FIFO) to `to` so a fresh one can take its place and nothing the
 * user had is deleted. Returns false when even that is impossible (a read-only folder).
 */
export function setAside(from: string, to: string): boolean {
  try {
    fs.renameSync(from, to);
    syncDirectory(path.dirname(from));
    return true;
  } catch {
    return false;
  }
}

/** A file-name-safe timestamp, so backups sort by time: 2026-03-02T08-00-00-000Z. */
export function fileTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}
