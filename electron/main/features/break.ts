import { DisposableStore, type Disposable } from '../../common/disposable.js';
import type { LimberCore } from '../../common/limber-core.js';
import type { UserCommand } from '../../common/sitting-engine.js';
import { PAGE_COMMANDS } from '../../common/user-intents.js';
import { registerIpc, type SenderGate } from '../ipc.js';
import type { PageWindows } from '../windows.js';

/** The break window's channels; which routine it plays and what its outcome counts as is the core's to say. */

export interface BreakFeatureDeps {
  core: LimberCore;
  windows: PageWindows;
  /** Runs a command the user gave; returns why it was refused, in words, if it was. */
  command: (command: UserCommand) => string | null;
  pageOf: SenderGate;
}

export function registerBreakFeature(deps: BreakFeatureDeps): Disposable {
  const { core, windows } = deps;
  const disposables = new DisposableStore();

  /** Snooze and skip from the break window: done means the window has nothing left to show. */
  const windowCommand = (command: UserCommand): { ok: true } | { ok: false; reason: string } => {
    const refused = deps.command(command);
    return refused ? { ok: false, reason: refused } : { ok: true };
  };

  disposables.add(
    windows.onClosed((page) => {
      if (page === 'break') core.breakWindowClosed();
    }),
  );

  disposables.add(
    registerIpc(
      {
        'break:get-plan': (payload) => core.breakPlan(payload?.routineId),
        'break:started': ({ routineId }) => core.routineStarted(routineId),
        'break:finished': (report) => {
          core.routineFinished(report);
        },
        'break:snooze': () => windowCommand(PAGE_COMMANDS['break:snooze']),
        'break:skip': () => windowCommand(PAGE_COMMANDS['break:skip']),
        'break:close': () => windows.close('break'),
        'break:count-gap': () => windowCommand(PAGE_COMMANDS['break:count-gap']),
      },
      deps.pageOf,
    ),
  );
  return disposables;
}
