import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectronFake } from '../fakes/electron.js';
import { applyLaunchAtLogin, launchAtLoginProblemText, type LaunchAtLoginFailure } from '../../electron/main/login-item.js';
import { en } from '../support/translators.js';

/** The failure as Settings shows it in English. */
const said = (failure: LaunchAtLoginFailure | null) => failure && launchAtLoginProblemText(en, failure);

/* Launch at login as each system keeps it: login items on macOS and Windows, an autostart file on Linux. */

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
const onPlatform = (name: NodeJS.Platform) => Object.defineProperty(process, 'platform', { ...platform, value: name });

afterEach(() => {
  Object.defineProperty(process, 'platform', platform);
  vi.unstubAllEnvs();
  resetElectronFake();
});

describe('applyLaunchAtLogin', () => {
  it('uses the system login items on macOS and Windows', () => {
    for (const name of ['darwin', 'win32'] as const) {
      resetElectronFake();
      onPlatform(name);
      expect(applyLaunchAtLogin(true)).toBeNull();
      expect(applyLaunchAtLogin(false)).toBeNull();
      expect(app.callsTo('setLoginItemSettings')).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
    }
  });

  it('writes and removes an XDG autostart entry on Linux, starting the app folder when unpackaged', () => {
    onPlatform('linux');
    const config = mkdtempSync(path.join(tmpdir(), 'limber-xdg-'));
    vi.stubEnv('XDG_CONFIG_HOME', config);
    vi.stubEnv('APPIMAGE', '');
    app.isPackaged = false;
    app.appPath = '/opt/limber src';
    const entry = path.join(config, 'autostart', 'limber.desktop');
    expect(applyLaunchAtLogin(true)).toBeNull();
    const text = readFileSync(entry, 'utf8');
    expect(text).toContain(`Exec=${process.execPath.includes(' ') ? `"${process.execPath}"` : process.execPath} "/opt/limber src"`);
    expect(applyLaunchAtLogin(false)).toBeNull();
    expect(existsSync(entry)).toBe(false);
    expect(app.callsTo('setLoginItemSettings')).toHaveLength(0);
  });

  it('starts the AppImage itself, not the temporary mount it runs from', () => {
    onPlatform('linux');
    const config = mkdtempSync(path.join(tmpdir(), 'limber-xdg-'));
    vi.stubEnv('XDG_CONFIG_HOME', config);
    vi.stubEnv('APPIMAGE', '/home/sam/Apps/Limber.AppImage');
    vi.stubEnv('APPDIR', path.dirname(process.execPath));
    app.isPackaged = true;
    applyLaunchAtLogin(true);
    expect(readFileSync(path.join(config, 'autostart', 'limber.desktop'), 'utf8')).toMatch(/^Exec=\/home\/sam\/Apps\/Limber\.AppImage$/m);
  });

  it('ignores an $APPIMAGE inherited from another AppImage that started this Limber', () => {
    onPlatform('linux');
    const config = mkdtempSync(path.join(tmpdir(), 'limber-xdg-'));
    vi.stubEnv('XDG_CONFIG_HOME', config);
    vi.stubEnv('APPIMAGE', '/home/sam/Apps/Other.AppImage');
    vi.stubEnv('APPDIR', '/tmp/.mount_OtherXYZ');
    app.isPackaged = true;
    applyLaunchAtLogin(true);
    const text = readFileSync(path.join(config, 'autostart', 'limber.desktop'), 'utf8');
    expect(text).not.toContain('Other.AppImage');
    expect(text).toContain(process.execPath);
  });

  it('reports in Settings, instead of writing, a path that would smuggle a line into the entry', () => {
    onPlatform('linux');
    const config = mkdtempSync(path.join(tmpdir(), 'limber-xdg-'));
    vi.stubEnv('XDG_CONFIG_HOME', config);
    vi.stubEnv('APPIMAGE', '/home/x\nExec=/tmp/evil.sh\nX-Tail=/Limber.AppImage');
    vi.stubEnv('APPDIR', path.dirname(process.execPath));
    app.isPackaged = true;
    expect(said(applyLaunchAtLogin(true))).toMatch(/^Launch at login could not be turned on: .*control character/);
    expect(existsSync(path.join(config, 'autostart', 'limber.desktop'))).toBe(false);
  });

  it('reports a failure instead of throwing, naming what could not be done', () => {
    onPlatform('linux');
    const config = mkdtempSync(path.join(tmpdir(), 'limber-xdg-'));
    // A file where the autostart folder should be: nothing can be written there.
    writeFileSync(path.join(config, 'autostart'), '');
    vi.stubEnv('XDG_CONFIG_HOME', config);
    expect(said(applyLaunchAtLogin(true))).toMatch(/^Launch at login could not be turned on: /);
  });
});
