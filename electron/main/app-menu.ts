import { Menu, type App, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { devShortcut } from '../common/dev-shortcuts.js';
import type { Translate } from '../common/i18n/translator.js';

/**
 * Limber has no menu bar of its own. Electron would otherwise install its default menu, which on Windows and
 * Linux appears in the break window under Alt (File/Edit/View) and brings Ctrl+R (reload) and Ctrl+Shift+I
 * (DevTools) with it. macOS always shows an app menu for the focused app, so there it is the minimum: the app
 * menu (About, Hide, Quit), Edit for copy and paste in the settings fields, and Window to close.
 */

/**
 * Every item is named from the catalogue: Electron's own labels for roles are English whatever the user reads.
 * The app menu's title is the app's name, which macOS puts there itself.
 */
function macMenu(t: Translate): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    {
      label: 'Limber',
      submenu: [
        { role: 'about', label: t('common.appMenu.about') },
        separator,
        { role: 'services', label: t('common.appMenu.services') },
        separator,
        { role: 'hide', label: t('common.appMenu.hide') },
        { role: 'hideOthers', label: t('common.appMenu.hideOthers') },
        { role: 'unhide', label: t('common.appMenu.showAll') },
        separator,
        { role: 'quit', label: t('common.appMenu.quit') },
      ],
    },
    {
      label: t('common.appMenu.edit'),
      submenu: [
        { role: 'undo', label: t('common.appMenu.undo') },
        { role: 'redo', label: t('common.appMenu.redo') },
        separator,
        { role: 'cut', label: t('common.appMenu.cut') },
        { role: 'copy', label: t('common.appMenu.copy') },
        { role: 'paste', label: t('common.appMenu.paste') },
        { role: 'pasteAndMatchStyle', label: t('common.appMenu.pasteAndMatchStyle') },
        { role: 'delete', label: t('common.appMenu.delete') },
        { role: 'selectAll', label: t('common.appMenu.selectAll') },
      ],
    },
    {
      label: t('common.appMenu.window'),
      submenu: [
        { role: 'minimize', label: t('common.appMenu.minimize') },
        { role: 'close', label: t('common.appMenu.close') },
      ],
    },
  ];
}

/** Before `ready`: Electron installs its default menu at `ready` unless one has been set, even to none. */
export function suppressDefaultMenu(): void {
  Menu.setApplicationMenu(null);
}

/** After `ready`: the macOS minimum, in the user's language; installed again when the language changes. */
export function installAppMenu(platform: NodeJS.Platform, t: Translate): void {
  if (platform === 'darwin') Menu.setApplicationMenu(Menu.buildFromTemplate(macMenu(t)));
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
