import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/*
 * Loads the real main entry (source) against the fake electron. main runs its side effects on import, so every
 * boot gets a fresh module registry: the fake and main are imported together and therefore share one fake `app`.
 */

export type Fake = typeof import('../fakes/electron.js');

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export function tempUserData(): string {
  return mkdtempSync(path.join(tmpdir(), 'limber-main-'));
}

export async function bootMain(configure?: (fake: Fake) => void, options: { userData?: string; argv?: string[] } = {}): Promise<Fake> {
  vi.resetModules();
  // The machine's boot-time clock (Linux's /proc/uptime, macOS's and Windows' counterparts) keeps real time, while
  // these tests move fake time: the fake machine's boot clock runs with the fake monotonic clock, as a real one
  // runs with the real one. Like the real choice, only the three systems Limber knows have one.
  vi.doMock('../../electron/node/boot-clock.js', () => ({
    bootClockFor: (platform: NodeJS.Platform) =>
      ['linux', 'darwin', 'win32'].includes(platform) ? { origin: 'fake-boot', now: () => performance.now() } : undefined,
  }));
  const fake = await import('../fakes/electron.js');
  fake.resetElectronFake();
  fake.app.setPath('userData', options.userData ?? tempUserData());
  fake.app.setPath('documents', options.userData ?? tempUserData());
  fake.app.appPath = repoRoot;
  const savedArgv = process.argv;
  process.argv = [process.execPath, ...(options.argv ?? [])];
  try {
    configure?.(fake);
    await import('../../electron/main/index.js');
  } finally {
    process.argv = savedArgv;
  }
  return fake;
}

/**
 * What main logs to the console while a test runs, kept out of the run's output: a test that expects a warning
 * captures and asserts it, so that any warning nobody expected still stands out in a green run.
 */
export function captureLog(): { text(): string } {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  return { text: () => [...warn.mock.calls, ...error.mock.calls].map((args) => args.map(String).join(' ')).join('\n') };
}

/** Ready, and the promise chain after whenReady has run (the shell is built in a `.then`). */
export async function ready(fake: Fake): Promise<void> {
  await fake.app.becomeReady();
  await new Promise((resolve) => setImmediate(resolve));
}

/** The built main bundle the boot tests load; `ensureBuiltMain` rebuilds it when any main-side source is newer. */
export const builtMain = path.join(repoRoot, 'out/main/index.js');

function newestMainSource(): number {
  const dirs = ['electron/main', 'electron/common', 'electron/node'].map((d) => path.join(repoRoot, d));
  const files = dirs.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => path.join(d, f)));
  return Math.max(...[...files, path.join(repoRoot, 'vite.main.config.ts')].map((f) => statSync(f).mtimeMs));
}

export async function ensureBuiltMain(): Promise<void> {
  let current: boolean;
  try {
    current = statSync(builtMain).mtimeMs >= newestMainSource();
  } catch {
    current = false;
  }
  if (current) return;
  const { build } = await import('vite');
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.main.config.ts'), logLevel: 'warn' });
}
