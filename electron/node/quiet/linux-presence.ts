import { EventEmitter } from 'node:events';
import type { IdleWatchPort } from '../../common/idle-watches.js';
import { signalRule, unwrapVariant, type DbusLink, type SignalMessage } from './dbus-link.js';

/**
 * Presence on Linux, by push. Electron has no lock events there, so logind's session `Lock` / `Unlock` signals
 * and the manager's `PrepareForSleep(bool)` stand in for them; and on GNOME, Mutter's idle monitor tells Limber
 * when idle time crosses a threshold (`AddIdleWatch`) and when the user is back (`AddUserActiveWatch`), so the
 * engine is woken by the desktop instead of sampling idle time to find out.
 */

export type PresenceEvent = 'lock' | 'unlock' | 'suspend' | 'resume';

const LOGIN1 = { name: 'org.freedesktop.login1', path: '/org/freedesktop/login1', manager: 'org.freedesktop.login1.Manager', session: 'org.freedesktop.login1.Session' };

export class LogindPresence {
  private readonly events = new EventEmitter();
  private sessionPath: string | null = null;
  private owner: string | null = null;
  private readonly undo: Array<() => void> = [];
  private lockedHint: boolean | null = null;

  constructor(
    private readonly link: DbusLink,
    private readonly sessionId: string | undefined = process.env.XDG_SESSION_ID,
  ) {}

  /** Finds this login's session and subscribes. False when there is no logind to follow. */
  async start(): Promise<boolean> {
    this.undo.push(this.link.onSignal((s) => this.signal(s)));
    this.undo.push(this.link.onClose(() => {
      this.owner = null;
      this.sessionPath = null;
    }));
    if (!this.link.connected && !(await this.link.connect())) return false;
    this.owner = await this.link.nameOwner(LOGIN1.name);
    if (!this.owner) return false;
    this.sessionPath = await this.findSession();
    await this.link.addMatch(signalRule({ interface: LOGIN1.manager, member: 'PrepareForSleep', path: LOGIN1.path }));
    if (!this.sessionPath) return false;
    await this.link.addMatch(signalRule({ interface: LOGIN1.session, path: this.sessionPath }));
    const hint = await this.link.getProperty(LOGIN1.name, this.sessionPath, LOGIN1.session, 'LockedHint');
    this.lockedHint = typeof hint === 'boolean' ? hint : null;
    return true;
  }

  /** Whether the session was locked when Limber looked, for a start inside a locked session. */
  lockedAtStart(): boolean | null {
    return this.lockedHint;
  }

  get session(): string | null {
    return this.sessionPath;
  }

