import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm start` runs this instead of the electron package's CLI. Since Electron 42 the binary is not part of the
 * npm install: the package fetches it from GitHub the first time it is asked for its path, and when that fails
 * it says "Electron failed to install correctly" and suggests a command that needs the internet too, or (with
 * ELECTRON_OVERRIDE_DIST_PATH pointing nowhere) dies in a raw `spawn ENOENT`. This finds the binary first and,
 * when there is none, says which one is missing and the ways to get it.
 */

export interface ElectronPackage {
  dir: string;
  version: string;
}

export type Located = { ok: true; binary: string } | { ok: false; problem: string };

/** The executable inside an unpacked Electron zip, as the electron package names it. */
export function executableName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function zipName(pkg: ElectronPackage, platform: NodeJS.Platform, arch: string): string {
  return `electron-v${pkg.version}-${platform}-${arch}.zip`;
}

/** Where the binary is without downloading anything; null when it has not been downloaded yet. */
export function locateElectron(
  pkg: ElectronPackage,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  arch: string,
  exists: (file: string) => boolean,
): Located | null {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const binary = path.join(override, executableName(platform));
    if (exists(binary)) return { ok: true, binary };
    return {
      ok: false,
      problem:
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron at ${binary}.\n` +
        `Point it at the folder where ${zipName(pkg, platform, arch)} is unpacked, or unset it to let npm start download Electron.`,
    };
  }
  const pathFile = path.join(pkg.dir, 'path.txt');
  if (!exists(pathFile)) return null;
  const binary = path.join(pkg.dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return exists(binary) ? { ok: true, binary } : null;
}

/** Why the one-time download failed, and what works without it. */
export function downloadFailed(pkg: ElectronPackage, platform: NodeJS.Platform, arch: string, reason: string): string {
  const zip = zipName(pkg, platform, arch);
  return [
    `Electron ${pkg.version} is not on this machine, and downloading it failed: ${reason}`,
    'npm start needs the Electron binary, which npm install does not bring (Electron 42 and later fetch it from',
    'GitHub the first time). Any one of these works:',
    '  - connect to the internet and run npm start again (it downloads once, about 100 MB);',
    `  - set ELECTRON_MIRROR to a mirror you can reach that serves ${zip};`,
    `  - download ${zip} on another machine, unpack it, and run`,
    '      ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked npm start',
    'Everything else (npm test, npm run dev:renderer for the pages in a browser) works without Electron.',
  ].join('\n');
}

function electronPackage(): ElectronPackage {
  const manifest = createRequire(import.meta.url).resolve('electron/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.dirname(manifest), version };
}

/** Runs the electron package's own installer, its output captured so that only its reason reaches the user. */
function download(pkg: ElectronPackage): string | null {
  process.stderr.write(`Downloading Electron ${pkg.version} (once)…\n`);
  const result = spawnSync(process.execPath, [path.join(pkg.dir, 'install.js')], { encoding: 'utf8', env: process.env });
  if (result.status === 0) return null;
  const output = `${result.stderr}\n${result.stdout}`;
  const reason = /^\w*Error: .+$/m.exec(output)?.[0] ?? output.trim().split('\n')[0] ?? `the installer exited with ${result.status}`;
  return reason;
}

function fail(message: string): never {
  process.stderr.write(`\nlimber: cannot start Electron.\n${message}\n`);
  process.exit(1);
}

function main(args: string[]): void {
  const pkg = electronPackage();
  const { platform, arch } = process;
  let located = locateElectron(pkg, process.env, platform, arch, existsSync);
  if (located === null) {
    const reason = download(pkg);
    if (reason !== null) fail(downloadFailed(pkg, platform, arch, reason));
    located = locateElectron(pkg, process.env, platform, arch, existsSync);
  }
  if (located === null) fail(downloadFailed(pkg, platform, arch, 'the installer finished but left no binary'));
  if (!located.ok) fail(located.problem);

  const binary = located.binary;
  const child = spawn(binary, args, { stdio: 'inherit', windowsHide: false });
  child.on('error', (error) => fail(`${binary} could not be run: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

// Compared as URLs, so a Windows path (C:\...) matches too.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
