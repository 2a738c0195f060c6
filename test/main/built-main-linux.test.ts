import { describe, expect, it, vi } from 'vitest';
import { captureLog } from './boot-support.js';
import { bootAs, expectOnly, loaded } from './support-platform-boot.js';

/* The built main booted as linux: it loads ['@jellybrick/dbus-next', 'x11'] for quiet moments, and nothing of another system. */

(globalThis as { limberLoaded?: Set<string> }).limberLoaded = loaded;

vi.mock('koffi', () => {
  (globalThis as { limberLoaded?: Set<string> }).limberLoaded?.add('koffi');
  const unavailable = () => {
    throw new Error('not this system');
  };
  return { default: { load: unavailable, struct: unavailable, array: unavailable, pointer: unavailable, out: unavailable, inout: unavailable } };
});
vi.mock('@jellybrick/dbus-next', () => {
  (globalThis as { limberLoaded?: Set<string> }).limberLoaded?.add('@jellybrick/dbus-next');
  const unavailable = () => {
    throw new Error('no bus in this test');
  };
  return { sessionBus: unavailable, systemBus: unavailable, Message: class {}, Variant: class {}, MessageType: { SIGNAL: 4 } };
});
vi.mock('x11', () => {
  (globalThis as { limberLoaded?: Set<string> }).limberLoaded?.add('x11');
  return { default: { createClient: () => { throw new Error('no display'); }, eventMask: { PropertyChange: 0x400000 } } };
});


describe('the built main on linux', () => {
  it('loads only its own system\'s native parts, and starts even when they fail', async () => {
    const log = captureLog();
    await expectOnly(await bootAs('linux'), ['@jellybrick/dbus-next', 'x11']);
    expect(log.text()).toMatch(/Limber: No session bus Error: no bus in this test/);
    expect(log.text()).toMatch(/Limber: No system bus Error: no bus in this test/);
  });
});
