import { historyDayKey } from '../../electron/common/calendar.js';
import type { HistoryEvent } from '../../electron/common/history-events.js';
import { LimberCore, type CoreDeps, type CoreView, type HistoryPort } from '../../electron/common/limber-core.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/common/settings.js';
import type { Prompt } from '../../electron/common/sitting-engine.js';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { createTranslator, type Translator } from '../../electron/common/i18n/translator.js';

const BRITISH_ENGLISH = createTranslator('en', CATALOGUES.en, { locale: 'en-GB' });

/**
 * LimberCore on in-memory ports: a hand-moved clock (wall and monotonic), a desktop idle reading the test sets,
 * one timer the test fires, history in an array, and a UI that only records. Nothing here knows the engine.
 */

export const ZONE = 'Europe/Berlin';

export class MemoryHistory implements HistoryPort {
  readonly events: HistoryEvent[] = [];
  failing = false;
  /** The real store keeps failed appends waiting; this one throws instead, so nothing ever waits. */
  readonly unsaved: readonly HistoryEvent[] = [];
  readonly trouble = null;

  constructor(private readonly boundaryHour: () => number) {}

  private key(event: HistoryEvent): string {
    return historyDayKey(event.at, ZONE, this.boundaryHour());
  }

  append(event: HistoryEvent): void {
    if (this.failing) throw new Error('EROFS: read-only file system');
    this.events.push(event);
  }

  readDay(day: string): HistoryEvent[] {
    return this.events.filter((e) => this.key(e) === day);
  }

  readRange(from: string, to: string): HistoryEvent[] {
    return this.events.filter((e) => this.key(e) >= from && this.key(e) <= to);
  }

  days(): string[] {
    return [...new Set(this.events.map((e) => this.key(e)))].sort();
  }

  retry(): number {
    return 0;
  }
}

export interface CoreRig {
  core: LimberCore;
  history: MemoryHistory;
  /** What the desktop reports as idle, and whether it says the screen is locked. */
  desktop: { idleSeconds: number; state: 'active' | 'idle' | 'locked' | 'unknown' };
  ui: { prompts: Prompt[]; withdrawn: number; breakWindows: Array<{ focus: boolean; routine: string }>; microBreaks: number[]; quietNotices: Array<{ reasons: string[]; heldSeconds: number }>; views: CoreView[] };
  timers: { armed: Array<{ callback: () => void; ms: number }>; cleared: number };
  saved: unknown[];
  status: string[];
  logged: string[];
  settings: Settings;
  /** Moves both clocks on (the machine is awake), firing the one timer whenever it falls due on the way. */
  advance(ms: number): void;
  now(): number;
}

export function coreRig(options: { start?: number; settings?: Partial<Settings>; saved?: unknown; translator?: () => Translator } = {}): CoreRig {
  let wall = options.start ?? Date.parse('2026-03-02T08:00:00Z');
  let mono = 1_000_000;
  const rig = {
    desktop: { idleSeconds: 0, state: 'active' as CoreRig['desktop']['state'] },
    ui: { prompts: [], withdrawn: 0, breakWindows: [], microBreaks: [], quietNotices: [], views: [] } as CoreRig['ui'],
    timers: { armed: [] as CoreRig['timers']['armed'], cleared: 0 },
    saved: [] as unknown[],
    status: [] as string[],
    logged: [] as string[],
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  };
  const history = new MemoryHistory(() => rig.settings.dayBoundaryHour);
  let due: { at: number; callback: () => void } | null = null;
  const deps: CoreDeps = {
    clock: { wallNow: () => wall, monoNow: () => mono, monoOrigin: 'test', timeZone: () => ZONE },
    catalogue: defaultCatalogue,
    settings: () => rig.settings,
    history,
    engineState: { write: (state) => rig.saved.push(JSON.parse(JSON.stringify(state))) },
    status: { write: (line) => rig.status.push(line) },
    translator: options.translator ?? (() => BRITISH_ENGLISH),
    idle: { read: () => ({ idleSeconds: rig.desktop.idleSeconds, state: rig.desktop.state }) },
    timers: {
      set: (callback, ms) => {
        const handle = { callback, ms };
        rig.timers.armed.push(handle);
        due = { at: mono + ms, callback };
        return handle;
      },
      clear: (handle) => {
        rig.timers.cleared += 1;
        if (due && (handle as { callback: () => void }).callback === due.callback) due = null;
      },
    },
    ui: {
      showPrompt: (prompt) => rig.ui.prompts.push(prompt),
      withdrawPrompt: () => (rig.ui.withdrawn += 1),
      openBreakWindow: (focus, routine) => rig.ui.breakWindows.push({ focus, routine: routine.id }),
      showMicroBreak: (seconds) => rig.ui.microBreaks.push(seconds),
      showQuietNotice: (reasons, heldSeconds) => rig.ui.quietNotices.push({ reasons, heldSeconds }),
      render: (view) => rig.ui.views.push(view),
    },
    log: (message) => rig.logged.push(message),
  };
  const core = new LimberCore(deps);
  core.start(options.saved);
  const advance = (ms: number) => {
    const end = mono + ms;
    for (;;) {
      const next: { at: number; callback: () => void } | null = due;
      if (!next || next.at > end) break;
      wall += next.at - mono;
      if (rig.desktop.idleSeconds > 0) rig.desktop.idleSeconds += (next.at - mono) / 1000;
      mono = next.at;
      due = null;
      next.callback();
    }
    if (rig.desktop.idleSeconds > 0) rig.desktop.idleSeconds += (end - mono) / 1000;
    wall += end - mono;
    mono = end;
  };
  return { ...rig, core, history, advance, now: () => wall };
}
