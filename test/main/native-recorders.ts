import { loaded } from './support-platform-boot.js';

/*
 * Stand-ins for the quiet-moment adapters' native packages, shared by built-main-{linux,win32,darwin}.test.ts:
 * each records that it was loaded and fails when used, as it would on a system it does not belong to.
 */

export function koffi() {
  loaded.add('koffi');
  const unavailable = () => {
    throw new Error('not this system');
  };
  return { default: { load: unavailable, struct: unavailable, array: unavailable, pointer: unavailable, out: unavailable, inout: unavailable } };
}

export function dbusNext() {
  loaded.add('@jellybrick/dbus-next');
  const unavailable = () => {
    throw new Error('no bus in this test');
  };
  return { sessionBus: unavailable, systemBus: unavailable, Message: class {}, Variant: class {}, MessageType: { SIGNAL: 4 } };
}

export function x11() {
  loaded.add('x11');
  return { default: { createClient: () => { throw new Error('no display'); }, eventMask: { PropertyChange: 0x400000 } } };
}
