import { describe, expect, it } from 'vitest';
import { hm, simulate } from '../support/scenario-runner.js';

/** One scenario per defect of issue 9: each failed before its fix. */

const prompts = (r: ReturnType<typeof simulate>) => r.prompts.map((p) => `${hm(p.at)} ${p.kind}`);

describe('defect 3: no prompt of any kind while away', () => {
  it('holds the standing suggestion while the screen is locked and gives it when the user is back', () => {
    const r = simulate({
      end: '11:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:00', type: 'command', command: 'standing-on' },
        { at: '09:30', type: 'lock' }, // 45 min of standing falls at 09:45, while locked
        { at: '10:00', type: 'unlock' },
        { at: '10:00', type: 'active' },
      ],
    });
    // Held, not lost: it comes at the first check that sees the user back.
    expect(prompts(r)).toEqual(['10:01 break']);
  });

  it('holds it while the user is idle at the desk, and while asleep', () => {
    const r = simulate({
      end: '11:00',
      events: [
        { at: '09:00', type: 'active' },
        { at: '09:00', type: 'command', command: 'standing-on' },
        { at: '09:40', type: 'suspend' },
        { at: '09:50', type: 'resume' },
        { at: '09:50', type: 'idle' },
        { at: '10:05', type: 'active' },
      ],
    });
    expect(prompts(r)).toEqual(['10:05 break']);
  });
});
