import { describe, expect, it, vi } from 'vitest';
import { captureLog } from './boot-support.js';
import { bootAs, expectOnly } from './support-platform-boot.js';

/* The built main booted as darwin: it loads ['koffi'] for quiet moments, and nothing of another system. */

vi.mock('koffi', async () => (await import('./native-recorders.js')).koffi());
vi.mock('@jellybrick/dbus-next', async () => (await import('./native-recorders.js')).dbusNext());
vi.mock('x11', async () => (await import('./native-recorders.js')).x11());

describe('the built main on darwin', () => {
  it('loads only its own system\'s native parts, and starts even when they fail', async () => {
    const log = captureLog();
    await expectOnly(await bootAs('darwin'), ['koffi']);
    expect(log.text()).toMatch(/Limber: Quiet-moment signals could not start Error: not this system/);
  });
});
