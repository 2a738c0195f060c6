import path from 'node:path';
import { ipcMain } from 'electron';
import log from 'electron-log/main';

/**
 * Limber's log: a tray app has no console anyone reads, so warnings and errors go to a file in the user-data
 * folder, which Settings can open for a bug report. electron-log keeps it to limber.log and, past 1 MB, one
 * limber.old.log: two files at most. The console gets the same lines, for `npm start`.
 */

const MAX_BYTES = 1024 * 1024;
/** electron-log's own channel for renderer logging; Limber's pages log nothing and get no raw channel. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

let folder: string | null = null;

/** Points the log at `<userData>/logs`; until then lines go to the console only. Returns the folder. */
export function startLogFile(userData: string): string {
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  folder = path.join(userData, 'logs');
  const file = path.join(folder, 'limber.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = 'warn';
  // Looked up at each call rather than bound at load, so a test that expects a warning can capture it.
  log.transports.console.writeFn = ({ message }) => {
    if (message.level === 'error') console.error(...message.data);
    else console.warn(...message.data);
  };
  log.transports.console.format = '{text}';
  return folder;
}

export function logFolder(): string | null {
  return folder;
}

export function writeLog(message: string, error?: unknown): void {
  if (folder === null) {
    // Before startLogFile (a failure while starting): the console is all there is.
    if (error === undefined) console.warn(`Limber: ${message}`);
    else console.error(`Limber: ${message}`, error);
    return;
  }
  if (error === undefined) log.warn(`Limber: ${message}`);
  else log.error(`Limber: ${message}`, error);
}
