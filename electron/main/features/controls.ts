import type { Disposable } from '../../common/disposable.js';
import { controlCommand, type UserCommand } from '../../common/user-intents.js';
import { registerIpc, type SenderGate } from '../ipc.js';

/**
 * The tray menu's everyday actions for the Settings window (`app:control`), so a desktop that shows no tray icon
 * still has a way to them. Refusals come back in words for the page to show.
 */

export interface ControlsFeatureDeps {
  execute: (command: UserCommand) => string | null;
  pageOf: SenderGate;
}

export function registerControlsFeature({ execute, pageOf }: ControlsFeatureDeps): Disposable {
  const answer = (refused: string | null) => (refused ? { ok: false as const, reason: refused } : { ok: true as const });
  return registerIpc({ 'app:control': (control) => answer(execute(controlCommand(control))) }, pageOf);
}
