import { describe, expect, it } from 'vitest';
import { promptText } from '../../electron/common/prompt-text.js';
import { quietNoticeText } from '../../electron/common/quiet-text.js';
import type { EngineSnapshot } from '../../electron/common/sitting-engine.js';
import { statusLine } from '../../electron/common/status-text.js';
import { en } from '../support/translators.js';

const NOON = Date.parse('2026-03-02T11:00:00Z'); // 12:00 in Berlin
const clock = { timeZone: 'Europe/Berlin', locale: 'en-GB', nowWall: NOON };

function snap(over: Partial<EngineSnapshot>): EngineSnapshot {
  return {
    now: NOON,
    wallOffsetMs: 0,
    status: 'sitting',
    idleDetection: 'available',
    bout: { start: NOON - 40 * 60_000, sittingSeconds: 40 * 60 },
    breakDue: false,
    nextBreakAt: null,
    snoozedUntil: null,
    snoozesLeft: 2,
    pausedUntil: null,
    standingSince: null,
    standingSeconds: null,
    nextWakeAt: NOON + 60_000,
    shortGapToConfirm: null,
    promptsHeld: 'quiet',
    quiet: { reasons: ['call'], heldSince: NOON - 10 * 60_000, graceUntil: null },
    ...over,
  };
}

describe('quiet-moment words', () => {
  it('the tray and --status say why a break waits, and when it comes after the moment', () => {
    expect(statusLine(en, snap({}), clock)).toBe('Break waiting · in a call');
    expect(statusLine(en, snap({ quiet: { reasons: ['dnd', 'call'], heldSince: NOON, graceUntil: null } }), clock)).toBe('Break waiting · Do Not Disturb is on');
    expect(statusLine(en, snap({ quiet: { reasons: ['call'], heldSince: NOON, graceUntil: NOON + 60_000 } }), clock)).toBe('Break waiting · at 12:01');
    // Quiet, but nothing held yet: the usual line.
    expect(statusLine(en, snap({ quiet: { reasons: ['call'], heldSince: null, graceUntil: null } }), clock)).toBe('Sitting since 11:20');
  });

  it('the held prompt says what is over', () => {
    const routine = { id: 'stand-stretch', name: 'Stand & stretch', posture: 'standing' as const, seconds: 150 };
    const text = promptText(en, { kind: 'break', reason: 'sitting', routine, reminder: 0, sittingSeconds: 65 * 60, heldFor: { reasons: ['call'], seconds: 31 * 60 } });
    expect(text).toEqual({ title: 'Call over — time to stand up', body: "You've been sitting for 1 h 5 min. Try Stand & stretch (3 min)." });
    expect(promptText(en, { kind: 'break', reason: 'standing', routine, reminder: 0, sittingSeconds: 0, heldFor: { reasons: ['presentation'], seconds: 60 } }).title).toBe(
      'Presentation over — time to move or sit down',
    );
  });

  it('the hold-limit notice', () => {
    expect(quietNoticeText(en, ['presentation'], 90 * 60)).toEqual({
      title: 'A break has waited 1 h 30 min',
      body: 'Held while you were presenting. Stand up when you can; Limber asks again once this is over.',
    });
  });
});
