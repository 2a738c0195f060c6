import { app } from 'electron';
import type { Translate } from '../common/i18n/translator.js';
import { setLinuxAutostart } from '../node/linux-autostart.js';

/**
 * Launch at login: Electron's login items on macOS and Windows, an XDG autostart entry on Linux (where
 * Electron has no API for it). Returns why it failed, if it did; the setting stays as the user chose it.
 */
export function applyLaunchAtLogin(enabled: boolean): LaunchAtLoginFailure | null {
  try {
    if (process.platform === 'darwin' || process.platform === 'win32') {
      app.setLoginItemSettings({ openAtLogin: enabled });
    } else if (process.platform === 'linux') {
      // Unpackaged, the Electron binary needs the app folder to know what to run.
      const args = app.isPackaged ? [] : [app.getAppPath()];
      setLinuxAutostart(enabled, process.env, { execPath: process.execPath, args });
    }
    return null;
  } catch (error) {
    return { enabled, reason: (error as Error).message };
  }
}

export interface LaunchAtLoginFailure {
  enabled: boolean;
  reason: string;
}

export function launchAtLoginProblemText(t: Translate, failure: LaunchAtLoginFailure): string {
  const { reason } = failure;
  return failure.enabled ? t('dialog.problems.launchAtLoginOn', { reason }) : t('dialog.problems.launchAtLoginOff', { reason });
}
