import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, powerMonitor, type WebContents } from 'electron';
import Store from 'electron-store';
import { historyDayKey, parseDateKey } from '../common/calendar.js';
import { buildBreakPlan } from '../common/break-plan.js';
import { historyCsv } from '../common/history-csv.js';
import { renderEngineMessage } from '../common/engine-messages.js';
import { emptyDaySummary, summarizeDays, withOngoing } from '../common/history-summary.js';
import type { InstanceCommand, ParsedInstanceArgs } from '../common/instance-args.js';
import { CHANNEL_PREFIX, type HistoryView, type SettingsView, type TrayState } from '../common/ipc-contract.js';
import { defaultCatalogue } from '../common/routine-library.js';
import type { Settings } from '../common/settings.js';
import type { PowerEvent, UserCommand } from '../common/sitting-engine.js';
import type { EngineClock } from '../common/timeline.js';
import type { TrayAction } from '../common/tray-menu.js';
import { HistoryStore } from '../node/history-store.js';
import { LimberCore, type CoreView } from '../node/limber-core.js';
import { SettingsRepository, prepareSettingsFile } from '../node/settings-file.js';
import { linuxTrayVisibility } from '../node/tray-host.js';
import { EngineStateFile, StatusFile } from '../node/state-file.js';
import { serveAppScheme } from './app-protocol.js';
import { openExternalLink } from './hardening.js';
import { registerIpc, type Handlers } from './ipc.js';
import { applyLaunchAtLogin } from './login-item.js';
import { Notifier } from './notifier.js';
import { appPaths, type AppPaths } from './paths.js';
import { StretchShortcut } from './shortcut.js';
import { TrayView } from './tray.js';
import { PageWindows } from './windows.js';

/**
 * The composition root, run once the app is ready: it builds the stores, the core and the Electron adapters,
 * and connects them. Decisions live in electron/common and electron/node; what is here is wiring.
 */

const POWER_EVENTS: ReadonlyArray<['suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown', PowerEvent]> = [
  ['suspend', 'suspend'],
  ['resume', 'resume'],
  ['lock-screen', 'lock'],
  ['unlock-screen', 'unlock'],
  ['shutdown', 'shutdown'],
];

/** The short routine a micro-break notification opens when clicked. */
const MICRO_ROUTINE = 'eyes-and-hands';

/** A history range longer than this is refused rather than read into memory in one go. */
const MAX_HISTORY_DAYS = 400;

export class LimberShell {
  readonly core: LimberCore;
  readonly windows: PageWindows;
  private readonly paths: AppPaths;
  private readonly settings: SettingsRepository;
  private readonly history: HistoryStore;
  private readonly notifier: Notifier;
  private readonly shortcut: StretchShortcut;
  private readonly clock: EngineClock;
  private tray: TrayView | null = null;
  private trayIcon: 'visible' | 'hidden' | 'unknown' = 'unknown';
  private launchAtLoginProblem: string | null = null;
  /** A routine the user picked from the tray; the break window plays it instead of the suggestion. */
  private requestedRoutine: string | null = null;
  private pushedState: string | null = null;
  private stopped = false;

