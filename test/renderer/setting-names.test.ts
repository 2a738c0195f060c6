import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, salvageSettings } from '../../electron/common/settings.js';
import { repairText } from '../../renderer/settings/recovery-text.js';
import { checkChange, friendlyMessage } from '../../renderer/settings/settings-check.js';
import { settingName } from '../../renderer/settings/setting-names.js';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { wordsIn } from './support/words.js';

/* The names the settings window gives settings when it cannot point at their field: in a repair notice, say. */

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

const everySetting = leaves(DEFAULT_SETTINGS);
const en = wordsIn('en');
const nameOf = (path: string) => settingName(path, en.t, en.locale);

describe('setting names', () => {
  it('enumerates the settings in the units a repair reports them', () => {
    const allBroken = everySetting.reduce<Record<string, unknown>>((doc, path) => {
      const keys = path.split('.');
      let at = doc;
      for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[keys.at(-1)!] = null;
      return doc;
    }, {});
    expect(salvageSettings(allBroken).dropped.sort()).toEqual([...everySetting].sort());
    expect(everySetting).toContain('workingHours.days.mon');
  });

  it.each(everySetting)('names %s in words, not code', (path) => {
    const name = nameOf(path);
    expect(name).toBeDefined();
    expect(name).toMatch(/^[A-Z][a-z]/);
    expect(name).not.toMatch(/[a-z][A-Z]|[._]/);
  });

  it('gives no two settings the same name', () => {
    const names = everySetting.map(nameOf);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no name for what is not a setting', () => {
    for (const path of ['colour', 'toString', 'constructor', 'microBreak', 'workingHours.days.xyz', '(whole file)', 'schemaVersion']) {
      expect(nameOf(path)).toBeUndefined();
    }
  });

  it('says what the schema’s messages mean in the user’s words, naming the setting as its label does', () => {
    expect(friendlyMessage('shortGapMin must be less than awayGapMin', en)).toBe('The short pause must be shorter than the time away.');
    expect(friendlyMessage('abandonGraceSec must be a whole number from 10 to 300 seconds', en)).toBe(
      'Shortest stopped routine that still counts: enter a whole number of seconds from 10 to 300.',
    );
    expect(friendlyMessage('workingHours.days.mon.0: a working-hours range must end after it starts (use 24:00 for midnight)', en)).toBe(
      'Each range must end after it starts. Use 24:00 for midnight.',
    );
    expect(friendlyMessage('shortcut must use Ctrl, Alt, Command or Super with a key, or be a function key (F1 to F24)', en)).toBe(
      'Use Ctrl, Alt, Command or Super with the key, or a function key (F1 to F24).',
    );
  });

  it('recognises every message the schema gives for a change the window can make', () => {
    const refused: unknown[] = [
      { breakIntervalMin: 5 },
      { reminderIntervalMin: 0 },
      { maxReminders: 11 },
      { snoozeMin: 31 },
      { snoozeLimit: 9 },
      { shortGapMin: 9, awayGapMin: 5 },
      { awayGapMin: 1 },
      { dayBoundaryHour: 13 },
      { microBreak: { afterMin: 5 } },
      { shortcut: 'S' },
      { shortcut: 'Ctrl+Alt+S+' },
      { workingHours: { days: { mon: [{ start: '25:00', end: '17:00' }] } } },
      { workingHours: { days: { mon: [{ start: '09:00', end: '24:30' }] } } },
      { workingHours: { days: { mon: [{ start: '10:00', end: '09:00' }] } } },
      { workingHours: { days: { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } },
      { workingHours: { days: { mon: Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` })) } } },
    ];
    const generic = new Set([en.t('settings.problem.unknown'), ...everySetting.map((path) => en.t('settings.problem.other', { name: nameOf(path)! }))]);
    for (const patch of refused) {
      const checked = checkChange(DEFAULT_SETTINGS, patch, en);
      expect(checked.ok, JSON.stringify(patch)).toBe(false);
      if (checked.ok) continue;
      for (const error of checked.errors) {
        expect(generic.has(error), `${JSON.stringify(patch)}: ${error}`).toBe(false);
        expect(error, JSON.stringify(patch)).not.toMatch(/[a-z][A-Z]|\w\.\w/);
      }
    }
  });

  it('says it in the page’s language, with the numbers as the language writes them', () => {
    const ar = wordsIn('ar');
    const message = friendlyMessage('snoozeMin must be a whole number from 1 to 30 minutes', ar);
    const name = settingName('snoozeMin', ar.t, ar.locale)!;
    expect(message).toBe(ar.t('settings.problem.wholeMinutes', { name, min: ar.number(1), max: ar.number(30) }));
    const arabicNames = (CATALOGUES.ar as { settings?: { names?: Record<string, string> } }).settings?.names;
    expect(name).toBe(arabicNames?.snoozeMin ?? 'Snooze length');
    const de = wordsIn('de');
    expect(settingName('workingHours.days.tue', de.t, de.locale)).toContain('Dienstag');
  });
});

describe('what the repair notice says', () => {
  it('lists the settings that went back to their defaults by name', () => {
    expect(repairText(['abandonGraceSec', 'seatedFollowUpMin', 'standingSuggestMin', 'microBreak.seconds'], en)).toBe(
      // British English, the tests' locale, has no comma before the last "and".
      'Reset to the default: Shortest stopped routine that still counts, Next reminder after a seated routine, Standing reminder and Eye break length. Everything else was kept.',
    );
    expect(repairText(['workingHours.days.tue'], en)).toBe('Reset to the default: Working hours on Tuesday. Everything else was kept.');
  });

  it('says in a sentence that the file could not be read at all', () => {
    expect(repairText(['(whole file)'], en)).toBe('Limber could not read it at all, so every setting is back to its default.');
  });

  it('says in a sentence that a newer Limber probably wrote the file, and that nothing was lost', () => {
    const text = repairText(['schemaVersion'], en);
    expect(text).toBe('It is marked with a version this Limber does not understand, perhaps because a newer Limber wrote it. Every setting this Limber knows was kept.');
    expect(text).not.toContain('schemaVersion');
  });

  it('counts entries it does not know without naming their raw keys, apart from the settings that were reset', () => {
    expect(repairText(['snoozeMin', 'focusMode.enabled'], en)).toBe(
      'Reset to the default: Snooze length. One entry this version of Limber does not use was left out. Everything else was kept.',
    );
  });

  it('names a whole group that was reset in words, and never claims it was kept', () => {
    const text = repairText(['workingHours'], en);
    expect(text).toBe('Reset to the default: Working hours. Everything else was kept.');
    expect(text).not.toContain('workingHours');
    expect(repairText(['microBreak'], en)).toBe('Reset to the default: Eye breaks. Everything else was kept.');
  });
});
