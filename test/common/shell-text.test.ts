import { describe, expect, it } from 'vitest';
import { historyCsv, csvCell, HISTORY_CSV_HEADER } from '../../electron/common/history-csv.js';
import type { HistoryEvent } from '../../electron/common/history-events.js';
import { emptyDaySummary } from '../../electron/common/history-summary.js';
import { IdleAvailability, STUCK_MIN_SAMPLES } from '../../electron/common/idle-availability.js';
import { parseInstanceArgs } from '../../electron/common/instance-args.js';
import { isTrustedSender } from '../../electron/common/app-origin.js';
import { migrateSettingsDocument, loadSettingsDocument } from '../../electron/common/settings-document.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import type { EngineSnapshot } from '../../electron/common/sitting-engine.js';
import { sittingSnapshot } from '../support/engine-fixtures.js';
import { statusLine, tooltipText } from '../../electron/common/status-text.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { trayModel, type TrayMenuItem } from '../../electron/common/tray-menu.js';
import { en } from '../support/translators.js';
import { centredIn } from '../../electron/common/window-placement.js';

const NOON = Date.parse('2026-03-02T11:00:00Z'); // 12:00 in Berlin
const clock = { timeZone: 'Europe/Berlin', locale: 'en-GB', nowWall: NOON };

const snap = (over: Partial<EngineSnapshot> = {}) => sittingSnapshot(NOON, over);

function labels(items: TrayMenuItem[]): string[] {
  return items.flatMap((i) => (i.kind === 'separator' ? ['—'] : [i.label]));
}

describe('status line and tooltip', () => {
  it('gives absolute times that stay true until the state changes', () => {
    expect(statusLine(en, snap(), clock)).toBe('Sitting since 11:37 · next stretch ≈ 12:07');
    expect(tooltipText(en, snap({ idleDetection: 'unavailable' }), clock)).toBe(
      'Limber · Sitting since 11:37 · next stretch ≈ 12:07 · idle detection unavailable',
    );
  });

  it('names snoozes, pauses (with the weekday when not today) and standing', () => {
    expect(statusLine(en, snap({ status: 'break-due', breakDue: true, snoozedUntil: NOON + 5 * 60_000 }), clock)).toBe('Snoozed until 12:05 · sitting since 11:37');
    expect(statusLine(en, snap({ status: 'paused', pausedUntil: NOON + 17 * 3600_000 }), clock)).toBe('Paused until Tue 05:00');
    expect(statusLine(en, snap({ status: 'paused', pausedUntil: null }), clock)).toBe('Paused until you resume');
    expect(statusLine(en, snap({ status: 'standing', standingSince: NOON - 600_000 }), clock)).toBe('Standing since 11:50');
  });

  it('follows the wall clock offset the engine reports', () => {
    expect(statusLine(en, snap({ wallOffsetMs: 3600_000 }), clock)).toBe('Sitting since 12:37 · next stretch ≈ 13:07');
  });
});

