import { mkdirSync } from 'node:fs';
import { shell } from 'electron';
import type { Disposable } from '../../common/disposable.js';
import type { Translate } from '../../common/i18n/translator.js';
import { registerIpc, type SenderGate } from '../ipc.js';

/** "Open log folder" in Settings: the folder the log is written to, shown in the file manager for a bug report. */
export function registerLogFolder(folder: string, pageOf: SenderGate, t: () => Translate): Disposable {
  return registerIpc(
    {
      'app:open-log-folder': async () => {
        // Nothing may have been logged yet; an empty folder is still the right place to show.
        mkdirSync(folder, { recursive: true });
        const problem = await shell.openPath(folder);
        return problem === '' ? { ok: true } : { ok: false, reason: t()('dialog.problems.logFolder', { folder, reason: problem }) };
      },
    },
    pageOf,
  );
}
