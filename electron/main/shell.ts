import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { app, powerMonitor } from 'electron';
import { DisposableStore, toDisposable } from '../common/disposable.js';
import { renderEngineMessage, type EngineMessage } from '../common/engine-messages.js';
import type { ParsedInstanceArgs } from '../common/instance-args.js';
import { dataRepairNotice, setAsideDescription, settingsRepairNotice, type SetAsideItem } from '../common/data-repair-text.js';
import { defaultCatalogue } from '../common/routine-library.js';
import type { UserCommand } from '../common/sitting-engine.js';
import { isEngineCommand, type UserCommand as AppUserCommand } from '../common/user-intents.js';
import type { EngineClock } from '../common/timeline.js';
import { bootClockFor } from '../node/boot-clock.js';
import { LOG_WORDS } from '../node/log-words.js';
import { HistoryStore, type RepairReport } from '../node/history-store.js';
import { LimberCore } from '../common/limber-core.js';
import { SettingsRepository, prepareSettingsFile } from '../node/settings-file.js';
import { EngineStateFile, StatusFile } from '../node/state-file.js';
import { installAppMenu } from './app-menu.js';
import { serveAppScheme } from './app-protocol.js';
import { registerBreakFeature } from './features/break.js';
import { registerHistoryFeature } from './features/history.js';
import { registerLanguageFeature } from './features/language.js';
import { registerLogFolder } from './features/log-folder.js';
import { registerPageState } from './features/page-state.js';
import { listenToPowerEvents } from './features/power.js';
import { launchArgsHandler, type LaunchArgsHandler } from './features/second-launch.js';
import { registerSettingsFeature } from './features/settings.js';
import { registerControlsFeature } from './features/controls.js';
import { registerQuietFeature } from './features/quiet.js';
import { registerTray } from './features/tray.js';
import { Notifier } from './notifier.js';
import { startLogFile, writeLog } from './log.js';
import { appPaths } from './paths.js';
import { electronStoreWriter } from './settings-store.js';
import { startAppLanguage } from './language.js';
import { StretchShortcut } from './shortcut.js';
import { PageWindows } from './windows.js';

/**
 * The composition root, run once the app is ready: it builds the stores, the core and the Electron adapters,
 * and hands them to the features (electron/main/features/), each of which registers its own channels and
 * listeners and returns what undoes them. All of it is undone, in reverse, when the app quits. Decisions live in
 * electron/common and electron/node; what is here is wiring.
 */


export class LimberShell {
  private readonly disposables = new DisposableStore();
  private readonly launchArgs: LaunchArgsHandler;
  private stopped = false;

