import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file.js';

/**
 * Launch at login on Linux: Electron's login-item API covers only macOS and Windows, so Limber writes an XDG
 * autostart entry (`$XDG_CONFIG_HOME/autostart/limber.desktop`) and removes it to turn the setting off.
 */

export const AUTOSTART_FILE_NAME = 'limber.desktop';

export interface AutostartEnv {
  XDG_CONFIG_HOME?: string | undefined;
  HOME?: string | undefined;
  /** Set by the AppImage runtime to the image's own path; process.execPath points inside a temporary mount. */
  APPIMAGE?: string | undefined;
}

export interface LaunchCommand {
  execPath: string;
  /** Arguments before the user's own, e.g. the app folder when running unpackaged. */
  args: readonly string[];
}

export function autostartDir(env: AutostartEnv): string {
  // The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(env.HOME || os.homedir(), '.config');
  return path.join(configHome, 'autostart');
}

export function launchCommandFor(env: AutostartEnv, running: LaunchCommand): LaunchCommand {
  return env.APPIMAGE ? { execPath: env.APPIMAGE, args: [] } : running;
}

/** Characters the Desktop Entry spec reserves in Exec arguments: an argument holding any must be quoted. */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * Quotes one Exec argument. Two layers apply: inside double quotes `"`, `` ` ``, `$` and `\` are escaped with a
 * backslash; then the whole value is a desktop-file string, where every backslash is itself escaped. `%` starts
 * a field code, so a literal one is doubled.
 */
export function quoteExecArg(arg: string): string {
  const literal = arg.replace(/%/g, '%%');
  if (literal !== '' && !RESERVED.test(literal)) return literal;
  const quoted = `"${literal.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
  return quoted.replace(/\\/g, '\\\\');
}

export function desktopEntry(command: LaunchCommand): string {
  const exec = [command.execPath, ...command.args].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Limber',
    'Comment=Stretch-break reminder that lives in the tray',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function setLinuxAutostart(enabled: boolean, env: AutostartEnv, running: LaunchCommand): void {
  const file = path.join(autostartDir(env), AUTOSTART_FILE_NAME);
  if (enabled) writeFileAtomic(file, desktopEntry(launchCommandFor(env, running)));
  else fs.rmSync(file, { force: true });
}

export function isLinuxAutostartEnabled(env: AutostartEnv): boolean {
  return fs.existsSync(path.join(autostartDir(env), AUTOSTART_FILE_NAME));
}
