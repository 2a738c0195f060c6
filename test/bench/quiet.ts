import { createRequire, syncBuiltinESMExports } from 'node:module';
import { DbusLink } from '../../electron/node/quiet/dbus-link.js';
import { LinuxBusSignals } from '../../electron/node/quiet/linux-bus-signals.js';
import { LinuxProcSignals } from '../../electron/node/quiet/linux-proc-signals.js';
import { followIdleWatches } from '../../electron/node/quiet/desktop-quiet.js';
import { MutterIdleWatches } from '../../electron/node/quiet/linux-presence.js';
import { coreRig } from '../support/core-ports.js';
import { startDesktopServices } from '../support/desktop-services.js';
import { startPrivateBus } from '../support/private-bus.js';

/**
 * The cost of following quiet moments for one active hour on Linux, measured on the test bus: the D-Bus watches
 * follow 20 changes by signal (a DND toggle every three minutes), and the sampled signals are read at the engine's
 * 31 wakes of an active hour (the most it needs; README "Benchmarks"). Every process started meanwhile is counted
 * by wrapping child_process, so `quiet_probe_spawns_per_hour` is what really happened, not what is intended.
 */
const WAKES_PER_ACTIVE_HOUR = 31;
const PUSHED_CHANGES = 20;

const MIN = 60_000;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The core's inputs in one active hour (continuous input, two hours between breaks so none falls due, as for
 * `wakeups_per_active_hour`) while Mutter's idle watches on the test bus drive presence: every timer the core
 * fires and every watch that reaches it counts, as each is one run of the engine (one state write).
 */
async function wakesWithIdleWatches(link: DbusLink, services: Awaited<ReturnType<typeof startDesktopServices>>): Promise<number> {
  const rig = coreRig({ start: Date.parse('2026-03-02T07:00:00Z'), settings: { breakIntervalMin: 120 } });
  const watches = new MutterIdleWatches(link);
  await watches.start();
  const release = followIdleWatches(watches, (port) => rig.core.useIdleWatches(port));
  try {
    await until(() => services.idleMonitor.idleWatches.size === 2 && services.idleMonitor.activeWatches.size === 1 && rig.timers.armed.at(-1)!.ms > 30 * MIN);
    /** Input every 10 s of simulated time: the idle monitor hears each one, as Mutter would. */
    const typeFor = async (ms: number) => {
      for (let t = 0; t < ms; t += 10_000) {
        rig.advance(10_000);
        services.idleMonitor.input();
        // A round trip on the bus: any watch that fired has reached the core before time moves on.
        await watches.idleMs();
      }
    };
    // 08:00–08:30 Berlin: the start and the first touch (the user-active watch set at start) fall before the hour,
    // and the break, due at 10:00, after it.
    await typeFor(30 * MIN);
    const before = rig.saved.length;
    await typeFor(60 * MIN);
    return rig.saved.length - before;
  } finally {
    release();
    watches.dispose();
  }
}

export async function measureQuiet(): Promise<Record<string, number>> {
  const require = createRequire(import.meta.url);
  const cp = require('node:child_process') as Record<string, unknown>;
  let spawns = 0;
  const names = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;
  const saved = names.map((n) => [n, cp[n]] as const);
  const bus = await startPrivateBus();
  const services = await startDesktopServices(bus.address);
  const link = new DbusLink('session', { address: bus.address });
  const signals = new LinuxBusSignals(link);
  const proc = new LinuxProcSignals({ apps: () => ['zoom'] });
  try {
    await signals.start();
    for (const [n, fn] of saved) {
      cp[n] = (...args: unknown[]) => {
        spawns++;
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    }
    syncBuiltinESMExports();
    const cpuBefore = process.cpuUsage();
    let seen = 0;
    signals.onChange(() => seen++);
    for (let i = 0; i < PUSHED_CHANGES; i++) {
      services.setInhibited(i % 2 === 0);
      const want = i + 1;
      while (seen < want) await new Promise((resolve) => setImmediate(resolve));
    }
    for (let i = 0; i < WAKES_PER_ACTIVE_HOUR; i++) {
      signals.sample();
      proc.sample();
    }
    const cpu = process.cpuUsage(cpuBefore);
    return {
      quiet_probe_spawns_per_hour: spawns,
      quiet_probe_cpu_ms_per_hour: Math.round(((cpu.user + cpu.system) / 1000) * 10) / 10,
      wakeups_per_active_hour_idle_watches: await wakesWithIdleWatches(link, services),
    };
  } finally {
    for (const [n, fn] of saved) cp[n] = fn;
    syncBuiltinESMExports();
    link.dispose();
    services.stop();
    await bus.stop();
  }
}
