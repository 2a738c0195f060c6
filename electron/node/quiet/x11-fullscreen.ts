import { EventEmitter } from 'node:events';
import x11 from 'x11';
import type { XClient, XDisplay, XEvent } from 'x11';
import { decodeNetWmState, fullscreenOnDisplay, type ScreenRect } from '../../common/quiet-decode.js';
import type { PartialReadings, QuietSource, SignalReading, SignalStatus, SignalUnavailable } from '../../common/quiet-moments.js';

/**
 * An app fullscreen in front, on an X11 session: the window manager names the active window in the root's
 * `_NET_ACTIVE_WINDOW` and marks a fullscreen one with `_NET_WM_STATE_FULLSCREEN` (EWMH). Limber listens for
 * PropertyNotify on the root and on the active window, so it hears both change; it never polls. Under Wayland,
 * X11 clients see only XWayland windows, so the reading there is unknown.
 *
 * With several monitors, only a fullscreen app on the display Limber would show its window on holds a break (a
 * video on the second screen does not stop a prompt on the first): the window's place on the root, kept up to date
 * by ConfigureNotify, is compared with `targetDisplay` whenever that may have moved (at the engine's wakes).
 */

const PROPERTY_NOTIFY = 28;
const CONFIGURE_NOTIFY = 22;

export interface X11FullscreenOptions {
  display?: string;
  /** The session type (XDG_SESSION_TYPE); only 'x11' sessions are followed. */
  sessionType?: string | undefined;
  /** The display Limber would open its window on now, in X pixels; null when it cannot say. */
  targetDisplay?: () => ScreenRect | null;
}

export class X11Fullscreen implements QuietSource {
  private readonly events = new EventEmitter();
  private reading: SignalReading = 'unknown';
  private why: SignalUnavailable | null = { code: 'not-read-yet' };
  private client: XClient | null = null;
  private root = 0;
  private active = 0;
  private atoms = { active: 0, state: 0, fullscreen: 0 };
  /** The active window's own fullscreen state, and where it is on the root while fullscreen. */
  private activeFullscreen: SignalReading = 'unknown';
  private activeRect: ScreenRect | null = null;

  constructor(private readonly options: X11FullscreenOptions = {}) {}

  async start(): Promise<boolean> {
    const sessionType = 'sessionType' in this.options ? this.options.sessionType : process.env.XDG_SESSION_TYPE;
    const display = this.options.display ?? process.env.DISPLAY;
    if (sessionType !== 'x11' || !display) {
      this.set('unknown', { code: sessionType === 'wayland' ? 'wayland' : 'not-x11' });
      return false;
    }
    const connected = await new Promise<XDisplay | null>((resolve) => {
      try {
        const client = x11.createClient({ display }, (err, d) => resolve(err ? null : d));
        client.on('error', () => {});
      } catch {
        resolve(null);
      }
    });
    if (!connected) {
      this.set('unknown', { code: 'x-display-unreachable', display });
      return false;
    }
    const client = connected.client;
    ownAtomCache(client);
    this.client = client;
    this.root = connected.screen[0]!.root;
    client.on('end', () => this.lost());
    client.on('error', () => {});
    client.on('event', (event: XEvent) => this.event(event));
    this.atoms = {
      active: await this.atom('_NET_ACTIVE_WINDOW'),
      state: await this.atom('_NET_WM_STATE'),
      fullscreen: await this.atom('_NET_WM_STATE_FULLSCREEN'),
    };
    client.ChangeWindowAttributes(this.root, { eventMask: x11.eventMask.PropertyChange });
    await this.followActive();
    return true;
  }

  readings(): PartialReadings {
    return { fullscreen: this.reading };
  }

  statuses(): SignalStatus[] {
    return [{ reason: 'fullscreen', reading: this.reading, source: 'x11-fullscreen', unavailable: this.reading === 'unknown' ? this.why : null }];
  }

  /** The display Limber would use can change without an X event (the pointer moved to another monitor). */
  sample(): void {
    if (this.client) this.judge();
  }

