import type { Translate } from '../../electron/common/i18n/translator.js';
import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { Key } from './words.js';

/**
 * The shortcut recorder's two translations: a key press into Electron's accelerator syntax (what is saved), and
 * an accelerator into the words of the user's platform (what is shown): Command and Option on a Mac, Win on
 * Windows, Super on Linux.
 */

type Platform = SettingsView['platform'];

const NAMED: Record<string, string> = {
  Space: 'Space',
  Enter: 'Enter',
  Tab: 'Tab',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  Backslash: '\\',
};

/** The key itself, by its place on the keyboard (so Shift+1 is "1", not "!"); null for a modifier alone. */
function keyOf(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) return digit[1]!;
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return NAMED[code] ?? null;
}

export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** The accelerator for a key press, or null while only modifiers are held. */
export function acceleratorOf(press: KeyPress, platform: Platform): string | null {
  const key = keyOf(press.code);
  if (!key) return null;
  const parts: string[] = [];
  if (platform === 'darwin') {
    if (press.metaKey) parts.push('Command');
    if (press.ctrlKey) parts.push('Control');
  } else {
    if (press.ctrlKey) parts.push('Control');
    if (press.metaKey) parts.push('Super');
  }
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  return [...parts, key].join('+');
}

type KeyWord = keyof typeof KEY_WORDS;

/** The words for keys that have names, from the catalogue: "Strg" and "Umschalt" in German, say. */
const KEY_WORDS = {
  ctrl: 'settings.shortcut.keys.ctrl',
  control: 'settings.shortcut.keys.control',
  shift: 'settings.shortcut.keys.shift',
  alt: 'settings.shortcut.keys.alt',
  option: 'settings.shortcut.keys.option',
  command: 'settings.shortcut.keys.command',
  super: 'settings.shortcut.keys.super',
  win: 'settings.shortcut.keys.win',
  space: 'settings.shortcut.keys.space',
  enter: 'settings.shortcut.keys.enter',
  tab: 'settings.shortcut.keys.tab',
  up: 'settings.shortcut.keys.up',
  down: 'settings.shortcut.keys.down',
  left: 'settings.shortcut.keys.left',
  right: 'settings.shortcut.keys.right',
  home: 'settings.shortcut.keys.home',
  end: 'settings.shortcut.keys.end',
  pageup: 'settings.shortcut.keys.pageUp',
  pagedown: 'settings.shortcut.keys.pageDown',
  insert: 'settings.shortcut.keys.insert',
  delete: 'settings.shortcut.keys.delete',
  backspace: 'settings.shortcut.keys.backspace',
} as const satisfies Record<string, Key>;

/** Each accelerator part, by platform, as the key word the platform's keyboards print. */
const WORDS: Record<'darwin' | 'win32' | 'other', Record<string, KeyWord>> = {
  darwin: { commandorcontrol: 'command', cmdorctrl: 'command', command: 'command', cmd: 'command', control: 'control', ctrl: 'control', alt: 'option', option: 'option', super: 'command', meta: 'command', shift: 'shift' },
  win32: { commandorcontrol: 'ctrl', cmdorctrl: 'ctrl', control: 'ctrl', ctrl: 'ctrl', alt: 'alt', super: 'win', meta: 'win', shift: 'shift' },
  other: { commandorcontrol: 'ctrl', cmdorctrl: 'ctrl', control: 'ctrl', ctrl: 'ctrl', alt: 'alt', super: 'super', meta: 'super', shift: 'shift' },
};

/** "CommandOrControl+Alt+S" as this platform says it: "Command+Option+S" on a Mac, "Ctrl+Alt+S" elsewhere. */
export function shortcutWords(accelerator: string, platform: Platform, t: Translate): string {
  const words = WORDS[platform === 'darwin' || platform === 'win32' ? platform : 'other'];
  return accelerator
    .split('+')
    .map((part) => {
      const lower = part.toLowerCase();
      const word = words[lower] ?? (Object.hasOwn(KEY_WORDS, lower) ? (lower as KeyWord) : undefined);
      return word ? t(KEY_WORDS[word]) : part;
    })
    .join('+');
}
