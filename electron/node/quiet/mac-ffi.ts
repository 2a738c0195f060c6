import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import koffi from 'koffi';
import type { MacWindow } from '../../common/quiet-decode.js';
import type { MacApi } from './mac-signals.js';

/**
 * The macOS calls, through koffi. Loaded only on macOS: the frameworks named here exist nowhere else.
 * Constants are CoreAudio's four-character codes (AudioHardware.h, AudioHardwareBase.h) and CoreGraphics'
 * window-list options (CGWindow.h).
 */

const fourCC = (code: string): number => [...code].reduce((n, ch) => (n << 8) | ch.charCodeAt(0), 0) >>> 0;

const kAudioObjectSystemObject = 1;
const kAudioHardwarePropertyDefaultInputDevice = fourCC('dIn ');
const kAudioDevicePropertyDeviceIsRunningSomewhere = fourCC('gone');
const kAudioObjectPropertyScopeGlobal = fourCC('glob');
const kAudioObjectPropertyElementMain = 0;
const kCGWindowListOptionOnScreenOnly = 1;
const kCGWindowListExcludeDesktopElements = 16;
const kCFNumberSInt32Type = 3;
const kCFStringEncodingUTF8 = 0x08000100;
/** libproc.h */
const PROC_ALL_PIDS = 1;
const PROC_NAME_SIZE = 256;

export function loadMacApi(): MacApi {
  const coreAudio = koffi.load('/System/Library/Frameworks/CoreAudio.framework/CoreAudio');
  const cf = koffi.load('/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation');
  const cg = koffi.load('/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics');

  const Address = koffi.struct('LimberAudioObjectPropertyAddress', { mSelector: 'uint32', mScope: 'uint32', mElement: 'uint32' });
  const CGRect = koffi.struct('LimberCGRect', { x: 'double', y: 'double', width: 'double', height: 'double' });
  const AudioObjectGetPropertyData = coreAudio.func('AudioObjectGetPropertyData', 'int32', [
    'uint32',
    koffi.pointer(Address),
    'uint32',
    'void *',
    koffi.inout(koffi.pointer('uint32')),
    koffi.out(koffi.pointer('uint32')),
  ]);
  const CGWindowListCopyWindowInfo = cg.func('CGWindowListCopyWindowInfo', 'void *', ['uint32', 'uint32']);
  const CGMainDisplayID = cg.func('CGMainDisplayID', 'uint32', []);
  const CGDisplayBounds = cg.func('CGDisplayBounds', CGRect, ['uint32']);
  const CGRectMakeWithDictionaryRepresentation = cg.func('CGRectMakeWithDictionaryRepresentation', 'bool', ['void *', koffi.out(koffi.pointer(CGRect))]);
  const CFArrayGetCount = cf.func('CFArrayGetCount', 'long', ['void *']);
  const CFArrayGetValueAtIndex = cf.func('CFArrayGetValueAtIndex', 'void *', ['void *', 'long']);
  const CFDictionaryGetValue = cf.func('CFDictionaryGetValue', 'void *', ['void *', 'void *']);
  const CFNumberGetValue = cf.func('CFNumberGetValue', 'bool', ['void *', 'int', koffi.out(koffi.pointer('int32'))]);
  const CFStringCreateWithCString = cf.func('CFStringCreateWithCString', 'void *', ['void *', 'str', 'uint32']);
  const CFRelease = cf.func('CFRelease', 'void', ['void *']);
  const libSystem = koffi.load('/usr/lib/libSystem.B.dylib');
  const proc_listpids = libSystem.func('proc_listpids', 'int', ['uint32', 'uint32', 'void *', 'int']);
  const proc_name = libSystem.func('proc_name', 'int', ['int', 'void *', 'uint32']);

  // The dictionary keys' values are their own names (kCGWindowLayer is CFSTR("kCGWindowLayer")).
  const key = (name: string): unknown => CFStringCreateWithCString(null, name, kCFStringEncodingUTF8);
  const keys = { layer: key('kCGWindowLayer'), pid: key('kCGWindowOwnerPID'), bounds: key('kCGWindowBounds') };

  function int32(dict: unknown, k: unknown): number | null {
    const value = CFDictionaryGetValue(dict, k);
    if (!value) return null;
    const out: [number] = [0];
    return CFNumberGetValue(value, kCFNumberSInt32Type, out) ? out[0] : null;
  }

  function property(object: number, selector: number): { status: number; value: number } {
    const size: [number] = [4];
    const value: [number] = [0];
    const status = AudioObjectGetPropertyData(object, { mSelector: selector, mScope: kAudioObjectPropertyScopeGlobal, mElement: kAudioObjectPropertyElementMain }, 0, null, size, value);
    return { status, value: value[0] };
  }

  return {
    processNames() {
      // Asked with no buffer, it says how many bytes the list needs now; a little more leaves room for new ones.
      const needed = proc_listpids(PROC_ALL_PIDS, 0, null, 0);
      if (needed <= 0) return null;
      const pids = Buffer.alloc(needed + 64 * 4);
      const bytes = proc_listpids(PROC_ALL_PIDS, 0, pids, pids.length);
      if (bytes <= 0) return null;
      const names: string[] = [];
      const name = Buffer.alloc(PROC_NAME_SIZE);
      for (let i = 0; i + 4 <= bytes; i += 4) {
        const pid = pids.readInt32LE(i);
        if (pid <= 0) continue;
        const length = proc_name(pid, name, PROC_NAME_SIZE);
        if (length > 0) names.push(name.toString('utf8', 0, length));
      }
      return names;
    },
    inputRunningSomewhere() {
      const device = property(kAudioObjectSystemObject, kAudioHardwarePropertyDefaultInputDevice);
      // kAudioObjectUnknown (0): no input device at all.
      if (device.status !== 0 || device.value === 0) return { status: device.status || -1, value: 0 };
      return property(device.value, kAudioDevicePropertyDeviceIsRunningSomewhere);
    },
    onScreenWindows() {
      const list = CGWindowListCopyWindowInfo(kCGWindowListOptionOnScreenOnly | kCGWindowListExcludeDesktopElements, 0);
      if (!list) return null;
      try {
        const windows: MacWindow[] = [];
        const count = Number(CFArrayGetCount(list));
        for (let i = 0; i < count; i++) {
          const dict = CFArrayGetValueAtIndex(list, i);
          const layer = int32(dict, keys.layer);
          const ownerPid = int32(dict, keys.pid);
          const boundsDict = CFDictionaryGetValue(dict, keys.bounds);
          const rect: [{ x: number; y: number; width: number; height: number }] = [{ x: 0, y: 0, width: 0, height: 0 }];
          if (layer === null || ownerPid === null || !boundsDict || !CGRectMakeWithDictionaryRepresentation(boundsDict, rect)) continue;
          windows.push({ ownerPid, layer, bounds: rect[0] });
        }
        return windows;
      } finally {
        CFRelease(list);
      }
    },
    mainDisplayBounds() {
      return CGDisplayBounds(CGMainDisplayID()) as { x: number; y: number; width: number; height: number };
    },
    focusAssertions() {
      try {
        return JSON.parse(readFileSync(join(homedir(), 'Library/DoNotDisturb/DB/Assertions.json'), 'utf8')) as unknown;
      } catch {
        return null;
      }
    },
  };
}
