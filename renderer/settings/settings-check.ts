import { applySettingsPatch, type Settings } from '../../electron/common/settings.js';
import { SETTING_NAMES } from './setting-names.js';

/**
 * The page checks a change with main's own schema before sending it (main checks it again on arrival), so an
 * out-of-range value is explained where it was typed and never crosses the bridge. The schema's messages name
 * fields by their code names; the page swaps in the names its labels use.
 */

// Longest first and in one pass, so no code name is matched inside another or inside a name already swapped in.
const CODE_NAMES = new RegExp(
  Object.keys(SETTING_NAMES)
    .sort((a, b) => b.length - a.length)
    .map((key) => `\\b${key.replaceAll('.', '\\.')}\\b`)
    .join('|'),
  'g',
);

export function friendlyMessage(message: string): string {
  const text = message
    .replace(/^workingHours\.days\.\w+(\.\d+)?: /, '')
    .replace(CODE_NAMES, (key: string, at: number) => {
      const name = SETTING_NAMES[key as keyof typeof SETTING_NAMES];
      return at === 0 ? name : name.toLowerCase();
    });
  const plain = text.replace(/^[\w.]+: /, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export type CheckedChange = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function checkChange(current: Settings, patch: unknown): CheckedChange {
  const result = applySettingsPatch(current, patch);
  return result.ok ? { ok: true, settings: result.value } : { ok: false, errors: [...new Set(result.errors.map(friendlyMessage))] };
}
