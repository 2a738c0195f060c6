import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbusLink } from '../../electron/node/quiet/dbus-link.js';
import { LinuxBusSignals } from '../../electron/node/quiet/linux-bus-signals.js';
import { LogindPresence, MutterIdleWatches, type PresenceEvent } from '../../electron/node/quiet/linux-presence.js';
import { startDesktopServices, startXfconf, type DesktopServices } from '../support/desktop-services.js';
import { startPrivateBus, type PrivateBus } from '../support/private-bus.js';

/*
 * The Linux adapters against a real dbus-daemon: the services own the real names and speak the real interfaces,
 * change state while Limber's adapters watch, and the adapters must see each change by signal alone.
 */

let bus: PrivateBus;
let services: DesktopServices;
const links: DbusLink[] = [];
const logged: string[] = [];

function link(kind: 'session' | 'system' = 'session'): DbusLink {
  const l = new DbusLink(kind, { address: bus.address, log: (m) => logged.push(m) });
  links.push(l);
  return l;
}

beforeEach(async () => {
  bus = await startPrivateBus();
  services = await startDesktopServices(bus.address);
});

afterEach(async () => {
  for (const l of links.splice(0)) l.dispose();
  services.stop();
  await bus.stop();
});

describe('quiet signals on a real session bus', () => {
  it('follows GNOME Do Not Disturb through the settings portal', async () => {
    const signals = new LinuxBusSignals(link());
    await signals.start();
    expect(signals.readings().dnd).toBe('off');
    services.setShowBanners(false);
    await vi.waitFor(() => expect(signals.readings().dnd).toBe('on'));
    services.setShowBanners(true);
    await vi.waitFor(() => expect(signals.readings().dnd).toBe('off'));
  });

  it("follows the notification server's Inhibited property, and says unknown when the server leaves", async () => {
    const signals = new LinuxBusSignals(link());
    const changes = vi.fn();
    signals.onChange(changes);
    await signals.start();
    const inhibited = () => signals.statuses().find((s) => s.source === 'notifications-dnd')!;
    expect(inhibited().reading).toBe('off');
    services.setInhibited(true);
    await vi.waitFor(() => expect(inhibited().reading).toBe('on'));
    expect(signals.readings().dnd).toBe('on');
    services.setInhibited(false);
    await vi.waitFor(() => expect(inhibited().reading).toBe('off'));
    await services.dropNotifications();
    await vi.waitFor(() => expect(inhibited().reading).toBe('unknown'));
    expect(inhibited().unavailable).toEqual({ code: 'no-owner', service: 'org.freedesktop.Notifications' });
    expect(changes.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it("follows XFCE's Do Not Disturb through xfconf, a switch never set reading off", async () => {
    const xfce = await startXfconf(bus.address);
    try {
      const signals = new LinuxBusSignals(link());
      await signals.start();
      const xfceDnd = () => signals.statuses().find((s) => s.source === 'xfce-dnd')!;
      expect(xfceDnd().reading).toBe('off');
      xfce.setDoNotDisturb(true);
      await vi.waitFor(() => expect(xfceDnd().reading).toBe('on'));
      expect(signals.readings().dnd).toBe('on');
      xfce.setDoNotDisturb(false);
      await vi.waitFor(() => expect(xfceDnd().reading).toBe('off'));
      xfce.setDoNotDisturb(true);
      await vi.waitFor(() => expect(xfceDnd().reading).toBe('on'));
      xfce.xfconf.ResetProperty('xfce4-notifyd', '/do-not-disturb', false);
      await vi.waitFor(() => expect(xfceDnd().reading).toBe('off'));
      // Read afresh on start: a session that starts with DND on holds breaks from the first moment.
      xfce.setDoNotDisturb(true);
      const later = new LinuxBusSignals(link());
      await later.start();
      expect(later.readings().dnd).toBe('on');
      xfce.stop();
      await vi.waitFor(() => expect(xfceDnd().reading).toBe('unknown'));
      expect(xfceDnd().unavailable).toEqual({ code: 'no-owner', service: 'org.xfce.Xfconf' });
    } finally {
      xfce.stop();
    }
  });

  it("follows gnome-session's idle inhibitor as apps inhibit and uninhibit", async () => {
    const signals = new LinuxBusSignals(link());
    await signals.start();
    expect(signals.readings().awake).toBe('off');
    const player = link();
    await player.connect();
    const inhibit = await player.call({
      destination: 'org.gnome.SessionManager',
      path: '/org/gnome/SessionManager',
      interface: 'org.gnome.SessionManager',
      member: 'Inhibit',
      signature: 'susu',
      body: ['org.example.Player', 0, 'Playing a video', 8],
    });
    const cookie = inhibit![0] as number;
    await vi.waitFor(() => expect(signals.readings().awake).toBe('on'));
    // Suspend-only inhibitors (a download, say) are not a quiet moment.
    await player.call({ destination: 'org.gnome.SessionManager', path: '/org/gnome/SessionManager', interface: 'org.gnome.SessionManager', member: 'Uninhibit', signature: 'u', body: [cookie] });
    await player.call({ destination: 'org.gnome.SessionManager', path: '/org/gnome/SessionManager', interface: 'org.gnome.SessionManager', member: 'Inhibit', signature: 'susu', body: ['org.example.Sync', 0, 'Syncing', 4] });
    await vi.waitFor(() => expect(signals.readings().awake).toBe('off'));
  });

  it('turns every signal to unknown when the bus goes away, without throwing, and reads again after reconnecting', async () => {
    const l = link();
    const signals = new LinuxBusSignals(l);
    await signals.start();
    services.setInhibited(true);
    await vi.waitFor(() => expect(signals.readings().dnd).toBe('on'));
    // The daemon itself goes away (logout, a crash); the services lose it at the same moment.
    await bus.stop();
    await vi.waitFor(() => expect(signals.readings()).toEqual({ dnd: 'unknown', awake: 'unknown' }));
    services.stop();
    expect(signals.statuses().every((s) => s.unavailable?.code === 'bus-gone')).toBe(true);
    expect(await l.call({ destination: 'org.freedesktop.Notifications', path: '/', interface: 'x.y', member: 'Z' })).toBeNull();
    expect(await l.connect()).toBe(false);

    bus = await startPrivateBus();
    services = await startDesktopServices(bus.address);
    const again = new DbusLink('session', { address: bus.address });
    links.push(again);
    const fresh = new LinuxBusSignals(again);
    await fresh.start();
    expect(fresh.readings()).toEqual({ dnd: 'off', awake: 'off' });
  });

  it('reports unknown, not an error, where no desktop service runs at all', async () => {
    services.stop();
    await vi.waitFor(async () => expect(await (async () => { const l = link(); await l.connect(); return l.nameOwner('org.gnome.SessionManager'); })()).toBeNull());
    const signals = new LinuxBusSignals(link());
    await signals.start();
    expect(signals.readings()).toEqual({ dnd: 'unknown', awake: 'unknown' });
  });
});

describe('presence on a real bus', () => {
  it("hears logind's Lock, Unlock and PrepareForSleep for this session", async () => {
    const presence = new LogindPresence(link('system'), '2');
    const events: PresenceEvent[] = [];
    presence.onEvent((e) => events.push(e));
    expect(await presence.start()).toBe(true);
    expect(presence.session).toBe('/org/freedesktop/login1/session/_32');
    expect(presence.lockedAtStart()).toBe(false);
    services.loginSession.Lock();
    await vi.waitFor(() => expect(events).toEqual(['lock']));
    services.loginSession.Unlock();
    services.loginManager.PrepareForSleep(true);
    services.loginManager.PrepareForSleep(false);
    await vi.waitFor(() => expect(events).toEqual(['lock', 'unlock', 'suspend', 'resume']));
  });

  it("Mutter's watches say when idle crosses a threshold and when the user is back", async () => {
    const watches = new MutterIdleWatches(link());
    expect(await watches.start()).toBe(true);
    const idle = vi.fn();
    const active = vi.fn();
    const undoIdle = await watches.whenIdleFor(120_000, idle);
    expect(undoIdle).not.toBeNull();
    services.idleMonitor.idleFor(60_000);
    expect(await watches.idleMs()).toBe(60_000);
    services.idleMonitor.idleFor(120_000);
    await vi.waitFor(() => expect(idle).toHaveBeenCalledTimes(1));
    await watches.whenActive(active);
    services.idleMonitor.input();
    await vi.waitFor(() => expect(active).toHaveBeenCalledTimes(1));
    // The active watch is spent; the idle watch stays and fires again on the next idle spell.
    expect(services.idleMonitor.activeWatches.size).toBe(0);
    services.idleMonitor.idleFor(130_000);
    await vi.waitFor(() => expect(idle).toHaveBeenCalledTimes(2));
    undoIdle!();
    await vi.waitFor(() => expect(services.idleMonitor.idleWatches.size).toBe(0));
  });

  it('says no logind and no idle monitor where there are none', async () => {
    services.stop();
    const presence = new LogindPresence(link('system'), '2');
    const watches = new MutterIdleWatches(link());
    await vi.waitFor(async () => expect(await presence.start()).toBe(false));
    expect(await watches.start()).toBe(false);
    expect(watches.available).toBe(false);
    expect(await watches.whenActive(() => {})).toBeNull();
  });
});
