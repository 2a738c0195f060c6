import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../electron/common/history-events.js';
import { unknownReadings, type QuietReadings, type QuietReason } from '../../electron/common/quiet-moments.js';
import type { EngineCommand, SittingEngine } from '../../electron/common/sitting-engine.js';
import { MIN, ManualClock, newEngine, settingsWith } from '../support/engine-fixtures.js';

/*
 * Quiet moments through the engine's one gate: a due break is held through a call and delivered after the grace,
 * nothing goes out during it, the hold limit gives one quiet notice, micro-breaks are dropped, the bout is never
 * reset, held spans reach history, and a flapping signal yields at most one prompt.
 */

const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z'); // 09:00 in Berlin

function readings(on: QuietReason[]): QuietReadings {
  const r = unknownReadings();
  for (const reason of Object.keys(r) as QuietReason[]) r[reason] = on.includes(reason) ? 'on' : 'off';
  return r;
}

interface Run {
  engine: SittingEngine;
  clock: ManualClock;
  commands: Array<{ at: number; command: EngineCommand }>;
  events: HistoryEvent[];
  /** Typing all along; wakes whenever the engine asks, up to `minutes` from now. */
  typeFor(minutes: number): void;
  quiet(on: QuietReason[]): void;
  take(out: { commands: EngineCommand[]; events: HistoryEvent[] }): void;
  minute(): number;
}

function run(patch: Record<string, unknown> = {}): Run {
  const clock = new ManualClock(MONDAY_9AM);
  const engine = newEngine(clock, patch);
  const commands: Run['commands'] = [];
  const events: HistoryEvent[] = [];
  const take = (out: { commands: EngineCommand[]; events: HistoryEvent[] }) => {
    for (const command of out.commands) commands.push({ at: Math.round((clock.wall - MONDAY_9AM) / MIN), command });
    events.push(...out.events);
  };
  take(engine.wake(0));
  return {
    engine,
    clock,
    commands,
    events,
    typeFor(minutes) {
      const until = clock.wall + minutes * MIN;
      while (clock.wall + engine.msUntilNextWake() <= until) {
        clock.advance(engine.msUntilNextWake());
        take(engine.wake(0));
      }
      clock.advance(until - clock.wall);
      take(engine.wake(0));
    },
    quiet(on) {
      take(engine.quiet(readings(on), 0));
    },
    minute: () => Math.round((clock.wall - MONDAY_9AM) / MIN),
    take,
  };
}

const prompts = (r: Run) => r.commands.filter((c) => c.command.type === 'show-prompt' || c.command.type === 'open-break-window' || c.command.type === 'show-micro-break' || c.command.type === 'show-quiet-notice');

