import type { Shell } from 'electron';
import { Recorder } from './support.js';

export class FakeShell extends Recorder implements Pick<Shell, 'openExternal' | 'openPath'> {
  /** URLs passed to openExternal, in order. */
  readonly opened: string[] = [];
  /** Paths passed to openPath, in order. */
  readonly openedPaths: string[] = [];
  /** Knob: what openPath answers; Electron gives an error message, or '' on success. */
  openPathProblem = '';

  openExternal(url: string, ...rest: unknown[]): Promise<void> {
    this.record('openExternal', [url, ...rest]);
    this.opened.push(url);
    return Promise.resolve();
  }

  openPath(path: string): Promise<string> {
    this.record('openPath', [path]);
    this.openedPaths.push(path);
    return Promise.resolve(this.openPathProblem);
  }

  reset(): void {
    this.resetRecorder();
    this.opened.length = 0;
    this.openedPaths.length = 0;
    this.openPathProblem = '';
  }
}

export const shell = new FakeShell();