describe('tray model', () => {
  const routines = [
    { id: 'neck', name: 'Neck reset', posture: 'seated' as const, seconds: 120, kind: 'stretch' as const, positions: ['seated', 'seated'] as const },
    { id: 'back', name: 'Back break', posture: 'standing' as const, seconds: 150, kind: 'stretch' as const, positions: ['seated', 'standing'] as const },
    { id: 'tall', name: 'Stand tall', posture: 'standing' as const, seconds: 150, kind: 'stretch' as const, positions: ['standing', 'standing'] as const },
    { id: 'walk', name: 'Quick walk', posture: 'moving' as const, seconds: 180, kind: 'move' as const, positions: ['standing'] as const },
    { id: 'eyes', name: 'Eyes & Hands', posture: 'seated' as const, seconds: 60, kind: 'micro' as const, positions: ['seated'] as const },
    { id: 'floor', name: 'At Home', posture: 'moving' as const, seconds: 660, kind: 'home' as const, positions: ['floor'] as const },
  ];
  const base = { t: en, today: { ...emptyDaySummary(), breaksTaken: 2, postureBreaks: 1, longestBoutSeconds: 52 * 60 }, routines, snoozeMin: 5, clock };

  it('offers snooze and skip only while a break is due, and resume only while paused', () => {
    const sitting = labels(trayModel({ ...base, snapshot: snap() }).menu);
    expect(sitting).not.toContain('Snooze 5 min');
    expect(sitting).toContain("I'm standing");
    expect(sitting).toContain('Today: 3 breaks · longest bout 52 min');

    const due = trayModel({ ...base, snapshot: snap({ status: 'break-due', breakDue: true }) });
    expect(labels(due.menu)).toEqual(expect.arrayContaining(['Snooze 5 min', 'Skip this break']));
    expect(due.icon).toBe('break-due');
    const usedUp = trayModel({ ...base, snapshot: snap({ status: 'break-due', breakDue: true, snoozesLeft: 0 }) }).menu.find((i) => i.kind === 'action' && i.id === 'snooze');
    expect(usedUp).toMatchObject({ label: 'No snoozes left for this sitting bout', enabled: false });

    const paused = trayModel({ ...base, snapshot: snap({ status: 'paused', pausedUntil: null }) });
    expect(labels(paused.menu)).toContain('Resume');
    expect(labels(paused.menu)).not.toContain('Pause');
    expect(paused.icon).toBe('paused');
  });

  it('groups desk routines under Stretch now by what their steps ask, then the micro-break and the floor set apart', () => {
    const stretch = trayModel({ ...base, snapshot: snap() }).menu.find((i) => i.kind === 'submenu' && i.id === 'stretch');
    expect(stretch?.kind === 'submenu' && labels(stretch.items)).toEqual([
      'Suggested routine',
      '—', 'Seated', 'Neck reset (2 min)',
      '—', 'Seated, then standing', 'Back break (3 min)',
      '—', 'Standing', 'Stand tall (3 min)',
      '—', 'On the move', 'Quick walk (3 min)',
      '—', 'Short', 'Eyes & Hands (1 min)',
      '—', 'At home, on the floor', 'At Home (11 min)',
    ]);
  });

  it('files each shipped routine under the posture the break window names for it: Back Break starts seated', () => {
    const library = defaultCatalogue.library.routines.map((r) => ({
      ...r,
      positions: defaultCatalogue.steps(r.id)!.map((step) => step.exercise.position),
    }));
    const stretch = trayModel({ ...base, routines: library, snapshot: snap() }).menu.find((i) => i.kind === 'submenu' && i.id === 'stretch');
    const items = stretch?.kind === 'submenu' ? labels(stretch.items) : [];
    const groupOf = (name: string) => items.slice(0, items.findIndex((label) => label.startsWith(`${name} (`))).filter((l, i, all) => all[i - 1] === '—').at(-1);
    expect(groupOf('Back Break')).toBe('Seated, then standing');
    expect(groupOf('Full Desk Reset')).toBe('Seated, then standing');
    expect(groupOf('Neck & Shoulder Reset')).toBe('Seated');
    expect(groupOf('Quick Walk')).toBe('On the move');
    expect(items).not.toContain('Standing');
  });

  it('keeps menu and tooltip the same for the same state at a later minute (no redraw needed); only the countdown moves', () => {
    const a = trayModel({ ...base, snapshot: snap() });
    const b = trayModel({ ...base, snapshot: snap({ now: NOON + 60_000, bout: { start: NOON - 23 * 60_000, sittingSeconds: 24 * 60 } }) });
    const steady = ({ icon, tooltip, menu }: typeof a) => JSON.stringify({ icon, tooltip, menu });
    expect(steady(b)).toBe(steady(a));
    expect([a.title, b.title]).toEqual(['7 min', '6 min']);
  });

  it('shows idle detection as unavailable in icon and menu', () => {
    const model = trayModel({ ...base, snapshot: snap({ idleDetection: 'unavailable' }) });
    expect(model.icon).toBe('idle-unavailable');
    expect(labels(model.menu)).toContain('Idle detection unavailable: counting all screen time');
  });
});

