import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initialEngineState } from '../../electron/common/engine-state.js';
import { SETTINGS_DOCUMENT_VERSION } from '../../electron/common/settings-document.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { installFaultyFs } from '../support/faulty-fs.js';
import { builtMain, ensureBuiltMain, tempUserData, type Fake } from './boot-support.js';

/*
 * The boot-fault matrix: for each way the user-data folder can be damaged, the built main bundle boots against the
 * fake Electron. The app must run (tray, Settings, a break from Stretch now), keep every valid thing
 * (settings and the history of other days), set the damaged thing aside, and say so in one notification, which
 * the next start does not repeat.
 */

const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');
const MIN = 60_000;
const VALID_SETTINGS = { schemaVersion: SETTINGS_DOCUMENT_VERSION, firstRunDone: true, recovery: null, settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 45 } };
// Two events of the day before, in Limber's own line format.
const HISTORY_DAY = '2026-03-01';
const HISTORY_LINES = [
  '{"type":"skipped","at":1772362800000}',
  '{"type":"snoozed","at":1772366400000,"minutes":5}',
];
const REPAIR_TITLE = /^Limber (repaired its settings|set damaged data aside)$/;

interface Shape {
  name: string;
  /** Which part is damaged; the others must survive untouched. */
  damages: 'settings' | 'state' | 'history';
  make(dir: string): void;
  /** A file or folder in `dir` (or `dir/history`) whose name shows the damaged original was kept. */
  keptAs: RegExp;
  /** Faults while booting, for shapes a real folder cannot have (a full disk). */
  diskFull?: boolean;
  /** The damage took the place of all history, so there is none to keep. */
  noHistoryLeft?: boolean;
}

const write = (dir: string, name: string, content: string) => fs.writeFileSync(path.join(dir, name), content);
const fifo = (file: string) => {
  fs.rmSync(file, { force: true });
  execFileSync('mkfifo', [file]);
};
const folder = (file: string) => {
  fs.rmSync(file, { force: true });
  fs.mkdirSync(file);
};
const huge = (file: string) => {
  fs.writeFileSync(file, '{"schemaVersion":2,"settings":{');
  fs.truncateSync(file, 300 * 1_048_576);
};
const deep = (levels: number) => `${'{"x":'.repeat(levels)}1${'}'.repeat(levels)}`;
const state = (patch: Record<string, unknown>) => JSON.stringify({ ...initialEngineState(), ...patch });

const SHAPES: Shape[] = [
  { name: 'config.json is a folder', damages: 'settings', make: (d) => folder(path.join(d, 'config.json')), keptAs: /^config\.corrupt-.*\.json$/ },
  { name: 'config.json is a FIFO', damages: 'settings', make: (d) => fifo(path.join(d, 'config.json')), keptAs: /^config\.corrupt-.*\.json$/ },
  { name: 'config.json is 300 MB', damages: 'settings', make: (d) => huge(path.join(d, 'config.json')), keptAs: /^config\.corrupt-.*\.json$/ },
  { name: 'config.json is not JSON', damages: 'settings', make: (d) => write(d, 'config.json', '{"schemaVersion": 2, "sett'), keptAs: /^config\.corrupt-.*\.json$/ },
  {
    name: 'config.json nests 2,000 levels deep beside valid settings',
    damages: 'settings',
    make: (d) => write(d, 'config.json', JSON.stringify({ ...VALID_SETTINGS, settings: { ...VALID_SETTINGS.settings, microBreak: '@' } }).replace('"@"', deep(2000))),
    keptAs: /^config\.corrupt-.*\.json$/,
  },
  { name: 'engine-state.json is a folder', damages: 'state', make: (d) => folder(path.join(d, 'engine-state.json')), keptAs: /^engine-state\.damaged-.*\.json$/ },
  { name: 'engine-state.json is a FIFO', damages: 'state', make: (d) => fifo(path.join(d, 'engine-state.json')), keptAs: /^engine-state\.damaged-.*\.json$/ },
  { name: 'engine-state.json is 300 MB', damages: 'state', make: (d) => huge(path.join(d, 'engine-state.json')), keptAs: /^engine-state\.damaged-.*\.json$/ },
  {
    name: 'engine-state.json pauses until 9e15',
    damages: 'state',
    make: (d) => write(d, 'engine-state.json', state({ pause: { since: MONDAY_9AM - MIN, until: 9e15 } })),
    keptAs: /^engine-state\.damaged-.*\.json$/,
  },
  {
    name: 'engine-state.json has a fractional anchor.mono',
    damages: 'state',
    make: (d) => write(d, 'engine-state.json', state({ anchor: { t: MONDAY_9AM - MIN, wall: MONDAY_9AM - MIN, mono: 1234.5, monoOrigin: 'old' } })),
    keptAs: /^engine-state\.damaged-.*\.json$/,
  },
  { name: 'a history day file is a folder', damages: 'history', make: (d) => fs.mkdirSync(path.join(d, 'history', '2026-02-27.jsonl')), keptAs: /^2026-02-27\.jsonl\.damaged-/ },
  {
    name: 'history is a file',
    damages: 'history',
    make: (d) => {
      fs.rmSync(path.join(d, 'history'), { recursive: true });
      write(d, 'history', 'not a folder');
    },
    keptAs: /^history\.damaged-/,
    noHistoryLeft: true,
  },
  {
    name: 'a torn history tail on a full disk',
    damages: 'history',
    make: (d) => fs.appendFileSync(path.join(d, 'history', `${HISTORY_DAY}.jsonl`), '{"type":"bout","sta'),
    keptAs: /^$/,
    diskFull: true,
  },
];

