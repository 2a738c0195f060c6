import { noSnoozesLeft, pauseChoices, snoozeText } from './control-text.js';
import { formatClockTime, type ClockContext } from './clock-format.js';
import { formatMinutes } from './duration-text.js';
import type { DaySummary } from './history-summary.js';
import type { Translate } from './i18n/translator.js';
import type { RoutineSummary } from './routine-catalogue.js';
import { isBreakRoutine, type Position, type RoutineKind } from './routine-library.js';
import { POSTURES, postureText, postureOf } from './routine-posture.js';
import type { EngineSnapshot, PauseLength } from './sitting-engine.js';
import { statusLine, tooltipText } from './status-text.js';
import { trayGlyph, trayTitle, type TrayGlyph, type TrayIconState } from './tray-icon.js';

/**
 * The tray as data: icon, tooltip and menu are a pure function of the engine snapshot and today's summary. The
 * shell compares the model it gets with the one it last drew and touches the native tray only for what changed,
 * so the menu is rebuilt when the state changes and never on a timer.
 */

export type { TrayIconState } from './tray-icon.js';

export type TrayAction =
  | { type: 'stretch'; routineId: string | null }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'standing'; on: boolean }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'count-gap' }
  | { type: 'settings' }
  | { type: 'quit' };

export type TrayMenuItem =
  | { kind: 'separator' }
  | { kind: 'label'; id: string; label: string }
  | { kind: 'action'; id: string; label: string; action: TrayAction; enabled: boolean }
  | { kind: 'submenu'; id: string; label: string; items: TrayMenuItem[] };

export interface TrayModel {
  icon: TrayIconState;
  /** The image for the icon state, with the sitting progress drawn in (tray-icon.ts). */
  glyph: TrayGlyph;
  /** Beside the icon on macOS: minutes until the next break, or ''. */
  title: string;
  tooltip: string;
  menu: TrayMenuItem[];
}

/**
 * `kind` places a routine in the menu: desk breaks grouped by what their steps ask of the body (the break
 * window's posture line), then the micro-break and the floor set.
 */
export type TrayRoutine = RoutineSummary & { kind: RoutineKind; positions: readonly Position[] };

export interface TrayInputs {
  /** The words of the language the user reads; asked for on every render, so a switch shows at once. */
  t: Translate;
  snapshot: EngineSnapshot;
  today: DaySummary;
  /** Routines to offer under "Stretch now", in catalogue order. */
  routines: readonly TrayRoutine[];
  snoozeMin: number;
  clock: ClockContext;
  /** Why history is not being saved, when it is not. */
  historyProblem?: string | null;
}

export function trayIconState(snapshot: EngineSnapshot): TrayIconState {
  if (snapshot.status === 'paused' || snapshot.status === 'outside-hours') return 'paused';
  if (snapshot.breakDue) return 'break-due';
  if (snapshot.idleDetection === 'unavailable') return 'idle-unavailable';
  return 'tracking';
}

export function trayModel(inputs: TrayInputs): TrayModel {
  const { snapshot } = inputs;
  return {
    icon: trayIconState(snapshot),
    glyph: trayGlyph(trayIconState(snapshot), snapshot),
    title: trayTitle(inputs.t, snapshot, inputs.clock),
    tooltip: tooltipText(inputs.t, snapshot, inputs.clock),
    menu: trayMenu(inputs),
  };
}

