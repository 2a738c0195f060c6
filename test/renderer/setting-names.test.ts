import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, salvageSettings } from '../../electron/common/settings.js';
import { repairText } from '../../renderer/settings/recovery-text.js';
import { friendlyMessage } from '../../renderer/settings/settings-check.js';
import { settingName } from '../../renderer/settings/setting-names.js';

/* The names the settings window gives settings when it cannot point at their field: in a repair notice, say. */

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

const everySetting = leaves(DEFAULT_SETTINGS);

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
    const name = settingName(path);
    expect(name).toBeDefined();
    expect(name).toMatch(/^[A-Z][a-z]/);
    expect(name).not.toMatch(/[a-z][A-Z]|[._]/);
  });

  it('gives no two settings the same name', () => {
    const names = everySetting.map(settingName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no name for what is not a setting', () => {
    for (const path of ['colour', 'toString', 'constructor', 'microBreak', 'workingHours.days.xyz', '(whole file)', 'schemaVersion']) {
      expect(settingName(path)).toBeUndefined();
    }
  });

  it('swaps the names into the schema’s messages', () => {
    expect(friendlyMessage('shortGapMin must be less than awayGapMin')).toBe('Short pause must be less than time away');
    expect(friendlyMessage('abandonGraceSec must be a whole number from 10 to 300 seconds')).toBe('Shortest stopped routine that still counts must be a whole number from 10 to 300 seconds');
    expect(friendlyMessage('workingHours.days.mon.0: a working-hours range must end after it starts (use 24:00 for midnight)')).toBe(
      'A working-hours range must end after it starts (use 24:00 for midnight)',
    );
  });
});

describe('what the repair notice says', () => {
  it('lists the settings that went back to their defaults by name', () => {
    expect(repairText(['abandonGraceSec', 'seatedFollowUpMin', 'standingSuggestMin', 'microBreak.seconds'])).toBe(
      'Reset to the default: Shortest stopped routine that still counts, Next reminder after a seated routine, Standing reminder, and Eye break length. Everything else was kept.',
    );
    expect(repairText(['workingHours.days.tue'])).toBe('Reset to the default: Tuesday’s working hours. Everything else was kept.');
  });

  it('says in a sentence that the file could not be read at all', () => {
    expect(repairText(['(whole file)'])).toBe('Limber could not read it at all, so every setting is back to its default.');
  });

  it('says in a sentence that a newer Limber probably wrote the file, and that nothing was lost', () => {
    const text = repairText(['schemaVersion']);
    expect(text).toBe('It is marked with a version this Limber does not understand, perhaps because a newer Limber wrote it. Every setting this Limber knows was kept.');
    expect(text).not.toContain('schemaVersion');
  });

  it('counts entries it does not know without naming their raw keys, apart from the settings that were reset', () => {
    expect(repairText(['snoozeMin', 'focusMode.enabled'])).toBe(
      'Reset to the default: Snooze length. One entry this version of Limber does not use was left out. Everything else was kept.',
    );
  });

  it('names a whole group that was reset in words, and never claims it was kept', () => {
    const text = repairText(['workingHours']);
    expect(text).toBe('Reset to the default: Working hours. Everything else was kept.');
    expect(text).not.toContain('workingHours');
    expect(repairText(['microBreak'])).toBe('Reset to the default: Eye breaks. Everything else was kept.');
  });
});
