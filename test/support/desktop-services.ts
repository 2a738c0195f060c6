import * as dbus from '@jellybrick/dbus-next';

/**
 * Stand-ins for the desktop services Limber follows, each owning its real well-known name on a private bus and
 * speaking the real interface (names, paths, signatures, signals as the projects document them): the settings
 * portal, a notification server with KDE's `Inhibited`, gnome-session with `Inhibit`/`Uninhibit`, logind's
 * manager and session, and Mutter's idle monitor with working watches.
 */

const { Interface } = dbus.interface;

/**
 * This dbus-next build declares `$methods`, `$properties` and `$signals` as instance fields, which hide what
 * `configureMembers` put on the prototype; removing the empty own fields lets the configured members through.
 */
function exposeConfigured(iface: object): void {
  const self = iface as Record<string, unknown>;
  for (const key of ['$methods', '$properties', '$signals']) if (Object.hasOwn(self, key) && self[key] === undefined) delete self[key];
}

// ── org.freedesktop.portal.Settings ─────────────────────────────────────────────────────────────────────────

class PortalSettings extends Interface {
  values = new Map<string, dbus.Variant>();
  constructor() {
    super('org.freedesktop.portal.Settings');
    exposeConfigured(this);
  }
  get version(): number {
    return 2;
  }
  ReadOne(namespace: string, key: string): dbus.Variant {
    const value = this.values.get(`${namespace} ${key}`);
    if (!value) throw new dbus.DBusError('org.freedesktop.portal.Error.NotFound', 'Requested setting not found');
    return value;
  }
  Read(namespace: string, key: string): dbus.Variant {
    return new dbus.Variant('v', this.ReadOne(namespace, key));
  }
  SettingChanged(namespace: string, key: string, value: dbus.Variant): unknown[] {
    return [namespace, key, value];
  }
}
PortalSettings.configureMembers({
  properties: { version: { signature: 'u', access: 'read' as never } },
  methods: { ReadOne: { inSignature: 'ss', outSignature: 'v' }, Read: { inSignature: 'ss', outSignature: 'v' } },
  signals: { SettingChanged: { signature: 'ssv' } },
});

// ── org.freedesktop.Notifications ───────────────────────────────────────────────────────────────────────────

class Notifications extends Interface {
  inhibited = false;
  constructor() {
    super('org.freedesktop.Notifications');
    exposeConfigured(this);
  }
  get Inhibited(): boolean {
    return this.inhibited;
  }
  GetCapabilities(): string[] {
    return ['body', 'actions', 'inhibitions'];
  }
  GetServerInformation(): string[] {
    return ['test-notifications', 'Limber tests', '1.0', '1.2'];
  }
}
Notifications.configureMembers({
  properties: { Inhibited: { signature: 'b', access: 'read' as never } },
  methods: { GetCapabilities: { outSignature: 'as' }, GetServerInformation: { outSignature: 'ssss' } },
});

// ── org.gnome.SessionManager ────────────────────────────────────────────────────────────────────────────────

class SessionManager extends Interface {
  private inhibitors = new Map<number, number>();
  private next = 1;
  constructor() {
    super('org.gnome.SessionManager');
    exposeConfigured(this);
  }
  get InhibitedActions(): number {
    let flags = 0;
    for (const f of this.inhibitors.values()) flags |= f;
    return flags;
  }
  Inhibit(_appId: string, _toplevelXid: number, _reason: string, flags: number): number {
    const cookie = this.next++;
    this.inhibitors.set(cookie, flags);
    this.InhibitorAdded(`/org/gnome/SessionManager/Inhibitor${cookie}`);
    Interface.emitPropertiesChanged(this, { InhibitedActions: this.InhibitedActions });
    return cookie;
  }
  Uninhibit(cookie: number): void {
    if (!this.inhibitors.delete(cookie)) throw new dbus.DBusError('org.gnome.SessionManager.NotInInitialization', 'Unable to uninhibit: Invalid cookie');
    this.InhibitorRemoved(`/org/gnome/SessionManager/Inhibitor${cookie}`);
    Interface.emitPropertiesChanged(this, { InhibitedActions: this.InhibitedActions });
  }
  InhibitorAdded(path: string): string {
    return path;
  }
  InhibitorRemoved(path: string): string {
    return path;
  }
}
SessionManager.configureMembers({
  properties: { InhibitedActions: { signature: 'u', access: 'read' as never } },
  methods: { Inhibit: { inSignature: 'susu', outSignature: 'u' }, Uninhibit: { inSignature: 'u' } },
  signals: { InhibitorAdded: { signature: 'o' }, InhibitorRemoved: { signature: 'o' } },
});

// ── org.freedesktop.login1 ──────────────────────────────────────────────────────────────────────────────────

const SESSION_PATH = '/org/freedesktop/login1/session/_32';

