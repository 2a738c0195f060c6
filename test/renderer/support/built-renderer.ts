import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Tests and the bench look at the real production build; a missing or stale one is rebuilt, never skipped. */

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const rendererOut = join(root, 'out/renderer');

function newestInput(): number {
  const files = [
    join(root, 'vite.renderer.config.ts'),
    join(root, 'package.json'),
    // The pages bundle shared code from electron/common too (the body model, the shared words, i18n).
    ...['renderer', 'electron/common'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f))),
  ];
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

function isCurrent(): boolean {
  try {
    return statSync(join(rendererOut, 'break.html')).mtimeMs >= newestInput();
  } catch {
    return false;
  }
}

const lock = join(root, 'out/.renderer-build-lock');

/**
 * Test files run in parallel workers; the lock keeps two of them from emptying out/renderer under each other.
 * A lock left by a killed run is taken over after a minute, longer than any build takes.
 */
async function withBuildLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(join(root, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function ensureRendererBuilt(): Promise<void> {
  if (isCurrent()) return;
  await withBuildLock(async () => {
    if (isCurrent()) return;
    const { build } = await import('vite');
    // Vitest sets NODE_ENV=test, and Vite would honour it with React's development build: not what ships.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      // No inline root: the config sets its own (renderer/), and an inline one would override it.
      await build({ configFile: join(root, 'vite.renderer.config.ts'), mode: 'production', logLevel: 'warn' });
    } finally {
      if (nodeEnv === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = nodeEnv;
    }
  });
}
