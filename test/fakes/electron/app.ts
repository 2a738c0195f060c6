import type { App, Dock } from 'electron';
import { createFakeEvent, Recorder } from './support.js';

type AppPathName = Parameters<App['getPath']>[0];

class FakeDock extends Recorder implements Pick<Dock, 'hide'> {
  visible = true;

  hide(): void {
    this.record('hide', []);
    this.visible = false;
  }
}

export class FakeApp
  extends Recorder
  implements
    Pick<
      App,
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
      | 'requestSingleInstanceLock'
      | 'releaseSingleInstanceLock'
      | 'getVersion'
      | 'getPath'
      | 'setPath'
      | 'getLocale'
      | 'getPreferredSystemLanguages'
      | 'setAppUserModelId'
      | 'enableSandbox'
      | 'setLoginItemSettings'
      | 'getAppPath'
      | 'isPackaged'
    >
{
  /** Knob: whether `requestSingleInstanceLock()` wins, i.e. whether this is the first instance. */
  singleInstanceLockAvailable = true;
  /** Knob: what `getVersion()` answers (unpackaged Electron reports package.json's version); electron-store asks. */
  version = '0.1.0';
  isPackaged = false;
  /** Knob: `dock` exists only on macOS; set to undefined to act like Linux or Windows. */
  dock: FakeDock | undefined = new FakeDock();
  /** Knob: what `getAppPath()` answers: the folder holding package.json (the repository when unpackaged). */
  appPath = process.cwd();

  private ready = false;
  private resolveReady: () => void = () => {};
  private readyPromise: Promise<void> = Promise.resolve();
  private readonly paths = new Map<AppPathName, string>();
  /** Set by `quit()`; the fake does not emit the quit sequence itself, tests do if they need it. */
  quitRequested = false;
  /** Set by `exit(code)`. */
  exitCode: number | undefined;

  constructor() {
    super();
    this.reset();
  }

  reset(): void {
    this.resetRecorder();
    this.singleInstanceLockAvailable = true;
    this.version = '0.1.0';
    this.isPackaged = false;
    this.dock = new FakeDock();
    this.appPath = process.cwd();
    this.ready = false;
    this.quitRequested = false;
    this.exitCode = undefined;
    this.paths.clear();
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    // Like Electron, whenReady() settles on the `ready` event however that event gets emitted.
    this.once('ready', () => {
      this.ready = true;
      this.resolveReady();
    });
  }

  /** Test helper: finish launching, as Electron does once Chromium is up. */
  becomeReady(): Promise<void> {
    if (!this.ready) {
      this.emit('will-finish-launching');
      this.emit('ready', createFakeEvent(), {});
    }
    return this.readyPromise;
  }

  /** Test helper: another launch of the app hit the single-instance lock. */
  launchSecondInstance(argv: string[] = [], workingDirectory = '/', additionalData: unknown = {}): void {
    this.emit('second-instance', createFakeEvent(), argv, workingDirectory, additionalData);
  }

  whenReady(): Promise<void> {
    this.record('whenReady', []);
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  quit(): void {
    this.record('quit', []);
    this.quitRequested = true;
  }

  exit(exitCode?: number): void {
    this.record('exit', [exitCode]);
    this.exitCode = exitCode ?? 0;
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.record('requestSingleInstanceLock', [additionalData]);
    return this.singleInstanceLockAvailable;
  }

  releaseSingleInstanceLock(): void {
    this.record('releaseSingleInstanceLock', []);
  }

  getVersion(): string {
    return this.version;
  }

  getAppPath(): string {
    return this.appPath;
  }

  getPath(name: AppPathName): string {
    return this.paths.get(name) ?? `/tmp/limber-fake/${name}`;
  }

  setPath(name: AppPathName, path: string): void {
    this.record('setPath', [name, path]);
    this.paths.set(name, path);
  }

  getLocale(): string {
    return 'en-US';
  }

  /** Knob: the system's preferred languages, most preferred first. */
  preferredSystemLanguages: string[] = ['en-US'];

  getPreferredSystemLanguages(): string[] {
    return [...this.preferredSystemLanguages];
  }

  setAppUserModelId(id: string): void {
    this.record('setAppUserModelId', [id]);
  }

  enableSandbox(): void {
    this.record('enableSandbox', []);
    if (this.ready) {
      throw new Error('app.enableSandbox() can only be called before app is ready');
    }
  }

  setLoginItemSettings(...args: Parameters<App['setLoginItemSettings']>): void {
    this.record('setLoginItemSettings', args);
  }
}

export const app = new FakeApp();
