import { powerMonitor } from 'electron';
import { toDisposable, type Disposable } from '../../common/disposable.js';
import type { PowerEvent } from '../../common/sitting-engine.js';

/** Suspend, resume, screen lock and shutdown, as Electron's powerMonitor reports them. */

const POWER_EVENTS: ReadonlyArray<['suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown', PowerEvent]> = [
  ['suspend', 'suspend'],
  ['resume', 'resume'],
  ['lock-screen', 'lock'],
  ['unlock-screen', 'unlock'],
  ['shutdown', 'shutdown'],
];

export function listenToPowerEvents(onEvent: (event: PowerEvent) => void): Disposable {
  const listeners = POWER_EVENTS.map(([name, event]) => [name, () => onEvent(event)] as const);
  for (const [name, listener] of listeners) powerMonitor.on(name as 'suspend', listener);
  return toDisposable(() => {
    for (const [name, listener] of listeners) powerMonitor.removeListener(name as 'suspend', listener);
  });
}
