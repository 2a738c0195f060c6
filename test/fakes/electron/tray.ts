import type { Rectangle, Tray as RealTray } from 'electron';
import type { FakeMenu } from './menu.js';
import type { FakeNativeImage } from './native-image.js';
import { createFakeEvent, Recorder } from './support.js';

type ImageInput = FakeNativeImage | string;

export class FakeTray extends Recorder implements Pick<RealTray, 'setToolTip' | 'setTitle' | 'getTitle' | 'destroy' | 'isDestroyed'> {
  /** Every tray constructed since the last reset, including destroyed ones. */
  static readonly created: FakeTray[] = [];

  image: ImageInput;
  toolTip = '';
  /** macOS only in Electron: the text beside the icon. */
  title = '';
  contextMenu: FakeMenu | null = null;
  private destroyed = false;

  constructor(image: ImageInput) {
    super();
    this.image = image;
    FakeTray.created.push(this);
  }

  private assertAlive(): void {
    // Electron throws on any call to a destroyed tray; code that keeps a stale reference should fail in tests too.
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }

  setToolTip(toolTip: string): void {
    this.assertAlive();
    this.record('setToolTip', [toolTip]);
    this.toolTip = toolTip;
  }

  setTitle(...args: Parameters<RealTray['setTitle']>): void {
    this.assertAlive();
    this.record('setTitle', args);
    this.title = args[0];
  }

  getTitle(): string {
    return this.title;
  }

  setImage(image: ImageInput): void {
    this.assertAlive();
    this.record('setImage', [image]);
    this.image = image;
  }

  setContextMenu(menu: FakeMenu | null): void {
    this.assertAlive();
    this.record('setContextMenu', [menu]);
    this.contextMenu = menu;
  }

  popUpContextMenu(menu?: FakeMenu, position?: { x: number; y: number }): void {
    this.assertAlive();
    this.record('popUpContextMenu', [menu, position]);
  }

  destroy(): void {
    this.record('destroy', []);
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Test helper: the user activates the tray icon (left click on most hosts). */
  click(): void {
    const bounds: Rectangle = { x: 0, y: 0, width: 22, height: 22 };
    this.emit('click', createFakeEvent(), bounds, { x: 0, y: 0 });
  }
}
