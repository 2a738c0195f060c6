import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINKS } from '../../electron/common/app-origin.js';
import { CHANNELS, CHANNEL_PREFIX, requestSchemas, type Channel } from '../../electron/common/ipc-contract.js';
import { DEFAULT_SETTINGS, applySettingsPatch } from '../../electron/common/settings.js';
import { bootMain, tempUserData, type Fake } from './boot-support.js';

/*
 * A page is untrusted: whatever it sends that the contract does not allow must be refused, and refused before
 * anything is written. Thousands of random payloads per channel, each followed by a byte-for-byte look at the
 * settings file.
 */

const RUNS = 2000;
const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');

let fake: Fake;
let userData: string;
let settingsPage: Parameters<Fake['ipcMain']['invokeFrom']>[0];
const configFile = () => path.join(userData, 'config.json');

beforeAll(async () => {
  vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  userData = tempUserData();
  fake = await bootMain(undefined, { userData });
  await fake.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  // The first start opens the welcome in the settings window: that window is the page sending everything below.
  const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/settings.html'))!;
  settingsPage = fake.createFakeSender('app://limber/settings.html', win.webContents);
});

afterAll(() => {
  vi.useRealTimers();
});

/** Sends one payload; true when main refused it, by rejecting or by answering `{ ok: false }`. */
async function refused(channel: Channel, payload: unknown): Promise<boolean> {
  try {
    const answer = await fake.ipcMain.invokeFrom(settingsPage, `${CHANNEL_PREFIX}${channel}`, payload);
    return typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === false;
  } catch {
    return true;
  }
}

const invalidFor = (channel: Channel) => (payload: unknown) => !requestSchemas[channel].safeParse(payload).success;

// ── Payloads that look almost right ─────────────────────────────────────────────────────────────────────────

const notAWholeNumber = fc.oneof(
  fc.double({ noInteger: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0.5),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
);

const NUMBER_RANGES: Record<string, [number, number]> = {
  breakIntervalMin: [10, 120],
  reminderIntervalMin: [1, 30],
  maxReminders: [0, 10],
  snoozeMin: [1, 30],
  snoozeLimit: [0, 5],
  shortGapMin: [1, 10],
  awayGapMin: [2, 30],
  seatedFollowUpMin: [5, 60],
  abandonGraceSec: [10, 300],
  standingSuggestMin: [15, 180],
  dayBoundaryHour: [0, 12],
};

const outOfRange = ([min, max]: [number, number]) =>
  fc.oneof(fc.integer({ min: -1_000_000, max: min - 1 }), fc.integer({ min: max + 1, max: 1_000_000 }));

const badNumberPatch = fc
  .constantFrom(...Object.keys(NUMBER_RANGES))
  .chain((field) => fc.oneof(outOfRange(NUMBER_RANGES[field]!), notAWholeNumber).map((value) => ({ [field]: value })));

const notBoolean = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constantFrom('true', 'false', 0, 1));
const badChoicePatch = fc.oneof(
  fc.record({ promptStyle: fc.oneof(fc.string().filter((s) => s !== 'gentle' && s !== 'window'), fc.integer(), fc.constant(null)) }),
  fc.record({ posturePreference: fc.oneof(fc.string().filter((s) => !['seated', 'standing', 'alternate'].includes(s)), fc.integer(), fc.constant(null)) }),
  fc.record({ flexionSensitive: notBoolean }),
  fc.record({ sound: notBoolean }),
  fc.record({ launchAtLogin: notBoolean }),
  fc.record({ shortcut: fc.oneof(fc.string({ minLength: 65, maxLength: 80 }), fc.constantFrom('Ctrl+', '+', 'Ctrl + S', 'Alt+"'), fc.integer()) }),
  fc.record({ microBreak: fc.record({ enabled: notBoolean }) }),
  fc.record({ microBreak: fc.record({ afterMin: fc.oneof(outOfRange([10, 60]), notAWholeNumber) }) }),
  fc.record({ microBreak: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.anything())) }),
);

