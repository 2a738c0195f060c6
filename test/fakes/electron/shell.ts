import type { Shell } from 'electron';
import { Recorder } from './support.js';

export class FakeShell extends Recorder implements Pick<Shell, 'openExternal'> {
  /** URLs passed to openExternal, in order. */
  readonly opened: string[] = [];

  openExternal(url: string, ...rest: unknown[]): Promise<void> {
    this.record('openExternal', [url, ...rest]);
    this.opened.push(url);
    return Promise.resolve();
  }

  reset(): void {
    this.resetRecorder();
    this.opened.length = 0;
  }
}

export const shell = new FakeShell();
