import { toDisposable, type Disposable } from '../../common/disposable.js';
import type { Settings } from '../../common/settings.js';
import type { LimberCore } from '../../common/limber-core.js';
import { quietView } from '../../common/quiet-view.js';
import { followIdleWatches, startDesktopQuiet, type DesktopQuiet } from '../../node/quiet/desktop-quiet.js';
import { registerIpc, type SenderGate } from '../ipc.js';
import { breakWindowDisplay } from '../windows.js';

/**
 * Quiet moments: the desktop's signals feed the core as they change, the few sampled ones are read at the core's
 * own wakes, and on Linux logind's Lock/Unlock stand in for the lock events Electron does not give there
 * (Electron's powerMonitor already reports suspend and resume from logind). On GNOME, Mutter's idle watches drive
 * presence while Mutter is there.
 */
export function registerQuietFeature(deps: {
  core: LimberCore;
  settings: () => Settings;
  pageOf: SenderGate;
  log: (message: string, error?: unknown) => void;
}): Disposable & { desktop: DesktopQuiet } {
  const { core } = deps;
  const desktop = startDesktopQuiet({
    platform: process.platform,
    apps: () => deps.settings().quietMoments.apps,
    onChange: (readings) => core.quiet(readings),
    onPresence: (event) => {
      if (event === 'lock' || event === 'unlock') core.power(event);
    },
    targetDisplay: () => {
      // Electron gives DIPs; X11 geometry is in pixels.
      const { bounds, scaleFactor: f } = breakWindowDisplay();
      return { x: Math.round(bounds.x * f), y: Math.round(bounds.y * f), width: Math.round(bounds.width * f), height: Math.round(bounds.height * f) };
    },
    log: deps.log,
  });
  const unhook = core.useQuietSampler(() => desktop.sample());
  let disposed = false;
  let unfollow: (() => void) | null = null;
  void desktop.ready.then(() => {
    const watches = desktop.idleWatches();
    if (!disposed && watches) unfollow = followIdleWatches(watches, (port) => core.useIdleWatches(port));
  });
  const channel = registerIpc(
    {
      'quiet:get': async (payload) => {
        await desktop.ready;
        return quietView(desktop.statuses(), payload?.runningApps ? desktop.runningApps() : null);
      },
    },
    deps.pageOf,
  );
  return Object.assign(
    toDisposable(() => {
      channel.dispose();
      disposed = true;
      unfollow?.();
      unhook();
      desktop.dispose();
    }),
    { desktop },
  );
}
