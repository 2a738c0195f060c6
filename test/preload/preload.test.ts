import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { CHANNELS, CHANNEL_PREFIX, type LimberApi, type TrayState } from '../../electron/common/ipc-contract.js';
import type { LimberBridge } from '../../renderer/bridge.js';
import * as fakeElectron from '../fakes/electron.js';

/*
 * Exercises the preload exactly as Electron's sandbox would receive it: the bundled out/preload/index.cjs,
 * evaluated as one CommonJS script whose `require` knows nothing but `electron`. Testing the TypeScript source
 * instead would miss a broken bundle (an ESM leftover, an unbundled import), which is the usual way preloads fail.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundlePath = join(root, 'out/preload/index.cjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function newestInput(): number {
  const inputs = [
    join(root, 'vite.preload.config.ts'),
    join(root, 'package.json'),
    join(root, 'electron/common/ipc-channels.ts'),
    ...readdirSync(join(root, 'electron/preload'), { recursive: true, encoding: 'utf8' }).map((f) =>
      join(root, 'electron/preload', f),
    ),
  ];
  return Math.max(...inputs.map((f) => statSync(f).mtimeMs));
}

function bundleIsCurrent(): boolean {
  try {
    return statSync(bundlePath).mtimeMs >= newestInput();
  } catch {
    return false;
  }
}

let code: string;

beforeAll(async () => {
  // A missing or stale bundle is rebuilt rather than skipped, so this test can never pass without a real build.
  if (!bundleIsCurrent()) {
    const { build } = await import('vite');
    await build({ root, configFile: join(root, 'vite.preload.config.ts'), logLevel: 'warn' });
  }
  code = readFileSync(bundlePath, 'utf8');
}, 60_000);

interface Loaded {
  required: string[];
  exports: unknown;
}

function loadInSandbox(): Loaded {
  const required: string[] = [];
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return fakeElectron;
    throw new Error(`module not found: ${id} (a sandboxed preload can only require electron)`);
  };
  const module = { exports: {} as unknown };
  // Roughly the globals Electron gives a sandboxed preload; no Node `require`, no fs.
  const context = vm.createContext({
    console,
    process: { platform: process.platform, env: {}, versions: { electron: '45.5.0' } },
    setImmediate,
    clearImmediate,
    setTimeout,
    clearTimeout,
  });
  const wrapper = vm.runInContext(
    `(function (exports, require, module, __filename, __dirname) {${code}\n})`,
    context,
    { filename: bundlePath },
  ) as (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string) => void;
  wrapper(module.exports, sandboxRequire, module, bundlePath, dirname(bundlePath));
  return { required, exports: module.exports };
}

describe('built preload (out/preload/index.cjs)', () => {
  beforeEach(() => {
    fakeElectron.resetElectronFake();
  });

  it('is a single CommonJS script', () => {
    expect(() => new vm.Script(code, { filename: bundlePath })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('requires nothing but electron', () => {
    const requireCalls = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]?.trim());
    expect(requireCalls.length).toBeGreaterThan(0);
    expect(new Set(requireCalls)).toEqual(new Set(['"electron"']));
  });

  it('exposes exactly the limber API in the main world, and nothing else', () => {
    const { required } = loadInSandbox();

    expect(required).toEqual(['electron']);
    expect(Object.keys(fakeElectron.contextBridge.exposed)).toEqual(['limber']);
    expect(fakeElectron.contextBridge.callsTo('exposeInIsolatedWorld')).toEqual([]);

    const api = fakeElectron.contextBridge.exposed['limber'] as Record<string, unknown>;
    const contract: Record<keyof LimberApi, string> = { version: 'string', invoke: 'function', onStateChanged: 'function', onLanguageChanged: 'function' };
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const [key, type] of Object.entries(contract)) expect(typeof api[key]).toBe(type);
    expect(api['version']).toBe(pkg.version);
  });

  it('does not bundle the payload schemas (zod stays in main)', () => {
    expect(code).not.toMatch(/\bzod\b|ZodError|safeParse/);
    expect(code.length).toBeLessThan(8_000);
  });

  it('leaks no raw Electron objects through the bridge', () => {
    loadInSandbox();
    const api = fakeElectron.contextBridge.exposed['limber'] as Record<string, unknown>;
    const electronObjects = new Set<unknown>(Object.values(fakeElectron));
    for (const value of Object.values(api)) {
      expect(electronObjects.has(value)).toBe(false);
      expect(['string', 'number', 'boolean', 'function']).toContain(typeof value);
    }
  });

  it('sends every contract channel to main with the limber: prefix and the payload', async () => {
    loadInSandbox();
    const api = fakeElectron.contextBridge.exposed['limber'] as LimberApi;
    const seen: Array<[string, unknown[]]> = [];
    for (const channel of CHANNELS) {
      fakeElectron.ipcMain.handle(`${CHANNEL_PREFIX}${channel}`, (_event, ...args) => {
        seen.push([channel, args]);
        return { answered: channel };
      });
    }
    await expect(api.invoke('today:get')).resolves.toEqual({ answered: 'today:get' });
    await api.invoke('history:get', { from: '2026-03-01', to: '2026-03-02' });
    expect(seen).toEqual([
      ['today:get', []],
      ['history:get', [{ from: '2026-03-01', to: '2026-03-02' }]],
    ]);
  });

  it('rejects channels outside the contract without reaching main', async () => {
    loadInSandbox();
    const api = fakeElectron.contextBridge.exposed['limber'] as { invoke: (channel: string, ...args: unknown[]) => Promise<unknown> };
    await expect(api.invoke('electron-store-get-data')).rejects.toThrow(/Unknown channel/);
    await expect(api.invoke('limber:today:get')).rejects.toThrow(/Unknown channel/);
    await expect(api.invoke('__proto__')).rejects.toThrow(/Unknown channel/);
    expect(fakeElectron.ipcRenderer.callsTo('invoke')).toEqual([]);
  });

  it('hands subscribers the state only, never the IPC event, and unsubscribes', () => {
    loadInSandbox();
    const api = fakeElectron.contextBridge.exposed['limber'] as LimberApi;
    const received: unknown[][] = [];
    const unsubscribe = api.onStateChanged((...args: unknown[]) => received.push(args));
    const state: TrayState = { status: 'Sitting since 10:12', breakDue: false, idleDetection: 'available' };

    fakeElectron.ipcRenderer.deliver(`${CHANNEL_PREFIX}state-changed`, state);
    expect(received).toEqual([[state]]);

    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    unsubscribe();
    fakeElectron.ipcRenderer.deliver(`${CHANNEL_PREFIX}state-changed`, state);
    expect(received).toHaveLength(1);
    expect(fakeElectron.ipcRenderer.listenerCount(`${CHANNEL_PREFIX}state-changed`)).toBe(0);
  });

  it('matches the API the renderer expects (type-level)', () => {
    expectTypeOf<LimberBridge>().toEqualTypeOf<LimberApi>();
    expectTypeOf<Window['limber']>().toEqualTypeOf<LimberApi>();
  });
});
