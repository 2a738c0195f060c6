import { pathToFileURL } from 'node:url';
import { afterEach, expect, vi } from 'vitest';
import { repoRoot, tempUserData } from './boot-support.js';

/*
 * Shared by built-main-{linux,win32,darwin}.test.ts, one boot per file (each file gets its own module registry).
 * The built main (out/main/index.js) loads each system's quiet-moment adapters only on that system: booted with
 * each platform selected, it must load that system's native parts and nothing of another's. The packages are
 * replaced by recorders that fail when used, so the boot also shows that a failing adapter never stops the app.
 * (built-main.test.ts rebuilds the bundle when it is stale; this file relies on `npm run build` having run.)
 */

export const loaded = new Set<string>();

const realPlatform = process.platform;
afterEach(() => {
  Object.defineProperty(process, 'platform', { value: realPlatform });
  vi.restoreAllMocks();
});

export async function bootAs(platform: NodeJS.Platform): Promise<typeof import('../fakes/electron.js')> {
  Object.defineProperty(process, 'platform', { value: platform });
  loaded.clear();
  const fake = await import('../fakes/electron.js');
  fake.resetElectronFake();
  fake.app.setPath('userData', tempUserData());
  fake.app.setPath('documents', tempUserData());
  fake.app.appPath = repoRoot;
  await import(pathToFileURL(`${repoRoot}/out/main/index.js`).href);
  await fake.app.becomeReady();
  return fake;
}


export async function expectOnly(fake: Awaited<ReturnType<typeof bootAs>>, expected: readonly string[]): Promise<void> {
  await vi.waitFor(() => expect([...loaded].sort()).toEqual([...expected].sort()));
  // Its adapters failed (no such system here), and the app is up all the same: tray drawn, status written.
  expect(fake.Tray.created).toHaveLength(1);
  expect(fake.Tray.created[0]!.toolTip).toMatch(/^Limber · /);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect([...loaded].sort()).toEqual([...expected].sort());
}
