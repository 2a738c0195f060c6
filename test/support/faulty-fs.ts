import fs from 'node:fs';
import { vi } from 'vitest';

/**
 * A fault-injecting layer over the synchronous `node:fs` calls the stores make, for the disk states a test
 * machine cannot easily produce (a full tmpfs, a read-only remount). Every listed call that writes counts; the
 * one at `failAt` fails as the mode says, and so does every later one while `sticky` (a disk that stays full).
 * Reads always work, as they do on a full or read-only disk.
 */

export type FaultMode = 'enospc' | 'erofs' | 'short-write' | 'torn-write';

const CALLS = ['openSync', 'writeSync', 'writeFileSync', 'fsyncSync', 'fdatasyncSync', 'ftruncateSync', 'renameSync', 'mkdirSync', 'copyFileSync'] as const;
type Call = (typeof CALLS)[number];

export interface FaultyFs {
  /** Calls counted since install (or the last `reset`). */
  readonly calls: number;
  /** Fails call number `index` (0-based) in `mode`; `sticky` keeps failing every call after it. */
  arm(index: number, mode: FaultMode, sticky?: boolean): void;
  disarm(): void;
  /** Whether an armed fault has fired. */
  readonly fired: boolean;
  restore(): void;
}

function errno(code: 'ENOSPC' | 'EROFS', call: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${call}`), { code, syscall: call });
}

function isReadOnlyOpen(flags: unknown): boolean {
  if (flags === undefined || flags === 'r') return true;
  return typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) === 0;
}

export function installFaultyFs(): FaultyFs {
  const real = Object.fromEntries(CALLS.map((name) => [name, fs[name]])) as { [K in Call]: (typeof fs)[K] };
  let calls = 0;
  let failAt = -1;
  let mode: FaultMode = 'enospc';
  let sticky = false;
  let fired = false;
  let tornPending = false;

  const spies = CALLS.map((name) =>
    vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
      if (name === 'openSync' && isReadOnlyOpen(args[1])) return real.openSync(...(args as Parameters<typeof fs.openSync>));
      // Making a folder that already exists writes nothing, so a full disk allows it.
      if (name === 'mkdirSync' && fs.existsSync(args[0] as string)) return real.mkdirSync(...(args as Parameters<typeof fs.mkdirSync>));
      const index = calls++;
      const failing = failAt >= 0 && (index === failAt || (sticky && index > failAt));
      // A torn write's cleanup fails too, so its partial line stays in the file.
      if (tornPending && name === 'ftruncateSync') {
        tornPending = false;
        throw errno('ENOSPC', name);
      }
      if (!failing) return (real[name] as (...a: unknown[]) => unknown)(...args);
      fired = true;
      if ((mode === 'short-write' || mode === 'torn-write') && name === 'writeSync') {
        const [fd, buffer] = args as [number, Buffer];
        const half = Math.max(1, Math.floor(buffer.length / 2));
        real.writeSync(fd, buffer.subarray(0, half));
        if (mode === 'torn-write') tornPending = true;
        return half;
      }
      throw errno(mode === 'erofs' ? 'EROFS' : 'ENOSPC', name);
    }) as never),
  );

  return {
    get calls() {
      return calls;
    },
    get fired() {
      return fired;
    },
    arm(index, m, s = false) {
      calls = 0;
      failAt = index;
      mode = m;
      sticky = s;
      fired = false;
      tornPending = false;
      // The spies would otherwise keep every call's arguments for the whole file.
      for (const spy of spies) spy.mockClear();
    },
    disarm() {
      failAt = -1;
      sticky = false;
      tornPending = false;
    },
    restore() {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
