import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOSTART_FILE_NAME, UnsafeLaunchPathError, setLinuxAutostart } from '../../electron/node/linux-autostart.js';
import { waitFor } from '../support/wait-for.js';

/*
 * The autostart entry is read by the desktop, not by us, so it is checked by the desktop's own code: GLib's
 * `gio launch` loads the written file with GDesktopAppInfo (the loader GNOME's session uses at login) and runs
 * its Exec line. The "AppImage" is a script that records the argv it was started with, so the test sees exactly
 * what the desktop would run. Needs `gio` (Debian's libglib2.0-bin; .ci/run installs it): it fails, never skips.
 */

const GIO = '/usr/bin/gio';

/** Folder names an AppImage may really sit in. */
const HOSTILE_FOLDERS = [
  'My Apps',
  '100% legit',
  `it's "quoted"`,
  'back\\slash $HOME `id` ;&|<>*?#~()',
  'Ünïcödé — アプリ 🧘',
  '--stretch',
  'tab-free = equals',
];

function plant(folder: string): { root: string; image: string; record: string; mount: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'limber-glib-'));
  const dir = path.join(root, folder);
  mkdirSync(dir, { recursive: true });
  const image = path.join(dir, 'Limber.AppImage');
  const record = path.join(root, 'argv.json');
  // Prints its argv as JSON lines; node is certain to exist where this test runs.
  writeFileSync(image, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(1)));\n`);
  chmodSync(image, 0o755);
  const mount = path.join(root, 'mount');
  mkdirSync(mount);
  return { root, image, record, mount };
}

function autostartOf(root: string): string {
  return path.join(root, 'xdg', 'autostart', AUTOSTART_FILE_NAME);
}

describe('the Linux autostart entry, as GLib loads and runs it', () => {
  it('has gio to test with', () => {
    expect(existsSync(GIO), 'gio is missing: apt-get install -y libglib2.0-bin').toBe(true);
  });

  for (const folder of HOSTILE_FOLDERS) {
    it(`starts the AppImage in ${JSON.stringify(folder)} with exactly its path`, async () => {
      const { root, image, record, mount } = plant(folder);
      const env = { XDG_CONFIG_HOME: path.join(root, 'xdg'), HOME: root, APPIMAGE: image, APPDIR: mount };
      setLinuxAutostart(true, env, { execPath: path.join(mount, 'limber'), args: [] });
      const entry = autostartOf(root);
      const result = spawnSync(GIO, ['launch', entry], { encoding: 'utf8', timeout: 20_000 });
      expect(result.status, `gio refused the entry:\n${result.stderr}\n${readFileSync(entry, 'utf8')}`).toBe(0);
      await waitFor(() => existsSync(record));
      expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual([image]);
    });
  }

  it('refuses a path with a line break instead of writing a second Exec line', () => {
    const { root, image, mount } = plant('x\nExec=/bin/false\nX-Tail=');
    const env = { XDG_CONFIG_HOME: path.join(root, 'xdg'), HOME: root, APPIMAGE: image, APPDIR: mount };
    expect(() => setLinuxAutostart(true, env, { execPath: path.join(mount, 'limber'), args: [] })).toThrow(UnsafeLaunchPathError);
    expect(existsSync(autostartOf(root))).toBe(false);
    for (const control of ['\r', '\t', '\u0000', '\u001b', '\u007f']) {
      expect(() => setLinuxAutostart(true, env, { execPath: `/opt/a${control}b/limber`, args: [] })).toThrow(/control character/);
    }
  });

  it('refuses, with a reason, a path GLib cannot start at all (both % and =)', () => {
    const { root, image, mount } = plant('50%=half');
    const env = { XDG_CONFIG_HOME: path.join(root, 'xdg'), HOME: root, APPIMAGE: image, APPDIR: mount };
    expect(() => setLinuxAutostart(true, env, { execPath: path.join(mount, 'limber'), args: [] })).toThrow(/both % and =/);
  });
});
