import { toDisposable, type Disposable } from '../../common/disposable.js';
import type { SettingsView } from '../../common/ipc-contract.js';
import type { TrayAction, TrayModel } from '../../common/tray-menu.js';
import { trayCommand, type UserCommand } from '../../common/user-intents.js';
import { linuxTrayVisibility } from '../../node/tray-host.js';
import { TrayView } from '../tray.js';

/** The tray icon and its menu's actions. */

export interface TrayFeatureDeps {
  iconsDir: string;
  initial: TrayModel;
  /** Carries out what the user asked for, as the shell does for every source of commands. */
  execute: (command: UserCommand) => string | null;
  /** Settings opened by the app itself (without focus), when the icon is known not to show. */
  showSettings: (focus: boolean) => void;
  log: (message: string, error?: unknown) => void;
}

export interface TrayFeature extends Disposable {
  /** False when the icon could not be created at all: Settings is then the only way in. */
  readonly exists: boolean;
  render(model: TrayModel): void;
  /** Whether the desktop draws the icon, as far as Limber can tell. */
  visibility(): SettingsView['trayIcon'];
  /**
   * Electron creates a tray icon without error on GNOME even when nothing will draw it. Where the icon is known
   * to be invisible, Settings opens (without taking focus) so the user sees that Limber is running and how to
   * reach it.
   */
  checkShows(): Promise<void>;
}

export function registerTray(deps: TrayFeatureDeps): TrayFeature {
  const action = (a: TrayAction): void => void deps.execute(trayCommand(a));

  let tray: TrayView | null = null;
  try {
    tray = new TrayView(deps.iconsDir, process.platform, action, deps.initial);
  } catch (error) {
    deps.log('The tray icon could not be created', error);
  }
  let shown: SettingsView['trayIcon'] = 'unknown';
  let disposed = false;
  const disposable = toDisposable(() => {
    disposed = true;
    tray?.destroy();
  });

  return {
    exists: tray !== null,
    render: (model) => tray?.render(model),
    visibility: () => (tray === null ? 'hidden' : shown),
    async checkShows() {
      shown = await linuxTrayVisibility(process.env);
      if (shown === 'hidden' && !disposed) deps.showSettings(false);
    },
    dispose: () => disposable.dispose(),
  };
}
