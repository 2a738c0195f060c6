import type { WriteFailure } from '../common/storage-problem-text.js';

/** What a refused write means for the user, from the system's error code. */
export function writeFailureOf(error: unknown): WriteFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return { kind: 'full', detail: code };
  if (code === 'EROFS') return { kind: 'read-only', detail: code };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'no-permission', detail: code };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing', detail: code };
  if (code === 'EDQUOT') return { kind: 'quota', detail: code };
  return { kind: 'other', detail: code ?? (error as Error).message };
}
