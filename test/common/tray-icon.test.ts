import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../electron/common/sitting-engine.js';
import { trayGlyph, trayIconFile, trayTitle } from '../../electron/common/tray-icon.js';
import { en } from '../support/translators.js';

const NOON = Date.parse('2026-03-02T11:00:00Z'); // 12:00 in Berlin
const clock = { timeZone: 'Europe/Berlin', locale: 'en-GB', nowWall: NOON };

function snap(over: Partial<EngineSnapshot> = {}): EngineSnapshot {
  return {
    now: NOON,
    wallOffsetMs: 0,
    status: 'sitting',
    idleDetection: 'available',
    bout: { start: NOON - 23 * 60_000, sittingSeconds: 23 * 60 },
    breakDue: false,
    nextBreakAt: NOON + 7 * 60_000,
    snoozedUntil: null,
    snoozesLeft: 2,
    pausedUntil: null,
    standingSince: null,
    standingSeconds: null,
    shortGapToConfirm: null,
    nextWakeAt: NOON + 60_000,
    promptsHeld: null,
    quiet: null,
    ...over,
  };
}

describe('tray glyph and title', () => {
  it('shows the quarters sat only while sitting; the plain figure while standing or away', () => {
    expect(trayGlyph('tracking', snap())).toBe('sitting-3');
    expect(trayGlyph('tracking', snap({ bout: { start: NOON, sittingSeconds: 0 }, nextBreakAt: NOON + 30 * 60_000 }))).toBe('sitting-0');
    expect(trayGlyph('tracking', snap({ bout: { start: NOON, sittingSeconds: 15 * 60 }, nextBreakAt: NOON + 15 * 60_000 }))).toBe('sitting-2');
    expect(trayGlyph('tracking', snap({ status: 'standing' }))).toBe('tracking');
    expect(trayGlyph('tracking', snap({ status: 'away' }))).toBe('tracking');
    expect(trayGlyph('paused', snap({ status: 'paused' }))).toBe('paused');
  });

  it('picks the file by platform: template on macOS (no ring), the taskbar ink on Windows, the two-panel ink on Linux', () => {
    expect(trayIconFile('sitting-2', 'darwin', 'dark')).toBe('tray-trackingTemplate.png');
    expect(trayIconFile('break-due', 'darwin', 'light')).toBe('tray-break-dueTemplate.png');
    expect(trayIconFile('sitting-2', 'win32', 'dark')).toBe('tray-sitting-2-on-dark.ico');
    expect(trayIconFile('sitting-2', 'win32', 'light')).toBe('tray-sitting-2-on-light.ico');
    expect(trayIconFile('sitting-2', 'linux', 'dark')).toBe('tray-sitting-2.png');
    expect(trayIconFile('sitting-2', 'linux', 'light')).toBe('tray-sitting-2.png');
  });

  it('titles minutes left, minutes of a snooze, nothing when due or not sitting, and a clock time without idle detection', () => {
    expect(trayTitle(en, snap(), clock)).toBe('7 min');
    expect(trayTitle(en, snap({ nextBreakAt: NOON + 10_000 }), clock)).toBe('1 min');
    expect(trayTitle(en, snap({ status: 'break-due', breakDue: true }), clock)).toBe('');
    expect(trayTitle(en, snap({ status: 'break-due', breakDue: true, snoozedUntil: NOON + 4 * 60_000 }), clock)).toBe('4 min');
    expect(trayTitle(en, snap({ status: 'paused' }), clock)).toBe('');
    // Without idle detection the engine does not wake until the break, so a countdown would stand still.
    expect(trayTitle(en, snap({ idleDetection: 'unavailable' }), clock)).toBe('≈ 12:07');
  });
});
