import type { SettingsView } from '../../electron/common/ipc-contract.js';

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

const WORDS: Record<'darwin' | 'win32' | 'other', Record<string, string>> = {
  darwin: { commandorcontrol: 'Command', cmdorctrl: 'Command', command: 'Command', cmd: 'Command', control: 'Control', ctrl: 'Control', alt: 'Option', option: 'Option', super: 'Command', meta: 'Command', shift: 'Shift' },
  win32: { commandorcontrol: 'Ctrl', cmdorctrl: 'Ctrl', control: 'Ctrl', ctrl: 'Ctrl', alt: 'Alt', super: 'Win', meta: 'Win', shift: 'Shift' },
  other: { commandorcontrol: 'Ctrl', cmdorctrl: 'Ctrl', control: 'Ctrl', ctrl: 'Ctrl', alt: 'Alt', super: 'Super', meta: 'Super', shift: 'Shift' },
};

/** "CommandOrControl+Alt+S" as this platform says it: "Command+Option+S" on a Mac, "Ctrl+Alt+S" elsewhere. */
export function shortcutWords(accelerator: string, platform: Platform): string {
  const words = WORDS[platform === 'darwin' || platform === 'win32' ? platform : 'other'];
  return accelerator
    .split('+')
    .map((part) => words[part.toLowerCase()] ?? part)
    .join('+');
}
