import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHistoryLine } from '../../electron/node/history-line.js';
import { HistoryStore } from '../../electron/node/history-store.js';
import { numberedEvent } from './fixtures/numbered-events.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/append-until-killed.ts', import.meta.url));
const ZONE = 'Europe/Berlin';
const BOUNDARY = 4;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the real HistoryStore in a child process and SIGKILLs it once it reports at least `appends` appends, so
 * the kill lands mid-stream however fast or loaded the machine is. Returns how many the child had reported.
 */
async function appendUntilKilled(firstIndex: number, appends: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(firstIndex)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const reported = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const counts = [...out.matchAll(/appended (\d+)\n/g)].map((m) => Number(m[1]));
      const latest = counts.at(-1) ?? 0;
      if (latest >= appends) {
        child.kill('SIGKILL');
        resolve(latest);
      }
    });
    child.on('exit', () => reject(new Error(`child exited before it had appended ${appends}: ${stderr}`)));
  });
  expect(await exited, stderr).toBe('SIGKILL');
  return reported;
}

/** Every complete line across the day files, oldest day first, plus whatever follows the last newline. */
function rawLines(): { lines: string[]; tails: string[] } {
  const folder = path.join(dir, 'history');
  const lines: string[] = [];
  const tails: string[] = [];
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.jsonl')).sort()) {
    const parts = fs.readFileSync(path.join(folder, name), 'utf8').split('\n');
    tails.push(parts.pop() ?? '');
    lines.push(...parts);
  }
  return { lines, tails };
}

describe('HistoryStore: a writer killed mid-append', () => {
  it('leaves a gap-free, valid prefix every time, and takes new appends after', async () => {
    let next = 0;
    const counts: string[] = [];
    // Killed after different numbers of appends; the last is past a day boundary (~95 events per day).
    for (const appends of [10, 40, 90, 150, 260]) {
      const reported = await appendUntilKilled(next, appends);

      const { lines, tails } = rawLines();
      // Only the very last write can be unfinished: every earlier file ends in a newline.
      expect(tails.slice(0, -1).every((tail) => tail === '')).toBe(true);
      for (const line of lines) expect(decodeHistoryLine(line).ok, line).toBe(true);

      const store = HistoryStore.open({ dir, timeZone: ZONE, boundaryHour: BOUNDARY });
      try {
        expect(store.repairReport.repairedTails).toHaveLength(tails.at(-1) === '' ? 0 : 1);
        expect(store.repairReport.unreadableLines).toEqual([]);
        const events = store.readRange('0000-01-01', '9999-12-31');
        // Every append the child reported had returned, so it is on disk; more may have landed before the kill.
        expect(events.length).toBeGreaterThanOrEqual(next + reported);
        counts.push(`killed after ${reported} reported, ${events.length - next} kept, tail ${tails.at(-1) === '' ? 'clean' : 'cut'}`);
        expect(events).toEqual(Array.from({ length: events.length }, (_, i) => numberedEvent(i)));

        next = events.length;
        store.append(numberedEvent(next));
        next += 1;
        expect(store.readRange('0000-01-01', '9999-12-31')).toHaveLength(next);
      } finally {
        store.close();
      }
    }
    // The child crosses history days every ~95 events, so the kills have exercised switching files too.
    expect(fs.readdirSync(path.join(dir, 'history')).length).toBeGreaterThan(1);
    console.log(`history kill -9: ${counts.length} kills, ${next} events intact: ${counts.join('; ')}`);
  }, 60_000);
});