class LoginManager extends Interface {
  constructor() {
    super('org.freedesktop.login1.Manager');
    exposeConfigured(this);
  }
  GetSession(id: string): string {
    if (id !== '2' && id !== 'auto') throw new dbus.DBusError('org.freedesktop.login1.NoSuchSession', `No session '${id}' known`);
    return SESSION_PATH;
  }
  GetSessionByPID(): string {
    return SESSION_PATH;
  }
  PrepareForSleep(start: boolean): boolean {
    return start;
  }
}
LoginManager.configureMembers({
  methods: { GetSession: { inSignature: 's', outSignature: 'o' }, GetSessionByPID: { inSignature: 'u', outSignature: 'o' } },
  signals: { PrepareForSleep: { signature: 'b' } },
});

class LoginSession extends Interface {
  lockedHint = false;
  constructor() {
    super('org.freedesktop.login1.Session');
    exposeConfigured(this);
  }
  get LockedHint(): boolean {
    return this.lockedHint;
  }
  /** logind's Lock() asks the screen locker to lock by sending the Lock signal. */
  Lock(): void {
    this.LockSignal();
  }
  Unlock(): void {
    this.UnlockSignal();
  }
  SetLockedHint(locked: boolean): void {
    this.lockedHint = locked;
    Interface.emitPropertiesChanged(this, { LockedHint: locked });
  }
  LockSignal(): void {}
  UnlockSignal(): void {}
}
LoginSession.configureMembers({
  properties: { LockedHint: { signature: 'b', access: 'read' as never } },
  methods: { Lock: {}, Unlock: {}, SetLockedHint: { inSignature: 'b' } },
  signals: { LockSignal: { name: 'Lock' }, UnlockSignal: { name: 'Unlock' } },
});

// ── org.gnome.Mutter.IdleMonitor ────────────────────────────────────────────────────────────────────────────

/**
 * Idle time is the test's to set (`idleFor`, `input`), so a watch fires exactly as Mutter's would when idle
 * crosses its interval, and a user-active watch fires once at the next input and is then gone.
 */
class IdleMonitor extends Interface {
  private idleMs = 0;
  private next = 1;
  readonly idleWatches = new Map<number, { interval: number; fired: boolean }>();
  readonly activeWatches = new Set<number>();
  constructor() {
    super('org.gnome.Mutter.IdleMonitor');
    exposeConfigured(this);
  }
  GetIdletime(): bigint {
    return BigInt(this.idleMs);
  }
  AddIdleWatch(interval: bigint): number {
    const id = this.next++;
    this.idleWatches.set(id, { interval: Number(interval), fired: false });
    return id;
  }
  AddUserActiveWatch(): number {
    const id = this.next++;
    this.activeWatches.add(id);
    return id;
  }
  RemoveWatch(id: number): void {
    this.idleWatches.delete(id);
    this.activeWatches.delete(id);
  }
  WatchFired(id: number): number {
    return id;
  }
  /** The user has not touched anything for `ms`. */
  idleFor(ms: number): void {
    this.idleMs = ms;
    for (const [id, w] of this.idleWatches) {
      if (!w.fired && ms >= w.interval) {
        w.fired = true;
        this.WatchFired(id);
      }
    }
  }
  input(): void {
    this.idleMs = 0;
    for (const w of this.idleWatches.values()) w.fired = false;
    for (const id of [...this.activeWatches]) {
      this.activeWatches.delete(id);
      this.WatchFired(id);
    }
  }
}
IdleMonitor.configureMembers({
  methods: {
    GetIdletime: { outSignature: 't' },
    AddIdleWatch: { inSignature: 't', outSignature: 'u' },
    AddUserActiveWatch: { outSignature: 'u' },
    RemoveWatch: { inSignature: 'u' },
  },
  signals: { WatchFired: { signature: 'u' } },
});

// ── org.xfce.Xfconf ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * xfconfd: channels of typed properties behind one object, read with GetProperty and announced by its own
 * PropertyChanged / PropertyRemoved. A property never set does not exist (PropertyNotFound), as on a fresh XFCE.
 */
class Xfconf extends Interface {
  readonly values = new Map<string, dbus.Variant>();
  constructor() {
    super('org.xfce.Xfconf');
    exposeConfigured(this);
  }
  GetProperty(channel: string, property: string): dbus.Variant {
    const value = this.values.get(`${channel}${property}`);
    if (!value) throw new dbus.DBusError('org.xfce.Xfconf.Error.PropertyNotFound', `Property "${property}" does not exist on channel "${channel}"`);
    return value;
  }
  SetProperty(channel: string, property: string, value: dbus.Variant): void {
    this.values.set(`${channel}${property}`, value);
    this.PropertyChanged(channel, property, value);
  }
  ResetProperty(channel: string, property: string, _recursive: boolean): void {
    if (this.values.delete(`${channel}${property}`)) this.PropertyRemoved(channel, property);
  }
  PropertyChanged(channel: string, property: string, value: dbus.Variant): unknown[] {
    return [channel, property, value];
  }
  PropertyRemoved(channel: string, property: string): unknown[] {
    return [channel, property];
  }
}
Xfconf.configureMembers({
  methods: {
    GetProperty: { inSignature: 'ss', outSignature: 'v' },
    SetProperty: { inSignature: 'ssv' },
    ResetProperty: { inSignature: 'ssb' },
  },
  signals: { PropertyChanged: { signature: 'ssv' }, PropertyRemoved: { signature: 'ss' } },
});