  constructor(args: ParsedInstanceArgs) {
    const paths = appPaths();
    const logFolder = startLogFile(paths.userData);
    serveAppScheme({ renderer: paths.renderer, figures: paths.figures });

    const prepared = prepareSettingsFile(paths.userData, Date.now());
    for (const problem of prepared.problems) log(`Settings: ${problem}`);
    const settings = new SettingsRepository(electronStoreWriter(paths.userData), prepared.document);

    const language = startAppLanguage(settings.settings.language, log);
    installAppMenu(process.platform, language.translator.t);
    this.disposables.add(language.onDidChange(({ t }) => installAppMenu(process.platform, t)));

    const clock = processClock();
    const stateFile = new EngineStateFile(paths.userData);
    const history = HistoryStore.open({
      dir: paths.userData,
      timeZone: () => clock.timeZone(),
      // Asked on every append, so a day boundary changed in Settings files the next event under the right day.
      boundaryHour: () => settings.settings.dayBoundaryHour,
    });
    this.disposables.add(toDisposable(() => history.close()));

    const windows = new PageWindows(paths.preload, () => language.translator.t('dialog.windowTitle.settings'));
    const pageOf = windows.pageOf.bind(windows);
    /** A refusal is data until here, where it is put into words: English for the log, the user's for the page. */
    const report = (what: string, refusal: EngineMessage | null): string | null => {
      if (!refusal) return null;
      log(`${what}: ${renderEngineMessage(LOG_WORDS.t, refusal)}`);
      return renderEngineMessage(language.translator.t, refusal);
    };
    const command = (c: UserCommand): string | null => report(c.type, core.command(c));
    const showSettings = (focus: boolean) => void windows.show('settings', focus);
    /** Every source of user commands (tray, launch arguments, Settings' controls) ends here. */
    const execute = (c: AppUserCommand): string | null => {
      if (isEngineCommand(c)) return command(c);
      switch (c.type) {
        case 'play-routine':
          return report('stretch', core.play(c.routineId));
        case 'open-settings':
          showSettings(true);
          return null;
        case 'quit':
          app.quit();
          return null;
      }
    };

    const notifier = new Notifier(
      process.platform,
      {
        start: () => command({ type: 'start-break' }),
        snooze: () => command({ type: 'snooze' }),
        microRoutine: () => report('micro-break', core.playMicroBreak()),
        fallback: () => windows.show('break', false),
        log,
      },
      () => ({
        silent: !settings.settings.sound,
        snoozeMin: settings.settings.snoozeMin,
        snoozesLeft: core.snapshot().snoozesLeft,
        t: language.translator.t,
      }),
    );
    this.disposables.add(toDisposable(() => notifier.withdrawAll()));
    const shortcut = new StretchShortcut(() => command({ type: 'start-break' }));

    const pageState = this.disposables.add(registerPageState(() => core.view()?.state ?? null));
    let tray: ReturnType<typeof registerTray> | null = null;

    const core = new LimberCore({
      clock,
      catalogue: defaultCatalogue,
      settings: () => settings.settings,
      history,
      engineState: stateFile,
      status: new StatusFile(paths.userData),
      translator: () => language.translator,
      idle: {
        read: () => ({ idleSeconds: powerMonitor.getSystemIdleTime(), state: powerMonitor.getSystemIdleState(60) }),
      },
      timers: {
        set: (callback, ms) => setTimeout(callback, ms),
        clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
      ui: {
        showPrompt: (prompt) => notifier.prompt(prompt),
        withdrawPrompt: () => notifier.withdraw(),
        openBreakWindow: (focus) => windows.show('break', focus),
        showMicroBreak: (seconds) => notifier.microBreak(seconds),
        showQuietNotice: (reasons, heldSeconds) => notifier.quietNotice(reasons, heldSeconds),
        render: (view) => {
          tray?.render(view.tray);
          pageState.push(view.state, windows.contents());
        },
      },
      log,
    });

    const saved = stateFile.read();
    if (saved.problem) log(`Engine state: ${saved.problem}`);
    const stateProblems = core.start(saved.saved);
    for (const problem of stateProblems) log(`Engine state reset: ${problem}`);
    const setAside = startupSetAside(saved, stateProblems.length > 0 ? stateFile.keepCopy() : null, history.repairReport);

    this.disposables.add(registerLanguageFeature({ language, windows, pageOf, rerender: () => core.refresh() }));
    this.disposables.add(registerBreakFeature({ core, windows, command, pageOf }));
    tray = this.disposables.add(
      registerTray({ iconsDir: paths.icons, initial: core.view()!.tray, execute, showSettings, log }),
    );
    const trayFeature = tray;
    this.disposables.add(listenToPowerEvents((event) => core.power(event)));
    this.disposables.add(registerQuietFeature({ core, settings: () => settings.settings, pageOf, log }));
    this.disposables.add(registerSettingsFeature({ core, settings, language, shortcut, trayIcon: () => trayFeature.visibility(), pageOf }));
    this.disposables.add(registerLogFolder(logFolder, pageOf, () => language.translator.t));
    this.disposables.add(registerHistoryFeature({ core, pageOf, translator: () => language.translator }));
    this.disposables.add(registerControlsFeature({ execute, pageOf }));
    // Added last, so undone first: the core gives up a running routine and saves while everything it tells is still there.
    this.disposables.add(toDisposable(() => core.stop()));
    const quitting = () => this.stop();
    app.on('before-quit', quitting);
    this.disposables.add(toDisposable(() => app.removeListener('before-quit', quitting)));

    this.launchArgs = launchArgsHandler({ execute, log });
    this.launchArgs(args, false);
    // Without a tray Settings is the only way in; on a first run it doubles as the welcome.
    if (!settings.firstRunDone || !trayFeature.exists) showSettings(true);
    else if (process.platform === 'linux') void trayFeature.checkShows();
    for (const item of setAside) log(`Set aside ${setAsideDescription(item)}`);
    const repairNotice = dataRepairNotice(language.translator, setAside);
    if (repairNotice) notifier.notice({ ...repairNotice, click: () => showSettings(true), unavailable: () => showSettings(false) });
    if (prepared.repaired) {
      const { droppedFields, backupFile } = prepared.repaired;
      notifier.notice({
        ...settingsRepairNotice(language.translator.t, droppedFields, path.basename(backupFile)),
        click: () => showSettings(true),
        unavailable: () => showSettings(false),
      });
    }
  }

  /** A later launch of Limber handed over its arguments. With none, it was the user asking for the app. */
  secondLaunch(args: ParsedInstanceArgs): void {
    if (this.stopped) return;
    this.launchArgs(args, true);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.disposables.dispose();
  }
}

/** What this start moved aside, for the one notification that says so. */
function startupSetAside(saved: { problem: string | null; setAside: string | null }, stateCopy: string | null, report: RepairReport): SetAsideItem[] {
  const items: SetAsideItem[] = [];
  const base = (file: string | null) => (file ? path.basename(file) : null);
  if (saved.problem) items.push({ what: { kind: 'tracking-state' }, keptAs: base(saved.setAside) });
  else if (stateCopy !== null) items.push({ what: { kind: 'tracking-state' }, keptAs: base(stateCopy) });
  for (const entry of report.setAside) {
    items.push({ what: entry.name === 'history' ? { kind: 'history-folder' } : { kind: 'history-file', name: entry.name }, keptAs: base(entry.movedTo) });
  }
  for (const tail of report.unrepairedTails) items.push({ what: { kind: 'history-tail', day: tail.day }, keptAs: null, leftInPlaceBecause: tail.reason });
  return items;
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
    boot: bootClockFor(process.platform),
  };
}

function log(message: string, error?: unknown): void {
  writeLog(message, error);
}
