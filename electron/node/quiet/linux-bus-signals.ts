import { EventEmitter } from 'node:events';
import { decodeInhibitedActions, decodeNotificationsInhibited, decodeShowBanners } from '../../common/quiet-decode.js';
import type { PartialReadings, QuietReason, QuietSource, QuietSourceId, SignalReading, SignalStatus, SignalUnavailable } from '../../common/quiet-moments.js';
import { signalRule, unwrapVariant, type DbusLink, type SignalMessage } from './dbus-link.js';

/**
 * The quiet signals a Linux desktop announces on the session bus, followed by signal, never by polling:
 * - GNOME's Do Not Disturb, through the settings portal (`org.freedesktop.portal.Settings`, key `show-banners`
 *   of `org.gnome.desktop.notifications`), which pushes `SettingChanged`;
 * - the notification server's `Inhibited` property (KDE Plasma, and servers that follow it), by PropertiesChanged;
 * - gnome-session's `InhibitedActions` idle bit (video players and call apps set it), by PropertiesChanged and
 *   InhibitorAdded/Removed;
 * - XFCE's Do Not Disturb: xfconf's `/do-not-disturb` in the `xfce4-notifyd` channel, by xfconf's own
 *   PropertyChanged / PropertyRemoved (channels are not D-Bus objects, their properties not D-Bus properties).
 * Each is read once when its service appears (NameOwnerChanged) and turns `unknown` when it vanishes or the bus
 * goes away.
 */

interface Watch {
  reason: QuietReason;
  source: QuietSourceId;
  /** The well-known name whose owner answers. */
  name: string;
  reading: SignalReading;
  unavailable: SignalUnavailable | null;
  read(): Promise<SignalReading>;
  /** Whether a signal means this watch's value may have changed; may decode it directly. */
  onSignal(signal: SignalMessage): SignalReading | 'reread' | null;
  rules: string[];
}

