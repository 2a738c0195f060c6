import type { MenuItem as RealMenuItem, MenuItemConstructorOptions } from 'electron';

type MenuStatics = typeof import('electron').Menu;

/** Limber's menus are plain: labels, separators, disabled labels, submenus. */
export class FakeMenuItem implements Pick<RealMenuItem, 'id' | 'label' | 'type' | 'enabled'> {
  id: string;
  role: MenuItemConstructorOptions['role'];
  label: string;
  type: RealMenuItem['type'];
  enabled: boolean;
  submenu: FakeMenu | undefined;
  readonly options: MenuItemConstructorOptions;

  constructor(options: MenuItemConstructorOptions) {
    this.options = options;
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.role = options.role;
    this.enabled = options.enabled ?? true;
    this.submenu =
      options.submenu instanceof FakeMenu
        ? options.submenu
        : Array.isArray(options.submenu)
          ? FakeMenu.buildFromTemplate(options.submenu)
          : undefined;
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal');
  }

  /** Like a user click: a disabled item does nothing, an enabled one runs its `click`. */
  click(): void {
    if (!this.enabled) return;
    this.options.click?.(this as unknown as RealMenuItem, undefined, {} as KeyboardEvent);
  }
}

export class FakeMenu {
  private static applicationMenu: FakeMenu | null = null;
  /** Whether anything set the application menu, even to none; Electron installs its default one otherwise. */
  static applicationMenuSet = false;

  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
    FakeMenu.applicationMenuSet = true;
  }

  static getApplicationMenu(): FakeMenu | null {
    return FakeMenu.applicationMenu;
  }

  static resetRegistry(): void {
    FakeMenu.applicationMenu = null;
    FakeMenu.applicationMenuSet = false;
  }

  static buildFromTemplate(template: Parameters<MenuStatics['buildFromTemplate']>[0]): FakeMenu {
    const menu = new FakeMenu();
    for (const entry of template) {
      menu.items.push(entry instanceof FakeMenuItem ? entry : new FakeMenuItem(entry as MenuItemConstructorOptions));
    }
    return menu;
  }

  readonly items: FakeMenuItem[] = [];

  /** Test helper: find an item by id or label, searching submenus too. */
  find(idOrLabel: string): FakeMenuItem | undefined {
    for (const item of this.items) {
      if (item.id === idOrLabel || item.label === idOrLabel) return item;
      const nested = item.submenu?.find(idOrLabel);
      if (nested) return nested;
    }
    return undefined;
  }

  /** Test helper: click the item with this id or label; throws if there is none, so typos fail loudly. */
  click(idOrLabel: string): void {
    const item = this.find(idOrLabel);
    if (!item) throw new Error(`No menu item '${idOrLabel}'`);
    item.click();
  }
}