  constructor(args: ParsedInstanceArgs) {
    this.paths = appPaths();
    serveAppScheme({ renderer: this.paths.renderer, figures: this.paths.figures });

    const prepared = prepareSettingsFile(this.paths.userData, Date.now());
    for (const problem of prepared.problems) log(`Settings: ${problem}`);
    // The file is valid now, so electron-store cannot throw on it. Its renderer data channel is removed at once:
    // pages get settings only through the validated IPC contract.
    const store = new Store<Record<string, unknown>>({ cwd: this.paths.userData, name: 'config', clearInvalidConfig: false });
    ipcMain.removeAllListeners('electron-store-get-data');
    this.settings = new SettingsRepository(store, prepared.document);

    this.clock = processClock();
    const stateFile = new EngineStateFile(this.paths.userData);
    this.history = HistoryStore.open({
      dir: this.paths.userData,
      timeZone: () => this.clock.timeZone(),
      // Asked on every append, so a day boundary changed in Settings files the next event under the right day.
      boundaryHour: () => this.settings.settings.dayBoundaryHour,
    });

    this.windows = new PageWindows(this.paths.preload, {
      closed: (page) => {
        if (page !== 'break') return;
        this.requestedRoutine = null;
        this.core.breakWindowClosed();
      },
    });
    app.on('browser-window-created', (_event, win) => {
      // A page that has just loaded gets the current state once; after that it hears about changes.
      win.webContents.on('did-finish-load', () => {
        const view = this.core.view();
        if (view && !win.isDestroyed()) win.webContents.send(`${CHANNEL_PREFIX}state-changed`, view.state);
      });
    });

    this.notifier = new Notifier(
      process.platform,
      {
        start: () => this.command({ type: 'start-break' }),
        snooze: () => this.command({ type: 'snooze' }),
        microRoutine: () => this.trayAction({ type: 'stretch', routineId: MICRO_ROUTINE }),
        fallback: () => this.windows.show('break', false),
        log,
      },
      () => ({ silent: !this.settings.settings.sound, snoozeMin: this.settings.settings.snoozeMin, snoozesLeft: this.core.snapshot().snoozesLeft }),
    );
    this.shortcut = new StretchShortcut(() => this.command({ type: 'start-break' }));

    this.core = new LimberCore({
      clock: this.clock,
      catalogue: defaultCatalogue,
      settings: () => this.settings.settings,
      history: this.history,
      stateFile,
      statusFile: new StatusFile(this.paths.userData),
      locale: app.getLocale() || 'en-US',
      idle: {
        read: () => ({ idleSeconds: powerMonitor.getSystemIdleTime(), state: powerMonitor.getSystemIdleState(60) }),
      },
      timers: {
        set: (callback, ms) => setTimeout(callback, ms),
        clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
      ui: {
        showPrompt: (prompt) => this.notifier.prompt(prompt),
        withdrawPrompt: () => this.notifier.withdraw(),
        openBreakWindow: (focus) => this.windows.show('break', focus),
        showMicroBreak: (seconds) => this.notifier.microBreak(seconds),
        render: (view) => this.render(view),
      },
      log,
    });

    const saved = stateFile.read();
    if (saved.problem) log(`Engine state: ${saved.problem}`);
    for (const problem of this.core.start(saved.saved)) log(`Engine state reset: ${problem}`);

    try {
      this.tray = new TrayView(this.paths.icons, process.platform, (action) => this.trayAction(action), this.core.view()!.tray);
    } catch (error) {
      log('The tray icon could not be created', error);
    }

    for (const [name, event] of POWER_EVENTS) powerMonitor.on(name as 'suspend', () => this.core.power(event));
    registerIpc(this.handlers(), (contents) => this.windows.owns(contents));
    this.shortcut.apply(this.settings.settings.shortcut);
    this.launchAtLoginProblem = applyLaunchAtLogin(this.settings.settings.launchAtLogin);
    app.on('before-quit', () => this.stop());

    this.runInstanceCommands(args, false);
    // Without a tray Settings is the only way in; on a first run it doubles as the welcome.
    if (!this.settings.firstRunDone || this.tray === null) this.windows.show('settings', true);
    else if (process.platform === 'linux') void this.checkTrayShows();
    if (prepared.repaired) this.tellAboutRepair(prepared.repaired.droppedFields, prepared.repaired.backupFile);
  }

  /**
   * Electron creates a tray icon without error on GNOME even when nothing will draw it. Where the icon is known
   * to be invisible, Settings opens (without taking focus) so the user sees that Limber is running and how to
   * reach it.
   */
  private async checkTrayShows(): Promise<void> {
    this.trayIcon = await linuxTrayVisibility(process.env);
    if (this.trayIcon === 'hidden' && !this.stopped) this.windows.show('settings', false);
  }

  /** A later launch of Limber handed over its arguments. With none, it was the user asking for the app. */
  secondLaunch(args: ParsedInstanceArgs): void {
    this.runInstanceCommands(args, true);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.core.stop();
    this.shortcut.clear();
    this.notifier.withdrawAll();
    this.history.close();
  }

  // ── Actions ─────────────────────────────────────────────────────────────────────────────────────────────

  private command(command: UserCommand): string | null {
    const refusal = this.core.command(command);
    const refused = refusal && renderEngineMessage(refusal);
    if (refused) log(`${command.type}: ${refused}`);
    return refused;
  }

  private trayAction(action: TrayAction): void {
    switch (action.type) {
      case 'stretch':
        this.requestedRoutine = action.routineId;
        this.command({ type: 'start-break' });
        return;
      case 'snooze':
      case 'skip':
      case 'resume':
        this.command({ type: action.type });
        return;
      case 'standing':
        this.command({ type: action.on ? 'standing-on' : 'standing-off' });
        return;
      case 'pause':
        this.command({ type: 'pause', length: action.length });
        return;
      case 'count-gap':
        this.command({ type: 'count-gap-as-break' });
        return;
      case 'settings':
        this.windows.show('settings', true);
        return;
      case 'quit':
        app.quit();
        return;
    }
  }

  private runInstanceCommands(args: ParsedInstanceArgs, secondLaunch: boolean): void {
    for (const error of args.errors) log(`Launch arguments: ${error}`);
    for (const command of args.commands) this.instanceCommand(command);
    if (secondLaunch && args.commands.length === 0 && args.errors.length === 0) this.windows.show('settings', true);
  }

  private instanceCommand(command: InstanceCommand): void {
    switch (command.type) {
      case 'stretch':
        this.command({ type: 'start-break' });
        return;
      case 'pause':
        this.command({ type: 'pause', length: command.length });
        return;
      case 'resume':
        this.command({ type: 'resume' });
        return;
      case 'status':
        // Printed by the launching process from the status file; nothing to do here.
        return;
    }
  }

  private render(view: CoreView): void {
    this.tray?.render(view.tray);
    const state = JSON.stringify(view.state);
    if (state === this.pushedState) return;
    this.pushedState = state;
    for (const contents of this.windows.contents()) pushState(contents, view.state);
  }

  private tellAboutRepair(droppedFields: string[], backupFile: string): void {
    this.notifier.notice({
      title: 'Limber repaired its settings',
      body: `${repairSummary(droppedFields)} The damaged file is kept as ${path.basename(backupFile)}.`,
      click: () => this.windows.show('settings', true),
      unavailable: () => this.windows.show('settings', false),
    });
  }

  private applySettings(before: Settings, after: Settings): void {
    if (before.shortcut !== after.shortcut) this.shortcut.apply(after.shortcut);
    if (before.launchAtLogin !== after.launchAtLogin) this.launchAtLoginProblem = applyLaunchAtLogin(after.launchAtLogin);
    this.core.settingsChanged();
  }

  // ── IPC ─────────────────────────────────────────────────────────────────────────────────────────────────

  private settingsView(): SettingsView {
    const platform = process.platform;
    return {
      settings: this.settings.settings,
      recovery: this.settings.recovery,
      idleDetection: this.core.snapshot().idleDetection,
      shortcutProblem: this.shortcut.problem,
      launchAtLoginProblem: this.launchAtLoginProblem,
      platform: platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other',
      firstRunDone: this.settings.firstRunDone,
      trayIcon: this.tray === null ? 'hidden' : this.trayIcon,
    };
  }

  private handlers(): Handlers {
    const catalogue = defaultCatalogue;
    const requireRoutine = (id: string) => {
      if (!catalogue.byId(id)) throw new Error(`routineId: no routine '${id}'`);
    };
    return {
      'break:get-plan': (payload) => {
        const settings = this.settings.settings;
        const context = this.core.suggestionContext();
        const suggestion = {
          preference: settings.posturePreference,
          flexionSensitive: settings.flexionSensitive,
          breakIntervalMin: settings.breakIntervalMin,
          ...context,
        };
        const routineId =
          payload?.routineId ?? this.requestedRoutine ?? this.core.offered()?.id ?? catalogue.suggest({ ...suggestion, want: 'any' }).id;
        const snapshot = this.core.snapshot();
        const today = this.core.todaySummary();
        return buildBreakPlan({
          catalogue,
          routineId,
          suggestion,
          snoozesLeft: snapshot.snoozesLeft,
          snoozeMin: settings.snoozeMin,
          breakDue: snapshot.breakDue,
          sound: settings.sound,
          breaksToday: today.breaksTaken + today.postureBreaks,
          shortGap: this.core.shortGap(),
        });
      },
      'break:started': ({ routineId }) => {
        requireRoutine(routineId);
        this.core.routineStarted(routineId);
      },
      'break:finished': ({ routineId, posture, seconds, completed }) => {
        requireRoutine(routineId);
        this.core.routineFinished({ routineId, posture, seconds, abandoned: !completed });
      },
      'break:snooze': () => this.windowCommand({ type: 'snooze' }),
      'break:skip': () => this.windowCommand({ type: 'skip' }),
      'break:close': () => this.windows.close('break'),
      'break:count-gap': () => this.windowCommand({ type: 'count-gap-as-break' }),
      'today:get': () => {
        this.core.refresh();
        return this.core.todaySummary();
      },
      'settings:get': () => this.settingsView(),
      'settings:update': (patch) => {
        const before = this.settings.settings;
        const result = this.settings.update(patch);
        if (!result.ok) return { ok: false, errors: result.errors };
        this.applySettings(before, result.value);
        return { ok: true, settings: result.value };
      },
      'settings:restore-defaults': () => {
        const before = this.settings.settings;
        const after = this.settings.restoreDefaults();
        this.applySettings(before, after);
        return { ok: true, settings: after };
      },
      'settings:dismiss-recovery-notice': () => this.settings.dismissRecovery(),
      'history:get': ({ from, to }) => this.historyView(from, to),
      'history:export-csv': (_payload, sender) => this.exportCsv(sender),
      'link:open': ({ id }) => openExternalLink(id),
      'app:complete-first-run': () => this.settings.completeFirstRun(),
    };
  }

  /** Snooze and skip from the break window: done means the window has nothing left to show. */
  private windowCommand(command: UserCommand): { ok: true } | { ok: false; reason: string } {
    const refused = this.command(command);
    if (refused) return { ok: false, reason: refused };
    return { ok: true };
  }

  private historyView(from: string, to: string): HistoryView {
    const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    parseDateKey(from);
    parseDateKey(to);
    if (!(span >= 0)) throw new Error('to: must not be before from');
    if (span >= MAX_HISTORY_DAYS) throw new Error(`to: at most ${MAX_HISTORY_DAYS} days per request`);
    const events = this.history.readRange(from, to);
    const summaries = summarizeDays(events, this.clock.timeZone(), this.settings.settings.dayBoundaryHour);
    this.core.refresh();
    const today = this.core.todayKey();
    if (today >= from && today <= to) summaries.set(today, withOngoing(summaries.get(today) ?? emptyDaySummary(), this.core.ongoing()));
    const days = [...summaries].filter(([day]) => day >= from && day <= to).sort(([a], [b]) => (a < b ? -1 : 1));
    return { days: days.map(([day, summary]) => ({ day, summary })), events };
  }

  private async exportCsv(sender: WebContents): Promise<{ saved: boolean; path: string | null }> {
    const days = this.history.days();
    const events = days.length > 0 ? this.history.readRange(days[0]!, days[days.length - 1]!) : [];
    const timeZone = this.clock.timeZone();
    const csv = historyCsv(events, timeZone);
    const today = historyDayKey(this.clock.wallNow(), timeZone, 0);
    const options = {
      title: 'Export Limber history',
      defaultPath: path.join(app.getPath('documents'), `limber-history-${today}.csv`),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    const parent = BrowserWindow.fromWebContents(sender);
    const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (answer.canceled || !answer.filePath) return { saved: false, path: null };
    await writeFile(answer.filePath, csv, 'utf8');
    return { saved: true, path: answer.filePath };
  }
}

/** The notification only counts; Settings, which it opens, names each setting in words. */
function repairSummary(droppedFields: readonly string[]): string {
  if (droppedFields.includes('(whole file)')) return 'The settings file could not be read, so Limber started with its defaults.';
  const n = droppedFields.length;
  return `${n === 1 ? 'One setting was' : `${n} settings were`} reset to the default. Click to see which.`;
}

function pushState(contents: WebContents, state: TrayState): void {
  if (!contents.isDestroyed()) contents.send(`${CHANNEL_PREFIX}state-changed`, state);
}

/**
 * performance.now() is monotonic but restarts with every process; the random origin tells the engine that
 * readings from a previous run cannot be compared with this one's.
 */
function processClock(): EngineClock {
  return {
    wallNow: () => Date.now(),
    monoNow: () => performance.now(),
    monoOrigin: `${process.pid}-${randomUUID()}`,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

function log(message: string, error?: unknown): void {
  if (error === undefined) console.warn(`Limber: ${message}`);
  else console.error(`Limber: ${message}`, error);
}
