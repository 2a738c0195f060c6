/**
 * The keys Chromium-based apps answer with a reload or the developer tools. Limber sets no Electron default menu,
 * which is where those accelerators live, and still checks keystrokes itself: a reload mid-routine loses the
 * routine, and DevTools in a user's build is an open door to the page.
 */

/** The fields of Electron's `Input` that a shortcut depends on. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

export type DevShortcut = 'reload' | 'devtools';

export function devShortcut(input: KeyInput, platform: string): DevShortcut | null {
  if (input.type !== 'keyDown') return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  // macOS's command key is `meta`; elsewhere Ctrl. Either is accepted on macOS, as Chromium does.
  const command = platform === 'darwin' ? input.meta || input.control : input.control;
  if (key === 'F5' || (command && key === 'r')) return 'reload';
  if (key === 'F12') return 'devtools';
  if (platform === 'darwin' && input.meta && input.alt && (key === 'i' || key === 'j' || key === 'c')) return 'devtools';
  if (input.control && input.shift && (key === 'i' || key === 'j' || key === 'c')) return 'devtools';
  return null;
}
