import { NO_SNOOZES_LEFT, PAUSE_CHOICES, snoozeText } from './control-text.js';
import { formatClockTime, formatMinutes, type ClockContext } from './clock-format.js';
import type { DaySummary } from './history-summary.js';
import type { RoutineSummary } from './routine-catalogue.js';
import { isBreakRoutine, type Position, type RoutineKind } from './routine-library.js';
import { POSTURE_LABELS, routinePostureLabel } from './routine-posture.js';
import type { EngineSnapshot, PauseLength } from './sitting-engine.js';
import { statusLine, tooltipText } from './status-text.js';
import { trayGlyph, trayTitle, type TrayGlyph, type TrayIconState } from './tray-icon.js';

/**
 * The tray as data: icon, tooltip and menu are a pure function of the engine snapshot and today's summary. The
 * shell compares the model it gets with the one it last drew and touches the native tray only for what changed,
 * so the menu is rebuilt when the state changes and never on a timer.
 */

export type { TrayIconState } from './tray-icon.js';
export { PAUSE_CHOICES } from './control-text.js';

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
    title: trayTitle(snapshot, inputs.clock),
    tooltip: tooltipText(snapshot, inputs.clock),
    menu: trayMenu(inputs),
  };
}

function trayMenu({ snapshot, today, routines, snoozeMin, clock, historyProblem }: TrayInputs): TrayMenuItem[] {
  const items: TrayMenuItem[] = [{ kind: 'label', id: 'status', label: statusLine(snapshot, clock) }];
  if (historyProblem) items.push({ kind: 'label', id: 'history-not-saved', label: historyProblem });
  if (snapshot.idleDetection === 'unavailable') {
    items.push({ kind: 'label', id: 'idle-unavailable', label: 'Idle detection unavailable: counting all screen time' });
  }
  items.push({ kind: 'separator' }, stretchMenu(routines, snapshot.status !== 'in-routine'));
  if (snapshot.breakDue) {
    items.push(
      action('snooze', snapshot.snoozesLeft > 0 ? snoozeText(snoozeMin) : NO_SNOOZES_LEFT, { type: 'snooze' }, snapshot.snoozesLeft > 0),
      action('skip', 'Skip this break', { type: 'skip' }),
    );
  }
  const gap = shortGapTimes(snapshot, clock);
  if (gap) items.push(action('count-gap', `I was up ${gap.from}–${gap.to}: count it as a break`, { type: 'count-gap' }));
  const tracking = snapshot.status !== 'paused' && snapshot.status !== 'outside-hours';
  if (tracking) {
    items.push(
      snapshot.status === 'standing'
        ? action('sitting', "I'm sitting", { type: 'standing', on: false })
        : action('standing', "I'm standing", { type: 'standing', on: true }, snapshot.status !== 'in-routine'),
    );
  }
  if (snapshot.status === 'paused') items.push(action('resume', 'Resume', { type: 'resume' }));
  else {
    items.push({
      kind: 'submenu',
      id: 'pause',
      label: 'Pause',
      items: PAUSE_CHOICES.map((c) => action(c.id, c.label, { type: 'pause', length: c.length })),
    });
  }
  items.push(
    { kind: 'separator' },
    { kind: 'label', id: 'today', label: todayLine(today) },
    { kind: 'separator' },
    action('settings', 'Settings…', { type: 'settings' }),
    action('quit', 'Quit Limber', { type: 'quit' }),
  );
  return items;
}

function stretchMenu(routines: readonly TrayRoutine[], enabled: boolean): TrayMenuItem {
  const desk = routines.filter(isBreakRoutine);
  const groups: Array<[string, string, TrayRoutine[]]> = [
    ...POSTURE_LABELS.map((label): [string, string, TrayRoutine[]] => [
      `stretch-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      label,
      desk.filter((r) => routinePostureLabel(r.kind, r.positions) === label),
    ]),
    ['stretch-short', 'Short', routines.filter((r) => r.kind === 'micro')],
    ['stretch-home', 'At home, on the floor', routines.filter((r) => r.kind === 'home')],
  ];
  const entry = (r: RoutineSummary) => action(`stretch-${r.id}`, `${r.name} (${formatMinutes(r.seconds)})`, { type: 'stretch', routineId: r.id }, enabled);
  const items: TrayMenuItem[] = [action('stretch-suggested', 'Suggested routine', { type: 'stretch', routineId: null }, enabled)];
  for (const [id, label, list] of groups) {
    if (list.length > 0) items.push({ kind: 'separator' }, { kind: 'label', id, label }, ...list.map(entry));
  }
  return { kind: 'submenu', id: 'stretch', label: 'Stretch now', items };
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
export function todayLine(today: DaySummary): string {
  const breaks = today.breaksTaken + today.postureBreaks;
  return `Today: ${breaks} break${breaks === 1 ? '' : 's'} · longest bout ${formatMinutes(today.longestBoutSeconds)}`;
}

function action(id: string, label: string, act: TrayAction, enabled = true): TrayMenuItem {
  return { kind: 'action', id, label, action: act, enabled };
}

/** Structural equality of two models, so the shell can skip redrawing an unchanged tray. */
export function sameTrayPart<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
