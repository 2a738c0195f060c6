import { describe, expect, it } from 'vitest';
import { renderEngineMessage } from '../../electron/common/engine-messages.js';
import { en } from '../support/translators.js';

describe('engine messages', () => {
  it('are data until an edge puts them into words', () => {
    expect(renderEngineMessage(en, { code: 'snooze-limit', limit: 2 })).toBe(
      'No snoozes left for this sitting bout (at most 2). Take the break or skip it.',
    );
    expect(renderEngineMessage(en, { code: 'snooze-limit', limit: 1 })).toBe('No snoozes left for this sitting bout (at most 1). Take the break or skip it.');
    expect(renderEngineMessage(en, { code: 'nothing-to-snooze' })).toBe('Nothing to snooze: no break is due.');
    expect(renderEngineMessage(en, { code: 'not-paused' })).toBe('Not paused: nothing to resume.');
  });
});
