import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LinuxProcSignals } from '../../electron/node/quiet/linux-proc-signals.js';

/*
 * A /proc tree laid out as the kernel lays it out. The status texts follow the kernel's own printer
 * (sound/core/pcm.c, snd_pcm_substream_proc_status_read): "closed" with no runtime, else "state: <name>" and
 * "owner_pid   : <pid>" then the timestamps. The numbers are made up; this machine has no sound card to record.
 */
const RUNNING = `state: RUNNING
owner_pid   : 4242
trigger_time: 80931.208345861
tstamp      : 80951.431562334
delay       : 512
avail       : 0
avail_max   : 1024
-----
hw_ptr      : 970752
appl_ptr    : 971264
`;
const SETUP = `state: SETUP
owner_pid   : 4242
`;

let proc: string;
beforeEach(() => {
  proc = mkdtempSync(join(tmpdir(), 'limber-proc-'));
});
afterEach(() => rmSync(proc, { recursive: true, force: true }));

function capture(card: number, status: string): void {
  const dir = join(proc, 'asound', `card${card}`, 'pcm0c', 'sub0');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'status'), status);
  // A playback device is never a call, whatever it says.
  const play = join(proc, 'asound', `card${card}`, 'pcm0p', 'sub0');
  mkdirSync(play, { recursive: true });
  writeFileSync(join(play, 'status'), RUNNING);
}

function cameraDevice(): void {
  mkdirSync(join(proc, 'dev'), { recursive: true });
  writeFileSync(join(proc, 'dev', 'video0'), '');
}

function processWith(pid: number, comm: string, fds: string[] = []): void {
  mkdirSync(join(proc, String(pid), 'fd'), { recursive: true });
  writeFileSync(join(proc, String(pid), 'comm'), `${comm}\n`);
  fds.forEach((target, i) => symlinkSync(target, join(proc, String(pid), 'fd', String(i))));
}

describe('microphone, camera and apps from /proc', () => {
  it('a recording capture device is a call; closed or merely set up is not', () => {
    capture(0, 'closed\n');
    processWith(1, 'systemd');
    const signals = new LinuxProcSignals({ proc, dev: join(proc, 'dev'), selfPid: 99, apps: () => [] });
    signals.sample();
    expect(signals.readings()).toEqual({ call: 'off', app: 'off' });
    capture(1, RUNNING);
    signals.sample();
    expect(signals.readings().call).toBe('on');
    capture(1, SETUP);
    signals.sample();
    expect(signals.readings().call).toBe('off');
  });

  it('Limber recording itself is not a call', () => {
    capture(0, RUNNING);
    processWith(1, 'systemd');
    const signals = new LinuxProcSignals({ proc, dev: join(proc, 'dev'), selfPid: 4242, apps: () => [] });
    signals.sample();
    expect(signals.readings().call).toBe('off');
  });

  it('another process holding /dev/video0 is a call; a Limber-held camera or a null device is not', () => {
    capture(0, 'closed\n');
    cameraDevice();
    processWith(10, 'bash', ['/dev/pts/0', '/dev/null']);
    processWith(99, 'limber', ['/dev/video0']);
    const signals = new LinuxProcSignals({ proc, dev: join(proc, 'dev'), selfPid: 99, apps: () => [] });
    signals.sample();
    expect(signals.readings().call).toBe('off');
    processWith(20, 'zoom', ['socket:[1234]', '/dev/video2']);
    signals.sample();
    expect(signals.readings().call).toBe('on');
  });

  it("the user's quiet apps, by process name, case-insensitively", () => {
    capture(0, 'closed\n');
    processWith(10, 'bash');
    let apps = ['OBS'];
    const signals = new LinuxProcSignals({ proc, dev: join(proc, 'dev'), selfPid: 99, apps: () => apps });
    signals.sample();
    expect(signals.readings().app).toBe('off');
    processWith(30, 'obs');
    signals.sample();
    expect(signals.readings().app).toBe('on');
    expect(signals.runningApps()).toEqual(['bash', 'obs']);
    apps = [];
    signals.sample();
    expect(signals.readings().app).toBe('off');
  });

  it('says unknown, with the reason, where nothing can be read', () => {
    const signals = new LinuxProcSignals({ proc: join(proc, 'missing'), dev: join(proc, 'missing-dev'), apps: () => ['zoom'] });
    let changes = 0;
    signals.onChange(() => changes++);
    signals.sample();
    expect(signals.readings()).toEqual({ call: 'unknown', app: 'unknown' });
    expect(signals.statuses().map((s) => s.unavailable)).toEqual([
      { code: 'no-capture-device' },
      { code: 'processes-unreadable' },
    ]);
    expect(changes).toBe(0);
  });
});
