import { describe, expect, it } from 'vitest';
import { firstChanceAt, mayPrompt, PROMPT_GATE, type GateFacts, type GateInput } from '../../electron/common/prompt-gate.js';

const NOW = 1_000_000;
const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  now: NOW,
  paused: false,
  outsideHours: false,
  inRoutine: false,
  present: true,
  snoozedUntil: null,
  quiet: null,
  ...over,
});

describe('the prompt gate', () => {
  it('is open when nothing holds prompts', () => {
    expect(mayPrompt(facts())).toEqual({ open: true });
  });

  it('names every reason that holds, the first as the answer', () => {
    expect(mayPrompt(facts({ paused: true, present: false }))).toEqual({ open: false, reason: 'paused', reasons: ['paused', 'away'], until: null });
    expect(mayPrompt(facts({ outsideHours: true })).open).toBe(false);
    expect(mayPrompt(facts({ inRoutine: true }))).toMatchObject({ reason: 'in-routine' });
  });

  it('knows when a snooze opens it, and only an input can end being away', () => {
    expect(mayPrompt(facts({ snoozedUntil: NOW + 5 }))).toEqual({ open: false, reason: 'snoozed', reasons: ['snoozed'], until: NOW + 5 });
    expect(mayPrompt(facts({ snoozedUntil: NOW }))).toEqual({ open: true });
    expect(mayPrompt(facts({ snoozedUntil: NOW + 5, present: false }))).toMatchObject({ reason: 'away', until: null });
  });

  it('a held prompt gets its first chance when the gate opens, never before its own time', () => {
    expect(firstChanceAt(NOW + 10, { open: true })).toBe(NOW + 10);
    expect(firstChanceAt(NOW, mayPrompt(facts({ snoozedUntil: NOW + 5 })))).toBe(NOW + 5);
    expect(firstChanceAt(NOW + 10, mayPrompt(facts({ snoozedUntil: NOW + 5 })))).toBe(NOW + 10);
    expect(firstChanceAt(NOW, mayPrompt(facts({ present: false })))).toBeNull();
  });

  it('takes another input as one more list entry', () => {
    const quiet: GateInput = { reason: 'away', holds: (f) => (f.now >= NOW ? { until: NOW + 60 } : null) };
    expect(mayPrompt(facts(), [...PROMPT_GATE, quiet])).toEqual({ open: false, reason: 'away', reasons: ['away'], until: NOW + 60 });
  });
});
