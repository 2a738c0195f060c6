import { DEFAULT_SETTINGS, salvageSettings, settingsSchema, describeIssues, type Settings } from './settings.js';

/**
 * The settings file as stored on disk (`config.json` in the user-data folder, written through electron-store):
 *
 *   { "schemaVersion": 3, "settings": { …Settings }, "recovery": null | { droppedFields, backupFile },
 *     "firstRunDone": boolean }
 *
 * Each migration is a pure function from one version's document to the next, so it can be tested on fixtures
 * without a file system. Settings themselves are always checked by the one settings schema afterwards.
 */

export const SETTINGS_DOCUMENT_VERSION = 3;

export interface RecoveryNotice {
  droppedFields: string[];
  backupFile: string;
}

export interface SettingsDocument {
  schemaVersion: typeof SETTINGS_DOCUMENT_VERSION;
  settings: Settings;
  /** Set after a damaged file was repaired, until the user has seen it in Settings. */
  recovery: RecoveryNotice | null;
  /** The welcome has been finished; until then Settings opens on it at every start. */
  firstRunDone: boolean;
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into version n+1. */
export const MIGRATIONS: readonly Migration[] = [
  // Version 0: the unversioned layout electron-store writes by default, every setting at the top level.
  (doc) => {
    const { recovery, ...settings } = doc;
    return { schemaVersion: 1, settings, recovery: recovery ?? null };
  },
  // Version 1 had no welcome; whoever has a version-1 file has already met Limber, so the welcome is not shown.
  (doc) => ({ ...doc, schemaVersion: 2, firstRunDone: true }),
  // Version 2 reminded forever; a version-2 user gets the new limit's default rather than a "repaired" notice.
  (doc) => {
    const settings = doc['settings'];
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings) || 'maxReminders' in settings) return { ...doc, schemaVersion: 3 };
    return { ...doc, schemaVersion: 3, settings: { ...settings, maxReminders: DEFAULT_SETTINGS.maxReminders } };
  },
];

export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; from: number }
  | { ok: false; reason: string };

export function migrateSettingsDocument(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'the file does not hold a settings object' };
  }
  let doc = input as Record<string, unknown>;
  const version = doc['schemaVersion'] ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: `schemaVersion ${JSON.stringify(version)} is not a version number` };
  }
  if (version > SETTINGS_DOCUMENT_VERSION) {
    // Written by a newer Limber: its settings may still mostly fit, so salvage rather than refuse to start.
    return { ok: false, reason: `schemaVersion ${version} is newer than this Limber understands (${SETTINGS_DOCUMENT_VERSION})` };
  }
  for (let v = version; v < SETTINGS_DOCUMENT_VERSION; v++) doc = MIGRATIONS[v]!(doc);
  return { ok: true, document: doc, from: version };
}

export interface LoadedSettingsDocument {
  document: SettingsDocument;
  /** Fields that were invalid and fell back to defaults; empty when the file was fine. */
  dropped: string[];
  problems: string[];
  /** The document differs from what was read (migrated or repaired) and must be written back. */
  changed: boolean;
}

/** Validates a parsed file; keeps every valid field of a damaged one and defaults the rest. */
export function loadSettingsDocument(input: unknown): LoadedSettingsDocument {
  const migrated = migrateSettingsDocument(input);
  if (!migrated.ok) {
    const candidate = (input as { settings?: unknown } | null)?.settings ?? input;
    const { settings, dropped } = salvageSettings(candidate);
    return { document: fresh(settings), dropped: dropped.length > 0 ? dropped : ['schemaVersion'], problems: [migrated.reason], changed: true };
  }
  const doc = migrated.document;
  const parsed = settingsSchema.safeParse(doc['settings']);
  const recovery = parseRecovery(doc['recovery']);
  // Anything but an explicit false means the welcome was seen: a damaged flag must not bring it back every start.
  const firstRunDone = doc['firstRunDone'] !== false;
  const flagChanged = doc['firstRunDone'] !== firstRunDone;
  if (parsed.success) {
    const document: SettingsDocument = { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings: parsed.data, recovery, firstRunDone };
    return { document, dropped: [], problems: [], changed: migrated.from !== SETTINGS_DOCUMENT_VERSION || flagChanged };
  }
  const { settings, dropped } = salvageSettings(doc['settings']);
  return { document: { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings, recovery, firstRunDone }, dropped, problems: describeIssues(parsed.error), changed: true };
}

function fresh(settings: Settings): SettingsDocument {
  return { schemaVersion: SETTINGS_DOCUMENT_VERSION, settings, recovery: null, firstRunDone: true };
}

function parseRecovery(value: unknown): RecoveryNotice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { droppedFields, backupFile } = value as Record<string, unknown>;
  if (!Array.isArray(droppedFields) || !droppedFields.every((f) => typeof f === 'string') || typeof backupFile !== 'string') return null;
  return { droppedFields: droppedFields as string[], backupFile };
}
