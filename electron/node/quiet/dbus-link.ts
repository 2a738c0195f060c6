import { EventEmitter } from 'node:events';
import * as dbus from '@jellybrick/dbus-next';

/**
 * One connection to a D-Bus bus, made once and kept: every desktop signal Limber follows on that bus shares it,
 * so no process is ever spawned to ask a question. Calls never throw: a missing service, a refused call or a
 * bus that went away answers `null`, and the watchers above turn that into `unknown`.
 */

export type BusKind = 'session' | 'system';

export interface SignalMessage {
  sender: string;
  path: string;
  interface: string;
  member: string;
  body: unknown[];
}

export interface CallSpec {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

export interface DbusLinkOptions {
  /** The bus address; by default the standard one for the kind (DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR/bus). */
  address?: string;
  log?: (message: string, error?: unknown) => void;
}

interface ConnectionInternals {
  _connection?: { on(event: 'end', listener: () => void): void };
}

const DBUS = { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus' };

/** `unixexec:` and `autolaunch:` addresses start a process; Limber only ever connects to a socket. */
function socketAddress(address: string | undefined): boolean {
  if (address === undefined) return true;
  return address.split(';').every((part) => /^(unix|tcp):/.test(part.trim()) || part.trim() === '');
}

export class DbusLink {
  private bus: dbus.MessageBus | null = null;
  private readonly events = new EventEmitter();
  private readonly pending = new Set<(value: null) => void>();
  private open = false;
  private connecting: Promise<boolean> | null = null;
  /** Match rules added on this connection, so a reconnection can add them again. */
  private readonly rules = new Set<string>();
  private readonly log: (message: string, error?: unknown) => void;

  constructor(
    readonly kind: BusKind,
    private readonly options: DbusLinkOptions = {},
  ) {
    this.log = options.log ?? (() => {});
  }

  /**
   * Connects, once; resolves true when the bus said hello. Safe to call again after the bus went away, and from
   * several watchers at once: they share the one attempt in flight.
   */
  connect(): Promise<boolean> {
    if (this.open) return Promise.resolve(true);
    this.connecting ??= this.attemptConnection().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async attemptConnection(): Promise<boolean> {
    const address = this.options.address ?? (this.kind === 'session' ? process.env.DBUS_SESSION_BUS_ADDRESS : process.env.DBUS_SYSTEM_BUS_ADDRESS);
    if (!socketAddress(address)) {
      this.log(`Not connecting to the ${this.kind} bus: its address would start a process`);
      return false;
    }
    let bus: dbus.MessageBus;
    try {
      // sessionBus() with an explicit address is simply "connect there", whichever bus it is.
      bus = address ? dbus.sessionBus({ busAddress: address }) : this.kind === 'session' ? dbus.sessionBus() : dbus.systemBus();
    } catch (error) {
      this.log(`No ${this.kind} bus`, error);
      return false;
    }
    const emitter = bus as unknown as EventEmitter;
    // An 'error' with no listener would throw out of the event loop: the bus must never take the app down.
    emitter.on('error', (error: unknown) => this.closed(bus, error));
    const ready = await new Promise<boolean>((resolve) => {
      emitter.once('connect', () => resolve(true));
      emitter.once('error', () => resolve(false));
    });
    if (!ready) {
      safely(() => bus.disconnect());
      return false;
    }
    this.bus = bus;
    this.open = true;
    (bus as unknown as ConnectionInternals)._connection?.on('end', () => this.closed(bus));
    bus.on('message', (message: dbus.Message) => {
      if (message.type !== dbus.MessageType.SIGNAL) return;
      const signal: SignalMessage = {
        sender: message.sender,
        path: message.path,
        interface: message.interface,
        member: message.member,
        body: message.body,
      };
      this.events.emit('signal', signal);
    });
    for (const rule of this.rules) void this.callDbus('AddMatch', rule);
    this.events.emit('open');
    return true;
  }

  get connected(): boolean {
    return this.open;
  }

  /** The connection's own unique name, for tests. */
  get uniqueName(): string | null {
    return this.bus?.name ?? null;
  }

  /** A method call; the reply's body, or null on any failure. */
  async call(spec: CallSpec): Promise<unknown[] | null> {
    const reply = await this.request(spec);
    return 'body' in reply ? reply.body : null;
  }

  /**
   * A method call that says why it failed: the D-Bus error's name (`org.xfce.Xfconf.Error.PropertyNotFound`), or
   * null when there was no reply at all (no bus, the bus went away). Errors in `expected` are not logged.
   */
  async request(spec: CallSpec, expected: readonly string[] = []): Promise<{ body: unknown[] } | { error: string | null }> {
    const bus = this.bus;
    if (!bus || !this.open) return { error: null };
    const message = new dbus.Message({
      destination: spec.destination,
      path: spec.path,
      interface: spec.interface,
      member: spec.member,
      signature: spec.signature ?? '',
      body: spec.body ?? [],
    });
    return new Promise((resolve) => {
      const settle = (value: { body: unknown[] } | { error: string | null }) => {
        this.pending.delete(drop);
        resolve(value);
      };
      const drop = () => settle({ error: null });
      this.pending.add(drop);
      bus.call(message).then(
        (reply: dbus.Message | null) => settle({ body: reply ? reply.body : [] }),
        (error: unknown) => {
          const name = errorName(error);
          if (!isExpectedAbsence(error) && !(name !== null && expected.includes(name))) this.log(`D-Bus call ${spec.interface}.${spec.member} failed`, error);
          settle({ error: name });
        },
      );
    });
  }

  /** A property through org.freedesktop.DBus.Properties.Get; the unwrapped value, or null. */
  async getProperty(destination: string, path: string, iface: string, name: string): Promise<unknown> {
    const body = await this.call({
      destination,
      path,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: [iface, name],
    });
    return body ? unwrapVariant(body[0]) : null;
  }

  /** Asks the bus to route matching signals here; kept across reconnections. */
  async addMatch(rule: string): Promise<boolean> {
    this.rules.add(rule);
    return (await this.callDbus('AddMatch', rule)) !== null;
  }

  /** The unique name that owns a well-known name, or null when nobody does. */
  async nameOwner(name: string): Promise<string | null> {
    const body = await this.callDbus('GetNameOwner', name);
    return typeof body?.[0] === 'string' ? body[0] : null;
  }

  onSignal(listener: (signal: SignalMessage) => void): () => void {
    this.events.on('signal', listener);
    return () => this.events.off('signal', listener);
  }

  /** The bus went away (daemon stopped, logout). Every watcher turns to `unknown`. */
  onClose(listener: () => void): () => void {
    this.events.on('close', listener);
    return () => this.events.off('close', listener);
  }

  onOpen(listener: () => void): () => void {
    this.events.on('open', listener);
    return () => this.events.off('open', listener);
  }

  dispose(): void {
    const bus = this.bus;
    this.events.removeAllListeners();
    if (bus) this.closed(bus);
  }

  private callDbus(member: string, arg: string): Promise<unknown[] | null> {
    return this.call({ ...DBUS, member, signature: 's', body: [arg] });
  }

  private closed(bus: dbus.MessageBus, error?: unknown): void {
    if (this.bus !== bus) return;
    this.bus = null;
    this.open = false;
    if (error) this.log(`The ${this.kind} bus connection failed`, error);
    safely(() => bus.disconnect());
    for (const drop of [...this.pending]) drop(null);
    this.events.emit('close');
  }
}

function errorName(error: unknown): string | null {
  const name = (error as { type?: unknown } | null)?.type;
  return typeof name === 'string' ? name : null;
}

function isExpectedAbsence(error: unknown): boolean {
  const name = errorName(error);
  return (
    typeof name === 'string' &&
    ['org.freedesktop.DBus.Error.ServiceUnknown', 'org.freedesktop.DBus.Error.NameHasNoOwner', 'org.freedesktop.DBus.Error.UnknownObject', 'org.freedesktop.DBus.Error.UnknownMethod', 'org.freedesktop.DBus.Error.UnknownInterface', 'org.freedesktop.DBus.Error.UnknownProperty', 'org.freedesktop.portal.Error.NotFound'].includes(name)
  );
}

/** dbus-next hands variants over as `Variant` objects; the value is what a watcher wants. */
export function unwrapVariant(value: unknown): unknown {
  let v = value;
  for (let depth = 0; depth < 4 && v instanceof dbus.Variant; depth++) v = (v as dbus.Variant).value;
  return v;
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // Closing a connection that is already gone has nothing left to report.
  }
}

export function signalRule(fields: { sender?: string; path?: string; interface: string; member?: string; arg0?: string }): string {
  const parts = [`type='signal'`, `interface='${fields.interface}'`];
  if (fields.sender) parts.push(`sender='${fields.sender}'`);
  if (fields.path) parts.push(`path='${fields.path}'`);
  if (fields.member) parts.push(`member='${fields.member}'`);
  if (fields.arg0) parts.push(`arg0='${fields.arg0}'`);
  return parts.join(',');
}
