import { afterEach, describe, expect, it, vi } from 'vitest';
import { refusedDebugSwitches } from '../../electron/common/debug-switches.js';
import path from 'node:path';
import { bootMain, repoRoot, type Fake } from './boot-support.js';

/* A packaged Limber cannot be opened to a debugger, run outside its sandbox, or have DevTools opened on a page. */

async function start(options: { packaged: boolean; argv?: string[] }): Promise<Fake> {
  // Packaged, icons and figures come from Electron's resources folder.
  if (options.packaged) Object.defineProperty(process, 'resourcesPath', { value: path.join(repoRoot, 'resources'), configurable: true });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const fake = await bootMain((f) => (f.app.isPackaged = options.packaged), { argv: options.argv ?? [] });
    await fake.app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    return fake;
  } finally {
    stderr.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(process, 'resourcesPath');
});

describe('packaged builds', () => {
  for (const argv of [['--remote-debugging-port=9222'], ['--inspect'], ['--inspect-brk=0'], ['--no-sandbox'], ['--stretch', '-remote-debugging-pipe']]) {
    it(`refuse to start with ${argv.join(' ')}`, async () => {
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      const fake = await bootMain((f) => (f.app.isPackaged = true), { argv });
      expect(fake.app.exitCode).toBe(2);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(/refusing to start with .*debugging or without its sandbox/);
      await fake.app.becomeReady();
      expect(fake.Tray.created).toHaveLength(0);
    });
  }

  it('start normally when unpackaged, where a developer may debug', async () => {
    const fake = await start({ packaged: false, argv: ['--inspect'] });
    expect(fake.app.exitCode).toBeUndefined();
    expect(fake.Tray.created).toHaveLength(1);
  });

  it('make every window without DevTools and close DevTools if anything opens them', async () => {
    const fake = await start({ packaged: true });
    expect(fake.app.exitCode).toBeUndefined();
    fake.Tray.created.at(-1)!.contextMenu!.click('Settings…');
    fake.Tray.created.at(-1)!.contextMenu!.click('stretch-move-break');
    const windows = fake.BrowserWindow.getAllWindows();
    expect(windows).toHaveLength(2);
    for (const win of windows) {
      expect(win.options.webPreferences?.devTools).toBe(false);
      win.webContents.openDevTools();
      expect(win.webContents.isDevToolsOpened()).toBe(false);
      // Were DevTools to open some other way, main closes them at once.
      win.webContents.emit('devtools-opened');
      expect(win.webContents.callsTo('closeDevTools')).toHaveLength(1);
    }
  });

  it('leave DevTools to a developer running unpackaged', async () => {
    const fake = await start({ packaged: false });
    fake.Tray.created.at(-1)!.contextMenu!.click('Settings…');
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    expect(win.options.webPreferences?.devTools).toBe(true);
    win.webContents.openDevTools();
    expect(win.webContents.isDevToolsOpened()).toBe(true);
    expect(win.webContents.callsTo('closeDevTools')).toHaveLength(0);
  });
});

describe('refusedDebugSwitches', () => {
  it('catches every spelling Chromium accepts, and nothing else', () => {
    expect(refusedDebugSwitches(['--stretch', '--pause', '1h', '/no-sandbox', 'inspect', '--inspector-x'], 'linux')).toEqual([]);
    expect(refusedDebugSwitches(['-no-sandbox', '--disable-gpu-sandbox', '--inspect-port=1', '--remote-debugging-address=0.0.0.0'], 'linux')).toHaveLength(4);
    expect(refusedDebugSwitches(['/NO-SANDBOX', '--Remote-Debugging-Port=1'], 'win32')).toHaveLength(2);
    expect(refusedDebugSwitches(['--Remote-Debugging-Port=1'], 'linux')).toEqual([]);
  });
});
