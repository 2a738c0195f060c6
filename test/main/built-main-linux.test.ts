import { describe, expect, it, vi } from 'vitest';
import { captureLog } from './boot-support.js';
import { bootAs, expectOnly } from './support-platform-boot.js';

/* The built main booted as linux: it loads ['@jellybrick/dbus-next', 'x11'] for quiet moments, and nothing of another system. */

vi.mock('koffi', async () => (await import('./native-recorders.js')).koffi());
vi.mock('@jellybrick/dbus-next', async () => (await import('./native-recorders.js')).dbusNext());
vi.mock('x11', async () => (await import('./native-recorders.js')).x11());

describe('the built main on linux', () => {
  it('loads only its own system\'s native parts, and starts even when they fail', async () => {
    const log = captureLog();
    await expectOnly(await bootAs('linux'), ['@jellybrick/dbus-next', 'x11']);
    expect(log.text()).toMatch(/Limber: No session bus Error: no bus in this test/);
    expect(log.text()).toMatch(/Limber: No system bus Error: no bus in this test/);
  });
});
