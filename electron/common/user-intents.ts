import type { InstanceCommand } from './instance-args.js';
import type { ScenarioCommand } from './scenario.js';
import type { UserCommand } from './sitting-engine.js';
import type { TrayAction } from './tray-menu.js';

/**
 * One vocabulary of what the user asks for. The tray menu, the arguments of a second launch, a scenario's
 * commands and the break window's requests all say it in their own words; here each is put into the same
 * `UserCommand`s the core carries out (or into the few things only the shell can do), in one place.
 */

export type UserIntent =
  | { type: 'command'; command: UserCommand }
  /** Play a routine picked by name (null: the suggestion). */
  | { type: 'play'; routineId: string | null }
  | { type: 'open-settings' }
  | { type: 'quit' }
  /** Asks nothing of the running app (`--status` is answered by the launching process). */
  | { type: 'none' };

export function trayIntent(action: TrayAction): UserIntent {
  switch (action.type) {
    case 'stretch':
      return { type: 'play', routineId: action.routineId };
    case 'snooze':
    case 'skip':
    case 'resume':
      return { type: 'command', command: { type: action.type } };
    case 'standing':
      return { type: 'command', command: { type: action.on ? 'standing-on' : 'standing-off' } };
    case 'pause':
      return { type: 'command', command: { type: 'pause', length: action.length } };
    case 'count-gap':
      return { type: 'command', command: { type: 'count-gap-as-break' } };
    case 'settings':
      return { type: 'open-settings' };
    case 'quit':
      return { type: 'quit' };
  }
}

export function launchIntent(command: InstanceCommand): UserIntent {
  switch (command.type) {
    case 'stretch':
      return { type: 'command', command: { type: 'start-break' } };
    case 'pause':
      return { type: 'command', command: { type: 'pause', length: command.length } };
    case 'resume':
      return { type: 'command', command: { type: 'resume' } };
    case 'status':
      return { type: 'none' };
  }
}

/** The break window's requests that are user commands. */
export const PAGE_COMMANDS = {
  'break:snooze': { type: 'snooze' },
  'break:skip': { type: 'skip' },
  'break:count-gap': { type: 'count-gap-as-break' },
} as const satisfies Record<string, UserCommand>;

/** `wallNow`: what the user's clock reads, which a pause "until 14:00" is measured on. */
export function scenarioCommand(command: ScenarioCommand, wallNow: number): UserCommand {
  if (command.command !== 'pause') return { type: command.command };
  if ('forMs' in command) return { type: 'pause', length: { minutes: command.forMs / 60_000 } };
  if ('until' in command) return { type: 'pause', length: command.until === 'tomorrow' ? 'tomorrow' : 'until-resumed' };
  // A pause "until 14:00" means 14:00 as the user's clock reads it, which a clock jump may have moved.
  return { type: 'pause', length: { untilWall: Math.max(command.untilWallLocal, wallNow) } };
}
