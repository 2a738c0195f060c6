import { basename } from 'node:path';
import type { IdleWatchPort } from '../../common/idle-watches.js';
import type { ScreenRect } from '../../common/quiet-decode.js';
import { combineSources, type QuietReadings, type QuietSource, type SignalStatus } from '../../common/quiet-moments.js';
import type { PresenceEvent } from './linux-presence.js';

/**
 * This desktop's quiet signals, chosen by platform. Each system's adapters are imported only on that system, so
 * the built main never loads another system's code (no koffi on Linux, no D-Bus or X11 client on Windows or
 * macOS). Sources push changes through `onChange`; `sample` reads the few facts no system pushes, and is called
 * only at the engine's own wakes.
 */

export interface DesktopQuietOptions {
  platform: NodeJS.Platform;
  /** The user's quiet apps (process names). */
  apps: () => readonly string[];
  onChange: (readings: QuietReadings) => void;
  /** Lock, unlock, suspend and resume where Electron reports none (logind on Linux). */
  onPresence?: (event: PresenceEvent) => void;
  /** The display Limber would open its window on, in the system's pixels (a fullscreen app elsewhere is no hold). */
  targetDisplay?: () => ScreenRect | null;
  log: (message: string, error?: unknown) => void;
}

export interface DesktopQuiet {
  readings(): QuietReadings;
  /** Reads what is sampled, and says whether the readings changed. */
  sample(): QuietReadings;
  statuses(): SignalStatus[];
  /** Names of running apps for the picker in Settings; empty where Limber cannot list them. */
  runningApps(): string[];
  /** The desktop's idle watches (Mutter's on GNOME), once `ready`; null where there are none to ask for. */
  idleWatches(): DesktopIdleWatches | null;
  /** Resolves once every source has given its first answer. */
  ready: Promise<void>;
  dispose(): void;
}

/** Idle watches that may come and go with the desktop service that keeps them. */
export interface DesktopIdleWatches extends IdleWatchPort {
  readonly available: boolean;
  onAvailability(listener: (available: boolean) => void): () => void;
}

/**
 * Hands the watches to `use` (the core's `useIdleWatches`) whenever their service is there, and takes them back
 * whenever it goes, so that sampling covers every moment the watches cannot. Returns what undoes it.
 */
export function followIdleWatches(watches: DesktopIdleWatches, use: (port: IdleWatchPort) => () => void): () => void {
  let release: (() => void) | null = null;
  const follow = (available: boolean) => {
    release?.();
    release = available ? use(watches) : null;
  };
  const off = watches.onAvailability(follow);
  follow(watches.available);
  return () => {
    off();
    release?.();
    release = null;
  };
}

export function startDesktopQuiet(options: DesktopQuietOptions): DesktopQuiet {
  const sources: QuietSource[] = [];
  const undo: Array<() => void> = [];
  let disposed = false;
  let listApps: () => string[] = () => [];
  let idleWatches: DesktopIdleWatches | null = null;
  const changed = () => {
    if (!disposed) options.onChange(combineSources(sources));
  };
  const add = (source: QuietSource) => {
    if (disposed) return source.dispose();
    sources.push(source);
    undo.push(source.onChange(changed));
  };

  const ready = (async () => {
    try {
      if (options.platform === 'linux') {
        const linux = await import('./linux-desktop.js');
        const desktop = await linux.startLinuxDesktop({ apps: options.apps, onPresence: options.onPresence, targetDisplay: options.targetDisplay, log: options.log });
        for (const source of desktop.sources) add(source);
        listApps = desktop.runningApps;
        idleWatches = desktop.idleWatches;
        undo.push(desktop.dispose);
      } else if (options.platform === 'win32') {
        const [{ WindowsSignals }, { loadWindowsApi }] = await Promise.all([import('./windows-signals.js'), import('./windows-ffi.js')]);
        const windows = new WindowsSignals(loadWindowsApi(), basename(process.execPath), options.apps);
        add(windows);
        listApps = () => windows.runningApps();
      } else if (options.platform === 'darwin') {
        const [{ MacSignals }, { loadMacApi }] = await Promise.all([import('./mac-signals.js'), import('./mac-ffi.js')]);
        const mac = new MacSignals(loadMacApi(), process.pid, options.apps);
        add(mac);
        listApps = () => mac.runningApps();
      }
    } catch (error) {
      // A system facility that fails to load leaves its signals unknown; Limber goes on without them.
      options.log('Quiet-moment signals could not start', error);
    }
    for (const source of sources) source.sample();
    changed();
  })();

  return {
    readings: () => combineSources(sources),
    sample() {
      for (const source of sources) source.sample();
      return combineSources(sources);
    },
    statuses: () => sources.flatMap((s) => s.statuses()),
    runningApps: () => listApps(),
    idleWatches: () => idleWatches,
    ready,
    dispose() {
      disposed = true;
      for (const u of undo.splice(0)) u();
      for (const source of sources.splice(0)) source.dispose();
    },
  };
}
