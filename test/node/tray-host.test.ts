import { describe, expect, it } from 'vitest';
import { linuxTrayVisibility, watcherRunning, type CommandRunner } from '../../electron/node/tray-host.js';

/* Whether a Linux desktop will show the tray icon, from what the session bus says. */

const answers =
  (table: Record<string, string | null>): CommandRunner =>
  (file) =>
    Promise.resolve(table[file] ?? null);

describe('tray host on Linux', () => {
  it('reads the answer of gdbus, or of dbus-send where GLib tools are missing', async () => {
    await expect(watcherRunning(answers({ gdbus: '(true,)\n' }))).resolves.toBe(true);
    await expect(watcherRunning(answers({ gdbus: '(false,)\n' }))).resolves.toBe(false);
    const reply = 'method return time=1.2 sender=org.freedesktop.DBus -> destination=:1.9 serial=3 reply_serial=2\n   boolean false\n';
    await expect(watcherRunning(answers({ 'dbus-send': reply }))).resolves.toBe(false);
    await expect(watcherRunning(answers({}))).resolves.toBeNull();
    await expect(watcherRunning(answers({ gdbus: 'Error: no session bus' }))).resolves.toBeNull();
  });

  it('calls the icon hidden only on GNOME with no watcher, where no legacy tray exists either', async () => {
    await expect(linuxTrayVisibility({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, answers({ gdbus: '(false,)' }))).resolves.toBe('hidden');
    await expect(linuxTrayVisibility({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, answers({ gdbus: '(true,)' }))).resolves.toBe('visible');
    await expect(linuxTrayVisibility({ XDG_CURRENT_DESKTOP: 'XFCE' }, answers({ gdbus: '(false,)' }))).resolves.toBe('unknown');
    await expect(linuxTrayVisibility({ XDG_CURRENT_DESKTOP: 'GNOME' }, answers({}))).resolves.toBe('unknown');
  });
});
