import type { InstanceCommand, ParsedInstanceArgs } from '../../common/instance-args.js';
import { launchIntent } from '../../common/user-intents.js';
import type { UserCommand } from '../../common/sitting-engine.js';

/** What the arguments of a launch ask of the running instance: the first launch's, and every later one's. */

export interface LaunchArgsDeps {
  command: (command: UserCommand) => string | null;
  showSettings: () => void;
  log: (message: string) => void;
}

export type LaunchArgsHandler = (args: ParsedInstanceArgs, secondLaunch: boolean) => void;

export function launchArgsHandler(deps: LaunchArgsDeps): LaunchArgsHandler {
  const run = (command: InstanceCommand): void => {
    const intent = launchIntent(command);
    // `none`: `--status` is printed by the launching process from the status file; nothing to do here.
    if (intent.type === 'command') deps.command(intent.command);
  };
  return (args, secondLaunch) => {
    for (const error of args.errors) deps.log(`Launch arguments: ${error}`);
    for (const command of args.commands) run(command);
    // With no arguments, a later launch was the user asking for the app.
    if (secondLaunch && args.commands.length === 0 && args.errors.length === 0) deps.showSettings();
  };
}