describe('second-launch arguments', () => {
  it('understands stretch, pause lengths, resume and status; ignores Chromium switches; a repeat counts once, the last pause winning', () => {
    expect(parseInstanceArgs(['.', '--no-sandbox', '--stretch', '--pause', '1h', '--pause=30m', '--pause', 'tomorrow', '--resume', '--status'])).toEqual({
      commands: [{ type: 'stretch' }, { type: 'pause', length: 'tomorrow' }, { type: 'resume' }, { type: 'status' }],
      errors: [],
      ignored: ['.', '--no-sandbox'],
    });
  });

  it('refuses a value on a flag that takes none, rather than acting on it', () => {
    expect(parseInstanceArgs(['--stretch=x', '--resume=now', '--status=1'])).toEqual({
      commands: [],
      errors: ['--stretch takes no value (got --stretch=x)', '--resume takes no value (got --resume=now)', '--status takes no value (got --status=1)'],
      ignored: [],
    });
  });

  it('reports a bad or missing pause length instead of guessing', () => {
    expect(parseInstanceArgs(['--pause', 'soon']).errors).toEqual(['--pause soon: expected a length such as 30m, 1h, 2h, tomorrow or indefinitely']);
    expect(parseInstanceArgs(['--pause']).errors).toHaveLength(1);
    expect(parseInstanceArgs(['--pause', '48h']).errors).toEqual(['--pause 48h: must be from 1 minute to 24 hours']);
    expect(parseInstanceArgs(['--pause', 'indefinitely']).commands).toEqual([{ type: 'pause', length: 'until-resumed' }]);
  });
});

describe('settings document migrations', () => {
  it('moves the unversioned flat layout into the current version, welcome already seen', () => {
    const result = migrateSettingsDocument({ ...DEFAULT_SETTINGS, breakIntervalMin: 45 });
    expect(result.ok && result.document).toEqual({ schemaVersion: 3, settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 45 }, recovery: null, firstRunDone: true });
    expect(loadSettingsDocument({ ...DEFAULT_SETTINGS, breakIntervalMin: 45 })).toMatchObject({ dropped: [], changed: true });
  });

  it('marks the welcome as seen for a version-1 file, whose owner has already used Limber', () => {
    const loaded = loadSettingsDocument({ schemaVersion: 1, settings: DEFAULT_SETTINGS, recovery: null });
    expect(loaded.document).toEqual({ schemaVersion: 3, settings: DEFAULT_SETTINGS, recovery: null, firstRunDone: true });
    expect(loaded.changed).toBe(true);
    expect(loadSettingsDocument({ schemaVersion: 2, settings: DEFAULT_SETTINGS, recovery: null, firstRunDone: false }).document.firstRunDone).toBe(false);
    // A damaged flag is read as seen, so a bad file never brings the welcome back at every start.
    const damaged = loadSettingsDocument({ schemaVersion: 2, settings: DEFAULT_SETTINGS, recovery: null, firstRunDone: 'no' });
    expect(damaged).toMatchObject({ document: { firstRunDone: true }, changed: true });
  });

  it('gives a version-2 file the reminder limit by default, without calling it repaired', () => {
    const { maxReminders: _, ...v2Settings } = { ...DEFAULT_SETTINGS, reminderIntervalMin: 7 };
    const loaded = loadSettingsDocument({ schemaVersion: 2, settings: v2Settings, recovery: null, firstRunDone: true });
    expect(loaded).toMatchObject({ dropped: [], problems: [], changed: true });
    expect(loaded.document.settings).toEqual({ ...DEFAULT_SETTINGS, reminderIntervalMin: 7, maxReminders: 3 });
    // A limit already set is kept.
    expect(loadSettingsDocument({ schemaVersion: 2, settings: { ...DEFAULT_SETTINGS, maxReminders: 0 } }).document.settings.maxReminders).toBe(0);
  });

  it('keeps every valid field of a damaged document and names the dropped ones', () => {
    const loaded = loadSettingsDocument({ schemaVersion: 1, settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 45, snoozeMin: 'lots', sound: false } });
    expect(loaded.document.settings).toMatchObject({ breakIntervalMin: 45, snoozeMin: DEFAULT_SETTINGS.snoozeMin, sound: false });
    expect(loaded.dropped).toEqual(['snoozeMin']);
  });

  it('salvages a file from a newer version rather than refusing to start', () => {
    const loaded = loadSettingsDocument({ schemaVersion: 9, settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 20 } });
    expect(loaded.document.settings.breakIntervalMin).toBe(20);
    expect(loaded.problems[0]).toMatch(/newer/);
  });
});

