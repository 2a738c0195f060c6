import fs from 'node:fs';
import path from 'node:path';
import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { SettingsDocument } from '../common/settings-document.js';
import { SETTINGS_FILE, type DocumentWriter } from '../node/settings-file.js';

/**
 * Settings are kept by electron-store, always as the whole versioned document. Two of its habits must not reach
 * the user, so each write first asks the folder on Limber's own terms:
 * - its atomic writer retries EACCES/EPERM synchronously for about a second, freezing the main process on a
 *   folder that refuses writes; a folder that will refuse is reported at once instead;
 * - it reads `config.json` when it opens, and a synchronous read of a FIFO never returns; so it is opened only
 *   once the path is known to hold a regular file or nothing.
 * A write that is refused throws, and SettingsRepository keeps the change for the session and says why.
 */
export function electronStoreWriter(dir: string): DocumentWriter {
  const file = path.join(dir, SETTINGS_FILE);
  let store: Store<Record<string, unknown>> | null = null;
  return {
    write(document: SettingsDocument): void {
      fs.accessSync(dir, fs.constants.W_OK);
      const stat = fs.lstatSync(file, { throwIfNoEntry: false });
      if (stat && !stat.isFile()) throw new Error(`${SETTINGS_FILE} is not a regular file`);
      store ??= openStore(dir);
      store.store = { ...document };
    },
  };
}

function openStore(dir: string): Store<Record<string, unknown>> {
  const store = new Store<Record<string, unknown>>({ cwd: dir, name: 'config', clearInvalidConfig: false, watch: false });
  // Pages get settings only through the validated IPC contract, never through electron-store's own channel.
  ipcMain.removeAllListeners('electron-store-get-data');
  return store;
}
