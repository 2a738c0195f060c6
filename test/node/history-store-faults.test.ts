import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../electron/common/history-events.js';
import { writeFileAtomic } from '../../electron/node/atomic-file.js';
import { HistoryStore, MAX_PENDING_EVENTS } from '../../electron/node/history-store.js';
import { installFaultyFs, type FaultMode } from '../support/faulty-fs.js';
import { numberedEvent } from './fixtures/numbered-events.js';

/*
 * The disk refusing writes, at every file-system call an append makes, in each way a disk refuses: full,
 * read-only, a short write, and a short write whose clean-up fails too. Whatever happens, nothing appended is
 * lost or written twice: once the disk takes writes again, the files hold every event, in order, exactly once.
 */

const ZONE = 'Europe/Berlin';
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-faults-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
const faulty = installFaultyFs();
afterEach(() => faulty.disarm());
afterAll(() => faulty.restore());

const open = (dir: string) => HistoryStore.open({ dir, timeZone: ZONE, boundaryHour: 4 });
const everything = (store: HistoryStore) => store.readRange('0000-01-01', '9999-12-31');
// Crosses a history day (~95 events a day), so opening a new day's file is among the calls that fail.
const FIRST = 90;
const EVENTS: HistoryEvent[] = Array.from({ length: 8 }, (_, i) => numberedEvent(FIRST + i));

function callsOfCleanRun(): number {
  const store = open(tempDir());
  faulty.arm(-1, 'enospc');
  for (const event of EVENTS) store.append(event);
  const calls = faulty.calls;
  store.close();
  return calls;
}

describe('HistoryStore under injected disk faults', () => {
  it('loses and duplicates nothing, whichever call fails and however', () => {
    const calls = callsOfCleanRun();
    expect(calls).toBeGreaterThan(EVENTS.length * 2);
    const modes: FaultMode[] = ['enospc', 'erofs', 'short-write', 'torn-write'];
    let runs = 0;
    let fired = 0;
    for (const mode of modes) {
      for (const sticky of [false, true]) {
        for (let failAt = 0; failAt < calls; failAt++) {
          const dir = tempDir();
          const store = open(dir);
          faulty.arm(failAt, mode, sticky);
          for (const event of EVENTS) store.append(event);
          const hit = faulty.fired;
          const waiting = store.unsaved.length;
          // Something waits exactly when the user is told history is not being saved, and why.
          if (waiting > 0) expect(store.problem, `${mode} at ${failAt}`).toMatch(/^History is not being saved \((the disk is (full|read-only)|the write failed: the write was cut short)/);
          else expect(store.problem).toBeNull();
          // Whatever waits is still shown: the app's today and History read it.
          expect(everything(store), `${mode} at ${failAt}, while failing`).toEqual(EVENTS);
          faulty.disarm();
          const after = numberedEvent(FIRST + EVENTS.length);
          store.append(after);
          expect(store.problem).toBeNull();
          store.close();
          const reopened = open(dir);
          expect(everything(reopened), `${mode}${sticky ? ' from' : ' at'} call ${failAt}: ${waiting} waited`).toEqual([...EVENTS, after]);
          reopened.close();
          runs += 1;
          if (hit) fired += 1;
        }
      }
    }
    console.log(`history faults: ${runs} runs (${calls} calls × ${modes.length} modes × once/sticky), ${fired} with a fault fired, 0 events lost or doubled`);
  });

  it('keeps waiting events bounded, dropping the oldest and saying so', () => {
    expect(MAX_PENDING_EVENTS).toBeGreaterThanOrEqual(10_000);
    const store = HistoryStore.open({ dir: tempDir(), timeZone: ZONE, boundaryHour: 4, maxPending: 50 });
    faulty.arm(0, 'enospc', true);
    for (let i = 0; i < 55; i++) store.append(numberedEvent(i));
    expect(store.unsaved).toHaveLength(50);
    expect(store.unsaved[0]).toEqual(numberedEvent(5));
    expect(store.problem).toMatch(/the disk is full.*50 events wait.* 5 older events could not be kept/);
    faulty.disarm();
    expect(store.retry()).toBe(0);
    store.close();
  });

  it('opens with a torn tail on a full disk: leaves it in place, writes no empty side file, appends on a fresh line', () => {
    const dir = tempDir();
    const first = open(dir);
    for (const event of EVENTS.slice(0, 3)) first.append(event);
    first.close();
    const day = fs.readdirSync(path.join(dir, 'history'))[0]!;
    fs.appendFileSync(path.join(dir, 'history', day), '{"type":"bout","sta');
    faulty.arm(0, 'enospc', true);
    const store = open(dir);
    faulty.disarm();
    expect(store.repairReport.unrepairedTails).toEqual([{ day: day.slice(0, 10), reason: 'the disk is full' }]);
    expect(fs.readdirSync(path.join(dir, 'history')).filter((n) => n.includes('.damaged-'))).toEqual([]);
    store.append(EVENTS[3]!);
    store.close();
    const reopened = open(dir);
    expect(everything(reopened)).toEqual(EVENTS.slice(0, 4));
    expect(reopened.repairReport.unreadableLines).toHaveLength(1);
    reopened.close();
  });

  it('leaves no temp file behind when a small file cannot be replaced', () => {
    const dir = tempDir();
    const file = path.join(dir, 'engine-state.json');
    writeFileAtomic(file, 'old');
    for (const mode of ['enospc', 'erofs'] as const) {
      for (let failAt = 0; failAt < 4; failAt++) {
        faulty.arm(failAt, mode);
        expect(() => writeFileAtomic(file, 'new')).toThrow();
        faulty.disarm();
        expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), `${mode} at ${failAt}`).toEqual([]);
        expect(fs.readFileSync(file, 'utf8')).toBe('old');
      }
    }
  });
});

