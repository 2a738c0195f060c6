import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbusLink } from '../../electron/node/quiet/dbus-link.js';
import { followIdleWatches } from '../../electron/node/quiet/desktop-quiet.js';
import { MutterIdleWatches } from '../../electron/node/quiet/linux-presence.js';
import { coreRig, type CoreRig } from '../support/core-ports.js';
import { startDesktopServices, type DesktopServices } from '../support/desktop-services.js';
import { startPrivateBus, type PrivateBus } from '../support/private-bus.js';

/*
 * GNOME presence by push: the core on a hand-moved clock, Mutter's idle monitor on a real dbus-daemon. The
 * compositor's watches fire as idle time crosses the short-gap and away thresholds and when the user is back;
 * the core takes those as its readings instead of waking every two minutes to look, and samples again the moment
 * Mutter or the bus goes away.
 */

const MIN = 60_000;
let bus: PrivateBus;
let services: DesktopServices;
let link: DbusLink;

beforeEach(async () => {
  bus = await startPrivateBus();
  services = await startDesktopServices(bus.address);
  link = new DbusLink('session', { address: bus.address });
});

afterEach(async () => {
  link.dispose();
  services.stop();
  await bus.stop();
});

/** The delay of the one timer the core has armed now. */
function armedDelay(rig: CoreRig): number {
  return rig.timers.armed.at(-1)!.ms;
}

async function watchedRig(): Promise<{ rig: CoreRig; release: () => void; watches: MutterIdleWatches }> {
  // Two hours between breaks, so no prompt falls due: what is left is what presence needs.
  const rig = coreRig({ settings: { breakIntervalMin: 120 } });
  const watches = new MutterIdleWatches(link);
  expect(await watches.start()).toBe(true);
  const release = followIdleWatches(watches, (port) => rig.core.useIdleWatches(port));
  // One idle watch per threshold the engine judges gaps by, and one user-active watch for a return.
  await vi.waitFor(() => {
    expect([...services.idleMonitor.idleWatches.values()].map((w) => w.interval).sort((a, b) => a - b)).toEqual([2 * MIN, 5 * MIN]);
    expect(services.idleMonitor.activeWatches.size).toBe(1);
  });
  await vi.waitFor(() => expect(armedDelay(rig)).toBeGreaterThan(30 * MIN));
  return { rig, release, watches };
}

describe("Mutter's idle watches drive presence", () => {
  it('arms no presence wake while the user works, opens the gap when the watch fires and closes it on their return', async () => {
    const { rig } = await watchedRig();
    // Sampling would wake every 2 min to look for a gap; with the watches the next wake is the break itself.
    rig.advance(30 * MIN);
    expect(rig.core.snapshot().status).toBe('sitting');
    const wakesBefore = rig.timers.armed.length;

    // The user stops typing. Two minutes on, Mutter says so.
    rig.desktop.idleSeconds = 1;
    rig.advance(2 * MIN - 1000);
    services.idleMonitor.idleFor(2 * MIN);
    await vi.waitFor(() => expect(rig.core.snapshot().status).toBe('away'));
    // Five minutes idle: Mutter's away watch and the engine's own mark agree that the bout is over.
    rig.advance(3 * MIN);
    services.idleMonitor.idleFor(5 * MIN);
    await vi.waitFor(() => expect(rig.history.events.some((e) => e.type === 'bout')).toBe(true));
    expect(rig.core.snapshot().bout).toBeNull();

    // Back at the desk: the user-active watch fires at the first touch and a new bout starts then.
    rig.advance(4 * MIN);
    rig.desktop.idleSeconds = 0;
    services.idleMonitor.input();
    await vi.waitFor(() => expect(rig.core.snapshot().status).toBe('sitting'));
    const natural = rig.history.events.find((e) => e.type === 'natural-break');
    expect(natural && 'seconds' in natural ? natural.seconds : null).toBe(9 * 60);
    expect(rig.core.snapshot().bout?.start).toBe(rig.core.snapshot().now);
    // Nothing woke for presence in between but the watches and the away mark.
    expect(rig.timers.armed.length - wakesBefore).toBeLessThan(10);
    expect(armedDelay(rig)).toBeGreaterThan(30 * MIN);
  });

  it('samples again when Mutter leaves the bus, and goes back to its watches when it returns', async () => {
    const { rig } = await watchedRig();
    await services.dropIdleMonitor();
    await vi.waitFor(() => expect(armedDelay(rig)).toBeLessThanOrEqual(2 * MIN));
    await services.restoreIdleMonitor();
    await vi.waitFor(() => expect(services.idleMonitor.idleWatches.size).toBe(2));
    await vi.waitFor(() => expect(armedDelay(rig)).toBeGreaterThan(30 * MIN));
    // The returned compositor's watches are the ones that count. Here the core last read idle as 0 s when the
    // true figure was 1 s, so the watch fires a second before the engine's own threshold: it wakes once more then.
    rig.desktop.idleSeconds = 1;
    rig.advance(2 * MIN - 1000);
    services.idleMonitor.idleFor(2 * MIN);
    await vi.waitFor(() => expect(armedDelay(rig)).toBeLessThanOrEqual(5000));
    rig.advance(5000);
    expect(rig.core.snapshot().status).toBe('away');
  });

  it('samples again when the session bus itself goes away', async () => {
    const { rig, watches } = await watchedRig();
    await bus.stop();
    await vi.waitFor(() => expect(watches.available).toBe(false));
    await vi.waitFor(() => expect(armedDelay(rig)).toBeLessThanOrEqual(2 * MIN));
    // Sampling works as before: two minutes without input is a gap, found by the timer.
    rig.desktop.idleSeconds = 1;
    rig.advance(2 * MIN);
    expect(rig.core.snapshot().status).toBe('away');
  });

  it('takes new thresholds when the settings change them', async () => {
    const { rig } = await watchedRig();
    Object.assign(rig.settings, { shortGapMin: 3, awayGapMin: 10 });
    rig.core.settingsChanged();
    await vi.waitFor(() =>
      expect([...services.idleMonitor.idleWatches.values()].map((w) => w.interval).sort((a, b) => a - b)).toEqual([3 * MIN, 10 * MIN]),
    );
    await vi.waitFor(() => expect(armedDelay(rig)).toBeGreaterThan(30 * MIN));
  });
});
