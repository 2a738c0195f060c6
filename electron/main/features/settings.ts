import { DisposableStore, toDisposable, type Disposable } from '../../common/disposable.js';
import type { AppLanguage } from '../../common/i18n/app-language.js';
import type { SettingsView } from '../../common/ipc-contract.js';
import type { Settings } from '../../common/settings.js';
import type { LimberCore } from '../../common/limber-core.js';
import type { SettingsRepository } from '../../node/settings-file.js';
import { openExternalLink } from '../hardening.js';
import { registerIpc, type SenderGate } from '../ipc.js';
import { applyLaunchAtLogin, launchAtLoginProblemText, type LaunchAtLoginFailure } from '../login-item.js';
import { settingsNotSavedText } from '../../common/storage-problem-text.js';
import type { StretchShortcut } from '../shortcut.js';

/**
 * The Settings window's channels, and the settings that act outside the core: the global shortcut and launch
 * at login, applied at start and again whenever they change.
 */

export interface SettingsFeatureDeps {
  core: LimberCore;
  settings: SettingsRepository;
  language: AppLanguage;
  shortcut: StretchShortcut;
  /** Whether the desktop shows the tray icon, as far as Limber can tell. */
  trayIcon: () => SettingsView['trayIcon'];
  pageOf: SenderGate;
}

export function registerSettingsFeature(deps: SettingsFeatureDeps): Disposable {
  const { core, settings, shortcut } = deps;
  const disposables = new DisposableStore();
  let launchAtLoginProblem: LaunchAtLoginFailure | null = null;

  shortcut.apply(settings.settings.shortcut);
  disposables.add(toDisposable(() => shortcut.clear()));
  launchAtLoginProblem = applyLaunchAtLogin(settings.settings.launchAtLogin);

  const applySettings = (before: Settings, after: Settings): void => {
    if (before.shortcut !== after.shortcut) shortcut.apply(after.shortcut);
    if (before.launchAtLogin !== after.launchAtLogin) launchAtLoginProblem = applyLaunchAtLogin(after.launchAtLogin);
    // Before the core renders, so the tray it draws is already in the new language.
    if (before.language !== after.language) deps.language.use(after.language);
    core.settingsChanged();
  };

  const settingsView = (): SettingsView => {
    const platform = process.platform;
    const { t } = deps.language.translator;
    const writeFailure = settings.writeFailure;
    return {
      settings: settings.settings,
      recovery: settings.recovery,
      idleDetection: core.snapshot().idleDetection,
      shortcutProblem: shortcut.problem(t),
      launchAtLoginProblem: launchAtLoginProblem && launchAtLoginProblemText(t, launchAtLoginProblem),
      platform: platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other',
      firstRunDone: settings.firstRunDone,
      trayIcon: deps.trayIcon(),
      storageProblems: [core.historyProblem(), writeFailure && settingsNotSavedText(t, writeFailure)].filter((p): p is string => p !== null),
      state: core.view()?.state ?? null,
      systemLanguage: deps.language.systemLanguage,
    };
  };

  disposables.add(
    registerIpc(
      {
        'settings:get': () => settingsView(),
        'settings:update': (patch) => {
          const before = settings.settings;
          const result = settings.update(patch);
          if (!result.ok) return { ok: false, errors: result.errors };
          applySettings(before, result.value);
          return { ok: true, settings: result.value };
        },
        'settings:restore-defaults': () => {
          const before = settings.settings;
          const after = settings.restoreDefaults();
          applySettings(before, after);
          return { ok: true, settings: after };
        },
        'settings:dismiss-recovery-notice': () => settings.dismissRecovery(),
        'app:complete-first-run': () => settings.completeFirstRun(),
        'link:open': ({ id }) => openExternalLink(id),
      },
      deps.pageOf,
    ),
  );
  return disposables;
}
