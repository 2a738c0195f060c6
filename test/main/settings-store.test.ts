import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcMain } from '../fakes/electron.js';
import { SETTINGS_DOCUMENT_VERSION, type SettingsDocument } from '../../electron/common/settings-document.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { electronStoreWriter } from '../../electron/main/settings-store.js';

const doc = (breakIntervalMin: number): SettingsDocument => ({
  schemaVersion: SETTINGS_DOCUMENT_VERSION,
  settings: { ...DEFAULT_SETTINGS, breakIntervalMin },
  recovery: null,
  firstRunDone: true,
});
const temp = () => mkdtempSync(path.join(os.tmpdir(), 'limber-store-'));
const onDisk = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as unknown;

describe('settings through electron-store', () => {
  it('writes the whole versioned document, also after config.json vanished while Limber ran, and leaves pages no electron-store channel', () => {
    const dir = temp();
    const writer = electronStoreWriter(dir);
    writer.write(doc(40));
    expect(onDisk(dir)).toEqual(doc(40));
    // electron-store registers its renderer channel once per process, when the first store opens: this one.
    expect(ipcMain.listenerCount('electron-store-get-data')).toBe(0);
    rmSync(path.join(dir, 'config.json'));
    writer.write(doc(50));
    expect(onDisk(dir)).toEqual(doc(50));
  });

  it('refuses at once, without reading it, when config.json is a FIFO or a folder', () => {
    const fifoDir = temp();
    execFileSync('mkfifo', [path.join(fifoDir, 'config.json')]);
    expect(() => electronStoreWriter(fifoDir).write(doc(30))).toThrow(/not a regular file/);
    const missingDir = path.join(temp(), 'gone');
    expect(() => electronStoreWriter(missingDir).write(doc(30))).toThrow(/ENOENT/);
    expect(existsSync(missingDir)).toBe(false);
  });
});
