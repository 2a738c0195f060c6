import type { Disposable } from '../../common/disposable.js';
import { DisposableStore } from '../../common/disposable.js';
import { buildBreakPlan } from '../../common/break-plan.js';
import type { LibraryCatalogue } from '../../common/routine-library.js';
import type { Settings } from '../../common/settings.js';
import type { UserCommand } from '../../common/sitting-engine.js';
import type { LimberCore } from '../../node/limber-core.js';
import { registerIpc, type SenderGate } from '../ipc.js';
import type { PageWindows } from '../windows.js';

/**
 * The break window: its channels, and the routine it is to play when the user picked one rather than taking
 * the suggestion.
 */

export interface BreakFeatureDeps {
  core: LimberCore;
  windows: PageWindows;
  catalogue: LibraryCatalogue;
  settings: () => Settings;
  /** Runs a command the user gave; returns why it was refused, if it was. */
  command: (command: UserCommand) => string | null;
  pageOf: SenderGate;
}

export interface BreakFeature extends Disposable {
  /** The user asked for a routine (null: the suggestion) from the tray or a notification. */
  play(routineId: string | null): void;
}

export function registerBreakFeature(deps: BreakFeatureDeps): BreakFeature {
  const { core, windows, catalogue } = deps;
  const disposables = new DisposableStore();
  /** A routine the user picked from the tray; the break window plays it instead of the suggestion. */
  let requestedRoutine: string | null = null;

  const requireRoutine = (id: string) => {
    if (!catalogue.byId(id)) throw new Error(`routineId: no routine '${id}'`);
  };
  /** Snooze and skip from the break window: done means the window has nothing left to show. */
  const windowCommand = (command: UserCommand): { ok: true } | { ok: false; reason: string } => {
    const refused = deps.command(command);
    return refused ? { ok: false, reason: refused } : { ok: true };
  };

  disposables.add(
    windows.onClosed((page) => {
      if (page !== 'break') return;
      requestedRoutine = null;
      core.breakWindowClosed();
    }),
  );

  disposables.add(
    registerIpc(
      {
        'break:get-plan': (payload) => {
          const settings = deps.settings();
          const context = core.suggestionContext();
          const suggestion = {
            preference: settings.posturePreference,
            flexionSensitive: settings.flexionSensitive,
            breakIntervalMin: settings.breakIntervalMin,
            ...context,
          };
          const routineId = payload?.routineId ?? requestedRoutine ?? core.offered()?.id ?? catalogue.suggest({ ...suggestion, want: 'any' }).id;
          const snapshot = core.snapshot();
          const today = core.todaySummary();
          return buildBreakPlan({
            catalogue,
            routineId,
            suggestion,
            snoozesLeft: snapshot.snoozesLeft,
            snoozeMin: settings.snoozeMin,
            breakDue: snapshot.breakDue,
            sound: settings.sound,
            breaksToday: today.breaksTaken + today.postureBreaks,
            shortGap: core.shortGap(),
          });
        },
        'break:started': ({ routineId }) => {
          requireRoutine(routineId);
          core.routineStarted(routineId);
        },
        'break:finished': ({ routineId, posture, seconds, completed }) => {
          requireRoutine(routineId);
          core.routineFinished({ routineId, posture, seconds, abandoned: !completed });
        },
        'break:snooze': () => windowCommand({ type: 'snooze' }),
        'break:skip': () => windowCommand({ type: 'skip' }),
        'break:close': () => windows.close('break'),
        'break:count-gap': () => windowCommand({ type: 'count-gap-as-break' }),
      },
      deps.pageOf,
    ),
  );

  return {
    play(routineId) {
      requestedRoutine = routineId;
      deps.command({ type: 'start-break' });
    },
    dispose: () => disposables.dispose(),
  };
}
