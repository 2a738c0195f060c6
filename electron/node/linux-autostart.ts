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
  /** Set by the AppImage runtime to that temporary mount. */
  APPDIR?: string | undefined;
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

/**
 * `$APPIMAGE` is inherited by every child of an AppImage, so a .deb Limber started from inside another AppImage
 * sees that other program's path. It names Limber only when Limber itself runs from the image's mount, `$APPDIR`.
 */
export function launchCommandFor(env: AutostartEnv, running: LaunchCommand): LaunchCommand {
  const { APPIMAGE: image, APPDIR: mount } = env;
  if (!image || !mount || !path.isAbsolute(image) || !path.isAbsolute(mount)) return running;
  const inside = path.relative(path.resolve(mount), path.resolve(running.execPath));
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside) ? { execPath: image, args: [] } : running;
}

/**
 * A desktop file is line based: a newline in a path would end the Exec line and start a key of the attacker's
 * choosing (a second Exec wins), and other control characters have no escape in an Exec value at all.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export class UnsafeLaunchPathError extends Error {}

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

/**
 * GLib checks that an entry's program exists before it will load the file, and it looks for the program's name
 * before field codes are expanded, so a program path holding `%` (written `%%`) is never found and GNOME
 * silently skips the entry. Such a path is handed to `env`, which GLib finds and which receives the path with
 * `%%` already turned back into `%`. `env` would read a `=` in its first operand as a variable, so a path with
 * both cannot be started this way.
 */
function execArgv(command: LaunchCommand): string[] {
  const argv = [command.execPath, ...command.args];
  for (const arg of argv) {
    if (CONTROL.test(arg)) throw new UnsafeLaunchPathError(`the path ${JSON.stringify(arg)} holds a control character (such as a line break), which a login entry cannot carry safely`);
  }
  if (!command.execPath.includes('%')) return argv;
  if (command.execPath.includes('=')) {
    throw new UnsafeLaunchPathError(`the path ${JSON.stringify(command.execPath)} holds both % and =, which the desktop cannot start at login; move Limber to a folder without them`);
  }
  return ['env', ...argv];
}

export function desktopEntry(command: LaunchCommand): string {
  const exec = execArgv(command).map(quoteExecArg).join(' ');
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