  onChange(listener: () => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  dispose(): void {
    this.events.removeAllListeners();
    const client = this.client;
    this.client = null;
    try {
      client?.terminate();
    } catch {
      // Already gone.
    }
  }

  private event(event: XEvent): void {
    if (event.type === CONFIGURE_NOTIFY) {
      if (this.active && (event.wid === this.active || event.wid1 === this.active) && this.activeFullscreen === 'on') void this.measure();
      return;
    }
    if (event.type !== PROPERTY_NOTIFY) return;
    if (event.wid === this.root && event.atom === this.atoms.active) void this.followActive();
    else if (event.wid === this.active && event.atom === this.atoms.state) void this.readState();
  }

  private async followActive(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const words = await this.words(this.root, this.atoms.active);
    const active = words?.[0] ?? 0;
    if (active !== this.active) {
      this.active = active;
      this.activeRect = null;
      if (active) client.ChangeWindowAttributes(active, { eventMask: x11.eventMask.PropertyChange | x11.eventMask.StructureNotify }, () => {});
    }
    if (words === null) this.set('unknown', { code: 'no-active-window' });
    else if (!active) {
      this.activeFullscreen = 'off';
      this.set('off', null);
    } else await this.readState();
  }

  private async readState(): Promise<void> {
    const words = await this.words(this.active, this.atoms.state);
    // A window that says nothing of its state (or is already gone) is not fullscreen.
    const names = (words ?? []).map((w) => (w === this.atoms.fullscreen ? '_NET_WM_STATE_FULLSCREEN' : String(w)));
    this.activeFullscreen = decodeNetWmState(names);
    if (this.activeFullscreen === 'on' && this.options.targetDisplay) await this.measure();
    else this.judge();
  }

  /** Where the active window is on the root (a reparenting window manager puts it inside a frame). */
  private async measure(): Promise<void> {
    const client = this.client;
    const wid = this.active;
    if (!client || !wid) return;
    const rect = await new Promise<ScreenRect | null>((resolve) =>
      client.GetGeometry(wid, (err, geometry) => {
        if (err || !geometry) return resolve(null);
        client.TranslateCoordinates(wid, this.root, 0, 0, (err2, at) =>
          resolve(err2 || !at ? null : { x: at.destX, y: at.destY, width: geometry.width, height: geometry.height }),
        );
      }),
    );
    if (wid !== this.active) return;
    this.activeRect = rect;
    this.judge();
  }

  private judge(): void {
    // Not read yet, or the display is gone: the reason was given where that was found.
    if (this.activeFullscreen === 'unknown') return;
    if (this.activeFullscreen !== 'on') return this.set(this.activeFullscreen, null);
    let target: ScreenRect | null = null;
    try {
      target = this.options.targetDisplay?.() ?? null;
    } catch {
      // Not knowing the display is not knowing where Limber would show: any fullscreen app counts then.
    }
    this.set(fullscreenOnDisplay(this.activeRect, target) ? 'on' : 'off', null);
  }

  private words(wid: number, atom: number): Promise<number[] | null> {
    return new Promise((resolve) => {
      const client = this.client;
      if (!client || !atom) return resolve(null);
      client.GetProperty(0, wid, atom, 0, 0, 64, (err, prop) => {
        // Type None: the property is not set (or the window is gone).
        if (err || !prop || prop.type === 0) return resolve(null);
        if (prop.format !== 32) return resolve([]);
        const out: number[] = [];
        for (let i = 0; i + 4 <= prop.data.length; i += 4) out.push(prop.data.readUInt32LE(i));
        resolve(out);
      });
    });
  }

  private atom(name: string): Promise<number> {
    return new Promise((resolve) => this.client?.InternAtom(false, name, (err, atom) => resolve(err ? 0 : atom)));
  }

  private lost(): void {
    this.client = null;
    this.activeFullscreen = 'unknown';
    this.set('unknown', { code: 'x-display-gone' });
  }

  private set(reading: SignalReading, why: SignalUnavailable | null): void {
    const changed = reading !== this.reading;
    this.reading = reading;
    this.why = reading === 'unknown' ? why : null;
    if (changed) this.events.emit('change');
  }
}

/**
 * node-x11 caches interned atoms in one object shared by every connection, so a name interned on one X server
 * would be answered from the cache on another. Each connection gets its own cache with only the predefined atoms
 * (1–68, the same on every server).
 */
export function ownAtomCache(client: XClient): void {
  const holder = client as unknown as { atoms?: Record<string, number> };
  const shared = holder.atoms ?? {};
  holder.atoms = Object.fromEntries(Object.entries(shared).filter(([, id]) => id >= 1 && id <= 68));
}