describe('history CSV', () => {
  const ZONE = 'Europe/Berlin';
  const at = (local: string) => Date.parse(`${local}+01:00`);

  it('writes one row per event, in time order, with local ISO times and their offset, and CRLF line ends', () => {
    const events: HistoryEvent[] = [
      { type: 'prompt', at: at('2026-03-02T09:30:00'), kind: 'break', routine: 'move-break', reason: 'sitting' },
      { type: 'bout', at: at('2026-03-02T09:32:00'), start: at('2026-03-02T09:00:00'), end: at('2026-03-02T09:32:00'), sittingSeconds: 1920, cause: 'break' },
      { type: 'break', at: at('2026-03-02T09:32:00'), start: at('2026-03-02T09:30:00'), routine: 'move-break', posture: 'moving', seconds: 120, partial: false },
      { type: 'short-gap', at: at('2026-03-02T10:16:00'), start: at('2026-03-02T10:12:00'), end: at('2026-03-02T10:16:00'), seconds: 240 },
      { type: 'natural-break', at: at('2026-03-02T10:20:00'), start: at('2026-03-02T10:12:00'), end: at('2026-03-02T10:16:00'), seconds: 240, confirmed: true },
      { type: 'snoozed', at: at('2026-03-02T08:50:00'), minutes: 5 },
    ];
    const lines = historyCsv(events, ZONE).split('\r\n');
    expect(lines[0]).toBe(HISTORY_CSV_HEADER.join(','));
    expect(lines.slice(1)).toEqual([
      '2026-03-02T08:50:00+01:00,snoozed,,,300,,,,',
      '2026-03-02T09:30:00+01:00,prompt,,,,,move-break,break,after sitting',
      '2026-03-02T09:32:00+01:00,bout,2026-03-02T09:00:00+01:00,2026-03-02T09:32:00+01:00,1920,,,,ended by break',
      '2026-03-02T09:32:00+01:00,break,2026-03-02T09:30:00+01:00,,120,moving,move-break,,',
      '2026-03-02T10:16:00+01:00,short-gap,2026-03-02T10:12:00+01:00,2026-03-02T10:16:00+01:00,240,,,,',
      '2026-03-02T10:20:00+01:00,natural-break,2026-03-02T10:12:00+01:00,2026-03-02T10:16:00+01:00,240,,,,you said you were up',
      '',
    ]);
  });

  it('follows daylight saving: the offset is the one in force at each event', () => {
    const summer = Date.parse('2026-07-01T10:00:00Z');
    expect(historyCsv([{ type: 'skipped', at: summer }], ZONE).split('\r\n')[1]).toBe('2026-07-01T12:00:00+02:00,skipped,,,,,,,');
  });

  it('has only a header for an empty history', () => {
    expect(historyCsv([], ZONE)).toBe(`${HISTORY_CSV_HEADER.join(',')}\r\n`);
  });

  it('quotes and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('idle availability', () => {
  it('declares a source that reads 0 at every sample for an hour unavailable, and one reading above 0 available again', () => {
    const idle = new IdleAvailability();
    let verdict = 'available';
    for (let i = 0; i <= STUCK_MIN_SAMPLES; i++) verdict = idle.observe({ idleSeconds: 0, state: 'active', at: i * 2 * 60_000 });
    expect(verdict).toBe('unavailable');
    expect(idle.observe({ idleSeconds: 0, state: 'locked', at: 70 * 60_000 })).toBe('unavailable');
    expect(idle.observe({ idleSeconds: 3, state: 'active', at: 71 * 60_000 })).toBe('available');
    expect(idle.observe({ idleSeconds: 0, state: 'active', at: 200 * 60_000 })).toBe('available');
  });

  it('trusts an unknown idle state at once, and a few zeros not at all', () => {
    expect(new IdleAvailability().observe({ idleSeconds: 0, state: 'unknown', at: 0 })).toBe('unavailable');
    const idle = new IdleAvailability();
    for (let i = 0; i < 10; i++) expect(idle.observe({ idleSeconds: 0, state: 'active', at: i * 60_000 })).toBe('available');
  });
});

describe('IPC sender check and window placement', () => {
  it('trusts only the main frame of our own window on app://limber', () => {
    const ok = { fromOurWindow: true, frameUrl: 'app://limber/break.html', isMainFrame: true };
    expect(isTrustedSender(ok)).toBe(true);
    expect(isTrustedSender({ ...ok, fromOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ok, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'file:///tmp/break.html' })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'app://evil/break.html' })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null })).toBe(false);
  });

  it('centres the break window in the work area and shrinks it on a small screen', () => {
    expect(centredIn({ x: 1920, y: 32, width: 1920, height: 1048 }, { width: 420, height: 600 })).toEqual({ x: 2670, y: 256, width: 420, height: 600 });
    expect(centredIn({ x: 0, y: 0, width: 800, height: 500 }, { width: 420, height: 600 })).toEqual({ x: 190, y: 0, width: 420, height: 500 });
  });
});
