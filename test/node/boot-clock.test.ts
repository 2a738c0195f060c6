import { describe, expect, it } from 'vitest';
import { linuxBootClock } from '../../electron/node/boot-clock.js';

describe('the Linux boot-time clock', () => {
  it('reads seconds since boot and the boot id', () => {
    let uptime = '12345.67 2222.22\n';
    const files: Record<string, () => string> = {
      '/proc/uptime': () => uptime,
      '/proc/sys/kernel/random/boot_id': () => 'b1d2\n',
    };
    const clock = linuxBootClock((p) => files[p]!())!;
    expect(clock.origin).toBe('b1d2');
    expect(clock.now()).toBe(12_345_670);
    uptime = 'garbage';
    expect(clock.now()).toBeNaN();
  });

  it('is absent where /proc cannot be read', () => {
    expect(
      linuxBootClock(() => {
        throw new Error('ENOENT');
      }),
    ).toBeUndefined();
  });

  it('runs on this machine, forward', () => {
    if (process.platform !== 'linux') {
      console.log('skipped: not Linux');
      return;
    }
    const clock = linuxBootClock()!;
    const first = clock.now();
    expect(first).toBeGreaterThan(0);
    expect(clock.now()).toBeGreaterThanOrEqual(first);
  });
});
