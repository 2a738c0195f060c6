import { createRequire, syncBuiltinESMExports } from 'node:module';
import { DbusLink } from '../../electron/node/quiet/dbus-link.js';
import { LinuxBusSignals } from '../../electron/node/quiet/linux-bus-signals.js';
import { LinuxProcSignals } from '../../electron/node/quiet/linux-proc-signals.js';
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
    };
  } finally {
    for (const [n, fn] of saved) cp[n] = fn;
    syncBuiltinESMExports();
    link.dispose();
    services.stop();
    await bus.stop();
  }
}