const PORTAL = { name: 'org.freedesktop.portal.Desktop', path: '/org/freedesktop/portal/desktop', iface: 'org.freedesktop.portal.Settings' };
const NOTIFICATIONS = { name: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', iface: 'org.freedesktop.Notifications' };
const SESSION_MANAGER = { name: 'org.gnome.SessionManager', path: '/org/gnome/SessionManager', iface: 'org.gnome.SessionManager' };
const PROPERTIES = 'org.freedesktop.DBus.Properties';
const XFCONF = { name: 'org.xfce.Xfconf', path: '/org/xfce/Xfconf', iface: 'org.xfce.Xfconf', notFound: 'org.xfce.Xfconf.Error.PropertyNotFound' };
const XFCE_DND = { channel: 'xfce4-notifyd', property: '/do-not-disturb' };
const BANNERS = { namespace: 'org.gnome.desktop.notifications', key: 'show-banners' };

export class LinuxBusSignals implements QuietSource {
  private readonly events = new EventEmitter();
  private readonly watches: Watch[];
  private readonly undo: Array<() => void> = [];
  /** Unique names of the current owners, so a signal from anyone else is ignored. */
  private readonly owners = new Map<string, string | null>();

  constructor(private readonly link: DbusLink) {
    this.watches = [this.portalBanners(), this.notificationsInhibited(), this.sessionInhibitor(), this.xfceDoNotDisturb()];
  }

  /** Subscribes and makes the first reads. Resolves once every watch has a first answer. */
  async start(): Promise<void> {
    this.undo.push(this.link.onSignal((signal) => this.signal(signal)));
    this.undo.push(this.link.onClose(() => this.busGone()));
    this.undo.push(this.link.onOpen(() => void this.readAll()));
    if (!this.link.connected && !(await this.link.connect())) {
      for (const w of this.watches) this.set(w, 'unknown', { code: 'no-session-bus' });
      return;
    }
    await this.link.addMatch(signalRule({ interface: 'org.freedesktop.DBus', member: 'NameOwnerChanged', sender: 'org.freedesktop.DBus' }));
    for (const watch of this.watches) for (const rule of watch.rules) await this.link.addMatch(rule);
    await this.readAll();
  }

  readings(): PartialReadings {
    const out: PartialReadings = {};
    for (const w of this.watches) {
      const prev = out[w.reason];
      if (w.reading === 'on' || prev === undefined || (prev === 'unknown' && w.reading === 'off')) out[w.reason] = w.reading;
    }
    return out;
  }

  statuses(): SignalStatus[] {
    return this.watches.map((w) => ({ reason: w.reason, reading: w.reading, source: w.source, unavailable: w.reading === 'unknown' ? w.unavailable : null }));
  }

  /** Everything here is pushed; there is nothing to sample. */
  sample(): void {}

  onChange(listener: () => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  dispose(): void {
    for (const undo of this.undo.splice(0)) undo();
    this.events.removeAllListeners();
  }

  private async readAll(): Promise<void> {
    await Promise.all(this.watches.map((w) => this.reread(w)));
  }

  private async reread(watch: Watch): Promise<void> {
    const owner = await this.link.nameOwner(watch.name);
    // A bus lost mid-read has already said so through busGone().
    if (!this.link.connected) return;
    this.owners.set(watch.name, owner);
    if (owner === null) {
      this.set(watch, 'unknown', { code: 'no-owner', service: watch.name });
      return;
    }
    const reading = await watch.read();
    if (!this.link.connected) return;
    this.set(watch, reading, { code: 'no-answer', service: watch.name });
  }

  private signal(signal: SignalMessage): void {
    if (signal.interface === 'org.freedesktop.DBus' && signal.member === 'NameOwnerChanged') {
      const [name] = signal.body as [unknown];
      for (const w of this.watches) if (w.name === name) void this.reread(w);
      return;
    }
    for (const watch of this.watches) {
      const owner = this.owners.get(watch.name);
      if (!owner || signal.sender !== owner) continue;
      const verdict = watch.onSignal(signal);
      if (verdict === 'reread') void this.reread(watch);
      else if (verdict !== null) this.set(watch, verdict, { code: 'bad-value', service: watch.name });
    }
  }

  private busGone(): void {
    this.owners.clear();
    for (const w of this.watches) this.set(w, 'unknown', { code: 'bus-gone' });
  }

  private set(watch: Watch, reading: SignalReading, why: SignalUnavailable): void {
    const changed = watch.reading !== reading;
    watch.reading = reading;
    watch.unavailable = reading === 'unknown' ? why : null;
    if (changed) this.events.emit('change');
  }

  // ── The watches ─────────────────────────────────────────────────────────────────────────────────

  private portalBanners(): Watch {
    const link = this.link;
    return {
      reason: 'dnd',
      source: 'gnome-dnd',
      name: PORTAL.name,
      reading: 'unknown',
      unavailable: { code: 'not-read-yet' },
      rules: [signalRule({ interface: PORTAL.iface, member: 'SettingChanged', path: PORTAL.path })],
      async read() {
        const body = await link.call({
          destination: PORTAL.name,
          path: PORTAL.path,
          interface: PORTAL.iface,
          member: 'ReadOne',
          signature: 'ss',
          body: [BANNERS.namespace, BANNERS.key],
        });
        if (body) return decodeShowBanners(unwrapVariant(body[0]));
        // Portals before version 2 only have Read, which wraps the value in one more variant.
        const old = await link.call({ destination: PORTAL.name, path: PORTAL.path, interface: PORTAL.iface, member: 'Read', signature: 'ss', body: [BANNERS.namespace, BANNERS.key] });
        return old ? decodeShowBanners(unwrapVariant(old[0])) : 'unknown';
      },
      onSignal(signal) {
        if (signal.interface !== PORTAL.iface || signal.member !== 'SettingChanged' || signal.path !== PORTAL.path) return null;
        const [namespace, key, value] = signal.body;
        if (namespace !== BANNERS.namespace || key !== BANNERS.key) return null;
        return decodeShowBanners(unwrapVariant(value));
      },
    };
  }

  private notificationsInhibited(): Watch {
    const link = this.link;
    return {
      reason: 'dnd',
      source: 'notifications-dnd',
      name: NOTIFICATIONS.name,
      reading: 'unknown',
      unavailable: { code: 'not-read-yet' },
      rules: [signalRule({ interface: PROPERTIES, member: 'PropertiesChanged', path: NOTIFICATIONS.path })],
      async read() {
        return decodeNotificationsInhibited(await link.getProperty(NOTIFICATIONS.name, NOTIFICATIONS.path, NOTIFICATIONS.iface, 'Inhibited'));
      },
      onSignal: (signal) => propertyChange(signal, NOTIFICATIONS.path, NOTIFICATIONS.iface, 'Inhibited', decodeNotificationsInhibited),
    };
  }

  private sessionInhibitor(): Watch {
    const link = this.link;
    return {
      reason: 'awake',
      source: 'gnome-idle-inhibit',
      name: SESSION_MANAGER.name,
      reading: 'unknown',
      unavailable: { code: 'not-read-yet' },
      rules: [
        signalRule({ interface: PROPERTIES, member: 'PropertiesChanged', path: SESSION_MANAGER.path }),
        signalRule({ interface: SESSION_MANAGER.iface, path: SESSION_MANAGER.path }),
      ],
      async read() {
        return decodeInhibitedActions(await link.getProperty(SESSION_MANAGER.name, SESSION_MANAGER.path, SESSION_MANAGER.iface, 'InhibitedActions'));
      },
      onSignal(signal) {
        if (signal.interface === SESSION_MANAGER.iface && (signal.member === 'InhibitorAdded' || signal.member === 'InhibitorRemoved')) return 'reread';
        return propertyChange(signal, SESSION_MANAGER.path, SESSION_MANAGER.iface, 'InhibitedActions', decodeInhibitedActions);
      },
    };
  }

  private xfceDoNotDisturb(): Watch {
    const link = this.link;
    return {
      reason: 'dnd',
      source: 'xfce-dnd',
      name: XFCONF.name,
      reading: 'unknown',
      unavailable: { code: 'not-read-yet' },
      rules: [signalRule({ interface: XFCONF.iface, path: XFCONF.path })],
      async read() {
        const reply = await link.request(
          { destination: XFCONF.name, path: XFCONF.path, interface: XFCONF.iface, member: 'GetProperty', signature: 'ss', body: [XFCE_DND.channel, XFCE_DND.property] },
          [XFCONF.notFound],
        );
        if ('body' in reply) return decodeXfconfSwitch(unwrapVariant(reply.body[0]));
        // xfce4-notifyd writes the property the first time DND is switched; never switched is off.
        return reply.error === XFCONF.notFound ? 'off' : 'unknown';
      },
      onSignal(signal) {
        if (signal.interface !== XFCONF.iface || signal.path !== XFCONF.path) return null;
        const [channel, property, value] = signal.body;
        if (channel !== XFCE_DND.channel || property !== XFCE_DND.property) return null;
        if (signal.member === 'PropertyChanged') return decodeXfconfSwitch(unwrapVariant(value));
        if (signal.member === 'PropertyRemoved') return 'off';
        return null;
      },
    };
  }
}

/** xfconf's boolean: true while on. */
function decodeXfconfSwitch(value: unknown): SignalReading {
  return decodeNotificationsInhibited(value);
}

/** PropertiesChanged(s interface, a{sv} changed, as invalidated): a new value, a reread, or not ours. */
function propertyChange(
  signal: SignalMessage,
  path: string,
  iface: string,
  property: string,
  decode: (value: unknown) => SignalReading,
): SignalReading | 'reread' | null {
  if (signal.interface !== PROPERTIES || signal.member !== 'PropertiesChanged' || signal.path !== path) return null;
  const [changedIface, changed, invalidated] = signal.body as [unknown, unknown, unknown];
  if (changedIface !== iface) return null;
  if (changed && typeof changed === 'object' && property in changed) return decode(unwrapVariant((changed as Record<string, unknown>)[property]));
  if (Array.isArray(invalidated) && invalidated.includes(property)) return 'reread';
  return null;
}
