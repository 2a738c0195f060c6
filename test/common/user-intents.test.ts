import { describe, expect, it } from 'vitest';
import { parseInstanceArgs } from '../../electron/common/instance-args.js';
import { PAGE_COMMANDS, controlCommand, isEngineCommand, launchCommand, scenarioCommand, trayCommand } from '../../electron/common/user-intents.js';

/* The tray, a second launch, a scenario, Settings' controls and the break window asking for the same thing get the same command. */

const launch = (...args: string[]) => launchCommand(parseInstanceArgs(args).commands[0]!);

describe('one vocabulary of user commands', () => {
  it('maps the same request from every source to the same UserCommand', () => {
    const pause = { type: 'pause', length: { minutes: 60 } };
    expect(trayCommand({ type: 'pause', length: { minutes: 60 } })).toEqual(pause);
    expect(launch('--pause', '1h')).toEqual(pause);
    expect(controlCommand({ type: 'pause', length: { minutes: 60 } })).toEqual(pause);
    expect(scenarioCommand({ command: 'pause', forMs: 3600_000 }, 0)).toEqual(pause);

    expect(trayCommand({ type: 'snooze' })).toEqual(PAGE_COMMANDS['break:snooze']);
    expect(controlCommand({ type: 'snooze' })).toEqual(PAGE_COMMANDS['break:snooze']);
    expect(scenarioCommand({ command: 'skip' }, 0)).toEqual(PAGE_COMMANDS['break:skip']);
    expect(trayCommand({ type: 'count-gap' })).toEqual(PAGE_COMMANDS['break:count-gap']);
    expect(launch('--resume')).toEqual(trayCommand({ type: 'resume' }));
    expect(controlCommand({ type: 'resume' })).toEqual(trayCommand({ type: 'resume' }));
  });

  it('says Stretch now the same way from the tray, --stretch, Settings and a scenario', () => {
    const suggestion = { type: 'play-routine', routineId: null };
    expect(trayCommand({ type: 'stretch', routineId: null })).toEqual(suggestion);
    expect(launch('--stretch')).toEqual(suggestion);
    expect(controlCommand({ type: 'stretch' })).toEqual(suggestion);
    expect(scenarioCommand({ command: 'start-break' }, 0)).toEqual(suggestion);
    expect(trayCommand({ type: 'stretch', routineId: 'move-break' })).toEqual({ type: 'play-routine', routineId: 'move-break' });
  });

  it('names what only the app around the engine can do, and nothing for --status', () => {
    expect(trayCommand({ type: 'settings' })).toEqual({ type: 'open-settings' });
    expect(trayCommand({ type: 'quit' })).toEqual({ type: 'quit' });
    expect(launch('--status')).toBeNull();
    expect([{ type: 'play-routine', routineId: null } as const, { type: 'open-settings' } as const, { type: 'quit' } as const].map(isEngineCommand)).toEqual([false, false, false]);
    expect(isEngineCommand(trayCommand({ type: 'standing', on: true }))).toBe(true);
  });
});
