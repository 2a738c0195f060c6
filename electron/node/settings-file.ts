import fs from 'node:fs';
import path from 'node:path';
import {
  SETTINGS_DOCUMENT_VERSION,
  loadSettingsDocument,
  type RecoveryNotice,
  type SettingsDocument,
} from '../common/settings-document.js';
import { DEFAULT_SETTINGS, applySettingsPatch, type Result, type Settings } from '../common/settings.js';
import type { WriteFailure } from '../common/storage-problem-text.js';
import { fileTimestamp, readSmallFile, setAside, writeFileAtomic } from './atomic-file.js';
import { writeFailureOf } from './write-failure.js';

/**
 * The settings file must never stop the app. `config.json` is read on Limber's own terms: a missing file is a
 * first run; unreadable JSON or invalid values are repaired by keeping every valid field and defaulting the rest;
 * something that is not a small regular file (a folder, a FIFO, hundreds of megabytes) is moved aside whole. The
 * damaged original is kept beside it as `config.corrupt-<time>.json` and a notice is stored in the document, so
 * the user is told once and can find what was lost. A folder that refuses writes leaves the settings in memory.
 */

export const SETTINGS_FILE = 'config.json';

/** The document is a few kilobytes; anything near this is not a settings file Limber wrote. */
const MAX_SETTINGS_BYTES = 1_048_576;

export interface PreparedSettings {
  document: SettingsDocument;
  firstRun: boolean;
  /** Set when this start repaired the file; the same notice is stored in the document until dismissed. */
  repaired: RecoveryNotice | null;
  problems: string[];
}

export function prepareSettingsFile(dir: string, now: number): PreparedSettings {
  const file = path.join(dir, SETTINGS_FILE);
  const read = readSmallFile(file, MAX_SETTINGS_BYTES);
  if (read.kind === 'missing') {
    const document: SettingsDocument = { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings: DEFAULT_SETTINGS, recovery: null, firstRunDone: false };
    return { document, firstRun: true, repaired: null, problems: tryWrite(file, document) };
  }
  if (read.kind === 'unusable') {
    const backup = backupPath(file, now);
    const backupFile = setAside(file, backup) ? backup : file;
    return wholeFileLost(file, backupFile, `${SETTINGS_FILE} could not be used: ${read.reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    return wholeFileLost(file, backUp(file, now), `${SETTINGS_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const loaded = loadSettingsDocument(json);
  if (!loaded.changed) return { document: loaded.document, firstRun: false, repaired: null, problems: [] };
  let repaired: RecoveryNotice | null = null;
  if (loaded.dropped.length > 0) {
    repaired = { droppedFields: loaded.dropped, backupFile: backUp(file, now) };
    loaded.document.recovery = repaired;
  }
  // A plain migration (nothing dropped) rewrites the file in the new layout without bothering the user.
  return { document: loaded.document, firstRun: false, repaired, problems: [...loaded.problems, ...tryWrite(file, loaded.document)] };
}

/**
 * The language setting alone, read without repairing or writing anything: for `limber --status` in a second
 * process, which must not touch the running instance's file. Anything unreadable is "system".
 */
export function readLanguageSetting(dir: string): Settings['language'] {
  const read = readSmallFile(path.join(dir, SETTINGS_FILE), MAX_SETTINGS_BYTES);
  if (read.kind !== 'text') return 'system';
  try {
    return loadSettingsDocument(JSON.parse(read.text)).document.settings.language;
  } catch {
    return 'system';
  }
}

function wholeFileLost(file: string, backupFile: string, problem: string): PreparedSettings {
  const repaired = { droppedFields: ['(whole file)'], backupFile };
  // A file too damaged to read says nothing about the welcome; someone who had one has already met Limber.
  const document: SettingsDocument = { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings: DEFAULT_SETTINGS, recovery: repaired, firstRunDone: true };
  return { document, firstRun: false, repaired, problems: [problem, ...tryWrite(file, document)] };
}

function backupPath(file: string, now: number): string {
  return path.join(path.dirname(file), `config.corrupt-${fileTimestamp(now)}.json`);
}

/** A copy, not a move: the damaged file stays where it is until the repaired one replaces it. */
function backUp(file: string, now: number): string {
  const backup = backupPath(file, now);
  try {
    fs.copyFileSync(file, backup);
    return backup;
  } catch {
    return file;
  }
}

function tryWrite(file: string, document: SettingsDocument): string[] {
  try {
    writeSettingsDocument(file, document);
    return [];
  } catch (error) {
    return [`${SETTINGS_FILE} could not be written, so changes last only until Limber quits: ${(error as Error).message}`];
  }
}

/** Always the whole, versioned document: a file that vanished while the app ran comes back complete. */
export function writeSettingsDocument(file: string, document: SettingsDocument): void {
  writeFileAtomic(file, `${JSON.stringify(document, null, '\t')}\n`);
}

/** Where the repository keeps the document: the settings file, or anything else that stores it whole. */
export interface DocumentWriter {
  write(document: SettingsDocument): void;
}

export function settingsFileWriter(dir: string): DocumentWriter {
  const file = path.join(dir, SETTINGS_FILE);
  return { write: (document) => writeSettingsDocument(file, document) };
}

/**
 * The app's one copy of the settings. Every change goes through the settings schema before it is written, so
 * the file only ever holds values the engine accepts. A write that fails (read-only or full disk) does not undo
 * the change: it applies for this session and `writeProblem` says why it is not saved; the next successful write
 * saves everything, because every write is the whole document.
 */
export class SettingsRepository {
  private doc: SettingsDocument;
  private problem: string | null = null;
  private failure: WriteFailure | null = null;

  constructor(
    private readonly writer: DocumentWriter,
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

  /** Why the last change could not be saved, or null when the file holds everything (in English, for the log). */
  get writeProblem(): string | null {
    return this.problem;
  }

  /** The same, as data, for words in the reader's language. */
  get writeFailure(): WriteFailure | null {
    return this.failure;
  }

  /** Applies a partial change; an invalid one is refused whole and nothing is written. */
  update(patch: unknown): Result<Settings> {
    const next = applySettingsPatch(this.doc.settings, patch);
    if (next.ok) {
      this.doc.settings = structuredClone(next.value);
      this.save();
    }
    return next;
  }

  restoreDefaults(): Settings {
    this.doc.settings = structuredClone(DEFAULT_SETTINGS);
    this.save();
    return this.doc.settings;
  }

  get firstRunDone(): boolean {
    return this.doc.firstRunDone;
  }

  completeFirstRun(): void {
    if (this.doc.firstRunDone) return;
    this.doc.firstRunDone = true;
    this.save();
  }

  dismissRecovery(): void {
    if (this.doc.recovery === null) return;
    this.doc.recovery = null;
    this.save();
  }

  private save(): void {
    try {
      this.writer.write(this.doc);
      this.problem = null;
      this.failure = null;
    } catch (error) {
      this.failure = writeFailureOf(error);
      this.problem = `Settings could not be saved, so changes last only until Limber quits: ${(error as Error).message}`;
    }
  }
}
