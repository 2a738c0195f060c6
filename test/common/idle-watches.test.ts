import { describe, expect, it } from 'vitest';
import type { IdleWatchPort } from '../../electron/common/idle-watches.js';
import { coreRig } from '../support/core-ports.js';

/*
 * The core with idle watches that misbehave: presence must never be left unwatched. Whatever a desktop's watches
 * cannot do, the core samples for as before (one wake every 2 min while the user works).
 */

const MIN = 60_000;
const flush = () => new Promise((resolve) => setImmediate(resolve));

function port(options: { idle?: boolean; active?: boolean }): IdleWatchPort & { idleSet: number[]; activeSet: number } {
  const self = {
    idleSet: [] as number[],
    activeSet: 0,
    whenIdleFor: async (ms: number) => {
      if (options.idle === false) return null;
      self.idleSet.push(ms);
      return () => {};
    },
    whenActive: async () => {
      if (options.active === false) return null;
      self.activeSet += 1;
      return () => {};
    },
  };
  return self;
}

describe('idle watches in the core', () => {
  it('arms no wake for presence while the watches hold, and wakes every 2 min to sample again once they are released', async () => {
    const rig = coreRig({ settings: { breakIntervalMin: 120 } });
    expect(rig.timers.armed.at(-1)!.ms).toBe(2 * MIN);
    const watches = port({});
    const release = rig.core.useIdleWatches(watches);
    await flush();
    expect(watches.idleSet).toEqual([2 * MIN, 5 * MIN]);
    expect(watches.activeSet).toBe(1);
    expect(rig.timers.armed.at(-1)!.ms).toBe(120 * MIN);
    release();
    expect(rig.timers.armed.at(-1)!.ms).toBe(2 * MIN);
  });

  it('keeps sampling where an idle watch cannot be set', async () => {
    const rig = coreRig({ settings: { breakIntervalMin: 120 } });
    rig.core.useIdleWatches(port({ idle: false }));
    await flush();
    expect(rig.timers.armed.at(-1)!.ms).toBe(2 * MIN);
  });

  it('keeps sampling where the user-active watch cannot be set, since a return would go unheard', async () => {
    const rig = coreRig({ settings: { breakIntervalMin: 120 } });
    rig.core.useIdleWatches(port({ active: false }));
    await flush();
    expect(rig.timers.armed.at(-1)!.ms).toBe(2 * MIN);
  });
});
