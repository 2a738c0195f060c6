import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Lints small snippets as if they lived at the given paths, with the project's real eslint.config.js. Each
 * forbidden case must report the boundary rule; each allowed case must report nothing at all, so a config that
 * fired on everything would fail just as surely as one that fired on nothing.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const RULE = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages;
}

async function boundaryHits(filePath: string, code: string): Promise<number> {
  const messages = await lint(filePath, code);
  const others = messages.filter((m) => m.ruleId !== RULE);
  expect(others, `unexpected other findings in ${filePath}`).toEqual([]);
  return messages.filter((m) => m.ruleId === RULE).length;
}

const forbidden: [string, string, string][] = [
  // electron itself
  ['electron/common/probe.ts', "import { app } from 'electron';\nexport const a = app;", 'electron in common'],
  ['electron/common/probe.ts', "import type { App } from 'electron';\nexport type A = App;", 'electron types in common'],
  ['electron/node/probe.ts', "import { app } from 'electron';\nexport const a = app;", 'electron in node'],
  ['electron/node/probe.ts', "import { app } from 'electron/main';\nexport const a = app;", 'electron/main subpath in node'],
  ['renderer/probe.tsx', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;", 'electron in renderer'],
  ['test/common/probe.test.ts', "import { app } from 'electron';\nexport const a = app;", 'electron value in tests'],
  ['vite.probe.config.ts', "import { app } from 'electron';\nexport const a = app;", 'electron in root configs'],
  ['resources/probe.ts', "export { app } from 'electron';", 'electron re-exported elsewhere'],
  // Node builtins
  ['electron/common/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'node:fs in common'],
  ['electron/common/probe.ts', "import path from 'path';\nexport const p = path;", 'bare path in common'],
  ['electron/common/probe.ts', "import { readFile } from 'fs/promises';\nexport const r = readFile;", 'fs/promises in common'],
  ['electron/common/probe.ts', "import { execFile } from 'child_process';\nexport const e = execFile;", 'child_process in common'],
  ['renderer/probe.tsx', "import os from 'node:os';\nexport const o = os;", 'node:os in renderer'],
  ['renderer/probe.tsx', "import { EventEmitter } from 'events';\nexport const e = EventEmitter;", 'events in renderer'],
  ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'fs in preload'],
  // Folder direction
  ['electron/preload/probe.ts', "import { x } from '../main/tray.js';\nexport const y = x;", 'preload -> main'],
  ['electron/preload/probe.ts', "import { x } from '../node/store.js';\nexport const y = x;", 'preload -> node'],
  ['electron/common/probe.ts', "import { x } from '../node/store.js';\nexport const y = x;", 'common -> node'],
  ['electron/common/probe.ts', "import { x } from '../main/tray.js';\nexport const y = x;", 'common -> main'],
  ['electron/common/probe.ts', "import { x } from '../preload/api.js';\nexport const y = x;", 'common -> preload'],
  ['electron/common/probe.ts', "import { x } from '../../renderer/App.js';\nexport const y = x;", 'common -> renderer'],
  ['electron/common/deep/probe.ts', "import { x } from '../../node/store.js';\nexport const y = x;", 'nested common -> node'],
  ['electron/node/probe.ts', "import { x } from '../main/tray.js';\nexport const y = x;", 'node -> main'],
  ['electron/node/probe.ts', "import { x } from '../preload/api.js';\nexport const y = x;", 'node -> preload'],
  ['electron/node/probe.ts', "import { x } from '../../renderer/App.js';\nexport const y = x;", 'node -> renderer'],
  ['renderer/probe.tsx', "import { x } from '../electron/main/tray.js';\nexport const y = x;", 'renderer -> main'],
  ['renderer/probe.tsx', "import { x } from '../electron/node/store.js';\nexport const y = x;", 'renderer -> node'],
  ['renderer/probe.tsx', "import type { LimberApi } from '../electron/preload/api.js';\nexport type A = LimberApi;", 'renderer -> preload, even types'],
  [
    'renderer/probe.tsx',
    "import { historyEventSchema } from '../electron/common/history-events.js';\nexport const s = historyEventSchema;",
    'renderer -> common value',
  ],
  [
    'renderer/components/probe.tsx',
    "import { localParts } from '../../electron/common/calendar.js';\nexport const l = localParts;",
    'nested renderer -> common value',
  ],
  [
    'renderer/break/probe.tsx',
    "import { settingsSchema } from '../../electron/common/settings.js';\nexport const s = settingsSchema;",
    'break window -> the settings schema (the exception is for the settings page only)',
  ],
  [
    'renderer/settings/probe.tsx',
    "import { historyCsv } from '../../electron/common/history-csv.js';\nexport const h = historyCsv;",
    'settings page -> common value other than the settings schema',
  ],
  [
    'renderer/settings/probe.tsx',
    "import { x } from '../../electron/common/settings-document.js';\nexport const y = x;",
    'settings page -> a module merely named like settings.ts',
  ],
  ['renderer/settings/probe.tsx', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;", 'electron in the settings page'],
  ['renderer/settings/probe.tsx', "import { x } from '../../electron/node/store.js';\nexport const y = x;", 'settings page -> node'],
];

const allowed: [string, string, string][] = [
  ['electron/main/probe.ts', "import { app } from 'electron';\nexport const a = app;", 'electron in main'],
  ['electron/preload/probe.ts', "import { contextBridge } from 'electron';\nexport const c = contextBridge;", 'electron in preload'],
  ['test/fakes/probe.ts', "import type { App } from 'electron';\nexport type A = App;", 'electron types in fakes'],
  ['test/main/probe.test.ts', "import type { App } from 'electron';\nexport type A = App;", 'electron types in tests'],
  ['electron/node/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'node builtins in node'],
  ['electron/main/probe.ts', "import path from 'node:path';\nexport const p = path;", 'node builtins in main'],
  ['electron/node/probe.ts', "import { x } from '../common/calendar.js';\nexport const y = x;", 'node -> common'],
  ['electron/main/probe.ts', "import { x } from '../node/store.js';\nexport const y = x;", 'main -> node'],
  ['electron/common/probe.ts', "import { x } from './calendar.js';\nexport const y = x;", 'common -> common'],
  ['electron/preload/probe.ts', "import { x } from '../common/calendar.js';\nexport const y = x;", 'preload -> common'],
  [
    'renderer/probe.tsx',
    "import type { Posture } from '../electron/common/history-events.js';\nexport const p: Posture = 'seated';",
    'renderer -> common types',
  ],
  [
    'renderer/probe.tsx',
    "import { type Posture } from '../electron/common/history-events.js';\nexport const p: Posture = 'seated';",
    'renderer -> common inline type',
  ],
  ['renderer/probe.tsx', "import { useState } from 'react';\nexport const u = useState;", 'react in renderer'],
  ['renderer/probe.tsx', "import { App } from './App.js';\nexport const a = App;", 'renderer -> renderer'],
  [
    'renderer/settings/probe.tsx',
    "import { settingsSchema } from '../../electron/common/settings.js';\nexport const s = settingsSchema;",
    'settings page -> the shared settings schema, as a value',
  ],
  [
    'renderer/settings/probe.tsx',
    "import type { HistoryView } from '../../electron/common/ipc-contract.js';\nexport type H = HistoryView;",
    'settings page -> common types',
  ],
  [
    'renderer/break/probe.tsx',
    "import { formatMinutes } from '../../electron/common/duration-text.js';\nexport const f = formatMinutes;",
    'break window -> the shared rounding rule for lengths, as a value',
  ],
];

describe('folder boundaries (eslint.config.js)', () => {
  const cases = (list: [string, string, string][]) => list.map(([filePath, code, why]) => ({ filePath, code, why }));

  it.each(cases(forbidden))('$filePath rejects $why', async ({ filePath, code }) => {
    expect(await boundaryHits(filePath, code)).toBeGreaterThan(0);
  });

  it.each(cases(allowed))('$filePath accepts $why', async ({ filePath, code }) => {
    expect(await boundaryHits(filePath, code)).toBe(0);
  });

  it('says why an import is refused', async () => {
    const [message] = await lint('electron/common/probe.ts', "import { app } from 'electron';\nexport const a = app;");
    expect(message?.message).toMatch(/Only electron\/main and electron\/preload may import electron/);
  });

  it('does not lint build output', async () => {
    expect(await eslint.isPathIgnored(`${root}out/main/index.js`)).toBe(true);
    expect(await eslint.isPathIgnored(`${root}dist/linux-unpacked/resources/app.js`)).toBe(true);
  });
});
