import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { historyDayKey } from '../../electron/common/calendar.js';
import {
  boutEndCauseSchema,
  postureSchema,
  promptKindSchema,
  type HistoryEvent,
} from '../../electron/common/history-events.js';
import { HistoryStore, InvalidHistoryEventError, type HistoryStoreOptions } from '../../electron/node/history-store.js';
import { realisticYear } from './fixtures/realistic-year.js';

const ZONE = 'Europe/Berlin';
const BOUNDARY = 4;

const tempDirs: string[] = [];
const stores: HistoryStore[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-'));
  tempDirs.push(dir);
  return dir;
}

function openStore(dir: string, options: Partial<HistoryStoreOptions> = {}): HistoryStore {
  const store = HistoryStore.open({ dir, timeZone: ZONE, boundaryHour: BOUNDARY, ...options });
  stores.push(store);
  return store;
}

function dayFile(dir: string, day: string): string {
  return path.join(dir, 'history', `${day}.jsonl`);
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Berlin wall-clock time on a date in 2026, given as its UTC offset in hours. */
function berlin(month: number, day: number, hour: number, minute: number, utcOffset: number): number {
  return Date.UTC(2026, month - 1, day, hour - utcOffset, minute);
}

const skipped = (at: number): HistoryEvent => ({ type: 'skipped', at });

function bout(end: number, minutes = 30): HistoryEvent {
  return { type: 'bout', at: end, start: end - minutes * 60_000, end, sittingSeconds: minutes * 60, cause: 'break' };
}

describe('HistoryStore: appending and reading', () => {
  it('reads back what was appended, in order, from one file per day', () => {
    const dir = tempDir();
    const store = openStore(dir);
    const morning = berlin(5, 12, 9, 0, 2);
    const events: HistoryEvent[] = [
      { type: 'prompt', at: morning, kind: 'break', routine: 'back-break', reason: 'sitting' },
      bout(morning + 60_000),
      {
        type: 'break',
        at: morning + 240_500,
        start: morning + 60_000,
        routine: null,
        posture: 'moving',
        seconds: 180,
        partial: true,
      },
      { type: 'snoozed', at: morning + 300_000, minutes: 10 },
    ];
    for (const event of events) store.append(event);

    expect(store.readDay('2026-05-12')).toEqual(events);
    expect(store.days()).toEqual(['2026-05-12']);
    expect(fs.readdirSync(path.join(dir, 'history'))).toEqual(['2026-05-12.jsonl']);
    expect(store.repairReport).toEqual({ repairedTails: [], unreadableLines: [], unrepairedTails: [], setAside: [] });

    store.close();
    expect(openStore(dir).readDay('2026-05-12')).toEqual(events);
  });

  it('returns nothing for a day without a file', () => {
    const store = openStore(tempDir());
    expect(store.readDay('2026-01-01')).toEqual([]);
    expect(store.days()).toEqual([]);
  });

  it('starts a new day at 04:00 Berlin time, including across the spring-forward night of 2026-03-29', () => {
    const store = openStore(tempDir());
    const expected: Record<string, number[]> = {
      '2026-03-27': [berlin(3, 28, 3, 59, 1)],
      // 04:00 CET on the 28th to 04:00 CEST on the 29th: 23 hours.
      '2026-03-28': [berlin(3, 28, 4, 0, 1), berlin(3, 29, 1, 59, 1), berlin(3, 29, 3, 0, 2), berlin(3, 29, 3, 59, 2)],
      '2026-03-29': [berlin(3, 29, 4, 0, 2), berlin(3, 30, 3, 59, 2)],
      '2026-03-30': [berlin(3, 30, 4, 0, 2)],
    };
    // 01:59 CET is one minute before clocks jump from 02:00 to 03:00.
    expect(berlin(3, 29, 3, 0, 2) - berlin(3, 29, 1, 59, 1)).toBe(60_000);
    for (const at of Object.values(expected).flat()) store.append(skipped(at));

    expect(store.days()).toEqual(Object.keys(expected));
    for (const [day, instants] of Object.entries(expected)) {
      expect(store.readDay(day)).toEqual(instants.map(skipped));
    }
  });

  it('files each event under the time zone the user is in when it is appended', () => {
    let zone = ZONE;
    const store = openStore(tempDir(), { timeZone: () => zone });
    // 03:00 UTC on 2026-06-10 is 05:00 in Berlin but 23:00 the evening before in New York.
    const at = Date.UTC(2026, 5, 10, 3, 0);
    store.append(skipped(at));
    zone = 'America/New_York';
    store.append(skipped(at + 1));
    expect(store.readDay('2026-06-10')).toEqual([skipped(at)]);
    expect(store.readDay('2026-06-09')).toEqual([skipped(at + 1)]);
  });

  it('reads a range of days inclusively, in day order, whatever order the days were written in', () => {
    const store = openStore(tempDir());
    const day = (d: number): number => berlin(7, d, 12, 0, 2);
    for (const d of [14, 11, 12, 14, 13]) store.append(skipped(day(d) + d));
    expect(store.readRange('2026-07-12', '2026-07-14')).toEqual(
      [12, 13, 14, 14].map((d) => skipped(day(d) + d)),
    );
    expect(store.readRange('2026-07-13', '2026-07-12')).toEqual([]);
    expect(() => store.readRange('2026-7-1', '2026-07-14')).toThrow(/date key/);
  });

  it('does not let a day key name a path outside the history folder', () => {
    const store = openStore(tempDir());
    expect(() => store.readDay('../../etc/passwd')).toThrow(/date key/);
  });

  it('rejects an invalid event with a message naming the field, and writes nothing', () => {
    const dir = tempDir();
    const store = openStore(dir);
    const at = berlin(5, 12, 9, 0, 2);
    store.append(skipped(at));
    const before = fs.readFileSync(dayFile(dir, '2026-05-12'));

    const badStart = { ...bout(at + 1000), start: 'yesterday' } as unknown as HistoryEvent;
    expect(() => store.append(badStart)).toThrow(InvalidHistoryEventError);
    expect(() => store.append(badStart)).toThrow(/start/);
    const badType = { type: 'nap', at } as unknown as HistoryEvent;
    expect(() => store.append(badType)).toThrow(/\btype\b/);
    try {
      store.append({ type: 'snoozed', at: -5, minutes: 0 });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidHistoryEventError).fields).toEqual(['at', 'minutes']);
    }

    expect(fs.readFileSync(dayFile(dir, '2026-05-12'))).toEqual(before);
    expect(store.days()).toEqual(['2026-05-12']);
    store.append(skipped(at + 2000));
    expect(store.readDay('2026-05-12')).toEqual([skipped(at), skipped(at + 2000)]);
  });

  it('writes compact lines: no spaces, no unknown keys, no field that follows from the others', () => {
    const dir = tempDir();
    const store = openStore(dir);
    const end = berlin(5, 12, 10, 0, 2) + 437;
    const regular = bout(end);
    const irregular: HistoryEvent = {
      type: 'bout',
      at: end + 5,
      start: end - 1_000_000,
      end,
      sittingSeconds: 700,
      cause: 'away',
    };
    const breakEvent: HistoryEvent = {
      type: 'break',
      at: end + 95_300,
      start: end,
      routine: 'stand-tall',
      posture: 'standing',
      seconds: 95,
      partial: false,
    };
    store.append({ ...regular, note: 'not part of the schema' } as unknown as HistoryEvent);
    store.append(irregular);
    store.append(breakEvent);

    const lines = fs.readFileSync(dayFile(dir, '2026-05-12'), 'utf8').split('\n');
    expect(lines).toEqual([
      `{"type":"bout","start":${end - 1_800_000},"end":${end},"cause":"break"}`,
      `{"type":"bout","at":${end + 5},"start":${end - 1_000_000},"end":${end},"sittingSeconds":700,"cause":"away"}`,
      `{"type":"break","at":${end + 95_300},"start":${end},"routine":"stand-tall","posture":"standing"}`,
      '',
    ]);
    expect(store.readDay('2026-05-12')).toEqual([regular, irregular, breakEvent]);
  });

  it('keeps at most one file open, and none after close()', () => {
    const fdFolder = '/proc/self/fd';
    if (!fs.existsSync(fdFolder)) return;
    const openFiles = (): number => fs.readdirSync(fdFolder).length;
    const before = openFiles();
    const store = openStore(tempDir());
    for (const d of [1, 2, 3, 2, 1]) {
      store.append(skipped(berlin(8, d, 12, 0, 2)));
      expect(openFiles()).toBeLessThanOrEqual(before + 1);
    }
    store.close();
    expect(openFiles()).toBe(before);
  });

  it('refuses appends after close()', () => {
    const store = openStore(tempDir());
    store.close();
    expect(() => store.append(skipped(berlin(8, 1, 12, 0, 2)))).toThrow(/closed/);
  });
});

