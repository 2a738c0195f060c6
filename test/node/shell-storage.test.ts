import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_DOCUMENT_VERSION } from '../../electron/common/settings-document.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { resolveAppPath, serveAppRequest } from '../../electron/node/app-protocol.js';
import { desktopEntry, quoteExecArg, setLinuxAutostart } from '../../electron/node/linux-autostart.js';
import { SettingsRepository, prepareSettingsFile, settingsFileWriter } from '../../electron/node/settings-file.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'limber-node-'));
const NOW = Date.parse('2026-03-02T08:00:00Z');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('settings file', () => {
  it('writes defaults on a first run and says so', () => {
    const dir = temp();
    const prepared = prepareSettingsFile(dir, NOW);
    expect(prepared.firstRun).toBe(true);
    expect(read(path.join(dir, 'config.json'))).toEqual({ schemaVersion: 3, settings: DEFAULT_SETTINGS, recovery: null, firstRunDone: false });
  });

  it('keeps a file that is not JSON as config.corrupt-<time>.json, starts from defaults, and tells the user', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'config.json'), '{"schemaVersion": 1, "settings": {');
    const prepared = prepareSettingsFile(dir, NOW);
    expect(prepared.document.settings).toEqual(DEFAULT_SETTINGS);
    expect(prepared.repaired?.backupFile).toBe(path.join(dir, 'config.corrupt-2026-03-02T08-00-00-000Z.json'));
    expect(readFileSync(prepared.repaired!.backupFile, 'utf8')).toBe('{"schemaVersion": 1, "settings": {');
    expect(read(path.join(dir, 'config.json'))['recovery']).toEqual(prepared.repaired);
  });

  it('keeps every valid field of an invalid file and defaults only the bad ones', () => {
    const dir = temp();
    const damaged = { schemaVersion: 1, settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 45, snoozeLimit: 99, shortcut: 'Alt+F9' }, recovery: null };
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify(damaged));
    const prepared = prepareSettingsFile(dir, NOW);
    expect(prepared.document.settings).toEqual({ ...DEFAULT_SETTINGS, breakIntervalMin: 45, shortcut: 'Alt+F9' });
    expect(prepared.repaired?.droppedFields).toEqual(['snoozeLimit']);
    expect(read(prepared.repaired!.backupFile)).toEqual(damaged);
    // The next start finds a clean file: nothing more to repair, the notice waits until dismissed.
    const again = prepareSettingsFile(dir, NOW + 1000);
    expect(again.repaired).toBeNull();
    expect(again.document.recovery?.droppedFields).toEqual(['snoozeLimit']);
    expect(readdirSync(dir).filter((f) => f.startsWith('config.corrupt-'))).toHaveLength(1);
  });

  it('writes the whole versioned document on every change, so a file deleted while Limber runs comes back whole', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ schemaVersion: SETTINGS_DOCUMENT_VERSION, firstRunDone: true, recovery: null, settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 45 } }));
    const repo = new SettingsRepository(settingsFileWriter(dir), prepareSettingsFile(dir, NOW).document);
    rmSync(path.join(dir, 'config.json'));
    expect(repo.update({ snoozeMin: 10 }).ok).toBe(true);
    expect(read(path.join(dir, 'config.json'))).toEqual({
      schemaVersion: SETTINGS_DOCUMENT_VERSION,
      firstRunDone: true,
      recovery: null,
      settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 45, snoozeMin: 10 },
    });
    const again = prepareSettingsFile(dir, NOW);
    expect(again.repaired).toBeNull();
    expect(again.document.settings).toMatchObject({ breakIntervalMin: 45, snoozeMin: 10 });
  });

  it('keeps a change for the session when the folder refuses writes, tries once per change, and says why', () => {
    const attempts: string[] = [];
    const refusing = {
      write: () => {
        attempts.push('write');
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    };
    const repo = new SettingsRepository(refusing, prepareSettingsFile(temp(), NOW).document);
    expect(repo.update({ breakIntervalMin: 45 }).ok).toBe(true);
    expect(repo.settings.breakIntervalMin).toBe(45);
    expect(repo.writeProblem).toMatch(/could not be saved.*read-only file system/);
    repo.completeFirstRun();
    expect(attempts).toHaveLength(2);
  });

  it('writes only validated changes through the store, and clears the notice once dismissed', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'config.json'), 'not json');
    const prepared = prepareSettingsFile(dir, NOW);
    const repo = new SettingsRepository(settingsFileWriter(dir), prepared.document);

    expect(repo.update({ breakIntervalMin: 5 })).toEqual({ ok: false, errors: ['breakIntervalMin must be a whole number from 10 to 120 minutes'] });
    expect(repo.update({ volume: 3 })).toEqual({ ok: false, errors: ['volume: not a setting'] });
    expect(read(path.join(dir, 'config.json'))['settings']).toEqual(DEFAULT_SETTINGS);

    expect(repo.update({ breakIntervalMin: 45, microBreak: { enabled: true } }).ok).toBe(true);
    repo.dismissRecovery();
    const saved = read(path.join(dir, 'config.json'));
    expect(saved['settings']).toMatchObject({ breakIntervalMin: 45, microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: true } });
    expect(saved['recovery']).toBeNull();
    expect(prepareSettingsFile(dir, NOW).document.settings.breakIntervalMin).toBe(45);
  });
});

