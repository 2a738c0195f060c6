import type { ScreenRect } from '../../common/quiet-decode.js';
import type { QuietSource } from '../../common/quiet-moments.js';
import { DbusLink } from './dbus-link.js';
import { LinuxBusSignals } from './linux-bus-signals.js';
import { LogindPresence, MutterIdleWatches, type PresenceEvent } from './linux-presence.js';
import { LinuxProcSignals } from './linux-proc-signals.js';
import { X11Fullscreen } from './x11-fullscreen.js';

/**
 * A Linux desktop's quiet signals: one connection to the session bus and one to the system bus (logind lives
 * there), kept for the life of the app; /proc at the engine's wakes; the X server where the session is X11.
 */

export interface LinuxDesktop {
  sources: QuietSource[];
  runningApps: () => string[];
  /** Mutter's idle watches on the session bus (they say whether Mutter is there). */
  idleWatches: MutterIdleWatches;
  dispose: () => void;
}

export async function startLinuxDesktop(options: {
  apps: () => readonly string[];
  onPresence?: ((event: PresenceEvent) => void) | undefined;
  targetDisplay?: (() => ScreenRect | null) | undefined;
  log: (message: string, error?: unknown) => void;
}): Promise<LinuxDesktop> {
  const session = new DbusLink('session', { log: options.log });
  const system = new DbusLink('system', { log: options.log });
  const bus = new LinuxBusSignals(session);
  const proc = new LinuxProcSignals({ apps: options.apps });
  const x11 = new X11Fullscreen({ targetDisplay: options.targetDisplay });
  const presence = new LogindPresence(system);
  const idleWatches = new MutterIdleWatches(session);
  const undo: Array<() => void> = [];
  if (options.onPresence) undo.push(presence.onEvent(options.onPresence));
  await Promise.all([bus.start(), x11.start(), presence.start(), idleWatches.start()]);
  return {
    sources: [bus, proc, x11],
    runningApps: () => proc.runningApps(),
    idleWatches,
    dispose() {
      for (const u of undo.splice(0)) u();
      idleWatches.dispose();
      presence.dispose();
      session.dispose();
      system.dispose();
    },
  };
}