  onEvent(listener: (event: PresenceEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  dispose(): void {
    for (const undo of this.undo.splice(0)) undo();
    this.events.removeAllListeners();
  }

  private async findSession(): Promise<string | null> {
    const base = { destination: LOGIN1.name, path: LOGIN1.path, interface: LOGIN1.manager };
    if (this.sessionId) {
      const byId = await this.link.call({ ...base, member: 'GetSession', signature: 's', body: [this.sessionId] });
      if (typeof byId?.[0] === 'string') return byId[0];
    }
    const byPid = await this.link.call({ ...base, member: 'GetSessionByPID', signature: 'u', body: [process.pid] });
    return typeof byPid?.[0] === 'string' ? byPid[0] : null;
  }

  private signal(signal: SignalMessage): void {
    if (!this.owner || signal.sender !== this.owner) return;
    if (signal.interface === LOGIN1.manager && signal.member === 'PrepareForSleep' && signal.path === LOGIN1.path) {
      const [start] = signal.body;
      if (typeof start === 'boolean') this.events.emit('event', start ? 'suspend' : 'resume');
      return;
    }
    if (signal.interface === LOGIN1.session && signal.path === this.sessionPath) {
      if (signal.member === 'Lock') this.events.emit('event', 'lock');
      if (signal.member === 'Unlock') this.events.emit('event', 'unlock');
    }
  }
}

const MUTTER = { name: 'org.gnome.Mutter.IdleMonitor', path: '/org/gnome/Mutter/IdleMonitor/Core', iface: 'org.gnome.Mutter.IdleMonitor' };

/**
 * Mutter's idle watches: the compositor counts idle time and says when a threshold is crossed. Watches live in
 * the compositor, so when it goes away (a crash, a restart, the bus closing) every watch is gone with it, and
 * `onAvailability` says so: whoever relied on them samples again and, once Mutter is back, asks anew.
 */
export class MutterIdleWatches implements IdleWatchPort {
  private owner: string | null = null;
  private readonly callbacks = new Map<number, { once: boolean; fire: () => void }>();
  private readonly undo: Array<() => void> = [];
  private readonly events = new EventEmitter();

  constructor(private readonly link: DbusLink) {}

  async start(): Promise<boolean> {
    this.undo.push(this.link.onSignal((s) => this.signal(s)));
    this.undo.push(this.link.onClose(() => this.setOwner(null)));
    if (!this.link.connected && !(await this.link.connect())) return false;
    await this.link.addMatch(signalRule({ interface: MUTTER.iface, member: 'WatchFired', path: MUTTER.path }));
    await this.link.addMatch(signalRule({ interface: 'org.freedesktop.DBus', member: 'NameOwnerChanged', sender: 'org.freedesktop.DBus', arg0: MUTTER.name }));
    this.setOwner(await this.link.nameOwner(MUTTER.name));
    return this.owner !== null;
  }

  /** Mutter's idle monitor came (true) or went (false); watches set before it went are gone. */
  onAvailability(listener: (available: boolean) => void): () => void {
    this.events.on('availability', listener);
    return () => this.events.off('availability', listener);
  }

  private setOwner(owner: string | null): void {
    const changed = owner !== this.owner;
    const had = this.owner !== null;
    this.owner = owner;
    if (!changed) return;
    // A restarted compositor forgets every watch: whoever asked must ask again.
    this.callbacks.clear();
    if (had) this.events.emit('availability', false);
    if (owner !== null) this.events.emit('availability', true);
  }

  get available(): boolean {
    return this.owner !== null && this.link.connected;
  }

  /** Idle time as Mutter counts it, in ms; null when it cannot say. */
  async idleMs(): Promise<number | null> {
    const body = await this.link.call({ destination: MUTTER.name, path: MUTTER.path, interface: MUTTER.iface, member: 'GetIdletime' });
    const value = unwrapVariant(body?.[0]);
    if (typeof value === 'bigint') return Number(value);
    return typeof value === 'number' ? value : null;
  }

  /** Calls `fire` each time idle time reaches `ms`. Returns the undo, or null when no watch could be added. */
  async whenIdleFor(ms: number, fire: () => void): Promise<(() => void) | null> {
    const body = await this.link.call({ destination: MUTTER.name, path: MUTTER.path, interface: MUTTER.iface, member: 'AddIdleWatch', signature: 't', body: [BigInt(Math.max(1, Math.round(ms)))] });
    return this.registered(body, { once: false, fire });
  }

  /** Calls `fire` once, at the next input. */
  async whenActive(fire: () => void): Promise<(() => void) | null> {
    const body = await this.link.call({ destination: MUTTER.name, path: MUTTER.path, interface: MUTTER.iface, member: 'AddUserActiveWatch' });
    return this.registered(body, { once: true, fire });
  }

  dispose(): void {
    for (const id of [...this.callbacks.keys()]) this.remove(id);
    for (const undo of this.undo.splice(0)) undo();
    this.events.removeAllListeners();
  }

  private registered(body: unknown[] | null, callback: { once: boolean; fire: () => void }): (() => void) | null {
    const id = body?.[0];
    if (typeof id !== 'number') return null;
    this.callbacks.set(id, callback);
    return () => this.remove(id);
  }

  private remove(id: number): void {
    if (!this.callbacks.delete(id)) return;
    void this.link.call({ destination: MUTTER.name, path: MUTTER.path, interface: MUTTER.iface, member: 'RemoveWatch', signature: 'u', body: [id] });
  }

  private signal(signal: SignalMessage): void {
    if (signal.interface === 'org.freedesktop.DBus' && signal.member === 'NameOwnerChanged' && signal.body[0] === MUTTER.name) {
      this.setOwner(typeof signal.body[2] === 'string' && signal.body[2] !== '' ? signal.body[2] : null);
      return;
    }
    if (!this.owner || signal.sender !== this.owner || signal.interface !== MUTTER.iface || signal.member !== 'WatchFired') return;
    const [id] = signal.body;
    if (typeof id !== 'number') return;
    const callback = this.callbacks.get(id);
    if (!callback) return;
    if (callback.once) this.callbacks.delete(id);
    try {
      callback.fire();
    } catch {
      // A listener's failure is the listener's; the watch goes on.
    }
  }
}
