import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { downloadFailed, locateElectron } from '../../electron/node/launch-electron.js';

/* What `npm start` says when there is no Electron to start: the thing missing, and what to do about it. */

const root = fileURLToPath(new URL('../..', import.meta.url));
const launcher = path.join(root, 'electron/node/launch-electron.ts');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const pkg = { dir: '/repo/node_modules/electron', version: '45.5.0' };
const downloaded = existsSync(path.join(path.dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'path.txt'));

function launch(env: Record<string, string | undefined>) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _, ...inherited } = process.env;
  return spawnSync(tsx, [launcher, '.'], { cwd: root, encoding: 'utf8', env: { ...inherited, ...env }, timeout: 60_000 });
}

describe('npm start without Electron', () => {
  it('finds the binary in an override folder, the downloaded one, or knows it has none yet', () => {
    const files = new Set(['/opt/electron/electron', '/repo/node_modules/electron/path.txt']);
    expect(locateElectron(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, 'linux', 'x64', (f) => files.has(f))).toEqual({ ok: true, binary: '/opt/electron/electron' });
    expect(locateElectron(pkg, {}, 'linux', 'x64', () => false)).toBeNull();
    const nowhere = locateElectron(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, 'darwin', 'arm64', () => false);
    expect(nowhere).toEqual({ ok: false, problem: expect.stringContaining('no Electron at /nowhere/Electron.app/Contents/MacOS/Electron') });
    expect(nowhere && !nowhere.ok && nowhere.problem).toContain('electron-v45.5.0-darwin-arm64.zip');
  });

  it('names a download that failed and the ways that work offline, without suggesting a command that needs the internet', () => {
    const text = downloadFailed(pkg, 'linux', 'x64', 'TypeError: fetch failed');
    expect(text).toContain('Electron 45.5.0 is not on this machine, and downloading it failed: TypeError: fetch failed');
    expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked npm start');
    expect(text).toContain('electron-v45.5.0-linux-x64.zip');
    expect(text).not.toMatch(/install-electron/);
  });

  it('says plainly that ELECTRON_OVERRIDE_DIST_PATH points nowhere, with no stack trace', () => {
    const run = launch({ ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH is set to /nonexistent/electron-dist, but there is no Electron at /nonexistent/electron-dist/');
    expect(run.stderr).not.toMatch(/ENOENT|^\s+at /m);
  });

  it.skipIf(downloaded)('says the download failed and what to do when there is no internet (runs only where Electron has not been downloaded)', () => {
    // A mirror on a closed local port fails at once, as an offline machine does.
    const run = launch({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/downloading it failed: TypeError: fetch failed/);
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked npm start');
    expect(run.stderr).not.toMatch(/failed to install correctly|install-electron|^\s+at /m);
  });
});
