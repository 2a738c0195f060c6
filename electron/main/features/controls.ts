import type { Disposable } from '../../common/disposable.js';
import type { UserCommand } from '../../common/sitting-engine.js';
import { registerIpc, type SenderGate } from '../ipc.js';

/**
 * The tray menu's everyday actions for the Settings window (`app:control`), so a desktop that shows no tray icon
 * still has a way to them. Refusals come back in words for the page to show.
 */

export interface ControlsFeatureDeps {
  command: (command: UserCommand) => string | null;
  /** The suggested routine, as the tray's Stretch now plays it. */
  play: () => string | null;
  pageOf: SenderGate;
}

export function registerControlsFeature({ command, play, pageOf }: ControlsFeatureDeps): Disposable {
  const answer = (refused: string | null) => (refused ? { ok: false as const, reason: refused } : { ok: true as const });
  return registerIpc(
    {
      'app:control': (control) => {
        switch (control.type) {
          case 'stretch':
            return answer(play());
          case 'pause':
            return answer(command({ type: 'pause', length: control.length }));
          case 'resume':
            return answer(command({ type: 'resume' }));
          case 'snooze':
            return answer(command({ type: 'snooze' }));
        }
      },
    },
    pageOf,
  );
}
