import type { InstanceCommand, ParsedInstanceArgs } from '../../common/instance-args.js';
import { launchCommand, type UserCommand } from '../../common/user-intents.js';

/** What the arguments of a launch ask of the running instance: the first launch's, and every later one's. */

export interface LaunchArgsDeps {
  execute: (command: UserCommand) => string | null;
  log: (message: string) => void;
}

export type LaunchArgsHandler = (args: ParsedInstanceArgs, secondLaunch: boolean) => void;

export function launchArgsHandler(deps: LaunchArgsDeps): LaunchArgsHandler {
  const run = (command: InstanceCommand): void => {
    const asked = launchCommand(command);
    // Null: `--status` is printed by the launching process from the status file; nothing to do here.
    if (asked) deps.execute(asked);
  };
  return (args, secondLaunch) => {
    for (const error of args.errors) deps.log(`Launch arguments: ${error}`);
    for (const command of args.commands) run(command);
    // With no arguments, a later launch was the user asking for the app.
    if (secondLaunch && args.commands.length === 0 && args.errors.length === 0) deps.execute({ type: 'open-settings' });
  };
}