export interface XfconfService {
  xfconf: Xfconf;
  /** xfce4-notifyd's Do Not Disturb switch, as its settings dialog or panel plugin sets it. */
  setDoNotDisturb(on: boolean): void;
  stop(): void;
}

/** An XFCE session's xfconfd, on its own: a GNOME session has none. */
export async function startXfconf(address: string): Promise<XfconfService> {
  const xfconf = new Xfconf();
  const bus = await own(address, 'org.xfce.Xfconf', [['/org/xfce/Xfconf', xfconf]]);
  return {
    xfconf,
    setDoNotDisturb: (on) => xfconf.SetProperty('xfce4-notifyd', '/do-not-disturb', new dbus.Variant('b', on)),
    stop: () => bus.disconnect(),
  };
}

// ── Running them ────────────────────────────────────────────────────────────────────────────────────────────

export interface DesktopServices {
  portal: PortalSettings;
  notifications: Notifications;
  sessionManager: SessionManager;
  loginManager: LoginManager;
  loginSession: LoginSession;
  idleMonitor: IdleMonitor;
  setShowBanners(on: boolean): void;
  setInhibited(on: boolean): void;
  /** Takes the notification server off the bus, as when it crashes or is replaced. */
  dropNotifications(): Promise<void>;
  /** Takes Mutter's idle monitor off the bus (a compositor crash), and puts a fresh one with no watches back. */
  dropIdleMonitor(): Promise<void>;
  restoreIdleMonitor(): Promise<void>;
  stop(): void;
}

async function own(address: string, name: string, exports: Array<[string, InstanceType<typeof Interface>]>): Promise<dbus.MessageBus> {
  const bus = dbus.sessionBus({ busAddress: address });
  (bus as unknown as { on(e: 'error', f: () => void): void }).on('error', () => {});
  for (const [path, iface] of exports) bus.export(path, iface);
  await bus.requestName(name, dbus.NameFlag.DO_NOT_QUEUE);
  return bus;
}

export async function startDesktopServices(address: string): Promise<DesktopServices> {
  const portal = new PortalSettings();
  portal.values.set('org.gnome.desktop.notifications show-banners', new dbus.Variant('b', true));
  const notifications = new Notifications();
  const sessionManager = new SessionManager();
  const loginManager = new LoginManager();
  const loginSession = new LoginSession();
  const idleMonitor = new IdleMonitor();
  const buses = [
    await own(address, 'org.freedesktop.portal.Desktop', [['/org/freedesktop/portal/desktop', portal]]),
    await own(address, 'org.gnome.SessionManager', [['/org/gnome/SessionManager', sessionManager]]),
    await own(address, 'org.freedesktop.login1', [
      ['/org/freedesktop/login1', loginManager],
      [SESSION_PATH, loginSession],
    ]),
  ];
  let idleBus = await own(address, 'org.gnome.Mutter.IdleMonitor', [['/org/gnome/Mutter/IdleMonitor/Core', idleMonitor]]);
  buses.push(idleBus);
  const notificationBus = await own(address, 'org.freedesktop.Notifications', [['/org/freedesktop/Notifications', notifications]]);
  buses.push(notificationBus);
  return {
    portal,
    notifications,
    sessionManager,
    loginManager,
    loginSession,
    idleMonitor,
    setShowBanners(on) {
      const value = new dbus.Variant('b', on);
      portal.values.set('org.gnome.desktop.notifications show-banners', value);
      portal.SettingChanged('org.gnome.desktop.notifications', 'show-banners', value);
    },
    setInhibited(on) {
      notifications.inhibited = on;
      Interface.emitPropertiesChanged(notifications, { Inhibited: on });
    },
    async dropNotifications() {
      await notificationBus.releaseName('org.freedesktop.Notifications');
    },
    async dropIdleMonitor() {
      // Unexported first: the same object is exported again on the next connection, and must signal only there.
      idleBus.unexport('/org/gnome/Mutter/IdleMonitor/Core', idleMonitor);
      idleBus.disconnect();
      idleMonitor.idleWatches.clear();
      idleMonitor.activeWatches.clear();
    },
    async restoreIdleMonitor() {
      idleBus = await own(address, 'org.gnome.Mutter.IdleMonitor', [['/org/gnome/Mutter/IdleMonitor/Core', idleMonitor]]);
      buses.push(idleBus);
    },
    stop() {
      for (const bus of buses) bus.disconnect();
    },
  };
}
