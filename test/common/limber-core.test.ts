import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_DAYS, MICRO_BREAK_ROUTINE } from '../../electron/common/limber-core.js';
import { coreRig } from '../support/core-ports.js';

/* The core on in-memory ports: the app's policy, reached without Electron, a disk or a real clock. */

const MIN = 60_000;

describe('LimberCore', () => {
  it('keeps exactly one timer armed, and prompts after a 30-minute bout of typing', () => {
    const rig = coreRig();
    rig.advance(29 * MIN);
    expect(rig.ui.prompts).toHaveLength(0);
    rig.advance(2 * MIN);
    expect(rig.ui.prompts).toHaveLength(1);
    expect(rig.ui.prompts[0]).toMatchObject({ kind: 'break', reason: 'sitting' });
    // Every timer but the newest was cleared or has fired: never two waiting at once.
    const fired = rig.timers.armed.length - 1 - rig.timers.cleared;
    expect(fired).toBeGreaterThanOrEqual(0);
    expect(rig.status.at(-1)).toMatch(/^Time for a stretch/);
  });

  it('takes a locked idle state as a screen lock (Linux sends no lock event): no prompt while locked', () => {
    const rig = coreRig();
    rig.advance(20 * MIN);
    rig.desktop.state = 'locked';
    rig.desktop.idleSeconds = 1;
    rig.advance(30 * MIN);
    expect(rig.ui.prompts).toHaveLength(0);
    expect(rig.history.events.filter((e) => e.type === 'bout')).toHaveLength(1);
    expect(rig.core.snapshot().status).not.toBe('tracking');
  });

  it('plays the routine the page asks for, else the one picked in the tray, else the one offered', () => {
    const rig = coreRig();
    rig.core.play('stand-tall');
    expect(rig.ui.breakWindows.at(-1)).toMatchObject({ focus: true });
    expect(rig.core.breakPlan().routine.id).toBe('stand-tall');
    expect(rig.core.breakPlan('move-break').routine.id).toBe('move-break');
    rig.core.breakWindowClosed();
    expect(rig.core.breakPlan().routine.id).toBe(rig.ui.breakWindows.at(-1)!.routine);
  });

  it('opens the micro-break routine from a clicked micro-break', () => {
    const rig = coreRig();
    rig.core.playMicroBreak();
    expect(rig.core.breakPlan().routine.id).toBe(MICRO_BREAK_ROUTINE);
  });

  it('refuses routine ids the library does not have, naming the field', () => {
    const rig = coreRig();
    expect(() => rig.core.play('../etc/passwd')).toThrow(/^routineId: no routine/);
    expect(() => rig.core.routineStarted('nope')).toThrow(/^routineId: no routine 'nope'/);
    expect(() => rig.core.routineFinished({ routineId: 'nope', activeSeconds: 10, reachedEnd: true })).toThrow(/^routineId/);
    expect(() => rig.core.breakPlan('nope')).toThrow(/routineId/);
  });

  it('records a routine once, only if started, never for longer than it ran, and judges it from the library', () => {
    const rig = coreRig();
    expect(rig.core.routineFinished({ routineId: 'move-break', activeSeconds: 180, reachedEnd: true })).toBe(false);
    rig.core.routineStarted('move-break');
    rig.advance(60_000);
    expect(rig.core.routineFinished({ routineId: 'move-break', activeSeconds: 180, reachedEnd: true })).toBe(true);
    expect(rig.core.routineFinished({ routineId: 'move-break', activeSeconds: 180, reachedEnd: true })).toBe(false);
    const breaks = rig.history.events.filter((e) => e.type === 'break');
    expect(breaks).toHaveLength(1);
    // Capped at the 60 s it really ran, a third of the 3-minute routine: reaching the end that fast is stopping early.
    expect(breaks[0]).toMatchObject({ seconds: 60, posture: 'moving', partial: true });
  });

  it('counts a routine skipped through in seconds as an acknowledgement, not a break', () => {
    const rig = coreRig();
    rig.core.routineStarted('move-break');
    rig.advance(5_000);
    rig.core.routineFinished({ routineId: 'move-break', activeSeconds: 5, reachedEnd: true });
    expect(rig.history.events.filter((e) => e.type === 'break')).toHaveLength(0);
    expect(rig.history.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
    expect(rig.core.todaySummary().breaksTaken).toBe(0);
  });

  it('gives up a routine when the break window closes, for as long as it ran', () => {
    const rig = coreRig();
    rig.core.routineStarted('move-break');
    rig.advance(55_000);
    rig.core.breakWindowClosed();
    rig.core.routineStarted('move-break');
    rig.advance(70_000);
    rig.core.breakWindowClosed();
    // Under the minute's grace it was only a look; past it, a break stopped early.
    expect(rig.history.events.filter((e) => e.type === 'acknowledged')).toMatchObject([{ seconds: 55 }]);
    expect(rig.history.events.filter((e) => e.type === 'break')).toMatchObject([{ seconds: 70, partial: true }]);
  });

  it('leaves a routine the last run was killed in, crediting nothing, so prompts come again', () => {
    const first = coreRig();
    first.core.routineStarted('move-break');
    const saved = first.saved.at(-1);
    const second = coreRig({ saved });
    expect(second.history.events.filter((e) => e.type === 'break')).toHaveLength(0);
    expect(second.core.snapshot().status).not.toBe('in-routine');
  });

  it('reads history for at most MAX_HISTORY_DAYS days, forwards only, with valid dates, naming the field', () => {
    const rig = coreRig();
    expect(() => rig.core.historyView('2026-03-02', '2026-03-01')).toThrow(/^to: must not be before from/);
    expect(() => rig.core.historyView('2024-01-01', '2026-03-02')).toThrow(new RegExp(`^to: at most ${MAX_HISTORY_DAYS} days`));
    expect(() => rig.core.historyView('2026-02-30', '2026-03-02')).toThrow(/^from: not a real date: 2026-02-30/);
    expect(() => rig.core.historyView('2026-03-01', '2026-13-01')).toThrow(/^to: not a real date/);
    rig.advance(40 * MIN);
    const view = rig.core.historyView('2026-03-01', '2026-03-02');
    expect(view.days.map((d) => d.day)).toEqual(['2026-03-02']);
    expect(view.days[0]!.summary.sittingSeconds).toBeGreaterThanOrEqual(39 * 60);
  });

  it('keeps state, the timer and the view going when history cannot be written', () => {
    const rig = coreRig();
    rig.history.failing = true;
    rig.advance(32 * MIN);
    expect(rig.ui.prompts).toHaveLength(1);
    expect(rig.logged.some((m) => /history/i.test(m))).toBe(true);
    expect(rig.saved.length).toBeGreaterThan(0);
  });

  it('exports all of history as CSV under a dated file name', () => {
    const rig = coreRig();
    rig.advance(40 * MIN);
    rig.core.command({ type: 'skip' });
    const { csv, fileName } = rig.core.historyExport();
    expect(fileName).toBe('limber-history-2026-03-02.csv');
    expect(csv.split('\r\n')[0]).toMatch(/^time,event/);
    expect(csv).toMatch(/skipped/);
  });
});
