import type { PowerMonitor } from 'electron';
import { createFakeEvent, Recorder, type FakeEvent } from './support.js';

type IdleState = ReturnType<PowerMonitor['getSystemIdleState']>;

export class FakePowerMonitor extends Recorder implements Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'> {
  /** Knob: seconds since the last user input. */
  idleSeconds = 0;
  /** Knob: a locked screen reports `locked` whatever the idle time. */
  locked = false;
  /** Knob: mimic platforms (e.g. some Wayland sessions) where idle state cannot be read. */
  idleUnsupported = false;

  getSystemIdleTime(): number {
    return this.idleUnsupported ? 0 : this.idleSeconds;
  }

  getSystemIdleState(idleThreshold: number): IdleState {
    if (!(idleThreshold > 0)) {
      throw new TypeError('Invalid idle threshold, must be greater than 0');
    }
    if (this.idleUnsupported) return 'unknown';
    if (this.locked) return 'locked';
    return this.idleSeconds >= idleThreshold ? 'idle' : 'active';
  }

  /** Test helper: emit a power event the way Electron does (all of these carry a preventable event). */
  fire(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown'): FakeEvent {
    const e = createFakeEvent();
    this.emit(event, e);
    return e;
  }

  reset(): void {
    this.resetRecorder();
    this.idleSeconds = 0;
    this.locked = false;
    this.idleUnsupported = false;
  }
}

export const powerMonitor = new FakePowerMonitor();
