/**
 * Presence by push: a desktop that counts idle time itself (Mutter on GNOME) can say when idle time reaches a
 * threshold and when the user is back, so the core need not wake every couple of minutes to look. This keeps one
 * idle watch per threshold the engine judges gaps by (short gap, away) and, whenever the user may be away, one
 * user-active watch for their return. When a watch cannot be set, it says so and the core samples instead.
 */

/** The desktop's idle watches. Both resolve to the undo of the watch, or null when none could be set. */
export interface IdleWatchPort {
  /** Calls `fire` each time idle time reaches `ms` (again after every return). */
  whenIdleFor(ms: number, fire: () => void): Promise<(() => void) | null>;
  /** Calls `fire` once, at the next input. */
  whenActive(fire: () => void): Promise<(() => void) | null>;
}

export interface IdleWatchListener {
  /** Idle time has just reached `ms`. */
  idle(ms: number): void;
  /** There was input just now. */
  active(): void;
  /** The watches now hold (true), or no longer do (false): the core samples for idle meanwhile. */
  watching(on: boolean): void;
}

export class IdleWatchSession {
  private idleUndo: Array<() => void> = [];
  private activeUndo: (() => void) | null = null;
  private arming = false;
  private thresholds = '';
  private holding = false;
  /** Bumped by every change of plan, so that a reply to an older one undoes what it set. */
  private generation = 0;
  private closed = false;

  constructor(
    private readonly port: IdleWatchPort,
    private readonly listener: IdleWatchListener,
  ) {}

  /** Sets an idle watch for each threshold (ms), replacing others, and a user-active watch. */
  async watch(thresholdsMs: readonly number[]): Promise<void> {
    const key = [...thresholdsMs].sort((a, b) => a - b).join(',');
    if (this.closed || key === this.thresholds) return;
    const generation = ++this.generation;
    this.thresholds = key;
    this.clearIdle();
    this.setHolding(false);
    const undos: Array<() => void> = [];
    for (const ms of thresholdsMs) {
      const undo = await this.port.whenIdleFor(ms, () => this.idleFired(ms));
      if (this.closed || generation !== this.generation) {
        undo?.();
        for (const u of undos) u();
        return;
      }
      if (!undo) {
        for (const u of undos) u();
        this.fail();
        return;
      }
      undos.push(undo);
    }
    this.idleUndo = undos;
    // The user may already be away when watching begins; their return must be heard as well.
    if (await this.armActive()) this.setHolding(true);
  }

  get active(): boolean {
    return this.holding;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.generation++;
    this.clearIdle();
    this.activeUndo?.();
    this.activeUndo = null;
    this.holding = false;
  }

  private idleFired(ms: number): void {
    if (this.closed) return;
    this.listener.idle(ms);
    void this.armActive();
  }

  private async armActive(): Promise<boolean> {
    if (this.activeUndo || this.arming) return true;
    this.arming = true;
    const generation = this.generation;
    let fired = false;
    const undo = await this.port.whenActive(() => {
      fired = true;
      this.activeUndo = null;
      if (!this.closed) this.listener.active();
    });
    this.arming = false;
    if (this.closed || generation !== this.generation) {
      undo?.();
      return false;
    }
    if (!undo) {
      this.fail();
      return false;
    }
    if (!fired) this.activeUndo = undo;
    return true;
  }

  private fail(): void {
    this.clearIdle();
    this.thresholds = '';
    this.setHolding(false);
  }

  private clearIdle(): void {
    for (const undo of this.idleUndo.splice(0)) undo();
  }

  private setHolding(on: boolean): void {
    if (this.holding === on) return;
    this.holding = on;
    if (!this.closed) this.listener.watching(on);
  }
}