describe('quiet moments in the engine', () => {
  it('holds a due break through a 40-minute call and delivers it one grace after the call', () => {
    const r = run();
    r.typeFor(20);
    r.quiet(['call']);
    r.typeFor(40); // the break falls due at 30 min, inside the call
    expect(prompts(r)).toEqual([]);
    const snap = r.engine.snapshot();
    expect(snap.promptsHeld).toBe('quiet');
    // Held since the break fell due at 09:30, half an hour before now.
    expect(snap.quiet).toEqual({ reasons: ['call'], heldSince: snap.now - 30 * MIN, graceUntil: null });
    expect(snap.bout!.sittingSeconds).toBe(60 * 60);
    r.quiet([]);
    expect(r.engine.snapshot().quiet).toMatchObject({ reasons: ['call'], graceUntil: r.engine.snapshot().now + MIN });
    r.typeFor(5);
    const first = prompts(r)[0]!;
    expect(first.at).toBe(61);
    expect(first.command).toMatchObject({ type: 'show-prompt', prompt: { kind: 'break', heldFor: { reasons: ['call'], seconds: 31 * 60 } } });
    // The bout was never reset: it runs from 09:00 through the call.
    expect(r.engine.snapshot().bout!.start).toBe(r.engine.snapshot().now - 65 * MIN);
    expect(r.events.filter((e) => e.type === 'held')).toEqual([
      expect.objectContaining({ kind: 'break', reasons: ['call'], outcome: 'delivered', seconds: 31 * 60, limitNotice: false }),
    ]);
    expect(r.events.some((e) => e.type === 'bout')).toBe(false);
  });

  it('gives one quiet notice at the hold limit and keeps holding', () => {
    const r = run({ quietMoments: { holdLimitMin: 30 } });
    r.quiet(['presentation']);
    r.typeFor(120);
    const out = prompts(r);
    expect(out).toEqual([{ at: 60, command: { type: 'show-quiet-notice', reasons: ['presentation'], heldSeconds: 30 * 60, sittingSeconds: 60 * 60 } }]);
    r.quiet([]);
    r.typeFor(2);
    expect(prompts(r).slice(1).map((c) => c.command.type)).toEqual(['show-prompt']);
    expect(r.events.find((e) => e.type === 'held')).toMatchObject({ limitNotice: true, outcome: 'delivered' });
  });

  it('drops a micro-break that falls in a call, and records it as dropped', () => {
    const r = run({ microBreak: { enabled: true, afterMin: 10 } });
    r.quiet(['call']);
    r.typeFor(15);
    expect(prompts(r)).toEqual([]);
    expect(r.events.filter((e) => e.type === 'held')).toEqual([expect.objectContaining({ kind: 'micro', outcome: 'dropped', seconds: 0 })]);
    r.quiet([]);
    r.typeFor(3);
    // Not delivered late: the next eye break is a full interval after the dropped one.
    expect(prompts(r)).toEqual([]);
    r.typeFor(8);
    expect(prompts(r).map((c) => [c.at, c.command.type])).toEqual([[20, 'show-micro-break']]);
  });

  it('a signal flapping every few seconds yields at most one prompt', () => {
    const r = run();
    r.typeFor(29);
    for (let i = 0; i < 120; i++) {
      r.clock.advance(5_000);
      r.quiet(i % 2 === 0 ? ['call'] : []);
    }
    r.quiet([]);
    r.typeFor(10);
    expect(prompts(r).filter((c) => c.at < 40).length).toBeLessThanOrEqual(1);
  });

  it('a held break the user takes anyway ends its span as withdrawn; Stretch now works while held', () => {
    const r = run();
    r.quiet(['dnd']);
    r.typeFor(35);
    const out = r.engine.command({ type: 'start-break' }, 0);
    expect(out.commands).toEqual([expect.objectContaining({ type: 'open-break-window', focus: true })]);
    r.take(r.engine.routineStarted('stand-stretch', 0));
    r.clock.advance(150_000);
    r.take(r.engine.routineFinished({ routineId: 'stand-stretch', posture: 'standing', seconds: 150, verdict: 'break', stoppedEarly: false }, 0));
    r.typeFor(1);
    expect(r.events.filter((e) => e.type === 'held')).toEqual([expect.objectContaining({ outcome: 'withdrawn', reasons: ['dnd'] })]);
  });

  it('a signal the user switched off, or one that reads unknown, holds nothing', () => {
    const off = run({ quietMoments: { signals: { call: false } } });
    off.quiet(['call']);
    off.typeFor(31);
    expect(prompts(off).map((c) => c.command.type)).toEqual(['show-prompt']);

    const unknown = run();
    unknown.engine.quiet(unknownReadings(), 0);
    unknown.typeFor(31);
    expect(prompts(unknown).map((c) => c.command.type)).toEqual(['show-prompt']);

    // Turning a switch off mid-call lets the held prompt go at once.
    const mid = run();
    mid.quiet(['fullscreen']);
    mid.typeFor(35);
    expect(prompts(mid)).toEqual([]);
    mid.take(mid.engine.setSettings(settingsWith({ quietMoments: { signals: { fullscreen: false }, graceMin: 0 } })));
    mid.typeFor(1);
    expect(prompts(mid).map((c) => c.command.type)).toEqual(['show-prompt']);
  });

  it('sitting through a call without typing is still sitting: no gap, no natural break', () => {
    const r = run();
    r.typeFor(10);
    r.quiet(['call']);
    // Listening, not typing: idle time grows for 20 minutes.
    for (let i = 1; i <= 20; i++) {
      r.clock.advance(MIN);
      r.take(r.engine.wake(i * MIN));
    }
    expect(r.events.filter((e) => e.type === 'bout' || e.type === 'natural-break' || e.type === 'short-gap')).toEqual([]);
    expect(r.engine.snapshot().bout!.sittingSeconds).toBe(30 * 60);
  });

  it('the standing suggestion is held too', () => {
    const r = run({ quietMoments: { graceMin: 0 } });
    r.engine.command({ type: 'standing-on' }, 0);
    r.quiet(['call']);
    r.typeFor(60);
    expect(prompts(r)).toEqual([]);
    r.quiet([]);
    r.typeFor(1);
    expect(prompts(r)).toEqual([{ at: 60, command: expect.objectContaining({ type: 'show-prompt', prompt: expect.objectContaining({ reason: 'standing', heldFor: { reasons: ['call'], seconds: 15 * 60 } }) }) }]);
  });
});
