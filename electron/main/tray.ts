import path from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { sameTrayPart, type TrayAction, type TrayIconState, type TrayMenuItem, type TrayModel } from '../common/tray-menu.js';

/**
 * Draws a TrayModel on the native tray, touching only what changed: Electron rebuilds the whole native menu on
 * every setContextMenu, and on Linux that also re-sends it over D-Bus.
 */

export function trayIconFile(iconsDir: string, state: TrayIconState, platform: NodeJS.Platform): string {
  // macOS tints black-and-alpha "Template" images for light and dark menu bars; Windows wants a multi-size .ico.
  if (platform === 'darwin') return path.join(iconsDir, `tray-${state}Template.png`);
  if (platform === 'win32') return path.join(iconsDir, `tray-${state}.ico`);
  return path.join(iconsDir, `tray-${state}.png`);
}

export class TrayView {
  private readonly tray: Tray;
  private readonly images = new Map<TrayIconState, NativeImage>();
  private drawn: TrayModel | null = null;

  constructor(
    private readonly iconsDir: string,
    private readonly platform: NodeJS.Platform,
    private readonly onAction: (action: TrayAction) => void,
    initial: TrayModel,
  ) {
    this.tray = new Tray(this.image(initial.icon));
    // Windows opens the menu on right click only; a left click on a tray-only app should do the same.
    if (platform === 'win32') this.tray.on('click', () => this.tray.popUpContextMenu());
    this.render(initial);
  }

  render(model: TrayModel): void {
    if (this.tray.isDestroyed()) return;
    const before = this.drawn;
    if (!before || before.icon !== model.icon) this.tray.setImage(this.image(model.icon));
    if (!before || before.tooltip !== model.tooltip) this.tray.setToolTip(model.tooltip);
    if (!before || !sameTrayPart(before.menu, model.menu)) this.tray.setContextMenu(Menu.buildFromTemplate(this.template(model.menu)));
    this.drawn = model;
  }

  destroy(): void {
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }

  private image(state: TrayIconState): NativeImage {
    let image = this.images.get(state);
    if (!image) {
      image = nativeImage.createFromPath(trayIconFile(this.iconsDir, state, this.platform));
      if (this.platform === 'darwin') image.setTemplateImage(true);
      this.images.set(state, image);
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
