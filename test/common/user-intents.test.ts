import { describe, expect, it } from 'vitest';
import { parseInstanceArgs } from '../../electron/common/instance-args.js';
import { PAGE_COMMANDS, launchIntent, scenarioCommand, trayIntent } from '../../electron/common/user-intents.js';

/* The tray, a second launch, a scenario and the break window asking for the same thing get the same command. */

describe('one vocabulary of user intents', () => {
  it('maps the same request from every source to the same UserCommand', () => {
    const pause = { minutes: 60 };
    const fromLaunch = launchIntent(parseInstanceArgs(['--pause', '1h']).commands[0]!);
    expect(trayIntent({ type: 'pause', length: pause })).toEqual({ type: 'command', command: { type: 'pause', length: pause } });
    expect(fromLaunch).toEqual({ type: 'command', command: { type: 'pause', length: pause } });
    expect(scenarioCommand({ command: 'pause', forMs: 3600_000 }, 0)).toEqual({ type: 'pause', length: pause });

    expect(trayIntent({ type: 'snooze' })).toEqual({ type: 'command', command: PAGE_COMMANDS['break:snooze'] });
    expect(scenarioCommand({ command: 'skip' }, 0)).toEqual(PAGE_COMMANDS['break:skip']);
    expect(trayIntent({ type: 'count-gap' })).toEqual({ type: 'command', command: PAGE_COMMANDS['break:count-gap'] });
    expect(launchIntent({ type: 'resume' })).toEqual(trayIntent({ type: 'resume' }));
    expect(launchIntent({ type: 'stretch' })).toEqual({ type: 'command', command: scenarioCommand({ command: 'start-break' }, 0) });
  });

  it('leaves to the shell only what the core cannot do', () => {
    expect(trayIntent({ type: 'stretch', routineId: 'move-break' })).toEqual({ type: 'play', routineId: 'move-break' });
    expect(trayIntent({ type: 'settings' })).toEqual({ type: 'open-settings' });
    expect(trayIntent({ type: 'quit' })).toEqual({ type: 'quit' });
    expect(launchIntent({ type: 'status' })).toEqual({ type: 'none' });
  });
});
