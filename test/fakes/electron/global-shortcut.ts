import type { GlobalShortcut } from 'electron';
import { Recorder } from './support.js';

export class FakeGlobalShortcut extends Recorder implements Pick<GlobalShortcut, 'register' | 'unregister' | 'isRegistered'> {
  readonly registered = new Map<string, () => void>();
  /** Knob: accelerators another application already owns, so `register` fails for them. */
  readonly takenElsewhere = new Set<string>();

  register(accelerator: string, callback: () => void): boolean {
    this.record('register', [accelerator, callback]);
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }

  unregister(accelerator: string): void {
    this.record('unregister', [accelerator]);
    this.registered.delete(accelerator);
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }

  /** Test helper: the user presses `accelerator`. Returns whether anything was listening. */
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return callback !== undefined;
  }

  reset(): void {
    this.resetRecorder();
    this.registered.clear();
    this.takenElsewhere.clear();
  }
}

export const globalShortcut = new FakeGlobalShortcut();