describe('HistoryStore: repair on open', () => {
  function writeDay(dir: string, day: string, content: string | Buffer): void {
    fs.mkdirSync(path.join(dir, 'history'), { recursive: true });
    fs.writeFileSync(dayFile(dir, day), content);
  }

  function sideFiles(dir: string): string[] {
    return fs.readdirSync(path.join(dir, 'history')).filter((name) => name.includes('.damaged-'));
  }

  it('cuts a half-written last line off, keeps it in a side file, and appends cleanly after it', () => {
    const dir = tempDir();
    const first = openStore(dir);
    const at = berlin(9, 3, 10, 0, 2);
    const events = [bout(at), skipped(at + 1000), bout(at + 60_000)];
    for (const event of events) first.append(event);
    first.close();
    const file = dayFile(dir, '2026-09-03');
    const intact = fs.readFileSync(file);
    const halfLine = '{"type":"bout","start":17886';
    fs.appendFileSync(file, halfLine);

    const before = Date.now();
    const store = openStore(dir);
    const [repair, ...more] = store.repairReport.repairedTails;
    expect(more).toEqual([]);
    expect(repair).toMatchObject({ day: '2026-09-03', file, damagedBytes: halfLine.length });
    expect(path.basename(repair?.damagedFile ?? '')).toMatch(/^2026-09-03\.jsonl\.damaged-\d+$/);
    expect(Number(repair?.damagedFile.split('-').at(-1))).toBeGreaterThanOrEqual(before);
    expect(fs.readFileSync(repair?.damagedFile ?? '', 'utf8')).toBe(halfLine);
    expect(fs.readFileSync(file)).toEqual(intact);
    expect(store.readDay('2026-09-03')).toEqual(events);

    store.append(skipped(at + 120_000));
    expect(store.readDay('2026-09-03')).toEqual([...events, skipped(at + 120_000)]);
    store.close();
    const again = openStore(dir);
    expect(again.repairReport.repairedTails).toEqual([]);
    expect(again.readDay('2026-09-03')).toEqual([...events, skipped(at + 120_000)]);
    expect(sideFiles(dir)).toHaveLength(1);
  });

  it('cuts off the zero-filled end a power cut can leave, and complete garbage lines before it', () => {
    const dir = tempDir();
    const at = berlin(9, 3, 10, 0, 2);
    const good = `${JSON.stringify(skipped(at))}\n`;
    const damage = Buffer.concat([Buffer.from('{"type":"skipped","a\n'), Buffer.alloc(37)]);
    writeDay(dir, '2026-09-03', Buffer.concat([Buffer.from(good), damage]));
    writeDay(dir, '2026-09-04', Buffer.from('\0\0\0\0'));

    const store = openStore(dir);
    expect(store.repairReport.repairedTails.map((r) => [r.day, r.damagedBytes])).toEqual([
      ['2026-09-03', damage.length],
      ['2026-09-04', 4],
    ]);
    expect(fs.readFileSync(dayFile(dir, '2026-09-03'), 'utf8')).toBe(good);
    expect(fs.readFileSync(dayFile(dir, '2026-09-04'))).toHaveLength(0);
    expect(store.readDay('2026-09-03')).toEqual([skipped(at)]);
    expect(sideFiles(dir)).toHaveLength(2);
  });

  it('reports unreadable lines in the middle, skips them on read, and never changes the file', () => {
    const dir = tempDir();
    const at = berlin(9, 3, 10, 0, 2);
    const content = [
      JSON.stringify(skipped(at)),
      'not json at all',
      '{"type":"skipped","at":"noon"}',
      JSON.stringify(skipped(at + 1)),
      // Valid JSON but no event this version knows, as a newer version of the app might write.
      '{"type":"meditation","at":1788422400000}',
      '',
    ].join('\n');
    writeDay(dir, '2026-09-03', content);

    const store = openStore(dir);
    expect(store.repairReport.repairedTails).toEqual([]);
    expect(store.repairReport.unreadableLines).toEqual([
      { day: '2026-09-03', line: 2, reason: 'not JSON' },
      { day: '2026-09-03', line: 3, reason: expect.stringMatching(/^at: /) as unknown as string },
      { day: '2026-09-03', line: 5, reason: expect.stringMatching(/^type: /) as unknown as string },
    ]);
    expect(store.readDay('2026-09-03')).toEqual([skipped(at), skipped(at + 1)]);
    expect(fs.readFileSync(dayFile(dir, '2026-09-03'), 'utf8')).toBe(content);
    expect(sideFiles(dir)).toEqual([]);
  });
});

