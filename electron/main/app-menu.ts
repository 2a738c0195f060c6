import { Menu, type App, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { devShortcut } from '../common/dev-shortcuts.js';

/**
 * Limber has no menu bar of its own. Electron would otherwise install its default menu, which on Windows and
 * Linux appears in the break window under Alt (File/Edit/View) and brings Ctrl+R (reload) and Ctrl+Shift+I
 * (DevTools) with it. macOS always shows an app menu for the focused app, so there it is the minimum: the app
 * menu (Quit), Edit for copy and paste in the settings fields, and Window to close.
 */

const MAC_MENU: MenuItemConstructorOptions[] = [
  { role: 'appMenu' },
  { role: 'editMenu' },
  { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
];

/** Before `ready`: Electron installs its default menu at `ready` unless one has been set, even to none. */
export function suppressDefaultMenu(): void {
  Menu.setApplicationMenu(null);
}

/** After `ready`: the macOS minimum. */
export function installAppMenu(platform: NodeJS.Platform): void {
  if (platform === 'darwin') Menu.setApplicationMenu(Menu.buildFromTemplate(MAC_MENU));
}

/**
 * In a packaged build the reload and DevTools keys do nothing, and DevTools opened any other way close at once.
 * Unpackaged (`npm start`) the same keys do what a developer expects, since there is no menu to carry them.
 */
export function guardDevShortcuts(app: App, platform: NodeJS.Platform): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('before-input-event', (event, input) => {
      const shortcut = devShortcut(input, platform);
      if (!shortcut) return;
      event.preventDefault();
      if (!app.isPackaged) developerShortcut(contents, shortcut);
    });
    if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
  });
}

function developerShortcut(contents: WebContents, shortcut: 'reload' | 'devtools'): void {
  if (shortcut === 'reload') contents.reload();
  else contents.toggleDevTools();
}
