import koffi from 'koffi';
import { WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED, type CapabilityUse } from '../../common/quiet-decode.js';
import type { WindowsApi } from './windows-signals.js';

/**
 * The Windows calls, through koffi (an FFI whose prebuilt binary comes from the npm package for each system, so
 * nothing compiles at install). Loaded only on Windows: the libraries named here exist nowhere else.
 * Handles are pointer-sized integers (`intptr_t`), which lets the predefined HKEY_CURRENT_USER be passed as the
 * sign-extended constant that winreg.h defines.
 */

/** winreg.h: ((HKEY)(ULONG_PTR)((LONG)0x80000001)), sign-extended on 64-bit. */
const HKEY_CURRENT_USER = -2147483647;
const KEY_READ = 0x20019;
const ERROR_SUCCESS = 0;
const ERROR_NO_MORE_ITEMS = 259;
const REG_QWORD = 11;
/** tlhelp32.h */
const TH32CS_SNAPPROCESS = 0x2;
const INVALID_HANDLE_VALUE = -1;
const CONSENT_STORE = 'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

export function loadWindowsApi(): WindowsApi {
  const shell32 = koffi.load('shell32.dll');
  const ntdll = koffi.load('ntdll.dll');
  const advapi32 = koffi.load('advapi32.dll');

  const SHQueryUserNotificationState = shell32.func('__stdcall', 'SHQueryUserNotificationState', 'int32', [koffi.out(koffi.pointer('int32'))]);
  const WNF_STATE_NAME = koffi.struct('LIMBER_WNF_STATE_NAME', { Data: koffi.array('uint32', 2) });
  const NtQueryWnfStateData = ntdll.func('__stdcall', 'NtQueryWnfStateData', 'int32', [
    koffi.pointer(WNF_STATE_NAME),
    'void *',
    'void *',
    koffi.out(koffi.pointer('uint32')),
    koffi.out(koffi.pointer('uint32')),
    koffi.inout(koffi.pointer('uint32')),
  ]);
  const RegOpenKeyExW = advapi32.func('__stdcall', 'RegOpenKeyExW', 'int32', ['intptr_t', 'str16', 'uint32', 'uint32', koffi.out(koffi.pointer('intptr_t'))]);
  const RegEnumKeyExW = advapi32.func('__stdcall', 'RegEnumKeyExW', 'int32', [
    'intptr_t',
    'uint32',
    // The caller's buffer, written in place.
    'void *',
    koffi.inout(koffi.pointer('uint32')),
    'void *',
    'void *',
    'void *',
    'void *',
  ]);
  const RegQueryValueExW = advapi32.func('__stdcall', 'RegQueryValueExW', 'int32', [
    'intptr_t',
    'str16',
    'void *',
    koffi.out(koffi.pointer('uint32')),
    'void *',
    koffi.inout(koffi.pointer('uint32')),
  ]);
  const RegCloseKey = advapi32.func('__stdcall', 'RegCloseKey', 'int32', ['intptr_t']);

  const kernel32 = koffi.load('kernel32.dll');
  const PROCESSENTRY32W = koffi.struct('LimberPROCESSENTRY32W', {
    dwSize: 'uint32',
    cntUsage: 'uint32',
    th32ProcessID: 'uint32',
    th32DefaultHeapID: 'uintptr_t',
    th32ModuleID: 'uint32',
    cntThreads: 'uint32',
    th32ParentProcessID: 'uint32',
    pcPriClassBase: 'int32',
    dwFlags: 'uint32',
    szExeFile: koffi.array('char16_t', 260, 'String'),
  });
  const CreateToolhelp32Snapshot = kernel32.func('__stdcall', 'CreateToolhelp32Snapshot', 'intptr_t', ['uint32', 'uint32']);
  // The entry is the caller's buffer, written in place and decoded with the struct's layout.
  const Process32FirstW = kernel32.func('__stdcall', 'Process32FirstW', 'bool', ['intptr_t', 'void *']);
  const Process32NextW = kernel32.func('__stdcall', 'Process32NextW', 'bool', ['intptr_t', 'void *']);
  const CloseHandle = kernel32.func('__stdcall', 'CloseHandle', 'bool', ['intptr_t']);

  function open(parent: number, path: string): number | null {
    const out: [number] = [0];
    return RegOpenKeyExW(parent, path, 0, KEY_READ, out) === ERROR_SUCCESS ? out[0] : null;
  }

  function subkeys(key: number): string[] {
    const names: string[] = [];
    for (let i = 0; i < 4096; i++) {
      const name = Buffer.alloc(512);
      const length: [number] = [256];
      const result = RegEnumKeyExW(key, i, name, length, null, null, null, null);
      if (result === ERROR_NO_MORE_ITEMS || result !== ERROR_SUCCESS) break;
      names.push(name.toString('utf16le', 0, length[0] * 2));
    }
    return names;
  }

  function qword(key: number, value: string): bigint | null {
    const type: [number] = [0];
    const data = Buffer.alloc(8);
    const size: [number] = [8];
    if (RegQueryValueExW(key, value, null, type, data, size) !== ERROR_SUCCESS || type[0] !== REG_QWORD) return null;
    return data.readBigUInt64LE(0);
  }

  function appUse(parent: number, name: string, label: string): CapabilityUse | null {
    const key = open(parent, name);
    if (key === null) return null;
    try {
      return { app: label, lastUsedTimeStart: qword(key, 'LastUsedTimeStart'), lastUsedTimeStop: qword(key, 'LastUsedTimeStop') };
    } finally {
      RegCloseKey(key);
    }
  }

  return {
    processNames() {
      const snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
      if (snapshot === INVALID_HANDLE_VALUE || snapshot === 0) return null;
      try {
        const names: string[] = [];
        const entry = Buffer.alloc(koffi.sizeof(PROCESSENTRY32W));
        entry.writeUInt32LE(entry.length, 0);
        for (let more = Process32FirstW(snapshot, entry); more && names.length < 10_000; more = Process32NextW(snapshot, entry)) {
          names.push((koffi.decode(entry, PROCESSENTRY32W) as { szExeFile: string }).szExeFile);
        }
        return names;
      } finally {
        CloseHandle(snapshot);
      }
    },
    userNotificationState() {
      const state: [number] = [0];
      const hresult = SHQueryUserNotificationState(state);
      return { hresult, state: state[0] };
    },
    focusAssist() {
      const stamp: [number] = [0];
      const profile: [number] = [0];
      const size: [number] = [4];
      const status = NtQueryWnfStateData({ Data: [...WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED] }, null, null, stamp, profile, size);
      return { status, profile: profile[0] };
    },
    capabilityUse(capability) {
      const store = open(HKEY_CURRENT_USER, `${CONSENT_STORE}\\${capability}`);
      if (store === null) return null;
      try {
        const uses: CapabilityUse[] = [];
        for (const name of subkeys(store)) {
          if (name === 'NonPackaged') {
            const nonPackaged = open(store, name);
            if (nonPackaged === null) continue;
            try {
              // Desktop apps are listed by path with '#' for '\\': C:#Program Files#Zoom#bin#Zoom.exe.
              for (const exe of subkeys(nonPackaged)) {
                const use = appUse(nonPackaged, exe, exe.split('#').at(-1) ?? exe);
                if (use) uses.push(use);
              }
            } finally {
              RegCloseKey(nonPackaged);
            }
          } else {
            const use = appUse(store, name, name);
            if (use) uses.push(use);
          }
        }
        return uses;
      } finally {
        RegCloseKey(store);
      }
    },
  };
}