describe('HistoryStore: size', () => {
  it('keeps a busy year of history under 2 MB', () => {
    const dir = tempDir();
    const events = realisticYear(ZONE);
    // Durability is a per-append flush and has no effect on what ends up in the files; off here only so that
    // 20 000 appends take a moment instead of many seconds. The app always uses the durable default.
    const store = openStore(dir, { durable: false });
    for (const event of events) store.append(event);
    store.close();

    const folder = path.join(dir, 'history');
    const files = fs.readdirSync(folder);
    const bytes = files.reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);
    expect(files).toHaveLength(365);
    expect(events.length / 365).toBeGreaterThan(50);
    expect(bytes).toBeLessThan(2_000_000);
    console.info(`one year: ${events.length} events, ${bytes} bytes in ${files.length} files`);

    const reopened = openStore(dir);
    expect(reopened.readRange('2026-01-01', '2026-12-31')).toEqual(events);
  });
});

describe('HistoryStore: round trip (property)', () => {
  const YEAR_START = Date.UTC(2026, 0, 1);
  const instant = fc.integer({ min: YEAR_START, max: Date.UTC(2027, 0, 1) });
  const duration = fc.integer({ min: 0, max: 6 * 3600_000 });
  const anySeconds = fc.nat({ max: 30_000 });
  const routine = fc.option(fc.string({ unit: 'binary', minLength: 1, maxLength: 32 }), { nil: null });

  // Instants and durations that line up (so the compact form drops fields) as often as ones that do not.
  const span = fc
    .record({
      start: instant,
      ms: duration,
      atIsEnd: fc.boolean(),
      otherAt: instant,
      rounded: fc.boolean(),
      other: anySeconds,
    })
    .map(({ start, ms, atIsEnd, otherAt, rounded, other }) => ({
      at: atIsEnd ? start + ms : otherAt,
      start,
      end: start + ms,
      seconds: rounded ? Math.round(ms / 1000) : other,
    }));

  const event: fc.Arbitrary<HistoryEvent> = fc.oneof(
    fc
      .tuple(span, fc.constantFrom(...boutEndCauseSchema.options))
      .map(([{ at, start, end, seconds }, cause]) => ({
        type: 'bout' as const,
        at,
        start,
        end,
        sittingSeconds: seconds,
        cause,
      })),
    fc
      .tuple(span, fc.constantFrom('natural-break' as const, 'standing' as const, 'short-gap' as const))
      .map(([s, type]) => ({ type, ...s })),
    fc
      .record({
        start: instant,
        seconds: anySeconds,
        atMode: fc.constantFrom('exact' as const, 'rounded' as const, 'other' as const),
        jitter: fc.integer({ min: -499, max: 499 }),
        otherAt: instant,
        routine,
        posture: fc.constantFrom(...postureSchema.options),
        partial: fc.boolean(),
      })
      .map(({ start, seconds, atMode, jitter, otherAt, routine: id, posture, partial }) => ({
        type: 'break' as const,
        at: { exact: start + seconds * 1000, rounded: start + seconds * 1000 + jitter, other: otherAt }[atMode],
        start,
        routine: id,
        posture,
        seconds,
        partial,
      })),
    fc.record({
      type: fc.constant('prompt' as const),
      at: instant,
      kind: fc.constantFrom(...promptKindSchema.options),
      routine,
      reason: fc.constantFrom('sitting' as const, 'standing' as const),
    }),
    fc.record({ type: fc.constant('acknowledged' as const), at: instant, routine, seconds: anySeconds }),
    fc.record({ type: fc.constant('snoozed' as const), at: instant, minutes: fc.integer({ min: 1, max: 120 }) }),
    fc.record({ type: fc.constant('skipped' as const), at: instant }),
  );

  it('reads back any appended sequence of valid events, per day and in order', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-prop-'));
        try {
          const store = HistoryStore.open({ dir, timeZone: ZONE, boundaryHour: BOUNDARY });
          try {
            for (const e of events) store.append(e);
          } finally {
            store.close();
          }
          const reopened = HistoryStore.open({ dir, timeZone: ZONE, boundaryHour: BOUNDARY });
          const byDay = new Map<string, HistoryEvent[]>();
          for (const e of events) {
            const day = historyDayKey(e.at, ZONE, BOUNDARY);
            byDay.set(day, [...(byDay.get(day) ?? []), e]);
          }
          expect(reopened.days()).toEqual([...byDay.keys()].sort());
          for (const [day, dayEvents] of byDay) expect(reopened.readDay(day)).toEqual(dayEvents);
          expect(reopened.repairReport).toEqual({ repairedTails: [], unreadableLines: [], unrepairedTails: [], setAside: [] });
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
    // Every append is synced to disk; on a loaded machine 60 runs of that can outlast the default timeout.
  }, 120_000);
});
