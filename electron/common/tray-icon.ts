import { formatClockTime, type ClockContext } from './clock-format.js';
import type { Translate } from './i18n/translator.js';
import type { EngineSnapshot } from './sitting-engine.js';

/**
 * Which pre-drawn tray image shows, and the text beside it on macOS. Both are pure functions of the snapshot the
 * engine hands over at each of its wakes, so they refresh exactly as often as the engine already wakes (every few
 * minutes while the user is at the desk) and never on a timer of their own.
 */

/** The icon's state before time is added to it; decided in tray-menu.ts. */
export type TrayIconState = 'tracking' | 'break-due' | 'paused' | 'idle-unavailable';

/** Every image drawn by resources/icons/generate.mjs. `sitting-N` is the figure with N quarters of the ring filled. */
export const TRAY_GLYPHS = ['tracking', 'sitting-0', 'sitting-1', 'sitting-2', 'sitting-3', 'break-due', 'paused', 'idle-unavailable'] as const;
export type TrayGlyph = (typeof TRAY_GLYPHS)[number];
/** macOS shows the minutes as the title, so its menu bar needs no progress ring. */
export const MAC_TRAY_GLYPHS = ['tracking', 'break-due', 'paused', 'idle-unavailable'] as const satisfies readonly TrayGlyph[];

const PROGRESS_STEPS = 4;

/** The colour of the panel the icon sits on, where the system says; Linux cannot tell (see trayIconFile). */
export type PanelTheme = 'light' | 'dark';

export function trayGlyph(state: TrayIconState, snapshot: EngineSnapshot): TrayGlyph {
  if (state !== 'tracking') return state;
  const step = sittingStep(snapshot);
  return step === null ? 'tracking' : (`sitting-${step}` as TrayGlyph);
}

/** How much of the bout before the next break has been sat, in quarters; null when the user is not sitting. */
function sittingStep(snapshot: EngineSnapshot): number | null {
  if (snapshot.status !== 'sitting' || !snapshot.bout || snapshot.nextBreakAt === null) return null;
  const sat = snapshot.bout.sittingSeconds * 1000;
  const total = sat + Math.max(0, snapshot.nextBreakAt - snapshot.now);
  if (!(total > 0)) return 0;
  return Math.min(PROGRESS_STEPS - 1, Math.floor((sat / total) * PROGRESS_STEPS));
}

/**
 * The file for a glyph. macOS tints black "Template" images for its menu bar itself. Windows says whether its
 * taskbar is dark (nativeTheme.shouldUseDarkColorsForSystemIntegratedUI), so it gets the ink drawn for that
 * panel. A Linux panel's colour cannot be known — the app theme is not the panel's (GNOME's top bar stays dark
 * under a light theme) — so Linux gets the mid-tone ink drawn to hold on both.
 */
export function trayIconFile(glyph: TrayGlyph, platform: string, panel: PanelTheme): string {
  if (platform === 'darwin') return `tray-${macGlyph(glyph)}Template.png`;
  if (platform === 'win32') return `tray-${glyph}-on-${panel}.ico`;
  return `tray-${glyph}.png`;
}

function macGlyph(glyph: TrayGlyph): (typeof MAC_TRAY_GLYPHS)[number] {
  return glyph.startsWith('sitting-') ? 'tracking' : (glyph as (typeof MAC_TRAY_GLYPHS)[number]);
}

/**
 * The macOS menu-bar title: minutes until the next break (or until a snooze ends). Without idle detection the
 * engine wakes only when a break falls due, so a countdown would freeze; the clock time of the break stays true.
 */
export function trayTitle(t: Translate, snapshot: EngineSnapshot, clock: ClockContext): string {
  const until = (at: number) => t('tray.titleMinutes', { count: Math.max(1, Math.ceil((at - snapshot.now) / 60_000)) });
  if (snapshot.status === 'break-due') return snapshot.snoozedUntil !== null ? until(snapshot.snoozedUntil) : '';
  if (snapshot.status !== 'sitting' || snapshot.nextBreakAt === null) return '';
  if (snapshot.idleDetection === 'unavailable') return t('tray.titleAbout', { time: formatClockTime(snapshot.nextBreakAt + snapshot.wallOffsetMs, clock) });
  return until(snapshot.nextBreakAt);
}