const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const badClock = fc.oneof(fc.constantFrom('24:01', '9:00', '25:00', '12:60', '', 'noon'), fc.string(), fc.integer());
const day = fc.constantFrom('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat');
const badDay = fc.oneof(
  // A range that ends before (or when) it starts.
  fc.tuple(clock, clock).filter(([a, b]) => a >= b).map(([start, end]) => [{ start, end }]),
  // Two ranges that overlap.
  fc.constant([{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }]),
  fc.record({ start: badClock, end: clock }).map((r) => [r]),
  fc.record({ start: clock, end: badClock }).map((r) => [r]),
  // Seven ranges: one more than a day may have.
  fc.constant(Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` }))),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.record({ start: clock, end: clock })),
);
const badHoursPatch = fc.oneof(
  fc.tuple(day, badDay).map(([d, ranges]) => ({ workingHours: { days: { [d]: ranges } } })),
  fc.record({ workingHours: fc.record({ enabled: notBoolean }) }),
  fc.record({ workingHours: fc.record({ days: fc.record({ holiday: fc.constant([]) }) }) }),
);

const badGapPair = fc
  .tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 10 }))
  .filter(([short, away]) => short >= away)
  .map(([shortGapMin, awayGapMin]) => ({ shortGapMin, awayGapMin }));

// Names every object has through its prototype are the classic way past an `in` check, so they are tried often.
const inheritedName = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');
const strangerKey = (known: object) => fc.oneof(inheritedName, fc.string({ minLength: 1 }).filter((k) => !Object.hasOwn(known, k)));
const unknownKey = fc.oneof(
  fc.tuple(strangerKey(DEFAULT_SETTINGS), fc.anything()).map(([key, value]) => ({ [key]: value })),
  fc.tuple(strangerKey(DEFAULT_SETTINGS.microBreak), fc.anything()).map(([key, value]) => ({ microBreak: { [key]: value } })),
  fc.tuple(strangerKey(DEFAULT_SETTINGS.workingHours), fc.anything()).map(([key, value]) => ({ workingHours: { [key]: value } })),
  fc.tuple(strangerKey(DEFAULT_SETTINGS.workingHours.days), fc.anything()).map(([key, value]) => ({ workingHours: { days: { [key]: value } } })),
);

/**
 * Near misses, each malformed by construction (so a schema that wrongly accepted one would fail the test),
 * sometimes alongside a valid change, which must then not be applied either; plus random values the settings
 * schema itself refuses, to check main agrees with it.
 */
const malformedPatch = fc.oneof(
  fc
    .tuple(fc.oneof(badNumberPatch, badChoicePatch, badHoursPatch, badGapPair, unknownKey), fc.option(fc.record({ breakIntervalMin: fc.constantFrom(20, 45) }), { nil: undefined }))
    .map(([bad, valid]) => (valid ? { ...valid, ...bad } : bad)),
  fc.anything().filter((patch) => !applySettingsPatch(DEFAULT_SETTINGS, patch).ok),
);

const payloadsFor: Partial<Record<Channel, fc.Arbitrary<unknown>>> = {
  'settings:update': malformedPatch,
  'break:get-plan': fc.oneof(fc.record({ routineId: fc.anything() }), fc.record({ routineId: fc.constant('back-break'), extra: fc.anything() }), fc.anything()),
  'break:started': fc.oneof(fc.record({ routineId: fc.anything() }, { requiredKeys: [] }), fc.anything()),
  'break:finished': fc.oneof(
    fc.record(
      { routineId: fc.oneof(fc.constant('move-break'), fc.anything()), activeSeconds: fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.anything()), reachedEnd: fc.oneof(fc.boolean(), fc.anything()), posture: fc.oneof(fc.constantFrom('standing', 'lying'), fc.anything()) },
      { requiredKeys: [] },
    ),
    fc.anything(),
  ),
  'history:get': fc.oneof(
    fc.record({ from: fc.oneof(fc.constantFrom('2026-03-02', '2026-3-2', '02.03.2026'), fc.anything()), to: fc.oneof(fc.constantFrom('2026-03-09', ''), fc.anything()) }, { requiredKeys: [] }),
    fc.anything(),
  ),
  'link:open': fc.oneof(fc.record({ id: fc.oneof(fc.string(), fc.constantFrom('https://example.com', 'project-home ')) }), fc.anything()),
};

describe('settings IPC under random malformed payloads', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: refuses ${RUNS} malformed payloads and leaves the settings file byte-for-byte as it was`, async () => {
      const before = readFileSync(configFile());
      const viewBefore = await fake.ipcMain.invokeFrom(settingsPage, `${CHANNEL_PREFIX}settings:get`);
      // Channels that take no payload must refuse any payload at all.
      // settings:update checks values in main, against the current settings: its generator makes only patches
      // that are wrong, many of which have the right shape for the request schema.
      const generated = payloadsFor[channel] ?? fc.anything();
      const payloads = channel === 'settings:update' ? generated : generated.filter(invalidFor(channel));
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          expect(await refused(channel, payload)).toBe(true);
          expect(readFileSync(configFile()).equals(before)).toBe(true);
        }),
        { numRuns: RUNS },
      );
      expect(await fake.ipcMain.invokeFrom(settingsPage, `${CHANNEL_PREFIX}settings:get`)).toEqual(viewBefore);
    }, 120_000);
  }

  it('opens every link on the allowlist, by its id, at the address the list gives and nowhere else', async () => {
    fake.shell.reset();
    for (const id of Object.keys(EXTERNAL_LINKS)) await fake.ipcMain.invokeFrom(settingsPage, `${CHANNEL_PREFIX}link:open`, { id });
    expect(fake.shell.callsTo('openExternal').map(([url]) => url)).toEqual(Object.values(EXTERNAL_LINKS));
  });

  it('still accepts a valid change afterwards, so the refusals above were not a broken channel', async () => {
    expect(await fake.ipcMain.invokeFrom(settingsPage, `${CHANNEL_PREFIX}settings:update`, { breakIntervalMin: 45 })).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).settings.breakIntervalMin).toBe(45);
  });
});
