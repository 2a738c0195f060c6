import { app } from 'electron';
import { refusedDebugSwitches } from '../common/debug-switches.js';
import { parseInstanceArgs, type ParsedInstanceArgs } from '../common/instance-args.js';
import { readLanguageSetting } from '../node/settings-file.js';
import { StatusFile } from '../node/state-file.js';
import { guardDevShortcuts, suppressDefaultMenu } from './app-menu.js';
import { registerAppScheme } from './app-protocol.js';
import { writeLog } from './log.js';
import { denyAllPermissions, hardenWebContents } from './hardening.js';
import { startAppLanguage } from './language.js';
import { LimberShell } from './shell.js';

// Must match electron-builder's appId: Windows only shows toasts for the AUMID on the installer's shortcut.
const APP_ID = 'app.limber.desktop';

// Set before anything can create a renderer, so no window ever escapes the sandbox.
app.enableSandbox();
// Custom schemes get their privileges only if registered before ready.
registerAppScheme();

const argv = process.argv.slice(1);
const args = parseInstanceArgs(argv);

// A packaged build never runs with a debugger attached or outside the sandbox; a developer's `electron .` may.
const refusedSwitches = app.isPackaged ? refusedDebugSwitches(argv, process.platform) : [];

// Electron may reorder the argv it hands to the first instance (Chromium switches go first), so the second
// launch also sends its own copy as additional data.
if (refusedSwitches.length > 0) {
  process.stderr.write(`limber: refusing to start with ${refusedSwitches.join(' ')}: a packaged Limber does not run with debugging or without its sandbox.\n`);
  app.exit(2);
} else if (!app.requestSingleInstanceLock({ argv })) {
  answerAsSecondLaunch(args);
} else if (args.commands.some((c) => c.type === 'status')) {
  // `limber --status` with nothing running: say so instead of starting the app.
  process.stdout.write(`${cliWords().t('status.notRunning')}\n`);
  app.releaseSingleInstanceLock();
  app.quit();
} else {
  if (process.platform === 'win32') {
    app.setAppUserModelId(APP_ID);
  }
  hardenWebContents(app);
  suppressDefaultMenu();
  guardDevShortcuts(app, process.platform);

  // Limber lives in the tray: closing its last window must not end the process.
  app.on('window-all-closed', () => {});

  let shell: LimberShell | null = null;
  // A launch that arrives while this one is still starting is answered once the shell exists, not dropped.
  const early: ParsedInstanceArgs[] = [];
  const secondLaunch = (parsed: ParsedInstanceArgs) => (shell ? shell.secondLaunch(parsed) : early.push(parsed));
  app.on('second-instance', (_event, otherArgv, _cwd, additionalData) => {
    secondLaunch(parseInstanceArgs(argvFrom(additionalData) ?? otherArgv.slice(1)));
  });
  // macOS enforces one instance itself: opening Limber again from Finder, Spotlight or Launchpad reaches the
  // running app as a reopen (`activate`), never as a second instance.
  app.on('activate', () => {
    if (process.platform === 'darwin') secondLaunch({ commands: [], errors: [], ignored: [] });
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions();
      // Without this, macOS would show a Dock icon for an app meant to live only in the menu bar.
      app.dock?.hide();
      shell = new LimberShell(args);
      for (const parsed of early.splice(0)) shell.secondLaunch(parsed);
    })
    .catch((error: unknown) => {
      // A half-started tray app is invisible; dying loudly is the only way the user learns something broke.
      writeLog('failed to start', error);
      app.exit(1);
    });
}

/**
 * The running instance has been handed our arguments (through Electron's second-instance event). It cannot
 * answer back, so `--status` is read from the status file it keeps current.
 */
function answerAsSecondLaunch(parsed: ParsedInstanceArgs): void {
  for (const error of parsed.errors) process.stderr.write(`limber: ${error}\n`);
  if (parsed.commands.some((c) => c.type === 'status')) {
    const line = new StatusFile(app.getPath('userData')).read();
    process.stdout.write(`${line ?? cliWords().t('status.notKnownYet')}\n`);
  }
  if (parsed.errors.length > 0) app.exit(2);
  else app.quit();
}

/** The words a launch that only answers `--status` prints, in the language the running app speaks. */
function cliWords() {
  return startAppLanguage(readLanguageSetting(app.getPath('userData')), (message) => process.stderr.write(`limber: ${message}\n`)).translator;
}

function argvFrom(additionalData: unknown): string[] | null {
  const list = (additionalData as { argv?: unknown } | null)?.argv;
  return Array.isArray(list) && list.every((a) => typeof a === 'string') && list.length <= 64 ? (list as string[]) : null;
}

