import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { anyOn, decodeAlsaCaptureStatus, quietAppMatcher, runningAppNames } from '../../common/quiet-decode.js';
import type { PartialReadings, QuietSource, SignalReading, SignalStatus, SignalUnavailable } from '../../common/quiet-moments.js';

/**
 * The quiet facts no Linux service announces, read from the kernel's files at the engine's own wakes (never on a
 * timer of their own, never by starting a process):
 * - a call: a capture device in use. ALSA's `/proc/asound/card*\/pcm*c/sub*\/status` says "closed" unless someone
 *   records; PipeWire and PulseAudio open the device only while a stream records, and name its `owner_pid`.
 *   A camera in use: a process other than Limber holds a `/dev/video*` open.
 * - the user's own apps: process names from `/proc/<pid>/comm`.
 * Bluetooth headsets' microphones do not appear in /proc/asound; for them the call is seen only through the
 * camera or the call app's own idle inhibitor.
 */

export interface ProcSignalOptions {
  proc?: string;
  /** Where camera device nodes live; with none there, no process can hold one and /proc is not scanned. */
  dev?: string;
  selfPid?: number;
  /** Process names that make a quiet moment (the user's list), compared case-insensitively. */
  apps: () => readonly string[];
  /** Whether the camera scan (one pass over /proc) is wanted at all. */
  watchCamera?: () => boolean;
}

export class LinuxProcSignals implements QuietSource {
  private call: SignalReading = 'unknown';
  private callWhy: SignalUnavailable | null = { code: 'not-read-yet' };
  private app: SignalReading = 'unknown';
  private appWhy: SignalUnavailable | null = { code: 'not-read-yet' };
  private readonly listeners = new Set<() => void>();
  private readonly proc: string;
  private readonly dev: string;
  private readonly selfPid: number;
  /** Files read in the last sample, for the benchmark. */
  lastSampleReads = 0;

  constructor(private readonly options: ProcSignalOptions) {
    this.proc = options.proc ?? '/proc';
    this.dev = options.dev ?? '/dev';
    this.selfPid = options.selfPid ?? process.pid;
  }

  readings(): PartialReadings {
    return { call: this.call, app: this.app };
  }

  statuses(): SignalStatus[] {
    return [
      { reason: 'call', reading: this.call, source: 'mic-camera', unavailable: this.call === 'unknown' ? this.callWhy : null },
      { reason: 'app', reading: this.app, source: 'quiet-apps', unavailable: this.app === 'unknown' ? this.appWhy : null },
    ];
  }

  sample(): void {
    this.lastSampleReads = 0;
    const before = `${this.call}${this.app}`;
    const mic = this.microphone();
    const wantApps = this.options.apps().length > 0;
    const cameras = this.list(this.dev).some((n) => /^video\d+$/.test(n));
    const wantCamera = cameras && mic !== 'on' && (this.options.watchCamera?.() ?? true);
    const scan = wantApps || wantCamera ? this.scanProcesses(wantCamera) : null;
    // No camera device at all: nobody can be using one.
    const camera = wantCamera ? (scan?.camera ?? 'unknown') : cameras ? 'unknown' : 'off';
    // A call shows on the microphone; without one visible, a free camera does not prove there is no call.
    this.call = mic === 'on' || camera === 'on' ? 'on' : mic === 'unknown' || camera === 'unknown' ? 'unknown' : 'off';
    this.callWhy = this.call === 'unknown' ? { code: 'no-capture-device' } : null;
    if (!wantApps) {
      this.app = 'off';
      this.appWhy = null;
    } else {
      this.app = scan?.appRunning ?? 'unknown';
      this.appWhy = this.app === 'unknown' ? { code: 'processes-unreadable' } : null;
    }
    if (`${this.call}${this.app}` !== before) for (const listener of this.listeners) listener();
  }

  /** Names of the user's running processes, for the app picker in Settings. */
  runningApps(): string[] {
    return runningAppNames(this.pids().map((pid) => this.comm(pid) ?? ''));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
  }

  private microphone(): SignalReading {
    const asound = join(this.proc, 'asound');
    const readings: SignalReading[] = [];
    for (const card of this.list(asound).filter((n) => /^card\d+$/.test(n))) {
      for (const pcm of this.list(join(asound, card)).filter((n) => /^pcm\d+c$/.test(n))) {
        for (const sub of this.list(join(asound, card, pcm)).filter((n) => /^sub\d+$/.test(n))) {
          const text = this.read(join(asound, card, pcm, sub, 'status'));
          if (text === null) continue;
          const reading = decodeAlsaCaptureStatus(text);
          const owner = /^owner_pid\s*:\s*(\d+)/m.exec(text)?.[1];
          readings.push(reading === 'on' && owner !== undefined && Number(owner) === this.selfPid ? 'off' : reading);
        }
      }
    }
    return anyOn(readings);
  }

  private scanProcesses(camera: boolean): { camera: SignalReading; appRunning: SignalReading } | null {
    const pids = this.pids();
    if (pids.length === 0) return null;
    const apps = this.options.apps();
    const isQuietApp = quietAppMatcher(apps);
    let cameraSeen = false;
    let appSeen = false;
    for (const pid of pids) {
      if (apps.length > 0 && !appSeen) {
        const name = this.comm(pid);
        if (name && isQuietApp(name)) appSeen = true;
      }
      if (camera && !cameraSeen && pid !== this.selfPid) cameraSeen = this.holdsCamera(pid);
      if (appSeen && (cameraSeen || !camera)) break;
    }
    return { camera: cameraSeen ? 'on' : 'off', appRunning: appSeen ? 'on' : 'off' };
  }

  private holdsCamera(pid: number): boolean {
    const fdDir = join(this.proc, String(pid), 'fd');
    for (const fd of this.list(fdDir)) {
      try {
        this.lastSampleReads++;
        if (/^\/dev\/video\d+$/.test(readlinkSync(join(fdDir, fd)))) return true;
      } catch {
        // The descriptor closed while we looked, or it is another user's process.
      }
    }
    return false;
  }

  private pids(): number[] {
    return this.list(this.proc)
      .filter((n) => /^\d+$/.test(n))
      .map(Number);
  }

  private comm(pid: number): string | null {
    return this.read(join(this.proc, String(pid), 'comm'))?.trim() || null;
  }

  private list(dir: string): string[] {
    try {
      this.lastSampleReads++;
      return readdirSync(dir);
    } catch {
      return [];
    }
  }

  private read(path: string): string | null {
    try {
      this.lastSampleReads++;
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  }
}