function prepare(shape: Shape): string {
  const dir = tempUserData();
  write(dir, 'config.json', JSON.stringify(VALID_SETTINGS));
  fs.mkdirSync(path.join(dir, 'history'));
  write(path.join(dir, 'history'), `${HISTORY_DAY}.jsonl`, `${HISTORY_LINES.join('\n')}\n`);
  shape.make(dir);
  return dir;
}

let boots = 0;

async function boot(userData: string, diskFull = false): Promise<Fake> {
  vi.resetModules();
  const fake = await import('../fakes/electron.js');
  fake.resetElectronFake();
  fake.app.setPath('userData', userData);
  fake.app.setPath('documents', userData);
  fake.app.dock = undefined;
  const faults = diskFull ? installFaultyFs() : null;
  // Writes fail from the first one on; reads work, as on a full disk.
  faults?.arm(0, 'enospc', true);
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    await import(`${pathToFileURL(builtMain).href}?boot=${boots++}`);
    await fake.app.becomeReady();
    await vi.advanceTimersByTimeAsync(0);
  } finally {
    faults?.restore();
    stderr.mockRestore();
    warn.mockRestore();
  }
  return fake;
}

function repairNotices(fake: Fake): string[] {
  return fake.Notification.created.filter((n) => REPAIR_TITLE.test(n.title)).map((n) => `${n.title}: ${n.body}`);
}

async function settingsPage(fake: Fake) {
  fake.Tray.created.at(-1)!.contextMenu!.click('Settings…');
  const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('settings.html'))!;
  const sender = fake.createFakeSender('app://limber/settings.html', win.webContents);
  return (channel: string, payload?: unknown) => (payload === undefined ? fake.ipcMain.invokeFrom(sender, `limber:${channel}`) : fake.ipcMain.invokeFrom(sender, `limber:${channel}`, payload));
}

beforeAll(async () => {
  await ensureBuiltMain();
  vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
}, 120_000);
afterAll(() => vi.useRealTimers());

describe('boot-fault matrix: the built main starts on every damaged user-data folder', () => {
  const results: string[] = [];
  afterAll(() => console.log(`boot-fault matrix: ${results.length} of ${SHAPES.length} shapes started, kept the rest and told the user once:\n  ${results.join('\n  ')}`));

  for (const shape of SHAPES) {
    it(shape.name, async () => {
      const dir = prepare(shape);
      const fake = await boot(dir, shape.diskFull);
      expect(fake.app.exitCode, 'the app exited').toBeUndefined();
      expect(fake.Tray.created).toHaveLength(1);

      const notices = repairNotices(fake);
      expect(notices, 'told once').toHaveLength(1);

      const invoke = await settingsPage(fake);
      const view = (await invoke('settings:get')) as { settings: { breakIntervalMin: number } };
      expect(view.settings.breakIntervalMin, 'settings kept').toBe(shape.damages === 'settings' && !shape.name.includes('nests') ? DEFAULT_SETTINGS.breakIntervalMin : 45);
      const history = (await invoke('history:get', { from: '2026-02-25', to: '2026-03-02' })) as { events: unknown[] };
      if (!shape.noHistoryLeft) expect(history.events.length, 'history of other days kept').toBeGreaterThanOrEqual(HISTORY_LINES.length);

      const names = [...fs.readdirSync(dir), ...(fs.statSync(path.join(dir, 'history')).isDirectory() ? fs.readdirSync(path.join(dir, 'history')) : [])];
      if (shape.keptAs.source !== '^$') expect(names.some((n) => shape.keptAs.test(n)), `kept as ${shape.keptAs}: ${names.join(', ')}`).toBe(true);
      expect(names.filter((n) => n.endsWith('.tmp')), 'no temp files left').toEqual([]);

      // The app runs: Stretch now opens the break window, whose plan loads.
      fake.Tray.created.at(-1)!.contextMenu!.click('stretch-move-break');
      const breakWindow = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('break.html'));
      expect(breakWindow, 'the break window opened').toBeDefined();
      const breakPage = fake.createFakeSender('app://limber/break.html', breakWindow!.webContents);
      await expect(fake.ipcMain.invokeFrom(breakPage, 'limber:break:get-plan')).resolves.toMatchObject({ routine: { id: 'move-break' } });
      fake.app.emit('before-quit', { preventDefault: () => {} });

      // The next start has nothing more to say.
      const again = await boot(dir);
      expect(repairNotices(again), 'told only once').toEqual([]);
      results.push(`${shape.name}: ${notices[0]}`);
    }, 60_000);
  }
});
