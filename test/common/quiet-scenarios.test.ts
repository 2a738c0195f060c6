import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../electron/common/scenario.js';
import { hm, simulate } from '../support/scenario-runner.js';

/* The simulator's `quiet` event: scenario days with calls and presentations, as a user would preview them. */

describe('simulator: quiet moments', () => {
  it('a break due during a 40-minute call comes one grace after it, saying it was held; the bout runs on', () => {
    const result = simulate({
      end: '11:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:20', type: 'quiet', reasons: ['call'] },
        { at: '10:00', type: 'quiet', reasons: [] },
      ],
    });
    expect(result.prompts.map((p) => [hm(p.at), p.kind, p.held])).toEqual([
      ['10:01', 'break', { reasons: ['call'], minutes: 31 }],
      ['10:06', 'reminder', undefined],
      ['10:11', 'reminder', undefined],
      ['10:16', 'reminder', undefined],
      // Three reminders unanswered: ignored, and the next break comes a full interval later, as without a call.
      ['10:51', 'break', undefined],
      ['10:56', 'reminder', undefined],
    ]);
    expect(result.bouts).toEqual([expect.objectContaining({ endedBy: 'end', sittingSeconds: 2 * 3600 })]);
  });

  it('the hold limit: one quiet notice and no prompt through a long presentation', () => {
    const result = simulate({
      end: '12:00',
      settings: { quietMoments: { holdLimitMin: 30 } },
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:00', type: 'quiet', reasons: ['presentation'] },
      ],
    });
    expect(result.prompts).toEqual([]);
    expect(result.history.filter((e) => e.type === 'held')).toEqual([expect.objectContaining({ outcome: 'withdrawn', limitNotice: true, reasons: ['presentation'] })]);
  });

  it('rejects an unknown reason, naming the field', () => {
    const parsed = parseScenario({
      timeZone: 'Europe/Berlin',
      start: '2026-03-02T09:00:00',
      end: '2026-03-02T10:00:00',
      events: [{ at: '09:10', type: 'quiet', reasons: ['meeting'] }],
    });
    expect(parsed).toEqual({ ok: false, errors: [expect.stringMatching(/^events\[0\]\.reasons\[0\]: must be one of call, presentation/)] });
  });
});
