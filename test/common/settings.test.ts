import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, parseSettings, salvageSettings } from '../../electron/common/settings.js';

describe('settings schema', () => {
  it('accepts the defaults: 30-minute breaks, window prompts, 5-minute snoozes, working hours off', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toMatchObject({ breakIntervalMin: 30, promptStyle: 'window', snoozeMin: 5, snoozeLimit: 2, maxReminders: 3 });
    expect(DEFAULT_SETTINGS.workingHours.enabled).toBe(false);
    expect(DEFAULT_SETTINGS.microBreak.enabled).toBe(false);
  });

  it.each([
    [{ breakIntervalMin: 5 }, 'breakIntervalMin must be a whole number from 10 to 120 minutes'],
    [{ breakIntervalMin: 121 }, 'breakIntervalMin must be a whole number from 10 to 120 minutes'],
    [{ breakIntervalMin: 30.5 }, 'breakIntervalMin must be a whole number from 10 to 120 minutes'],
    [{ breakIntervalMin: '30' }, 'breakIntervalMin must be a whole number from 10 to 120 minutes'],
    [{ snoozeLimit: 9 }, 'snoozeLimit must be a whole number from 0 to 5 snoozes'],
    [{ maxReminders: 11 }, 'maxReminders must be a whole number from 0 to 10 reminders per break'],
    [{ maxReminders: -1 }, 'maxReminders must be a whole number from 0 to 10 reminders per break'],
    [{ promptStyle: 'loud' }, 'promptStyle must be "gentle" or "window"'],
    [{ microBreak: { afterMin: 2 } }, 'microBreak.afterMin must be a whole number from 10 to 60 minutes'],
    [{ shortGapMin: 6, awayGapMin: 5 }, 'shortGapMin must be less than awayGapMin'],
    [{ workingHours: { days: { mon: [{ start: '17:00', end: '09:00' }] } } }, 'must end after it starts'],
    [{ workingHours: { days: { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } }, 'must not overlap'],
    [{ workingHours: { days: { tue: [{ start: '9am', end: '17:00' }] } } }, 'start must be a time'],
    [{ shortcut: 'Ctrl+Alt+S; rm -rf' }, 'shortcut must be a key combination'],
    [{ shortcut: 'S' }, 'shortcut must use Ctrl, Alt, Command or Super with a key'],
    [{ shortcut: 'Space' }, 'shortcut must use Ctrl, Alt, Command or Super with a key'],
    [{ shortcut: 'Shift+S' }, 'shortcut must use Ctrl, Alt, Command or Super with a key'],
    [{ shortcut: 'Ctrl+Alt' }, 'shortcut must use Ctrl, Alt, Command or Super with a key'],
    [{ colour: 'red' }, 'colour: not a setting'],
  ])('rejects %j with a message naming the field and its allowed values', (patch, message) => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });

  it('applies a valid partial change and leaves every other field alone', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { breakIntervalMin: 45, microBreak: { enabled: true } });
    expect(result).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, breakIntervalMin: 45, microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: true } },
    });
  });

  it('accepts working hours with several ranges a day, up to midnight', () => {
    const days = { ...DEFAULT_SETTINGS.workingHours.days, fri: [{ start: '08:00', end: '12:00' }, { start: '20:00', end: '24:00' }] };
    expect(applySettingsPatch(DEFAULT_SETTINGS, { workingHours: { enabled: true, days } }).ok).toBe(true);
  });

  it('salvages a damaged settings object: every valid field kept, every bad one back to its default', () => {
    const { settings, dropped } = salvageSettings({
      breakIntervalMin: 45,
      snoozeMin: -3,
      promptStyle: 'gentle',
      microBreak: { enabled: true, afterMin: 'soon' },
      workingHours: { enabled: true, days: { mon: [{ start: '10:00', end: '16:00' }], tue: 'all day' } },
      unknownThing: 1,
    });
    expect(settings.breakIntervalMin).toBe(45);
    expect(settings.promptStyle).toBe('gentle');
    expect(settings.snoozeMin).toBe(DEFAULT_SETTINGS.snoozeMin);
    expect(settings.microBreak).toEqual({ ...DEFAULT_SETTINGS.microBreak, enabled: true });
    expect(settings.workingHours.enabled).toBe(true);
    expect(settings.workingHours.days.mon).toEqual([{ start: '10:00', end: '16:00' }]);
    expect(settings.workingHours.days.tue).toEqual(DEFAULT_SETTINGS.workingHours.days.tue);
    expect(dropped.sort()).toEqual(['microBreak.afterMin', 'snoozeMin', 'unknownThing', 'workingHours.days.tue']);
    expect(salvageSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['(whole file)'] });
  });

  it('never lets an invalid value through, whatever the patch (property)', () => {
    fc.assert(
      fc.property(fc.object({ maxDepth: 3 }), (patch) => {
        const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
        if (result.ok) expect(parseSettings(result.value).ok).toBe(true);
        const salvaged = salvageSettings(patch).settings;
        expect(parseSettings(salvaged).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

describe('the global shortcut', () => {
  it('takes a key held with a modifier, or a function key, and no shortcut at all', async () => {
    const { isGlobalShortcut } = await import('../../electron/common/settings.js');
    for (const ok of ['', 'CommandOrControl+Alt+S', 'Alt+F9', 'F9', 'Shift+F12', 'Super+1', 'Ctrl+Shift+Space']) expect(isGlobalShortcut(ok), ok).toBe(true);
    for (const bad of ['S', 'Space', 'Shift+S', 'Ctrl', 'Ctrl+Alt', 'F25', 'Banana+S']) expect(isGlobalShortcut(bad), bad).toBe(false);
  });
});
});
