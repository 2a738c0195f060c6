import type { AppControl } from './ipc-contract.js';
import type { InstanceCommand } from './instance-args.js';
import type { ScenarioCommand } from './scenario.js';
import type { UserCommand as EngineUserCommand } from './sitting-engine.js';
import type { TrayAction } from './tray-menu.js';

/**
 * One vocabulary of what the user asks for. The tray menu, the arguments of a second launch, a scenario's
 * commands, the Settings window's controls and the break window's requests all say it in their own words; here
 * each is put into the same `UserCommand`s, in one place. The shell only carries them out: the engine's commands
 * through the core, and the three that only the app around the engine can do (play a routine, open Settings,
 * quit) itself.
 */

export type UserCommand =
  | EngineUserCommand
  /** Play a routine picked by name (null: the suggestion): the tray's and Settings' Stretch now, `--stretch`. */
  | { type: 'play-routine'; routineId: string | null }
  | { type: 'open-settings' }
  | { type: 'quit' };

/** The commands the sitting engine carries out itself. */
export function isEngineCommand(command: UserCommand): command is EngineUserCommand {
  return command.type !== 'play-routine' && command.type !== 'open-settings' && command.type !== 'quit';
}

export function trayCommand(action: TrayAction): UserCommand {
  switch (action.type) {
    case 'stretch':
      return { type: 'play-routine', routineId: action.routineId };
    case 'snooze':
    case 'skip':
    case 'resume':
      return { type: action.type };
    case 'standing':
      return { type: action.on ? 'standing-on' : 'standing-off' };
    case 'pause':
      return { type: 'pause', length: action.length };
    case 'count-gap':
      return { type: 'count-gap-as-break' };
    case 'settings':
      return { type: 'open-settings' };
    case 'quit':
      return { type: 'quit' };
  }
}

/** Null for `--status`, which asks nothing of the running app (the launching process answers it). */
export function launchCommand(command: InstanceCommand): UserCommand | null {
  switch (command.type) {
    case 'stretch':
      return { type: 'play-routine', routineId: null };
    case 'pause':
      return { type: 'pause', length: command.length };
    case 'resume':
      return { type: 'resume' };
    case 'status':
      return null;
  }
}

/** The Settings window's Right now controls (`app:control`), for desktops without a tray icon. */
export function controlCommand(control: AppControl): UserCommand {
  switch (control.type) {
    case 'stretch':
      return { type: 'play-routine', routineId: null };
    case 'pause':
      return { type: 'pause', length: control.length };
    case 'resume':
    case 'snooze':
      return { type: control.type };
  }
}

/** The break window's requests that are user commands. */
export const PAGE_COMMANDS = {
  'break:snooze': { type: 'snooze' },
  'break:skip': { type: 'skip' },
  'break:count-gap': { type: 'count-gap-as-break' },
} as const satisfies Record<string, UserCommand>;

/**
 * A scenario's command; `wallNow` is what the user's clock reads, which a pause "until 14:00" is measured on.
 * A scenario's `start-break` is Stretch now with the suggestion, as from the tray.
 */
export function scenarioCommand(command: ScenarioCommand, wallNow: number): UserCommand {
  if (command.command === 'start-break') return { type: 'play-routine', routineId: null };
  if (command.command !== 'pause') return { type: command.command };
  if ('forMs' in command) return { type: 'pause', length: { minutes: command.forMs / 60_000 } };
  if ('until' in command) return { type: 'pause', length: command.until === 'tomorrow' ? 'tomorrow' : 'until-resumed' };
  // A pause "until 14:00" means 14:00 as the user's clock reads it, which a clock jump may have moved.
  return { type: 'pause', length: { untilWall: Math.max(command.untilWallLocal, wallNow) } };
}
