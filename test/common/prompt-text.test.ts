import { describe, expect, it } from 'vitest';
import { promptText } from '../../electron/common/prompt-text.js';
import { en } from '../support/translators.js';

/* What a break notification tells the user to do follows the routine it suggests, at any time of day. */

const seated = { id: 'neck-and-shoulder-reset', name: 'Neck & Shoulder Reset', posture: 'seated' as const, seconds: 123 };
const standing = { id: 'stand-tall', name: 'Stand Tall', posture: 'standing' as const, seconds: 150 };
const prompt = (routine: typeof seated | typeof standing, kind: 'break' | 'reminder') =>
  promptText(en, { kind, reason: 'sitting', routine, reminder: kind === 'reminder' ? 1 : 0, sittingSeconds: 35 * 60 });

describe('break notifications', () => {
  it('ask a seated routine in the chair, and an upright one on your feet', () => {
    expect(prompt(seated, 'break').body).toBe("You've been sitting for 35 min. A few minutes of gentle stretches in your chair.");
    expect(prompt(standing, 'break').body).toBe("You've been sitting for 35 min. Stand up and move for a couple of minutes.");
    expect(prompt(seated, 'break').title).toBe('Time to stretch: Neck & Shoulder Reset (2 min)');
  });

  it('remind without naming a time of day', () => {
    for (const routine of [seated, standing]) expect(prompt(routine, 'reminder').body).not.toMatch(/morning|afternoon|evening/);
    expect(prompt(standing, 'reminder').title).toBe('Still time to stretch: Stand Tall (3 min)');
  });
});
