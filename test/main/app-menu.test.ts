import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_BACKGROUND } from '../../electron/common/page-background.js';
import { bootMain, captureLog, repoRoot, type Fake } from './boot-support.js';

/* No default menu, no reload or DevTools for users, and a first paint in the theme's colour. */

const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;

async function boot(platform: NodeJS.Platform, configure?: (fake: Fake) => void): Promise<Fake> {
  Object.defineProperty(process, 'platform', { ...realPlatform, value: platform });
  return bootMain(configure);
}

function roles(menu: { items: Array<{ role?: string; submenu?: unknown }> } | null): string[] {
  if (!menu) return [];
  return menu.items.flatMap((item) => [item.role ?? '', ...roles((item.submenu as never) ?? null)]).filter(Boolean);
}

/** Windows' and macOS's native parts cannot load on this machine: the shell says so, and starts all the same. */
async function expectNativePartsRefused(log: ReturnType<typeof captureLog>): Promise<void> {
  await vi.waitFor(() => expect(log.text()).toMatch(/Limber: Quiet-moment signals could not start/), { timeout: 10_000 });
}

afterEach(() => {
  Object.defineProperty(process, 'platform', realPlatform);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('application menu', () => {
  it('sets no menu on Windows and Linux, before ready, so Electron never installs its default one', async () => {
    const log = captureLog();
    for (const platform of ['linux', 'win32'] as const) {
      const fake = await boot(platform);
      expect(fake.Menu.applicationMenuSet, platform).toBe(true);
      await fake.app.becomeReady();
      await new Promise((resolve) => setImmediate(resolve));
      expect(fake.Menu.getApplicationMenu(), platform).toBeNull();
    }
    await expectNativePartsRefused(log);
  });

  it('gives macOS only the app menu, Edit for copy and paste, and Window: no View, no reload, no DevTools', async () => {
    const log = captureLog();
    const fake = await boot('darwin');
    await fake.app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    const menu = fake.Menu.getApplicationMenu();
    expect(menu?.items.map((item) => item.label)).toEqual(['Limber', 'Edit', 'Window']);
    expect(roles(menu)).toEqual([
      ...['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'],
      ...['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll'],
      ...['minimize', 'close'],
    ]);
    await expectNativePartsRefused(log);
  });
});

describe('reload and DevTools', () => {
  it('are dead keys in a packaged build, and DevTools opened any other way close at once', async () => {
    const fake = await boot('linux', (f) => {
      f.app.isPackaged = true;
    });
    const contents = new fake.BrowserWindow().webContents;
    expect(contents.pressKey('r', { control: true })).toBe(true);
    expect(contents.pressKey('F5')).toBe(true);
    expect(contents.pressKey('I', { control: true, shift: true })).toBe(true);
    expect(contents.pressKey('F12')).toBe(true);
    expect(contents.reloads).toBe(0);
    contents.openDevTools();
    expect(contents.isDevToolsOpened()).toBe(false);
    // Ordinary typing reaches the page.
    expect(contents.pressKey('r')).toBe(false);
    expect(contents.pressKey('c', { control: true })).toBe(false);
  });

  it('work for a developer running from the repository, where there is no menu to carry them', async () => {
    const fake = await boot('darwin');
    const contents = new fake.BrowserWindow().webContents;
    expect(contents.pressKey('r', { meta: true })).toBe(true);
    expect(contents.reloads).toBe(1);
    contents.pressKey('i', { meta: true, alt: true });
    expect(contents.isDevToolsOpened()).toBe(true);
  });
});

describe('first paint', () => {
  it('paints both windows in the page background of the current theme', async () => {
    for (const dark of [false, true]) {
      vi.useFakeTimers({ now: Date.parse('2026-03-02T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
      const fake = await boot('linux', (f) => {
        f.nativeTheme.shouldUseDarkColors = dark;
      });
      await fake.app.becomeReady();
      await vi.advanceTimersByTimeAsync(0);
      fake.Tray.created.at(-1)!.contextMenu!.click('stretch-move-break');
      const colours = fake.BrowserWindow.getAllWindows().map((w) => w.options.backgroundColor);
      expect(colours.length).toBe(2); // the welcome (Settings) and the break window
      expect(new Set(colours)).toEqual(new Set([dark ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light]));
      vi.useRealTimers();
    }
  });

  it('uses the colours renderer/base.css gives every page (Settings through theme.css, the break window inline)', () => {
    const css = readFileSync(path.join(repoRoot, 'renderer/base.css'), 'utf8');
    const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!.toLowerCase());
    expect({ light, dark }).toEqual(PAGE_BACKGROUND);
  });
});