function trayMenu({ t, snapshot, today, routines, snoozeMin, clock, historyProblem }: TrayInputs): TrayMenuItem[] {
  const items: TrayMenuItem[] = [{ kind: 'label', id: 'status', label: statusLine(t, snapshot, clock) }];
  if (historyProblem) items.push({ kind: 'label', id: 'history-not-saved', label: historyProblem });
  if (snapshot.idleDetection === 'unavailable') {
    items.push({ kind: 'label', id: 'idle-unavailable', label: t('tray.idleUnavailable') });
  }
  items.push({ kind: 'separator' }, stretchMenu(t, routines, snapshot.status !== 'in-routine'));
  if (snapshot.breakDue) {
    items.push(
      action('snooze', snapshot.snoozesLeft > 0 ? snoozeText(t, snoozeMin) : noSnoozesLeft(t), { type: 'snooze' }, snapshot.snoozesLeft > 0),
      action('skip', t('tray.skip'), { type: 'skip' }),
    );
  }
  const gap = shortGapTimes(snapshot, clock);
  if (gap) items.push(action('count-gap', t('tray.countGap', gap), { type: 'count-gap' }));
  const tracking = snapshot.status !== 'paused' && snapshot.status !== 'outside-hours';
  if (tracking) {
    items.push(
      snapshot.status === 'standing'
        ? action('sitting', t('tray.sitting'), { type: 'standing', on: false })
        : action('standing', t('tray.standing'), { type: 'standing', on: true }, snapshot.status !== 'in-routine'),
    );
  }
  if (snapshot.status === 'paused') items.push(action('resume', t('common.resume'), { type: 'resume' }));
  else {
    items.push({
      kind: 'submenu',
      id: 'pause',
      label: t('common.pause'),
      items: pauseChoices(t).map((c) => action(c.id, c.label, { type: 'pause', length: c.length })),
    });
  }
  items.push(
    { kind: 'separator' },
    { kind: 'label', id: 'today', label: todayLine(t, today) },
    { kind: 'separator' },
    action('settings', t('tray.settings'), { type: 'settings' }),
    action('quit', t('tray.quit'), { type: 'quit' }),
  );
  return items;
}

function stretchMenu(t: Translate, routines: readonly TrayRoutine[], enabled: boolean): TrayMenuItem {
  const desk = routines.filter(isBreakRoutine);
  const groups: Array<[string, string, TrayRoutine[]]> = [
    ...POSTURES.map((posture): [string, string, TrayRoutine[]] => [
      `stretch-${posture}`,
      postureText(t, posture),
      desk.filter((r) => postureOf(r.kind, r.positions) === posture),
    ]),
    ['stretch-short', t('tray.short'), routines.filter((r) => r.kind === 'micro')],
    ['stretch-home', t('tray.atHome'), routines.filter((r) => r.kind === 'home')],
  ];
  const entry = (r: RoutineSummary) =>
    action(`stretch-${r.id}`, t('common.routineWithLength', { name: r.name, duration: formatMinutes(t, r.seconds) }), { type: 'stretch', routineId: r.id }, enabled);
  const items: TrayMenuItem[] = [action('stretch-suggested', t('tray.suggested'), { type: 'stretch', routineId: null }, enabled)];
  for (const [id, label, list] of groups) {
    if (list.length > 0) items.push({ kind: 'separator' }, { kind: 'label', id, label }, ...list.map(entry));
  }
  return { kind: 'submenu', id: 'stretch', label: t('common.stretchNow'), items };
}

/**
 * The gap "Were you up?" asks about, as the user's clock showed it. Engine times are shifted by the wall offset,
 * so a clock change since the gap does not move it.
 */
export function shortGapTimes(snapshot: EngineSnapshot, clock: ClockContext): { from: string; to: string } | null {
  const gap = snapshot.shortGapToConfirm;
  if (!gap) return null;
  return { from: formatClockTime(gap.start + snapshot.wallOffsetMs, clock), to: formatClockTime(gap.end + snapshot.wallOffsetMs, clock) };
}

/**
 * "Today: 3 breaks · longest bout 52 min". Only finished bouts count: the open one grows by the minute, and a
 * menu that is not redrawn on a timer would show it stale (the status line gives its start instead).
 */
export function todayLine(t: Translate, today: DaySummary): string {
  return t('tray.today', { count: today.breaksTaken + today.postureBreaks, longest: formatMinutes(t, today.longestBoutSeconds) });
}

function action(id: string, label: string, act: TrayAction, enabled = true): TrayMenuItem {
  return { kind: 'action', id, label, action: act, enabled };
}

/** Structural equality of two models, so the shell can skip redrawing an unchanged tray. */
export function sameTrayPart<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