describe('Linux autostart', () => {
  it('writes $XDG_CONFIG_HOME/autostart/limber.desktop with the AppImage path, and removes it', () => {
    const home = temp();
    const configHome = path.join(home, 'xdg');
    const env = { XDG_CONFIG_HOME: configHome, HOME: home, APPIMAGE: '/home/me/Apps/Limber 1.0.AppImage', APPDIR: '/tmp/.mount_x' };
    setLinuxAutostart(true, env, { execPath: '/tmp/.mount_x/limber', args: [] });
    const file = path.join(configHome, 'autostart', 'limber.desktop');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]\nType=Application\n');
    expect(text).toContain('Exec="/home/me/Apps/Limber 1.0.AppImage"\n');
    expect(text).toContain('X-GNOME-Autostart-enabled=true');
    setLinuxAutostart(false, env, { execPath: '/x', args: [] });
    expect(existsSync(file)).toBe(false);
  });

  it('falls back to ~/.config when XDG_CONFIG_HOME is unset or relative', () => {
    const home = temp();
    mkdirSync(path.join(home, '.config'));
    setLinuxAutostart(true, { HOME: home, XDG_CONFIG_HOME: 'relative/dir' }, { execPath: '/usr/bin/electron', args: ['/src/limber'] });
    expect(readFileSync(path.join(home, '.config/autostart/limber.desktop'), 'utf8')).toContain('Exec=/usr/bin/electron /src/limber\n');
  });

  it('quotes Exec arguments per the Desktop Entry spec', () => {
    expect(quoteExecArg('/opt/Limber/limber')).toBe('/opt/Limber/limber');
    expect(quoteExecArg('/a b/$HOME')).toBe('"/a b/\\\\$HOME"');
    expect(quoteExecArg('C:\\x')).toBe('"C:\\\\\\\\x"');
    expect(quoteExecArg('100%')).toBe('100%%');
    // GLib looks for the program before expanding `%%`, so a program path with `%` goes through env.
    expect(desktopEntry({ execPath: '/opt/100%/limber', args: [] })).toContain('Exec=env /opt/100%%/limber\n');
    expect(desktopEntry({ execPath: '/a"b', args: [] })).toContain('Exec="/a\\\\"b"');
  });
});

describe('app:// protocol', () => {
  const roots = { renderer: temp(), figures: temp() };
  writeFileSync(path.join(roots.renderer, 'break.html'), '<!doctype html>');
  writeFileSync(path.join(roots.figures, 'walk.svg'), '<svg/>');

  it('serves the renderer and figures with the CSP header', async () => {
    const page = await serveAppRequest({ method: 'GET', url: 'app://limber/break.html' }, roots);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self';/);
    const figure = await serveAppRequest({ method: 'GET', url: 'app://limber/figures/walk.svg' }, roots);
    expect([figure.status, figure.headers['content-type'], figure.body?.toString()]).toEqual([200, 'image/svg+xml', '<svg/>']);
  });

  it('refuses anything outside its folders, other hosts and other methods', async () => {
    // The URL parser already folds a literal ../ into the root; it can never climb above it.
    expect(resolveAppPath('app://limber/../secret.html', roots)).toBe(path.join(roots.renderer, 'secret.html'));
    expect(resolveAppPath('app://limber/%2e%2e/secret.html', roots)).toBe(path.join(roots.renderer, 'secret.html'));
    for (const url of ['app://limber/..%2fsecret.html', 'app://other/break.html', 'app://limber/', 'app://limber/x.exe', 'file:///etc/passwd']) {
      expect(resolveAppPath(url, roots), url).toBeNull();
    }
    expect((await serveAppRequest({ method: 'GET', url: 'app://limber/missing.html' }, roots)).status).toBe(404);
    expect((await serveAppRequest({ method: 'POST', url: 'app://limber/break.html' }, roots)).status).toBe(405);
  });
});
