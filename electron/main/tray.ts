import path from 'node:path';
import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { trayIconFile, type PanelTheme, type TrayGlyph } from '../common/tray-icon.js';
import { sameTrayPart, type TrayAction, type TrayMenuItem, type TrayModel } from '../common/tray-menu.js';

/**
 * Draws a TrayModel on the native tray, touching only what changed: Electron rebuilds the whole native menu on
 * every setContextMenu, and on Linux that also re-sends it over D-Bus.
 */

/** Windows reports its taskbar's colour apart from the app theme; elsewhere the app theme is the best guess. */
function panelTheme(platform: NodeJS.Platform): PanelTheme {
  const dark = platform === 'win32' ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI : nativeTheme.shouldUseDarkColors;
  return dark ? 'dark' : 'light';
}

export class TrayView {
  private readonly tray: Tray;
  private readonly images = new Map<string, NativeImage>();
  private drawn: TrayModel | null = null;
  private drawnFile: string | null = null;
  private readonly themeChanged = () => {
    if (this.drawn && !this.tray.isDestroyed()) this.drawImage(this.drawn.glyph);
  };

  constructor(
    private readonly iconsDir: string,
    private readonly platform: NodeJS.Platform,
    private readonly onAction: (action: TrayAction) => void,
    initial: TrayModel,
  ) {
    this.drawnFile = this.file(initial.glyph);
    this.tray = new Tray(this.image(this.drawnFile));
    // Windows opens the menu on right click only; a left click on a tray-only app should do the same.
    if (platform === 'win32') this.tray.on('click', () => this.tray.popUpContextMenu());
    this.render(initial);
    // A Windows taskbar switched between light and dark gets the other ink at once, not at the next state change.
    nativeTheme.on('updated', this.themeChanged);
  }

  render(model: TrayModel): void {
    if (this.tray.isDestroyed()) return;
    const before = this.drawn;
    this.drawImage(model.glyph);
    // Only macOS draws a title beside a tray icon; elsewhere the minutes are the ring in the icon.
    if (this.platform === 'darwin' && (!before || before.title !== model.title)) this.tray.setTitle(model.title, { fontType: 'monospacedDigit' });
    if (!before || before.tooltip !== model.tooltip) this.tray.setToolTip(model.tooltip);
    if (!before || !sameTrayPart(before.menu, model.menu)) this.tray.setContextMenu(Menu.buildFromTemplate(this.template(model.menu)));
    this.drawn = model;
  }

  destroy(): void {
    nativeTheme.removeListener('updated', this.themeChanged);
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }

  private file(glyph: TrayGlyph): string {
    return path.join(this.iconsDir, trayIconFile(glyph, this.platform, panelTheme(this.platform)));
  }

  private drawImage(glyph: TrayGlyph): void {
    const file = this.file(glyph);
    if (file === this.drawnFile) return;
    this.tray.setImage(this.image(file));
    this.drawnFile = file;
  }

  private image(file: string): NativeImage {
    let image = this.images.get(file);
    if (!image) {
      image = nativeImage.createFromPath(file);
      if (this.platform === 'darwin') image.setTemplateImage(true);
      this.images.set(file, image);
    }
    return image;
  }

  private template(items: TrayMenuItem[]): MenuItemConstructorOptions[] {
    return items.map((item): MenuItemConstructorOptions => {
      switch (item.kind) {
        case 'separator':
          return { type: 'separator' };
        case 'label':
          return { id: item.id, label: item.label, enabled: false };
        case 'action': {
          const action = item.action;
          return { id: item.id, label: item.label, enabled: item.enabled, click: () => this.onAction(action) };
        }
        case 'submenu':
          return { id: item.id, label: item.label, submenu: this.template(item.items) };
      }
    });
  }
}
