import { EventEmitter } from 'node:events';

/** What every fake shares: a call log for tests to read, and Electron's preventable event objects. */

export interface FakeCall {
  method: string;
  args: unknown[];
}

/** Electron's event object: a preventable event carrying extra fields. */
export interface FakeEvent {
  preventDefault: () => void;
  readonly defaultPrevented: boolean;
  [extra: string]: unknown;
}

export function createFakeEvent(params: Record<string, unknown> = {}): FakeEvent {
  let prevented = false;
  return {
    ...params,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export class Recorder extends EventEmitter {
  readonly calls: FakeCall[] = [];

  protected record(method: string, args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsTo(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  protected resetRecorder(): void {
    this.calls.length = 0;
    this.removeAllListeners();
  }
}
