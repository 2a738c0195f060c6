import { applySettingsPatch, type Settings } from '../../electron/common/settings.js';

/**
 * The page checks a change with main's own schema before sending it (main checks it again on arrival), so an
 * out-of-range value is explained where it was typed and never crosses the bridge. The schema's messages name
 * fields by their code names; the page swaps in the names its labels use.
 */

const FIELD_NAMES: Record<string, string> = {
  'microBreak.afterMin': 'Eye break interval',
  breakIntervalMin: 'Break interval',
  snoozeMin: 'Snooze length',
  snoozeLimit: 'Snoozes per break',
  shortGapMin: 'Short pause',
  awayGapMin: 'Time away',
  shortcut: 'Shortcut',
  dayBoundaryHour: 'Day end',
  reminderIntervalMin: 'Reminder interval',
};

const OTHER_NAMES: Record<string, string> = {
  promptStyle: 'How to remind you',
  posturePreference: 'Preferred routines',
  flexionSensitive: 'Leave out forward bends',
  'microBreak.enabled': 'Eye breaks',
  sound: 'Sound',
  launchAtLogin: 'Start Limber when I log in',
  'workingHours.enabled': 'Only during working hours',
};

/** A settings path as the window labels it, for lists such as the fields a repair reset. */
export function fieldName(path: string): string {
  const day = /^workingHours\.days\.(\w+)$/.exec(path)?.[1];
  if (day) return `Working hours (${day})`;
  return FIELD_NAMES[path] ?? OTHER_NAMES[path] ?? path;
}

export function friendlyMessage(message: string): string {
  let text = message.replace(/^workingHours\.days\.\w+(\.\d+)?: /, '');
  for (const [field, name] of Object.entries(FIELD_NAMES)) {
    text = text.startsWith(field) ? name + text.slice(field.length) : text.replaceAll(field, name.toLowerCase());
  }
  const plain = text.replace(/^[\w.]+: /, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export type CheckedChange = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function checkChange(current: Settings, patch: unknown): CheckedChange {
  const result = applySettingsPatch(current, patch);
  return result.ok ? { ok: true, settings: result.value } : { ok: false, errors: [...new Set(result.errors.map(friendlyMessage))] };
}
