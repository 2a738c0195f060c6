#!/usr/bin/env node
/*
 * End-to-end tests drive the real app through Playwright's _electron, which needs an Electron binary. Offline
 * machines never have one (the electron package downloads it lazily from GitHub), so this looks for a binary
 * without touching `require('electron')` — that call alone would start the download — and skips cleanly when
 * there is none.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const executableInDist = {
  linux: 'electron',
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
}[process.platform];

function executableIn(distDir) {
  if (!distDir || !executableInDist) return null;
  const candidate = join(distDir, executableInDist);
  try {
    if (!statSync(candidate).isFile()) return null;
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

function findElectron() {
  const fromEnv = executableIn(process.env.ELECTRON_OVERRIDE_DIST_PATH);
  if (fromEnv) return fromEnv;
  const pkgDir = join(root, 'node_modules/electron');
  const fromDist = executableIn(join(pkgDir, 'dist'));
  if (fromDist) return fromDist;
  // path.txt is what the electron package writes after a successful download; it is relative to dist/.
  try {
    const relative = readFileSync(join(pkgDir, 'path.txt'), 'utf8').trim();
    const candidate = join(pkgDir, 'dist', relative);
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

const electron = findElectron();
if (!electron) {
  console.log('No Electron binary here; end-to-end run skipped.');
  process.exit(0);
}

console.log(`Electron binary: ${electron}`);
// The app must be built: the spec launches out/main through package.json's "main".
const { runShellSpec } = await import('./shell.e2e.mjs');
try {
  await runShellSpec({ executablePath: electron, appDir: root });
  console.log('e2e: shell spec passed');
} catch (error) {
  console.error('e2e: shell spec failed');
  console.error(error);
  process.exitCode = 1;
}
