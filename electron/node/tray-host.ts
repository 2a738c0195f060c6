import { execFile } from 'node:child_process';

/**
 * Whether a Linux desktop will show Limber's tray icon. Electron draws it as a StatusNotifierItem, which only
 * appears where something owns `org.kde.StatusNotifierWatcher` on the session bus (KDE, and GNOME only with the
 * AppIndicator extension). GNOME without the extension shows nothing and has no legacy tray either, so there the
 * icon is known to be invisible. Other desktops without a watcher may still show the legacy XEmbed icon, so they
 * stay "unknown" rather than being declared trayless.
 */

export type TrayVisibility = 'visible' | 'hidden' | 'unknown';

const WATCHER = 'org.kde.StatusNotifierWatcher';

/** Runs a command and resolves with its output, or null when it is missing, fails or takes too long. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<string | null>;

const runCommand: CommandRunner = (file, args) =>
  new Promise((resolve) => {
    execFile(file, [...args], { timeout: 2_000, windowsHide: true }, (error, stdout) => resolve(error ? null : String(stdout)));
  });

/** Asks the session bus, with gdbus (GLib) or else dbus-send, whether a status-notifier watcher is running. */
export async function watcherRunning(run: CommandRunner = runCommand): Promise<boolean | null> {
  const gdbus = await run('gdbus', [
    'call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus',
    '--method', 'org.freedesktop.DBus.NameHasOwner', WATCHER,
  ]);
  if (gdbus !== null) return parseAnswer(gdbus, /^\((true|false),\)$/);
  const dbusSend = await run('dbus-send', [
    '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', `string:${WATCHER}`,
  ]);
  return dbusSend === null ? null : parseAnswer(dbusSend, /boolean (true|false)\s*$/);
}

function parseAnswer(output: string, pattern: RegExp): boolean | null {
  const match = pattern.exec(output.trim());
  return match ? match[1] === 'true' : null;
}

export async function linuxTrayVisibility(env: { XDG_CURRENT_DESKTOP?: string | undefined }, run?: CommandRunner): Promise<TrayVisibility> {
  const watcher = await watcherRunning(run);
  if (watcher === true) return 'visible';
  const gnome = (env.XDG_CURRENT_DESKTOP ?? '').split(':').some((name) => name.toUpperCase() === 'GNOME');
  return watcher === false && gnome ? 'hidden' : 'unknown';
}
