import fs from 'node:fs';
import path from 'node:path';
import {
  SETTINGS_DOCUMENT_VERSION,
  loadSettingsDocument,
  type RecoveryNotice,
  type SettingsDocument,
} from '../common/settings-document.js';
import { DEFAULT_SETTINGS, applySettingsPatch, type Result, type Settings } from '../common/settings.js';
import { fileTimestamp, readFileIfExists, writeFileAtomic } from './atomic-file.js';

/**
 * The settings file must never stop the app. Before electron-store opens `config.json`, this reads it on its
 * own terms: a missing file is a first run; unreadable JSON or invalid values are repaired by keeping every valid
 * field and defaulting the rest. The damaged original is kept beside it as `config.corrupt-<time>.json` and a
 * notice is stored in the document, so the user is told once and can find what was lost.
 */

export const SETTINGS_FILE = 'config.json';

export interface PreparedSettings {
  document: SettingsDocument;
  firstRun: boolean;
  /** Set when this start repaired the file; the same notice is stored in the document until dismissed. */
  repaired: RecoveryNotice | null;
  problems: string[];
}

export function prepareSettingsFile(dir: string, now: number): PreparedSettings {
  const file = path.join(dir, SETTINGS_FILE);
  const text = readFileIfExists(file);
  if (text === null) {
    const document: SettingsDocument = { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings: DEFAULT_SETTINGS, recovery: null, firstRunDone: false };
    writeFileAtomic(file, serialize(document));
    return { document, firstRun: true, repaired: null, problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const backupFile = backUp(file, now);
    const repaired = { droppedFields: ['(whole file)'], backupFile };
    // A file too damaged to read says nothing about the welcome; someone who had one has already met Limber.
    const document: SettingsDocument = { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings: DEFAULT_SETTINGS, recovery: repaired, firstRunDone: true };
    writeFileAtomic(file, serialize(document));
    return { document, firstRun: false, repaired, problems: [`${SETTINGS_FILE} is not valid JSON: ${(error as Error).message}`] };
  }
  const loaded = loadSettingsDocument(json);
  if (!loaded.changed) return { document: loaded.document, firstRun: false, repaired: null, problems: [] };
  let repaired: RecoveryNotice | null = null;
  if (loaded.dropped.length > 0) {
    repaired = { droppedFields: loaded.dropped, backupFile: backUp(file, now) };
    loaded.document.recovery = repaired;
  }
  // A plain migration (nothing dropped) rewrites the file in the new layout without bothering the user.
  writeFileAtomic(file, serialize(loaded.document));
  return { document: loaded.document, firstRun: false, repaired, problems: loaded.problems };
}

function backUp(file: string, now: number): string {
  const backup = path.join(path.dirname(file), `config.corrupt-${fileTimestamp(now)}.json`);
  fs.copyFileSync(file, backup);
  return backup;
}

function serialize(document: SettingsDocument): string {
  return `${JSON.stringify(document, null, '\t')}\n`;
}

/** The slice of electron-store (or conf) the repository writes through. */
export interface DocumentStore {
  set(key: string, value: unknown): void;
}

/**
 * The app's one copy of the settings. Every change goes through the settings schema before it is written, so
 * the file only ever holds values the engine accepts.
 */
export class SettingsRepository {
  private doc: SettingsDocument;

  constructor(
    private readonly store: DocumentStore,
    initial: SettingsDocument,
  ) {
    this.doc = structuredClone(initial);
  }

  get settings(): Settings {
    return this.doc.settings;
  }

  get recovery(): RecoveryNotice | null {
    return this.doc.recovery;
  }

  /** Applies a partial change; an invalid one is refused whole and nothing is written. */
  update(patch: unknown): Result<Settings> {
    const next = applySettingsPatch(this.doc.settings, patch);
    if (next.ok) this.replace(next.value);
    return next;
  }

  restoreDefaults(): Settings {
    this.replace(DEFAULT_SETTINGS);
    return this.doc.settings;
  }

  get firstRunDone(): boolean {
    return this.doc.firstRunDone;
  }

  completeFirstRun(): void {
    if (this.doc.firstRunDone) return;
    this.doc.firstRunDone = true;
    this.store.set('firstRunDone', true);
  }

  dismissRecovery(): void {
    if (this.doc.recovery === null) return;
    this.doc.recovery = null;
    this.store.set('recovery', null);
  }

  private replace(settings: Settings): void {
    this.store.set('settings', settings);
    this.doc.settings = structuredClone(settings);
  }
}
